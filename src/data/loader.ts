import { filterAgentItems, getRuntimeTimeZone } from '../core';
import type { AgentItem, AgentTab } from '../core/types';
import { isAbortError } from './errors';
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
} from './live';
import { IDLE_STATE, LOADING_FIRST, createResultView, initialLoaderState, laterTotals } from './loader-state';
import type { LoaderState } from './loader-state';
import type { AgentDataLoader, AgentDataOptions, AgentDataResult } from './loader-types';
import { parseAnswer, readTabTotals } from './parse-answer';
import { startPolling } from './poller';
import { querySource, subscribeToSource, toError } from './source-calls';
import { stableKey } from './stable-key';
import type { AgentDataUpdate, AgentQueryResult } from './types';
import { createUpdateLog } from './update-log';

/** The list without the other tab's count (it belongs to a question no longer asked). */
const withoutOtherTab = (list: LiveList): LiveList => ({ ...list, otherTab: undefined });

/** A live update, parsed, as the update log keeps it. */
type LoggedUpdate = { upsert: AgentItem[]; remove: string[] };
const DEFAULT_PAGE_SIZE = 100;
const DEFAULT_DEBOUNCE_MS = 150;
const OTHER_TAB: Record<AgentTab, AgentTab> = { personal: 'all', all: 'personal' };

/**
 * The request and live-update machinery behind `useAgentData`, without React: queries the first
 * page for the tab and filters (debounced after the first, the request in flight aborted, answers
 * of older generations dropped), pages on `loadMore`, merges live updates by id without moving rows
 * under the reader (replaying those that arrived while a request was in flight over its answer),
 * and polls while the page is shown. A store: `subscribe` + `getSnapshot`.
 *
 * @example
 * const loader = createAgentDataLoader({ dataSource, tab: 'all', viewerId: 'u_1', filters: {} });
 * const unmount = loader.mount();
 * loader.queryChanged();
 * loader.subscribe(() => render(loader.getSnapshot()));
 */
export function createAgentDataLoader(initialOptions: AgentDataOptions): AgentDataLoader {
  let options = initialOptions;
  let state = initialLoaderState(options.dataSource != null);
  let snapshot: AgentDataResult | undefined;
  const listeners = new Set<() => void>();
  let atTop = options.isAtTop ?? true;
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
  const inFlight = () => firstRequest !== null || moreRequest !== null || pollRequest !== null;
  const log = createUpdateLog<LoggedUpdate>(inFlight);

  const pageSize = () => options.pageSize ?? DEFAULT_PAGE_SIZE;
  const timeZone = () => options.timeZone ?? getRuntimeTimeZone();

  const commit = (next: LoaderState) => {
    state = next;
    snapshot = undefined;
    listeners.forEach((listener) => listener());
  };
  const patch = (changes: Partial<LoaderState>) => commit({ ...state, ...changes });
  const setList = (list: LiveList) => patch({ list });

  /**
   * How a batch is matched: its items against the tab and filters, and — while the other tab's count
   * is known — which of them, and of the loaded versions they replace or remove, are on the other tab.
   */
  const liveContext = (batch: readonly AgentItem[], list: LiveList, removed: readonly string[] = []): LiveContext => {
    const { tab, viewerId, filters, now } = options;
    const ctx = { tab, viewerId, timeZone: timeZone(), now: now ?? Date.now() };
    const matching = new Set(filterAgentItems(batch as AgentItem[], filters, ctx).map((item) => item.id));
    const live: LiveContext = { matches: (item) => matching.has(item.id), isAtTop: atTop };
    if (list.otherTab === undefined) return live;
    const touched = new Set([...batch.map((item) => item.id), ...removed]);
    const known = [...list.items, ...list.pendingNew].filter((item) => touched.has(item.id));
    const onOther = new Set(filterAgentItems([...batch, ...known], filters, { ...ctx, tab: list.otherTab.tab }));
    return { ...live, matchesOther: (item) => onOther.has(item) };
  };

  const applyUpdate = (list: LiveList, { upsert, remove }: LoggedUpdate) => {
    const ctx = liveContext(upsert, list, remove);
    return applyRemovals(applyUpserts(list, upsert, ctx), remove, ctx);
  };
  const replaySince = (list: LiveList, position: number) => log.since(position).reduce(applyUpdate, list);
  const parse = (input: unknown[], keep: 'first' | 'last') => parseAnswer(input, keep, options);
  /** The answer's count of the tab not asked for, checked (a bad entry is reported and left out). */
  const otherTabOf = (result: AgentQueryResult, tab: AgentTab): LiveList['otherTab'] => {
    const { tabTotals, issues } = readTabTotals(result?.tabTotals);
    if (issues.length > 0) options.onDataIssues?.(issues);
    const total = tabTotals?.[OTHER_TAB[tab]];
    return total === undefined ? undefined : { tab: OTHER_TAB[tab], total };
  };

  const query = (cursor: string | undefined, signal: AbortSignal): Promise<AgentQueryResult> => {
    const { dataSource, tab, viewerId, filters } = options;
    const zone = timeZone();
    const page = { tab, viewerId, filters, ...(cursor ? { cursor } : {}), limit: pageSize(), signal };
    return querySource(dataSource!, { ...page, ...(zone ? { timeZone: zone } : {}) });
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

  /**
   * Queries the first page. `newQuestion`: the tab or the filters changed, so the other tab's count
   * belongs to the old question and goes (the current tab keeps showing its `total` until the answer).
   */
  const loadFirst = (newQuestion = false) => {
    if (!options.dataSource || !mounted) return;
    abortAll();
    const ownGeneration = ++generation;
    const controller = (firstRequest = new AbortController());
    const position = log.position();
    const askedTab = options.tab;
    patch(newQuestion ? { ...LOADING_FIRST, list: withoutOtherTab(state.list) } : LOADING_FIRST);

    query(undefined, controller.signal).then(
      (result) => {
        if (!mounted || ownGeneration !== generation || controller.signal.aborted) return;
        firstRequest = null;
        const items = parse(result.items, 'first');
        const nextCursor = result.nextCursor ?? null;
        const total = typeof result.total === 'number' ? result.total : undefined;
        const other = otherTabOf(result, askedTab);
        const list = replaySince(appendPage(EMPTY_LIVE_LIST, items, nextCursor !== null, total, other), position);
        log.trim();
        const { facets, summary, partial } = result;
        patch({ list, nextCursor, facets, summary, partial, loading: false, error: null, failed: null, pages: 1 });
      },
      (error: unknown) => {
        if (!mounted || ownGeneration !== generation || (controller.signal.aborted && isAbortError(error))) return;
        firstRequest = null;
        log.trim();
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
    const position = log.position();
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
        // A later page's total is new only with its own counts (the first page's cards must agree with
        // it); the other tab's count follows the same rule.
        const counts = result.facets || result.summary || !state.facets;
        const total = counts ? result.total : undefined;
        const other = counts ? otherTabOf(result, options.tab) : undefined;
        const list = replaySince(appendPage(state.list, page, nextCursor !== null, total, other), position);
        patch({ list, nextCursor, ...laterTotals(state, result), loadingMore: false, pages: state.pages + 1 });
        log.trim();
      },
      (error: unknown) => {
        if (!isCurrent()) return;
        moreRequest = null;
        log.trim();
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
    const position = log.position();
    return query(undefined, controller.signal).then(
      (result) => {
        if (!mounted || ownGeneration !== generation || pollRequest !== controller) return;
        pollRequest = null;
        const page = parse(result.items, 'first');
        const complete = (result.nextCursor ?? null) === null;
        const other = otherTabOf(result, options.tab);
        const ctx = liveContext(page, state.list);
        const list = replaySince(applyRefresh(state.list, page, complete, ctx, result.total, other), position);
        // The cursor belongs to the last loaded page. A poll sets it only when a single page was
        // loaded and it was the last one: new items may have pushed rows onto a second page.
        const nextCursor = state.nextCursor ?? (state.pages <= 1 ? (result.nextCursor ?? null) : null);
        patch({ list: { ...list, hasMore: nextCursor !== null }, nextCursor, ...laterTotals(state, result) });
        log.trim();
      },
      () => {
        // A failed poll keeps what is shown; the next poll tries again.
        if (pollRequest === controller) pollRequest = null;
        log.trim();
      },
    );
  };

  const handleUpdate = (update: AgentDataUpdate) => {
    if (!mounted) return;
    if (update?.connection !== undefined && update.connection !== state.connection)
      patch({ connection: update.connection });
    // The stream lost changes it cannot replay: what is shown may be missing some of them.
    if (update?.reset === true) return loadFirst();
    // A failed first page stays an error: a live item must not turn it into a one-row list.
    if (state.failed === 'first') return;
    const upsert = Array.isArray(update?.upsert) ? parse(update.upsert, 'last') : [];
    const remove = Array.isArray(update?.remove) ? update.remove.filter((id) => typeof id === 'string') : [];
    if (upsert.length === 0 && remove.length === 0) return;
    log.record({ upsert, remove });
    const list = applyUpdate(state.list, { upsert, remove });
    if (list !== state.list) setList(list);
  };

  const actions = {
    retry: () => (state.failed === 'more' ? loadMore() : loadFirst()),
    loadMore,
    showPending: () => setList(flushPending(state.list)),
    acknowledgeLeft: () => setList(dropLeft(state.list)),
    setAtTop: (value: boolean) => {
      atTop = value;
    },
    applyUpdate: handleUpdate,
  };

  const toResult = createResultView(actions);

  return {
    getSnapshot: () => (snapshot ??= toResult(state)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setOptions(latest) {
      options = latest;
      if (latest.isAtTop !== undefined) atTop = latest.isAtTop;
    },
    queryKey: () =>
      options.dataSource == null
        ? null
        : stableKey([options.tab, options.viewerId, pageSize(), timeZone(), options.filters]),

    mount() {
      mounted = true;
      return () => {
        mounted = false;
        queried = false;
        abortAll();
        clearDebounce();
        log.clear();
      };
    },

    queryChanged() {
      if (options.dataSource == null) {
        queried = false;
        abortAll();
        // A source that ignores the abort still answers: that answer belongs to no one now.
        generation += 1;
        // A view without a source starts idle: no change, so no render of it.
        if (state !== IDLE_STATE) commit(IDLE_STATE);
        return;
      }
      const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
      const first = !queried;
      queried = true;
      if (first || debounceMs <= 0) {
        loadFirst(true);
        return;
      }
      // The request in flight answers a question nobody asks any more.
      abortAll();
      generation += 1;
      patch({ ...LOADING_FIRST, list: { ...withoutOtherTab(state.list), pendingNew: [], leftIds: new Set() } });
      debounce = setTimeout(() => {
        debounce = undefined;
        loadFirst();
      }, debounceMs);
      return clearDebounce;
    },

    listen: (dataSource) => subscribeToSource(dataSource, handleUpdate),
    poll: (intervalMs, visibility) =>
      startPolling({
        intervalMs,
        poll: refresh,
        onHide: () => {
          pollRequest?.abort();
          pollRequest = null;
        },
        ...(visibility ? { visibility } : {}),
      }),
  };
}
