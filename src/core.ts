/**
 * agentboard/core — the headless, framework-free core: parse host data, map statuses and sources,
 * filter, facet, summarise, sort, format, edit filter states and read/write them in URLs. No React,
 * no DOM.
 */
export type * from './core/types';
export { agentItemInputSchema, agentPersonInputSchema, dateInputSchema } from './core/schema';
export type { AgentItemInput, AgentItemParsed } from './core/schema';
export { parseAgentItems } from './core/parse';
export { ARTIFACT_TYPES, PULL_REQUEST_STATES, isArtifactType, isPullRequestState } from './core/artifacts';
export {
  mapStatus,
  lookupStatus,
  normalizeStatusKey,
  isAgentStatus,
  STATUS_META,
  STATUS_ORDER,
  DEFAULT_STATUS_MAP,
} from './core/status';
export type { StatusMeta } from './core/status';
export { getSourceMeta, humanizeSource, isBuiltInSource, BUILT_IN_SOURCES, BUILT_IN_SOURCE_META } from './core/sources';
export type { SourceGroup, SourceMeta, SourceRegistry } from './core/sources';
export { getDurationMs } from './core/duration';
export {
  formatDuration,
  formatCredits,
  formatCreatedAt,
  formatFullDate,
  formatCount,
  EMPTY_VALUE,
} from './core/format';
export { toDayKey, resolveTimeZone, getRuntimeTimeZone } from './core/time';
export {
  filterAgentItems,
  countAgentItems,
  filterWithTabCounts,
  createdOnRange,
  isOnTab,
  CREATED_ON_PRESETS,
  CREATED_ON_PRESET_LABELS,
} from './core/filters';
export type { EpochRange, AgentItemCount } from './core/filters';
export { getFacets, createdOnValue } from './core/facets';
export type { FacetContext } from './core/facets';
export { summarize, topWithOthers, OTHERS_VALUE } from './core/summary';
export type { SummaryContext } from './core/summary';
export { filtersToSearchParams, filtersFromSearchParams } from './core/url';
export {
  toggleFilterValue,
  toggleStatus,
  toggleFacetValue,
  setCreatedOn,
  setQuery,
  EMPTY_FILTERS,
} from './core/filter-state';
export { getFilterChips, countActiveFilters, hasActiveFilters } from './core/chips';
export type { ChipContext, FacetDefinition, FilterChip, FilterChipLabels } from './core/chips';
export { sortAgentItems, compareNewestFirst } from './core/sort';
export type { AgentSortColumn, AgentSortOptions, AgentSorting } from './core/sort';
export { buildRunTree, flattenRunTree } from './core/tree';
export { describeAgentError, normalizeErrorCode } from './core/errors';
export type { AgentErrorDescription } from './core/errors';
export type { BuildRunTreeOptions, RunTree, RunTreeRow, SubRunRollup } from './core/tree';
export { selectNeedsYou } from './core/needs-you';
export type { SearchParams, SearchParamsLike } from './core/url';
export { sanitizeUrl, sanitizeHttpUrl } from './core/safe-url';
export {
  ACTION_SHORTCUTS,
  BUILT_IN_ACTIONS,
  DEFAULT_ACTIONS,
  actionForKey,
  getAvailableActions,
  getBulkActions,
  getItemLink,
  getMatchingBulkActions,
  getShortcut,
  isActionAvailable,
  isBulkAction,
  isDestructiveAction,
  needsConfirmation,
} from './core/actions';
export type { AgentActionRules, AgentBulkAction, AgentCustomAction, AgentShortcut } from './core/actions';
export {
  EMPTY_SELECTION,
  clear as clearSelection,
  getSelectionState,
  isMatchingSelection,
  isSelected,
  prune as pruneSelection,
  selectAllMatching,
  selectRange,
  selectedIn,
  toggle as toggleSelection,
  toggleAll as toggleAllSelection,
} from './core/selection';
export { applyItemChanges, type AgentItemChanges } from './core/item-changes';
export type { AgentMatchingSelection, AgentSelection, PruneResult, SelectionState } from './core/selection';
