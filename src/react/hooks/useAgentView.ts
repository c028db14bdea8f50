import { useCallback, useMemo } from 'react';
import { EMPTY_FILTERS, EMPTY_ITEMS } from '../../core/filter-state';
import { mergeRemoteFacets, mergeRemoteSummary, remoteTabCounts } from '../../core/remote';
import type { SourceRegistry } from '../../core/sources';
import type {
  AgentFacets,
  AgentFilters,
  AgentItem,
  AgentStatus,
  AgentSummaryData,
  AgentTab,
  ParseIssue,
} from '../../core/types';
import type { AgentDataSource } from '../../data/types';
import { useAgentData, type AgentDataResult } from './useAgentData';
import { useAgentViewModel } from './useAgentViewModel';
import { useControllableState, type SetStateFn } from './useControllableState';

export interface TabCount {
  /** Items on the tab after the current filters. */
  count: number;
  /** Of those, how many are working right now. */
  working: number;
}

export interface UseAgentViewOptions {
  /** Every item the viewer may see (`parseAgentItems(...).items`). Or pass `dataSource` instead. */
  items?: AgentItem[];
  /** The signed-in user: Personal shows their items, and they appear as "Me". */
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
  /**
   * Where items come from when the host pages and filters on its side (instead of `items`): the view
   * queries it for the tab and filters, pages on scroll and merges its live updates. Create it once.
   */
  dataSource?: AgentDataSource | null;
  /** Problems `parseAgentItems` found in the data source's items (dropped items, unknown statuses). */
  onDataIssues?: (issues: ParseIssue[]) => void;
  /** Items asked for per page from `dataSource`. Default 100. */
  pageSize?: number;
  /** Re-query the first page this often (ms) while the page is visible. Off by default. */
  pollIntervalMs?: number;
  /** Quiet time after a tab or filter change before `dataSource` is queried. Default 150. */
  debounceMs?: number;
  /** Extra raw-status mappings for the data source's items. */
  statusMap?: Record<string, AgentStatus>;
  /**
   * Count the faceted filter options (`facets`). Default true. `false` skips that pass over the
   * items (the management view passes it while its filter menu is closed, where no count shows):
   * `facets` then holds only the labels of selected options the chips need (selected creators'
   * names), unless the counts were already taken for the same inputs.
   */
  computeFacets?: boolean;
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
  /**
   * Counts per tab under the current filters. With a `dataSource`, the current tab's once the source
   * told its `total`, and the other tab's once it told that too (`tabTotals` in its answer; `working`
   * 0 there, since no source tells it): a tab the source did not count has none.
   */
  tabCounts: Partial<Record<AgentTab, TabCount>>;
  /** All items the view works on (from `items`, or loaded from `dataSource`). */
  items: AgentItem[];
  /**
   * The data source's state: loading, error/retry, paging, total, live-update queues. Idle (never
   * loading, no items) without a `dataSource`.
   */
  data: AgentDataResult;
  /** True when items come from a `dataSource` (already filtered by the host). */
  remote: boolean;
}

function itemsProp(options: Pick<UseAgentViewOptions, 'items'>): AgentItem[] {
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

/**
 * The state behind the management view, usable with your own UI: the current tab and filters
 * (each controlled or uncontrolled, like Radix: `tab`/`defaultTab`/`onTabChange`,
 * `filters`/`defaultFilters`/`onFiltersChange`) and what follows from them — the visible items,
 * faceted filter options with counts, the summary of the visible set and per-tab counts. Every
 * derived value is memoised on its inputs and the setters are stable.
 *
 * With `dataSource` instead of `items`, the items are the host's answers for the tab and filters
 * (see `useAgentData`, exposed as `data`: loading, error/retry, `loadMore`, `total`, live queues);
 * no filter pass runs over them, and the host's facet counts and total take precedence.
 *
 * @example
 * ```tsx
 * function MyBoard({ items }: { items: AgentItem[] }) {
 *   const view = useAgentView({ items, viewerId: 'u_1', defaultFilters: { statuses: ['failed'] } });
 *   return (
 *     <>
 *       <button onClick={() => view.setTab('all')}>All ({view.tabCounts.all?.count})</button>
 *       <AgentList items={view.visibleItems} viewerId="u_1" />
 *     </>
 *   );
 * }
 * ```
 */
export function useAgentView(options: UseAgentViewOptions): AgentViewState {
  const state = useAgentViewState(options);
  const remote = options.dataSource != null;
  const data = useAgentData({
    dataSource: options.dataSource,
    tab: state.tab,
    viewerId: options.viewerId,
    filters: state.filters,
    ...defined({
      pageSize: options.pageSize,
      pollIntervalMs: options.pollIntervalMs,
      debounceMs: options.debounceMs,
      onDataIssues: options.onDataIssues,
      statusMap: options.statusMap,
      timeZone: options.timeZone,
      now: options.now,
    }),
  });
  const items = remote ? data.items : itemsProp(options);
  const model = useAgentViewModel(items, {
    tab: state.tab,
    filters: state.filters,
    viewerId: options.viewerId,
    timeZone: options.timeZone,
    now: options.now,
    sourceRegistry: options.sourceRegistry,
    prefiltered: remote,
    computeFacets: options.computeFacets ?? true,
  });
  const remoteModel = useRemoteModel(model, data, state.tab, state.filters, remote);
  return { ...state, ...remoteModel, items, data, remote };
}

function defined<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/**
 * What a data source knows better than the loaded rows: its facet counts (over every match, not one
 * page) replace the ones counted locally, field by field; its `total` is the current tab's count and
 * the summary's total, and its status counts fill the summary's status cards. The other tab's count
 * is the source's when its answer told it (`data.tabTotals`), else left out.
 */
function useRemoteModel(
  model: Pick<AgentViewState, 'visibleItems' | 'facets' | 'summary' | 'tabCounts'>,
  data: AgentDataResult,
  tab: AgentTab,
  filters: AgentFilters,
  remote: boolean,
): Pick<AgentViewState, 'visibleItems' | 'facets' | 'summary' | 'tabCounts'> {
  const serverFacets = data.facets;
  const total = data.total;
  const facets = useMemo<AgentFacets>(
    () => (remote ? mergeRemoteFacets(model.facets, serverFacets) : model.facets),
    [remote, serverFacets, model.facets],
  );

  const statuses = filters.statuses;
  const summary = useMemo<AgentSummaryData>(
    () =>
      remote
        ? mergeRemoteSummary(model.summary, { total, facets: serverFacets, summary: data.summary }, { statuses })
        : model.summary,
    [remote, total, serverFacets, statuses, model.summary, data.summary],
  );

  // The other tab's count as a number, so the counts change only when it does.
  const other: AgentTab = tab === 'all' ? 'personal' : 'all';
  const otherTotal = data.tabTotals?.[other];
  const tabCounts = useMemo<Partial<Record<AgentTab, TabCount>>>(
    () =>
      remote
        ? remoteTabCounts(tab, total, summary, otherTotal === undefined ? undefined : { [other]: otherTotal })
        : model.tabCounts,
    [remote, total, tab, other, summary, otherTotal, model.tabCounts],
  );

  return { visibleItems: model.visibleItems, facets, summary, tabCounts };
}
