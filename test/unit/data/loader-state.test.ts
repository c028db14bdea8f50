// The loader's state and what readers see of it: the starting states, the flags derived from the
// state, and the identities memoised readers rely on (one empty array, the same `leftFilter` and
// counts while their inputs do not change).
import { describe, expect, it, vi } from 'vitest';
import { editDrift } from '../../../src/data/drift';
import { EMPTY_LIVE_LIST, type LiveList } from '../../../src/data/live';
import {
  createResultView,
  IDLE_STATE,
  initialLoaderState,
  laterTotals,
  LOADING_FIRST,
  type LoaderActions,
  type LoaderState,
} from '../../../src/data/loader-state';
import { item } from '../core/fixtures';

const actions = (): LoaderActions => ({
  retry: vi.fn(),
  loadMore: vi.fn(),
  showPending: vi.fn(),
  acknowledgeLeft: vi.fn(),
  setAtTop: vi.fn(),
  applyUpdate: vi.fn(),
});

const state = (over: Partial<LoaderState> = {}): LoaderState => ({ ...IDLE_STATE, ...over });
const list = (over: Partial<LiveList> = {}): LiveList => ({ ...EMPTY_LIVE_LIST, ...over });

describe('initial states', () => {
  it('with a source: nothing loaded and the first page loading; without: idle, the same object each time', () => {
    const first = initialLoaderState(true);
    expect(first).toMatchObject({ ...LOADING_FIRST, pages: 0, nextCursor: null });
    expect(first.list.items).toEqual([]);
    expect(initialLoaderState(false)).toBe(IDLE_STATE);
    expect(initialLoaderState(false)).toBe(initialLoaderState(false));
    expect(IDLE_STATE.loading).toBe(false);
  });
});

describe('createResultView', () => {
  it('shows the initial state as an empty, loading, not refreshing list with the loader’s actions', () => {
    const acts = actions();
    const result = createResultView(acts)(initialLoaderState(true));
    expect(result).toMatchObject({
      items: [],
      loading: true,
      refreshing: false,
      loadingMore: false,
      hasMore: false,
      error: null,
      partial: undefined,
      pendingNew: [],
      leftFilter: [],
    });
    expect(result.retry).toBe(acts.retry);
    expect(result.applyUpdate).toBe(acts.applyUpdate);
  });

  it('a reload over loaded rows is refreshing; a next cursor means more', () => {
    const view = createResultView(actions());
    const rows = list({ items: [item({ id: 'a' })], total: 7 });
    expect(view(state({ list: rows, loading: true })).refreshing).toBe(true);
    const result = view(state({ list: rows, nextCursor: 'p2' }));
    expect(result).toMatchObject({ refreshing: false, hasMore: true, total: 7 });
  });

  it('empty lists are one shared array whatever the state, so memoised readers keep their result', () => {
    const view = createResultView(actions());
    const a = view(state({ list: list({ items: [] }) }));
    const b = view(state({ list: list({ items: [] }), loading: true }));
    expect(a.items).toBe(b.items);
    expect(a.pendingNew).toBe(b.pendingNew);
    expect(a.leftFilter).toBe(b.leftFilter);
  });

  it('leftFilter holds the loaded rows that left the filters, the same array until rows or left ids change', () => {
    const view = createResultView(actions());
    const a = item({ id: 'a' });
    const b = item({ id: 'b' });
    const rows = list({ items: [a, b], leftIds: new Set(['b']) });
    const first = view(state({ list: rows })).leftFilter;
    expect(first).toEqual([b]);
    expect(view(state({ list: rows, loading: true })).leftFilter).toBe(first);
    const moved = view(state({ list: { ...rows, leftIds: new Set(['a', 'b']) } })).leftFilter;
    expect(moved).toEqual([a, b]);
    expect(moved).not.toBe(first);
  });

  it('names failed sources beside loaded rows, never beside a first page that failed', () => {
    const view = createResultView(actions());
    const partial = [{ source: 'Warp', message: 'offline' }];
    expect(view(state({ partial })).partial).toBe(partial);
    expect(view(state({ partial, failed: 'more' })).partial).toBe(partial);
    expect(view(state({ partial, failed: 'first', error: new Error('x') })).partial).toBeUndefined();
    expect(view(state({ partial: [] })).partial).toBeUndefined();
  });

  it('shows the answer’s counts as is without drift, the same objects while they do not change', () => {
    const view = createResultView(actions());
    const summary = { credits: 4 };
    const facets = { statuses: [{ value: 'failed', label: 'failed', count: 2 }] };
    const a = view(state({ summary, facets }));
    expect(a.summary).toBe(summary);
    expect(a.facets).toBe(facets);
    const b = view(state({ summary, facets, loading: true }));
    expect(b.summary).toBe(a.summary);
  });

  it('moves the answer’s counts by the live drift, so every number tells of the same rows', () => {
    const view = createResultView(actions());
    const edit = editDrift(undefined);
    edit.shift(item({ id: 'n', status: 'failed', credits: 3 }), 1);
    const drift = edit.done();
    const summary = { credits: 4 };
    const facets = { statuses: [{ value: 'failed', label: 'failed', count: 2 }] };
    const rows = list({ items: [item({ id: 'n', status: 'failed', credits: 3 })], drift });
    const a = view(state({ list: rows, summary, facets }));
    expect(a.summary?.credits).toBe(7);
    expect(a.facets?.statuses?.find((o) => o.value === 'failed')?.count).toBe(3);
    expect(summary.credits).toBe(4);
    expect(view(state({ list: rows, summary, facets, loading: true })).summary).toBe(a.summary);
  });

  it('passes the connection and the error through', () => {
    const view = createResultView(actions());
    const error = new Error('offline');
    expect(view(state({ connection: 'reconnecting', error, failed: 'more' }))).toMatchObject({
      connection: 'reconnecting',
      error,
    });
  });
});

describe('laterTotals', () => {
  const facets = { status: { success: 3 } } as unknown as NonNullable<LoaderState['facets']>;
  const summary = { total: 3 } as unknown as NonNullable<LoaderState['summary']>;

  it('a later page or poll without counts keeps the loaded ones; its own replace them', () => {
    const before = state({ facets, summary });
    expect(laterTotals(before, { items: [] })).toEqual({ facets, summary, partial: undefined });
    const fresh = { status: { success: 4 } } as unknown as typeof facets;
    const freshSummary = { total: 4 } as unknown as typeof summary;
    expect(laterTotals(before, { items: [], facets: fresh, summary: freshSummary })).toMatchObject({
      facets: fresh,
      summary: freshSummary,
    });
  });

  it("the failed sources are always the latest answer's: a recovered source clears the notice", () => {
    const failure = [{ source: 'warp', message: 'down' }] as unknown as NonNullable<LoaderState['partial']>;
    expect(laterTotals(state({ partial: failure }), { items: [] }).partial).toBeUndefined();
    expect(laterTotals(state(), { items: [], partial: failure }).partial).toBe(failure);
  });
});
