// Selection: the hook (controlled or not, by id or "all matching") and the bulk toolbar.
export { useAgentSelection, type AgentSelectionApi, type UseAgentSelectionOptions } from './useAgentSelection';
export { AgentBulkToolbar, type AgentBulkToolbarProps } from './AgentBulkToolbar';
