// The summary strip: counts per status and the credits breakdown.
export { AgentSummary, BREAKDOWN_LIMIT, type AgentSummaryProps } from './AgentSummary';
