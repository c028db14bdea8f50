import { useEffect, useMemo, useState } from 'react';
import { filterAgentItems, parseAgentItems } from '../core';
import type { AgentFacets, AgentFilters, AgentItem, AgentStatus, AgentTab, ParseIssue } from '../core/types';
import { AgentDataError, isAbortError } from '../data/errors';
import {
  EMPTY_LIVE_LIST,
  appendPage,
  applyRefresh,
  applyRemovals,
  applyUpserts,
  dropLeft,
  flushPending,
  type LiveContext,
  type LiveList,
} from '../data/live';
import type { AgentDataSource, AgentDataUpdate, AgentQueryResult, AgentQuerySummary } from '../data/types';

export interface UseAgentDataOptions {
  /** Where items come from. `null`/`undefined` leaves the hook idle (the view then uses `items`). */
  dataSource?: AgentDataSource | null;
  tab: AgentTab;
  viewerId: string;
  filters: AgentFilters;
  /** Items asked for per page. Default 100. */
  pageSize?: number;
  /** Quiet time after a tab or filter change before querying (typing in the search box). Default 150. */
  debounceMs?: number;
  /** Re-query the first page this often (ms) while the page is visible. Off by default. */
  pollIntervalMs?: number;
  /** Problems `parseAgentItems` found in host input (dropped items, unknown statuses). */
  onDataIssues?: (issues: ParseIssue[]) => void;
  statusMap?: Record<string, AgentStatus>;
  /** Time zone of the Day-of-creation filter; sent to the source. Default: the runtime's. */
  timeZone?: string;
  /** Fixed clock for matching live updates against date filters (tests). */
  now?: Date | number;
  /**
   * Whether the reader sees the top of the list. While false, new live items wait in `pendingNew`
   * instead of pushing rows down. Default true; or drive it with
   * `setAtTop` from the list's scroll position.
   */
  isAtTop?: boolean;
}

export interface AgentDataResult {
  /** Loaded items, parsed and unique by id, newest first. Rows in `leftFilter` stay here too. */
  items: AgentItem[];
  /** The first page for the current tab/filters is loading (`items` still holds the previous result). */
  loading: boolean;
  /** A next page is loading. */
  loadingMore: boolean;
  /** The last request failed; `retry` repeats it. */
  error: Error | null;
  retry: () => void;
  /** Loads the next page if there is one and none is loading (AgentList's `onEndReached`). */
  loadMore: () => void;
  hasMore: boolean;
  /** Matching items in all pages, when the source tells. */
  total: number | undefined;
  facets: Partial<AgentFacets> | undefined;
  /** Credits over every match, when the source sums them (from its latest answer). */
  summary: AgentQuerySummary | undefined;
  /**
   * Live items, not loaded before, that arrived while the reader was scrolled down (held back so no
   * row moves; mostly newer than the first row).
   */
  pendingNew: AgentItem[];
  /** Inserts `pendingNew` at the top (the "N new items" button). */
  showPending: () => void;
  /** Shown items whose live update made them leave the current filters. Kept until acknowledged. */
  leftFilter: AgentItem[];
  /** Removes the `leftFilter` rows from the list. */
  acknowledgeLeft: () => void;
  /** Tells the hook whether the reader is at the top of the list (when `isAtTop` is not passed). */
  setAtTop: (atTop: boolean) => void;
}

interface DataState {
  list: LiveList;
  nextCursor: string | null;
  facets?: Partial<AgentFacets>;
  summary?: AgentQuerySummary;
  loading: boolean;
  loadingMore: boolean;
  error: Error | null;
  /** Which request `retry` repeats. */
  failed: 'first' | 'more' | null;
  /** Pages loaded for the current query (a poll refreshes only the first). */
  pages: number;
}

const DEFAULT_PAGE_SIZE = 100;
const DEFAULT_DEBOUNCE_MS = 150;
const EMPTY_ITEMS: AgentItem[] = [];

/** The state a first-page request starts from (the previous rows stay until its answer). */
const LOADING_FIRST = { loading: true, loadingMore: false, error: null, failed: null } as const;

/** Nothing loaded; loading the first page unless there is no source. */
function initialState(enabled: boolean): DataState {
  return { list: EMPTY_LIVE_LIST, nextCursor: null, ...LOADING_FIRST, loading: enabled, pages: 0 };
}

/** Order-independent key of the query inputs, so `{a, b}` and `{b, a}` do not re-query. */
function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      // Keys of one object are unique: never equal.
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  return new AgentDataError(typeof error === 'string' ? error : 'Loading agent items failed.', {
    kind: 'network',
    cause: error,
  });
}

function checkResult(result: unknown): AgentQueryResult {
  if (!result || typeof result !== 'object' || !Array.isArray((result as AgentQueryResult).items)) {
    throw new AgentDataError('The data source answered without an `items` array.', { kind: 'parse' });
  }
  return result as AgentQueryResult;
}

function runtimeTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function pageIsHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

function inputId(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

interface LoggedUpdate {
  upsert: AgentItem[];
  remove: string[];
}

/** What the loader reads from the latest render. */
interface LoaderOptions extends UseAgentDataOptions {
  pageSize: number;
  timeZone: string | undefined;
}

/**
 * The request and live-update machinery behind `useAgentData`, outside React: one per hook instance,
 * its functions stable for the hook's lifetime. It keeps its own copy of the state (callbacks and
 * timers read it between renders) and hands every change to `setState`, once mounted.
 */
function createAgentDataLoader(initial: DataState, setState: (state: DataState) => void) {
  let state = initial;
  let options!: LoaderOptions;
  let atTop = true;
  let mounted = false;
  /** Whether the current mount has queried yet: the first query goes out at once, later ones debounced. */
  let queried = false;
  /**
   * Bumped whenever a first page is asked for (the loaded list is about to be replaced): answers to
   * requests of an older generation (first pages, next pages, polls) are dropped.
   */
  let generation = 0;
  let firstRequest: AbortController | null = null;
  let moreRequest: AbortController | null = null;
  let pollRequest: AbortController | null = null;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  /** Live updates seen while requests were in flight, replayed over their answers. */
  let logEntries: LoggedUpdate[] = [];
  /** Position in the log of `logEntries[0]`. */
  let logBase = 0;

  const commit = (next: DataState) => {
    state = next;
    if (mounted) setState(next);
  };
  const patch = (changes: Partial<DataState>) => commit({ ...state, ...changes });

  const liveContext = (batch: readonly AgentItem[]): LiveContext => {
    const { tab, viewerId, filters, timeZone, now } = options;
    const matching = new Set(
      filterAgentItems(batch as AgentItem[], filters, { tab, viewerId, timeZone, now: now ?? Date.now() }).map(
        (item) => item.id,
      ),
    );
    return { matches: (item) => matching.has(item.id), isAtTop: atTop };
  };

  const applyUpdate = (list: LiveList, { upsert, remove }: LoggedUpdate) =>
    applyRemovals(applyUpserts(list, upsert, liveContext(upsert)), remove);

  /**
   * Parses host input, unique by id before parsing (`parseAgentItems` would keep a repeated id under
   * a new one, which here would show one row twice). A page keeps the first copy and reports the
   * others; a live batch keeps the last copy, the newest state.
   */
  const parse = (input: unknown[], keep: 'first' | 'last'): AgentItem[] => {
    const { statusMap, onDataIssues } = options;
    const ids = input.map(inputId);
    const chosen = new Map<string, number>();
    ids.forEach((id, index) => {
      if (id !== undefined && (keep === 'last' || !chosen.has(id))) chosen.set(id, index);
    });
    const unique: unknown[] = [];
    const indexes: number[] = [];
    const duplicates: ParseIssue[] = [];
    ids.forEach((id, index) => {
      if (id === undefined || chosen.get(id) === index) {
        unique.push(input[index]);
        indexes.push(index);
      } else {
        duplicates.push({
          index,
          id,
          path: 'id',
          message: `Duplicate id "${id}" in one answer; the ${keep} copy is kept`,
          level: 'warning',
        });
      }
    });
    // Unique by id from here on: `parseAgentItems` renames any id it already saw.
    const { items, issues } = parseAgentItems(unique, statusMap ? { statusMap } : undefined);
    const reported = issues.map((issue) =>
      issue.index >= 0 ? { ...issue, index: indexes[issue.index] ?? issue.index } : issue,
    );
    if (keep === 'first') reported.push(...duplicates);
    if (reported.length > 0) onDataIssues?.(reported);
    return items;
  };

  /** Position in the update log a request starts at: updates from there on are replayed over its answer. */
  const logPosition = () => logBase + logEntries.length;

  const replaySince = (list: LiveList, position: number): LiveList =>
    logEntries.slice(Math.max(0, position - logBase)).reduce(applyUpdate, list);

  const clearLog = () => {
    logBase = logPosition();
    logEntries = [];
  };

  const inFlight = () => firstRequest || moreRequest || pollRequest;

  const trimLog = () => {
    if (!inFlight()) clearLog();
  };

  // `async` so that a source that throws instead of rejecting fails the same way.
  const query = async (cursor: string | undefined, signal: AbortSignal): Promise<AgentQueryResult> => {
    const { dataSource, tab, viewerId, filters, pageSize, timeZone } = options;
    return checkResult(
      await dataSource!.query({
        tab,
        viewerId,
        filters,
        ...(cursor ? { cursor } : {}),
        limit: pageSize,
        signal,
        ...(timeZone ? { timeZone } : {}),
      }),
    );
  };

  const abortAll = () => {
    firstRequest?.abort();
    moreRequest?.abort();
    pollRequest?.abort();
    firstRequest = moreRequest = pollRequest = null;
  };

  const clearDebounce = () => {
    clearTimeout(debounce);
    debounce = undefined;
  };

  /** Facets and summary from a later page or poll; an answer without them keeps the last ones. */
  const keepTotals = (result: AgentQueryResult) => ({
    facets: result.facets ?? state.facets,
    summary: result.summary ?? state.summary,
  });

  const loadFirst = () => {
    if (!options.dataSource || !mounted) return;
    abortAll();
    const ownGeneration = ++generation;
    const controller = (firstRequest = new AbortController());
    const position = logPosition();
    patch(LOADING_FIRST);

    query(undefined, controller.signal).then(
      (result) => {
        if (!mounted || ownGeneration !== generation || controller.signal.aborted) return;
        firstRequest = null;
        const items = parse(result.items, 'first');
        const nextCursor = result.nextCursor ?? null;
        const total = typeof result.total === 'number' ? result.total : undefined;
        const list = replaySince(appendPage(EMPTY_LIVE_LIST, items, nextCursor !== null, total), position);
        trimLog();
        patch({
          list,
          nextCursor,
          facets: result.facets,
          summary: result.summary,
          loading: false,
          error: null,
          failed: null,
          pages: 1,
        });
      },
      (error: unknown) => {
        if (!mounted || ownGeneration !== generation || (controller.signal.aborted && isAbortError(error))) return;
        firstRequest = null;
        trimLog();
        // The previous tab/filters' rows must not sit under an error about the new ones.
        patch({ list: EMPTY_LIVE_LIST, nextCursor: null, loading: false, error: toError(error), failed: 'first' });
      },
    );
  };

  const loadMore = () => {
    const { loading, loadingMore, nextCursor: cursor, failed } = state;
    if (!options.dataSource || !mounted) return;
    if (loading || loadingMore || cursor === null || failed === 'first') return;
    const ownGeneration = generation;
    const controller = (moreRequest = new AbortController());
    const position = logPosition();
    patch({ loadingMore: true, error: null, failed: null });
    // Aborting always drops the request (`abortAll` clears `moreRequest`), so no answer of an
    // aborted one gets past this.
    const isCurrent = () => mounted && ownGeneration === generation && moreRequest === controller;

    query(cursor, controller.signal).then(
      (result) => {
        if (!isCurrent()) return;
        moreRequest = null;
        const nextCursor = result.nextCursor ?? null;
        const page = parse(result.items, 'first');
        patch({
          list: replaySince(appendPage(state.list, page, nextCursor !== null, result.total), position),
          nextCursor,
          ...keepTotals(result),
          loadingMore: false,
          pages: state.pages + 1,
        });
        trimLog();
      },
      (error: unknown) => {
        if (!isCurrent()) return;
        moreRequest = null;
        trimLog();
        patch({ loadingMore: false, error: toError(error), failed: 'more' });
      },
    );
  };

  /** One poll: merges a fresh first page into what is loaded. Resolves when done; never rejects. */
  const refresh = (): Promise<void> => {
    if (!options.dataSource || !mounted) return Promise.resolve();
    if (state.loading || debounce !== undefined || pollRequest !== null) return Promise.resolve();
    if (state.failed === 'first') {
      loadFirst();
      return Promise.resolve();
    }
    const ownGeneration = generation;
    const controller = (pollRequest = new AbortController());
    const position = logPosition();
    return query(undefined, controller.signal).then(
      (result) => {
        if (!mounted || ownGeneration !== generation || pollRequest !== controller) return;
        pollRequest = null;
        const page = parse(result.items, 'first');
        const pageCursor = result.nextCursor ?? null;
        const list = replaySince(
          applyRefresh(state.list, page, pageCursor === null, liveContext(page), result.total),
          position,
        );
        // The cursor belongs to the last loaded page. A poll sets it only when a single page was
        // loaded and it was the last one: new items may have pushed rows onto a second page.
        const nextCursor = state.nextCursor ?? (state.pages <= 1 ? pageCursor : null);
        patch({ list: { ...list, hasMore: nextCursor !== null }, nextCursor, ...keepTotals(result) });
        trimLog();
      },
      () => {
        // A failed poll keeps what is shown; the next poll tries again.
        if (pollRequest === controller) pollRequest = null;
        trimLog();
      },
    );
  };

  const setList = (list: LiveList) => patch({ list });

  const handleUpdate = (update: AgentDataUpdate) => {
    if (!mounted) return;
    const upsert = Array.isArray(update?.upsert) ? parse(update.upsert, 'last') : [];
    const remove = Array.isArray(update?.remove) ? update.remove.filter((id) => typeof id === 'string') : [];
    if (upsert.length === 0 && remove.length === 0) return;
    if (inFlight()) logEntries.push({ upsert, remove });
    const list = applyUpdate(state.list, { upsert, remove });
    if (list !== state.list) setList(list);
  };

  return {
    /** Called on every render with the latest options. */
    sync(latest: LoaderOptions) {
      options = latest;
      if (latest.isAtTop !== undefined) atTop = latest.isAtTop;
    },

    /** Mount; returns the unmount, where whatever is still running stops. */
    mount() {
      mounted = true;
      return () => {
        mounted = false;
        queried = false;
        abortAll();
        clearDebounce();
        clearLog();
      };
    },

    /** The query changed (or the source went away: `enabled` false). Returns the cleanup of its debounce. */
    queryChanged(enabled: boolean, debounceMs: number): (() => void) | undefined {
      if (!enabled) {
        queried = false;
        abortAll();
        // A source that ignores the abort still answers: that answer belongs to no one now.
        generation += 1;
        commit(initialState(false));
        return;
      }
      const first = !queried;
      queried = true;
      if (first || debounceMs <= 0) {
        loadFirst();
        return;
      }
      // The request in flight answers a question nobody asks any more.
      abortAll();
      generation += 1;
      patch({ ...LOADING_FIRST, list: { ...state.list, pendingNew: [], leftIds: new Set() } });
      debounce = setTimeout(() => {
        debounce = undefined;
        loadFirst();
      }, debounceMs);
      return clearDebounce;
    },

    /** Listens to the source's live updates, if it has any. Returns the unsubscribe. */
    subscribe(dataSource: AgentDataSource | null | undefined): (() => void) | undefined {
      if (!dataSource?.subscribe) return;
      let unsubscribe: unknown;
      try {
        unsubscribe = dataSource.subscribe(handleUpdate);
      } catch (error) {
        // No live updates (a socket that cannot open…) must not take the list down: it still loads,
        // and polling, when on, still refreshes it.
        console.warn('agentboard: the data source’s subscribe threw; continuing without live updates.', error);
        return;
      }
      return () => {
        if (typeof unsubscribe !== 'function') return;
        try {
          unsubscribe();
        } catch {
          // Nothing to keep alive any more.
        }
      };
    },

    /** Polls every `intervalMs`: a timer per round, none while the page is hidden. Returns the stop. */
    poll(intervalMs: number) {
      let active = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stop = () => {
        clearTimeout(timer);
        timer = undefined;
      };
      const schedule = () => {
        stop();
        if (active && !pageIsHidden()) timer = setTimeout(tick, intervalMs);
      };
      const tick = () => {
        timer = undefined;
        if (!active || pageIsHidden()) return;
        void refresh().then(schedule);
      };
      const onVisibilityChange = () => {
        if (pageIsHidden()) {
          stop();
          pollRequest?.abort();
          pollRequest = null;
        } else if (timer === undefined) {
          tick();
        }
      };
      schedule();
      const doc = typeof document === 'undefined' ? undefined : document;
      doc?.addEventListener('visibilitychange', onVisibilityChange);
      return () => {
        active = false;
        stop();
        doc?.removeEventListener('visibilitychange', onVisibilityChange);
      };
    },

    /** The result's functions. */
    actions: {
      retry: () => (state.failed === 'more' ? loadMore() : loadFirst()),
      loadMore,
      showPending: () => setList(flushPending(state.list)),
      acknowledgeLeft: () => setList(dropLeft(state.list)),
      setAtTop: (value: boolean) => {
        atTop = value;
      },
    },
  };
}

/**
 * Drives an `AgentDataSource`: queries the first page for the tab and filters (debounced, the
 * request in flight aborted, out-of-order answers dropped), pages on `loadMore`, merges live
 * updates by id without moving rows under the reader, and optionally polls while the page is visible.
 * Everything it started (timers, requests, the subscription) stops on unmount.
 *
 * @example
 * const data = useAgentData({ dataSource, tab, viewerId: 'u_1', filters });
 * <AgentList items={data.items} loading={data.loading && data.items.length === 0}
 *   onEndReached={data.hasMore ? data.loadMore : undefined} … />
 */
export function useAgentData(options: UseAgentDataOptions): AgentDataResult {
  const {
    dataSource,
    tab,
    viewerId,
    filters,
    pageSize = DEFAULT_PAGE_SIZE,
    debounceMs = DEFAULT_DEBOUNCE_MS,
    pollIntervalMs,
  } = options;
  const enabled = dataSource != null;
  // Read once: building a formatter on every render of every view would be wasted work.
  const timeZone = useMemo(() => options.timeZone ?? runtimeTimeZone(), [options.timeZone]);

  const [state, setState] = useState<DataState>(() => initialState(enabled));
  const [loader] = useState(() => createAgentDataLoader(state, setState));
  loader.sync({ ...options, pageSize, timeZone });

  // Mount / unmount: whatever is still running stops at unmount.
  useEffect(() => loader.mount(), [loader]);

  // Query again when what is asked for changes: at once on mount, debounced after.
  const queryKey = enabled ? stableKey([tab, viewerId, pageSize, timeZone ?? '', filters]) : null;
  // The key covers `enabled` (null without a source); debounceMs changes only affect the next change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => loader.queryChanged(enabled, debounceMs), [queryKey]);

  // Live updates.
  useEffect(() => loader.subscribe(dataSource), [dataSource, loader]);

  // Polling, while the page is visible.
  useEffect(() => {
    if (enabled && pollIntervalMs && pollIntervalMs > 0) return loader.poll(pollIntervalMs);
  }, [enabled, pollIntervalMs, loader]);

  const { list } = state;
  const leftFilter = useMemo(
    () => (list.leftIds.size === 0 ? EMPTY_ITEMS : list.items.filter((item) => list.leftIds.has(item.id))),
    [list.items, list.leftIds],
  );

  return {
    items: list.items.length === 0 ? EMPTY_ITEMS : list.items,
    loading: state.loading,
    loadingMore: state.loadingMore,
    error: state.error,
    hasMore: state.nextCursor !== null,
    total: list.total,
    facets: state.facets,
    summary: state.summary,
    pendingNew: list.pendingNew.length === 0 ? EMPTY_ITEMS : list.pendingNew,
    leftFilter,
    ...loader.actions,
  };
}
