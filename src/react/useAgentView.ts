import { useCallback, useDeferredValue, useMemo } from 'react';
import { filterAgentItems, getFacets, summarize } from '../core';
import type { SourceRegistry } from '../core/sources';
import type {
  AgentFacets,
  AgentFilters,
  AgentItem,
  AgentSummaryData,
  AgentTab,
  ViewContext,
} from '../core/types';
import { EMPTY_FILTERS, EMPTY_ITEMS } from './filterState';
import { useControllableState, type SetStateFn } from './useControllableState';

export interface TabCount {
  /** Items on the tab after the current filters. */
  count: number;
  /** Of those, how many are working right now. */
  working: number;
}

export interface UseAgentViewOptions {
  /** Every item the viewer may see (already parsed). */
  items?: AgentItem[];
  /** The signed-in user: Personal shows their items. */
  viewerId: string;
  tab?: AgentTab;
  defaultTab?: AgentTab;
  onTabChange?: (tab: AgentTab) => void;
  filters?: AgentFilters;
  defaultFilters?: AgentFilters;
  onFiltersChange?: (filters: AgentFilters) => void;
  /** IANA time zone for Day of creation. Default: the runtime's. */
  timeZone?: string;
  /** Fixed clock (tests, SSR). */
  now?: Date | number;
  /** Host-registered sources: labels in facets and the credits breakdown. */
  sourceRegistry?: SourceRegistry;
}

export interface AgentViewState {
  tab: AgentTab;
  setTab: (tab: AgentTab) => void;
  filters: AgentFilters;
  setFilters: SetStateFn<AgentFilters>;
  clearFilters: () => void;
  /** The items of the current tab that pass the filters, in input order. */
  visibleItems: AgentItem[];
  /** Options with faceted counts for every filter field. */
  facets: AgentFacets;
  /** Totals over `visibleItems`. */
  summary: AgentSummaryData;
  /** Counts per tab under the current filters. */
  tabCounts: Record<AgentTab, TabCount>;
  /** All items the view works on (from `items`). */
  items: AgentItem[];
}

/**
 * Where the items come from. Today: the `items` prop. A data source (query/subscribe) slots in
 * here without touching the filter and view logic below.
 */
function useItemSource(options: Pick<UseAgentViewOptions, 'items'>): AgentItem[] {
  return options.items ?? (EMPTY_ITEMS as unknown as AgentItem[]);
}

/**
 * The state half of `useAgentView`: the tab and the filters, each controlled or uncontrolled, with
 * stable setters. Pair it with `useAgentViewModel` when items come from somewhere else.
 *
 * @example
 * ```ts
 * const { tab, setTab, filters, setFilters, clearFilters } = useAgentViewState({ defaultTab: 'all' });
 * ```
 */
export function useAgentViewState(
  options: Pick<
    UseAgentViewOptions,
    'tab' | 'defaultTab' | 'onTabChange' | 'filters' | 'defaultFilters' | 'onFiltersChange'
  >,
): Pick<AgentViewState, 'tab' | 'setTab' | 'filters' | 'setFilters' | 'clearFilters'> {
  const [tab, setTabState] = useControllableState<AgentTab>({
    prop: options.tab,
    defaultProp: options.defaultTab ?? 'personal',
    onChange: options.onTabChange,
    name: 'useAgentView.tab',
  });
  const [filters, setFilters] = useControllableState<AgentFilters>({
    prop: options.filters,
    defaultProp: options.defaultFilters ?? EMPTY_FILTERS,
    onChange: options.onFiltersChange,
    name: 'useAgentView.filters',
  });
  const setTab = useCallback((next: AgentTab) => setTabState(next), [setTabState]);
  const clearFilters = useCallback(() => setFilters(EMPTY_FILTERS), [setFilters]);
  return { tab, setTab, filters, setFilters, clearFilters };
}

function countWorking(items: readonly AgentItem[]): number {
  let n = 0;
  for (const item of items) if (item.status === 'working') n += 1;
  return n;
}

/**
 * The derived half of `useAgentView`: visible items, facets, summary and tab counts, each a core
 * pass memoised on exactly its inputs, so a re-render with the same items, filters, tab, viewer,
 * time zone and clock does no work over the items. Filters are deferred (`useDeferredValue`) so
 * typing stays responsive on large lists.
 *
 * @example
 * ```ts
 * const state = useAgentViewState({});
 * const { visibleItems, facets } = useAgentViewModel(items, { ...state, viewerId: 'u_1' });
 * ```
 */
export function useAgentViewModel(
  items: AgentItem[],
  {
    tab,
    filters: latestFilters,
    viewerId,
    timeZone,
    now,
    sourceRegistry,
  }: {
    tab: AgentTab;
    filters: AgentFilters;
    viewerId: string;
    timeZone?: string | undefined;
    now?: Date | number | undefined;
    sourceRegistry?: SourceRegistry | undefined;
  },
): Pick<AgentViewState, 'visibleItems' | 'facets' | 'summary' | 'tabCounts'> {
  // Typing in the search box stays responsive on large lists: the passes below run in a
  // deferred render while the input updates at once.
  const filters = useDeferredValue(latestFilters);
  // A new Date with the same time must not invalidate the memos.
  const nowMs = now === undefined ? undefined : typeof now === 'number' ? now : now.getTime();

  const personal = useMemo(
    () => filterAgentItems(items, filters, ctx('personal', viewerId, timeZone, nowMs)),
    [items, filters, viewerId, timeZone, nowMs],
  );
  const all = useMemo(
    () => filterAgentItems(items, filters, ctx('all', viewerId, timeZone, nowMs)),
    [items, filters, viewerId, timeZone, nowMs],
  );
  const visibleItems = tab === 'all' ? all : personal;

  const facets = useMemo(
    () => getFacets(items, filters, { ...ctx(tab, viewerId, timeZone, nowMs), ...(sourceRegistry ? { sources: sourceRegistry } : {}) }),
    [items, filters, tab, viewerId, timeZone, nowMs, sourceRegistry],
  );
  const summary = useMemo(
    () => summarize(visibleItems, { ...ctx(tab, viewerId, timeZone, nowMs), ...(sourceRegistry ? { sources: sourceRegistry } : {}) }),
    [visibleItems, tab, viewerId, timeZone, nowMs, sourceRegistry],
  );
  const tabCounts = useMemo<Record<AgentTab, TabCount>>(
    () => ({
      personal: { count: personal.length, working: countWorking(personal) },
      all: { count: all.length, working: countWorking(all) },
    }),
    [personal, all],
  );
  return { visibleItems, facets, summary, tabCounts };
}

function ctx(tab: AgentTab, viewerId: string, timeZone: string | undefined, now: number | undefined): ViewContext {
  const c: ViewContext = { tab, viewerId };
  if (timeZone !== undefined) c.timeZone = timeZone;
  if (now !== undefined) c.now = now;
  return c;
}

/**
 * The state behind the management view, usable with your own UI: the current tab and filters
 * (each controlled or uncontrolled, like Radix: `tab`/`defaultTab`/`onTabChange`,
 * `filters`/`defaultFilters`/`onFiltersChange`) and what follows from them — the visible items,
 * faceted filter options with counts, the summary of the visible set and per-tab counts. Every
 * derived value is memoised on its inputs and the setters are stable.
 *
 * @example
 * ```tsx
 * function MyBoard({ items }: { items: AgentItem[] }) {
 *   const view = useAgentView({ items, viewerId: 'u_1', defaultFilters: { statuses: ['failed'] } });
 *   return (
 *     <>
 *       <button onClick={() => view.setTab('all')}>All ({view.tabCounts.all.count})</button>
 *       <AgentList items={view.visibleItems} viewerId="u_1" />
 *     </>
 *   );
 * }
 * ```
 */
export function useAgentView(options: UseAgentViewOptions): AgentViewState {
  const items = useItemSource(options);
  const state = useAgentViewState(options);
  const model = useAgentViewModel(items, {
    tab: state.tab,
    filters: state.filters,
    viewerId: options.viewerId,
    timeZone: options.timeZone,
    now: options.now,
    sourceRegistry: options.sourceRegistry,
  });
  return { ...state, ...model, items };
}
