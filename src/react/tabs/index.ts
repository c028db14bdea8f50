// The Personal / All tabs, their list and panel.
export {
  AgentTabs,
  AgentTabsList,
  AgentTabsPanel,
  type AgentTabsListProps,
  type AgentTabsPanelProps,
  type AgentTabsProps,
} from './AgentTabs';
