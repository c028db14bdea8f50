// The whole management view, composed of every other part.
export { AgentManagementView } from './AgentManagementView';
export type { AgentManagementViewProps } from './view-props';
