// What the list shows instead of rows: nothing yet, nothing matching, or an error with Retry.
export { AgentEmptyState, emptyStateTitle, type AgentEmptyReason, type AgentEmptyStateProps } from './AgentEmptyState';
export { AgentErrorState, type AgentErrorStateProps } from './AgentErrorState';
