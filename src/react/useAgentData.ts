import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { filterAgentItems, parseAgentItems } from '../core';
import type {
  AgentFacets,
  AgentFilters,
  AgentItem,
  AgentStatus,
  AgentTab,
  ParseIssue,
} from '../core/types';
import { AgentDataError, isAbortError } from '../data/errors';
import {
  EMPTY_LIVE_LIST,
  appendPage,
  applyRefresh,
  applyRemovals,
  applyUpserts,
  dedupeById,
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
  facets: Partial<AgentFacets> | undefined;
  summary: AgentQuerySummary | undefined;
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

function initialState(enabled: boolean): DataState {
  return {
    list: EMPTY_LIVE_LIST,
    nextCursor: null,
    facets: undefined,
    summary: undefined,
    loading: enabled,
    loadingMore: false,
    error: null,
    failed: null,
    pages: 0,
  };
}

/** Order-independent key of the query inputs, so `{a, b}` and `{b, a}` do not re-query. */
function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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

function uniqueInput(
  input: unknown[],
  keep: 'first' | 'last',
): { unique: unknown[]; indexes: number[]; duplicates: ParseIssue[] } {
  const chosen = new Map<string, number>();
  input.forEach((value, index) => {
    const id = inputId(value);
    if (id !== undefined && (keep === 'last' || !chosen.has(id))) chosen.set(id, index);
  });
  const unique: unknown[] = [];
  const indexes: number[] = [];
  const duplicates: ParseIssue[] = [];
  input.forEach((value, index) => {
    const id = inputId(value);
    if (id === undefined || chosen.get(id) === index) {
      unique.push(value);
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
  return { unique, indexes, duplicates };
}

interface LoggedUpdate {
  upsert: AgentItem[];
  remove: string[];
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
  const stateRef = useRef(state);
  const optionsRef = useRef({ ...options, pageSize, timeZone });
  optionsRef.current = { ...options, pageSize, timeZone };
  const atTopRef = useRef(options.isAtTop ?? true);
  if (options.isAtTop !== undefined) atTopRef.current = options.isAtTop;

  const mountedRef = useRef(false);
  const seqRef = useRef(0);
  /** Sequence number of the first-page request whose answer may still be shown. */
  const firstSeqRef = useRef(0);
  /** Bumped whenever the loaded list is replaced: next pages and polls of an older one are dropped. */
  const generationRef = useRef(0);
  const firstCtrlRef = useRef<AbortController | null>(null);
  const moreCtrlRef = useRef<AbortController | null>(null);
  const pollCtrlRef = useRef<AbortController | null>(null);
  const debounceRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Live updates seen while requests were in flight, replayed over their answers. */
  const logRef = useRef<{ base: number; entries: LoggedUpdate[] }>({ base: 0, entries: [] });

  const commit = useCallback((next: (current: DataState) => DataState) => {
    const updated = next(stateRef.current);
    if (updated === stateRef.current) return;
    stateRef.current = updated;
    if (mountedRef.current) setState(updated);
  }, []);

  const liveContext = useCallback((batch: readonly AgentItem[]): LiveContext => {
    const { tab: t, viewerId: v, filters: f, timeZone: tz, now } = optionsRef.current;
    const matching = new Set(
      filterAgentItems(batch as AgentItem[], f, { tab: t, viewerId: v, timeZone: tz, now: now ?? Date.now() }).map(
        (item) => item.id,
      ),
    );
    return { matches: (item) => matching.has(item.id), isAtTop: atTopRef.current };
  }, []);

  /**
   * Parses host input, unique by id before parsing (`parseAgentItems` would keep a repeated id under
   * a new one, which here would show one row twice). A page keeps the first copy and reports the
   * others; a live batch keeps the last copy, the newest state.
   */
  const parse = useCallback((input: unknown[], keep: 'first' | 'last'): AgentItem[] => {
    const { statusMap, onDataIssues } = optionsRef.current;
    const { unique, indexes, duplicates } = uniqueInput(input, keep);
    const { items, issues } = parseAgentItems(unique, statusMap ? { statusMap } : undefined);
    const reported = issues.map((issue) =>
      issue.index >= 0 ? { ...issue, index: indexes[issue.index] ?? issue.index } : issue,
    );
    if (keep === 'first') reported.push(...duplicates);
    if (reported.length > 0) onDataIssues?.(reported);
    return items;
  }, []);

  const inFlight = () => firstCtrlRef.current !== null || moreCtrlRef.current !== null || pollCtrlRef.current !== null;

  /** Position in the update log a request starts at: updates from there on are replayed over its answer. */
  const logPosition = () => logRef.current.base + logRef.current.entries.length;

  const replaySince = useCallback(
    (list: LiveList, position: number): LiveList => {
      const { base, entries } = logRef.current;
      let next = list;
      for (const entry of entries.slice(Math.max(0, position - base))) {
        next = applyRemovals(applyUpserts(next, entry.upsert, liveContext(entry.upsert)), entry.remove);
      }
      return next;
    },
    [liveContext],
  );

  const trimLog = () => {
    if (inFlight()) return;
    const log = logRef.current;
    logRef.current = { base: log.base + log.entries.length, entries: [] };
  };

  const query = useCallback((cursor: string | undefined, signal: AbortSignal): Promise<AgentQueryResult> => {
    const o = optionsRef.current;
    try {
      return Promise.resolve(
        o.dataSource!.query({
          tab: o.tab,
          viewerId: o.viewerId,
          filters: o.filters,
          ...(cursor ? { cursor } : {}),
          limit: o.pageSize,
          signal,
          ...(o.timeZone ? { timeZone: o.timeZone } : {}),
        }),
      ).then(checkResult);
    } catch (error) {
      return Promise.reject(error);
    }
  }, []);

  const abortAll = () => {
    for (const ref of [firstCtrlRef, moreCtrlRef, pollCtrlRef]) {
      ref.current?.abort();
      ref.current = null;
    }
  };

  const loadFirst = useCallback(() => {
    if (!optionsRef.current.dataSource || !mountedRef.current) return;
    abortAll();
    generationRef.current += 1;
    const seq = ++seqRef.current;
    firstSeqRef.current = seq;
    const controller = new AbortController();
    firstCtrlRef.current = controller;
    const position = logPosition();
    commit((s) => ({ ...s, loading: true, loadingMore: false, error: null, failed: null }));

    query(undefined, controller.signal).then(
      (result) => {
        if (!mountedRef.current || seq !== firstSeqRef.current || controller.signal.aborted) return;
        firstCtrlRef.current = null;
        const items = dedupeById(parse(result.items, 'first'));
        const nextCursor = result.nextCursor ?? null;
        let list: LiveList = {
          items,
          pendingNew: [],
          leftIds: new Set(),
          hasMore: nextCursor !== null,
          ...(typeof result.total === 'number' ? { total: result.total } : {}),
        };
        list = replaySince(list, position);
        trimLog();
        commit((s) => ({ ...s, list, nextCursor, facets: result.facets, summary: result.summary, loading: false, error: null, failed: null, pages: 1 }));
      },
      (error: unknown) => {
        if (!mountedRef.current || seq !== firstSeqRef.current) return;
        if (controller.signal.aborted && isAbortError(error)) return;
        firstCtrlRef.current = null;
        trimLog();
        // The previous tab/filters' rows must not sit under an error about the new ones.
        commit((s) => ({ ...s, list: EMPTY_LIVE_LIST, nextCursor: null, loading: false, error: toError(error), failed: 'first' }));
      },
    );
  }, [commit, parse, query, replaySince]);

  const loadMore = useCallback(() => {
    const s = stateRef.current;
    if (!optionsRef.current.dataSource || !mountedRef.current) return;
    if (s.loading || s.loadingMore || s.nextCursor === null || s.failed === 'first') return;
    const generation = generationRef.current;
    ++seqRef.current;
    const controller = new AbortController();
    moreCtrlRef.current = controller;
    const position = logPosition();
    const cursor = s.nextCursor;
    commit((current) => ({ ...current, loadingMore: true, error: null, failed: null }));

    query(cursor, controller.signal).then(
      (result) => {
        if (!mountedRef.current || generation !== generationRef.current || moreCtrlRef.current !== controller) return;
        moreCtrlRef.current = null;
        const nextCursor = result.nextCursor ?? null;
        const page = parse(result.items, 'first');
        commit((current) => {
          let list = appendPage(current.list, page, nextCursor !== null, result.total);
          list = replaySince(list, position);
          return {
            ...current,
            list,
            nextCursor,
            facets: result.facets ?? current.facets,
            summary: result.summary ?? current.summary,
            loadingMore: false,
            pages: current.pages + 1,
          };
        });
        trimLog();
      },
      (error: unknown) => {
        if (!mountedRef.current || generation !== generationRef.current || moreCtrlRef.current !== controller) return;
        moreCtrlRef.current = null;
        trimLog();
        if (controller.signal.aborted && isAbortError(error)) {
          commit((current) => ({ ...current, loadingMore: false }));
          return;
        }
        commit((current) => ({ ...current, loadingMore: false, error: toError(error), failed: 'more' }));
      },
    );
  }, [commit, parse, query, replaySince]);

  /** One poll: merges a fresh first page into what is loaded. Resolves when done; never rejects. */
  const refresh = useCallback((): Promise<void> => {
    const s = stateRef.current;
    if (!optionsRef.current.dataSource || !mountedRef.current) return Promise.resolve();
    if (s.loading || debounceRef.current !== null || pollCtrlRef.current !== null) return Promise.resolve();
    if (s.failed === 'first') {
      loadFirst();
      return Promise.resolve();
    }
    const generation = generationRef.current;
    ++seqRef.current;
    const controller = new AbortController();
    pollCtrlRef.current = controller;
    const position = logPosition();
    return query(undefined, controller.signal).then(
      (result) => {
        if (!mountedRef.current || generation !== generationRef.current || pollCtrlRef.current !== controller) return;
        pollCtrlRef.current = null;
        const page = parse(result.items, 'first');
        const pageCursor = result.nextCursor ?? null;
        commit((current) => {
          let list = applyRefresh(current.list, page, pageCursor === null, liveContext(page), result.total);
          list = replaySince(list, position);
          // The cursor belongs to the last loaded page. A poll sets it only when a single page was
          // loaded and it was the last one: new items may have pushed rows onto a second page.
          const nextCursor = current.nextCursor ?? (current.pages <= 1 ? pageCursor : null);
          list = { ...list, hasMore: nextCursor !== null };
          return { ...current, list, nextCursor, facets: result.facets ?? current.facets, summary: result.summary ?? current.summary };
        });
        trimLog();
      },
      () => {
        // A failed poll keeps what is shown; the next poll tries again.
        if (pollCtrlRef.current === controller) pollCtrlRef.current = null;
        trimLog();
      },
    );
  }, [commit, liveContext, loadFirst, parse, query, replaySince]);

  const handleUpdate = useCallback(
    (update: AgentDataUpdate) => {
      if (!mountedRef.current) return;
      const upsert = Array.isArray(update?.upsert) ? parse(update.upsert, 'last') : [];
      const remove = Array.isArray(update?.remove) ? update.remove.filter((id) => typeof id === 'string') : [];
      if (upsert.length === 0 && remove.length === 0) return;
      if (inFlight()) logRef.current.entries.push({ upsert, remove });
      const ctx = liveContext(upsert);
      commit((s) => {
        const list = applyRemovals(applyUpserts(s.list, upsert, ctx), remove);
        return list === s.list ? s : { ...s, list };
      });
    },
    [commit, liveContext, parse],
  );

  // Mount / unmount: whatever is still running stops here.
  const lastKeyRef = useRef<string | null>(null);
  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
      lastKeyRef.current = null;
      abortAll();
      if (debounceRef.current !== null) clearTimeout(debounceRef.current);
      debounceRef.current = null;
      logRef.current = { base: logPosition(), entries: [] };
    };
  }, []);

  // Query again when what is asked for changes: at once on mount, debounced after.
  const queryKey = enabled ? stableKey([tab, viewerId, pageSize, timeZone ?? '', filters]) : null;
  useEffect(() => {
    if (queryKey === null) {
      lastKeyRef.current = null;
      abortAll();
      commit(() => initialState(false));
      return;
    }
    const first = lastKeyRef.current === null;
    lastKeyRef.current = queryKey;
    if (first || debounceMs <= 0) {
      loadFirst();
      return;
    }
    // The request in flight answers a question nobody asks any more.
    abortAll();
    generationRef.current += 1;
    firstSeqRef.current = ++seqRef.current;
    commit((s) => ({
      ...s,
      list: { ...s.list, pendingNew: [], leftIds: new Set() },
      loading: true,
      loadingMore: false,
      error: null,
      failed: null,
    }));
    debounceRef.current = setTimeout(() => {
      debounceRef.current = null;
      loadFirst();
    }, debounceMs);
    return () => {
      if (debounceRef.current !== null) clearTimeout(debounceRef.current);
      debounceRef.current = null;
    };
    // loadFirst and commit are stable; debounceMs changes only affect the next change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryKey]);

  // Live updates.
  useEffect(() => {
    if (!dataSource?.subscribe) return;
    let unsubscribe: unknown;
    try {
      unsubscribe = dataSource.subscribe((update) => handleUpdate(update));
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
  }, [dataSource, handleUpdate]);

  // Polling: a timer per round, none while the page is hidden.
  useEffect(() => {
    if (!enabled || !pollIntervalMs || pollIntervalMs <= 0) return;
    let active = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    const schedule = () => {
      stop();
      if (active && !pageIsHidden()) timer = setTimeout(tick, pollIntervalMs);
    };
    const tick = () => {
      timer = null;
      if (!active || pageIsHidden()) return;
      void refresh().then(schedule);
    };
    const onVisibilityChange = () => {
      if (pageIsHidden()) {
        stop();
        pollCtrlRef.current?.abort();
        pollCtrlRef.current = null;
      } else if (timer === null) {
        tick();
      }
    };
    schedule();
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      active = false;
      stop();
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [enabled, pollIntervalMs, refresh]);

  const retry = useCallback(() => {
    if (stateRef.current.failed === 'more') loadMore();
    else loadFirst();
  }, [loadFirst, loadMore]);

  const showPending = useCallback(() => commit((s) => ({ ...s, list: flushPending(s.list) })), [commit]);
  const acknowledgeLeft = useCallback(() => commit((s) => ({ ...s, list: dropLeft(s.list) })), [commit]);
  const setAtTop = useCallback((atTop: boolean) => {
    atTopRef.current = atTop;
  }, []);

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
    retry,
    loadMore,
    hasMore: state.nextCursor !== null,
    total: list.total,
    facets: state.facets,
    summary: state.summary,
    pendingNew: list.pendingNew.length === 0 ? EMPTY_ITEMS : list.pendingNew,
    showPending,
    leftFilter,
    acknowledgeLeft,
    setAtTop,
  };
}
