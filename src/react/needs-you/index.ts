// The pinned "Needs you" panel: blocked and failed runs that wait on the viewer.
export { AgentNeedsYou, PINNED_INLINE_MAX, PINNED_LIMIT, type AgentNeedsYouProps } from './AgentNeedsYou';
