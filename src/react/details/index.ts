// The details panel of one item, and the navigation the view gives it (j / k, close, focus return).
export { AgentDetails, type AgentDetailsProps } from './AgentDetails';
export type { DetailsRunLink } from './DetailsFields';
export { useDetailsNavigation, type DetailsNavigation, type UseDetailsNavigationOptions } from './useDetailsNavigation';
