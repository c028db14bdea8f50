// The whole management view, composed of every other part.
export { AgentManagementView, type AgentManagementViewProps } from './AgentManagementView';
