// The hooks behind the parts: controlled-or-uncontrolled state, the view's state and model, data
// sources, URL state, and small shared helpers.
export { useControllableState, type SetStateFn, type UseControllableStateOptions } from './useControllableState';
export {
  useAgentView,
  useAgentViewState,
  type AgentViewState,
  type TabCount,
  type UseAgentViewOptions,
} from './useAgentView';
export { useAgentViewModel } from './useAgentViewModel';
export { useAgentData, type AgentDataResult, type UseAgentDataOptions } from './useAgentData';
export {
  getHistoryAdapter,
  useUrlFilters,
  type UrlFiltersState,
  type UrlSearchAdapter,
  type UseUrlFiltersOptions,
} from './useUrlFilters';
export { useShallowStable } from './useShallowStable';
