import type { AgentFacets, AgentItem, AgentTab } from '../core/types';
import { withDrift } from './drift';
import { EMPTY_LIVE_LIST, type LiveList } from './live';
import type { AgentDataResult } from './loader-types';
import type { AgentLiveConnection, AgentQueryResult, AgentQuerySummary, AgentSourceFailure } from './types';

/** The data loader's own state; `AgentDataResult` is what readers see of it. */
export interface LoaderState {
  list: LiveList;
  nextCursor: string | null;
  facets?: Partial<AgentFacets>;
  summary?: AgentQuerySummary;
  partial?: AgentSourceFailure[];
  loading: boolean;
  loadingMore: boolean;
  error: Error | null;
  /** Which request `retry` repeats. */
  failed: 'first' | 'more' | null;
  /** Pages loaded for the current query (a poll refreshes only the first). */
  pages: number;
  /** The live stream's state, as the source last reported it. */
  connection?: AgentLiveConnection;
}

/** What readers can do with the loaded state: the functions of `AgentDataResult`. */
export type LoaderActions = Pick<
  AgentDataResult,
  'retry' | 'loadMore' | 'showPending' | 'acknowledgeLeft' | 'setAtTop' | 'applyUpdate'
>;

/** The state a first-page request starts from (the previous rows stay until its answer). */
export const LOADING_FIRST = { loading: true, loadingMore: false, error: null, failed: null } as const;

const EMPTY_ITEMS: AgentItem[] = [];

/** No source: nothing loaded, nothing loading. One object, so going idle twice changes nothing. */
export const IDLE_STATE: LoaderState = {
  list: EMPTY_LIVE_LIST,
  nextCursor: null,
  ...LOADING_FIRST,
  loading: false,
  pages: 0,
};

/**
 * Nothing loaded; loading the first page unless there is no source.
 *
 * @example
 * initialLoaderState(true).loading // true
 */
export function initialLoaderState(enabled: boolean): LoaderState {
  return enabled ? { ...IDLE_STATE, loading: true } : IDLE_STATE;
}

/**
 * The counts a later page or a poll brings: its facets and summary, or the ones loaded before when
 * it carries none (a page of a source that counts only once); the failed sources are always the
 * latest answer's.
 *
 * @example
 * patch({ list, ...laterTotals(state, result) });
 */
export function laterTotals(
  state: Pick<LoaderState, 'facets' | 'summary'>,
  result: AgentQueryResult,
): Pick<LoaderState, 'facets' | 'summary' | 'partial'> {
  return { facets: result.facets ?? state.facets, summary: result.summary ?? state.summary, partial: result.partial };
}

/**
 * Returns the function that turns a loader state into what readers see. Empty lists are one shared
 * array, and `leftFilter` is the same array for as long as the rows and the ids that left do not
 * change, so memoised readers do not recompute on an unrelated change (a `loading` flag). `facets`
 * and `summary` are the last answer's as the live changes since have moved them, like `total`, so
 * every number on screen tells of the same rows.
 *
 * @example
 * const toResult = createResultView(actions);
 * toResult(initialLoaderState(true)) // { items: [], loading: true, hasMore: false, … }
 */
export function createResultView(actions: LoaderActions): (state: LoaderState) => AgentDataResult {
  let left = { list: EMPTY_LIVE_LIST, items: EMPTY_ITEMS };
  const leftFilter = (list: LiveList): AgentItem[] => {
    if (list.items !== left.list.items || list.leftIds !== left.list.leftIds) {
      const items = list.leftIds.size === 0 ? EMPTY_ITEMS : list.items.filter((item) => list.leftIds.has(item.id));
      left = { list, items };
    }
    return left.items;
  };
  // The answer's counts as the live changes since moved them, the same objects while neither changes.
  let counted = {
    facets: undefined as LoaderState['facets'],
    summary: undefined as LoaderState['summary'],
    drift: undefined as LiveList['drift'],
    out: withDrift(undefined, undefined, undefined),
  };
  const countsOf = (facets: LoaderState['facets'], summary: LoaderState['summary'], drift: LiveList['drift']) => {
    if (counted.facets !== facets || counted.summary !== summary || counted.drift !== drift) {
      counted = { facets, summary, drift, out: withDrift(facets, summary, drift) };
    }
    return counted.out;
  };
  // Both tabs' counts while the other tab's is known (the current tab's is the total).
  const tabTotalsOf = ({ total, otherTab }: LiveList): AgentDataResult['tabTotals'] => {
    if (!otherTab) return undefined;
    const out: Partial<Record<AgentTab, number>> = { [otherTab.tab]: otherTab.total };
    if (total !== undefined) out[otherTab.tab === 'all' ? 'personal' : 'all'] = total;
    return out;
  };
  return ({ list, nextCursor, facets, summary, partial, loading, loadingMore, error, failed, connection }) => ({
    ...countsOf(facets, summary, list.drift),
    items: list.items.length === 0 ? EMPTY_ITEMS : list.items,
    loading,
    refreshing: loading && list.items.length > 0,
    connection,
    loadingMore,
    error,
    hasMore: nextCursor !== null,
    total: list.total,
    tabTotals: tabTotalsOf(list),
    // A first page that failed shows no rows, so no failed sources beside them either.
    partial: failed !== 'first' && partial && partial.length > 0 ? partial : undefined,
    pendingNew: list.pendingNew.length === 0 ? EMPTY_ITEMS : list.pendingNew,
    leftFilter: leftFilter(list),
    ...actions,
  });
}
