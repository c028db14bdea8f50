// The Personal / All tabs, their list and panel.
export { AgentTabs, AgentTabsList, AgentTabsPanel, type AgentTabsProps } from './AgentTabs';
