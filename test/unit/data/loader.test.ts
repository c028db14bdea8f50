/**
 * The data loader without React: a hand-made source whose answers the test releases (in any order,
 * or as failures), fake timers for the debounce and the poll, and the loader driven the way
 * `useAgentData`'s effects drive it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getRuntimeTimeZone } from '../../../src/core';
import type { AgentDataListener, AgentDataSource, AgentQuery, AgentQueryResult } from '../../../src/data';
import { createAgentDataLoader } from '../../../src/data/loader';
import type { AgentDataOptions } from '../../../src/data/loader-types';
import type { PageVisibility } from '../../../src/data/poller';

const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);

/** Host input for one item; `n` orders items: a larger n is newer. */
function input(id: string, n: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'ambient',
    title: `Run ${id}`,
    source: 'slack',
    status: 'running',
    createdAt: new Date(T0 + n * 60_000).toISOString(),
    creator: { id: 'u_1', name: 'Ada' },
    ...extra,
  };
}

interface Call {
  query: AgentQuery;
  resolve(result: AgentQueryResult): void;
  reject(error: unknown): void;
}

/** Deferred answers; by default a query rejects with an AbortError when aborted, as `fetch` does. */
function handSource({ honorAbort = true } = {}) {
  const calls: Call[] = [];
  let listener: AgentDataListener | undefined;
  const dataSource: AgentDataSource = {
    query: (query) =>
      new Promise<AgentQueryResult>((resolve, reject) => {
        calls.push({ query, resolve, reject });
        if (honorAbort) query.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }),
    subscribe(l) {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
  };
  return {
    dataSource,
    calls,
    last: () => calls[calls.length - 1]!,
    emit: (update: Parameters<AgentDataListener>[0]) => listener!(update),
    get subscribed() {
      return listener !== undefined;
    },
  };
}

type Source = ReturnType<typeof handSource>;

/** Lets the loader's promise callbacks run (a macrotask turn of the fake clock, no time passes). */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** A loader mounted and queried like the hook does on mount; `set` changes options like a re-render. */
function start(source: Source | null, extra: Partial<AgentDataOptions> = {}) {
  let options: AgentDataOptions = {
    dataSource: source?.dataSource ?? null,
    tab: 'all',
    viewerId: 'u_1',
    filters: {},
    now: T0 + 3_600_000,
    ...extra,
  };
  const loader = createAgentDataLoader(options);
  const changes = vi.fn();
  loader.subscribe(changes);
  const unmount = loader.mount();
  let cleanup = loader.queryChanged();
  let key = loader.queryKey();
  return {
    loader,
    changes,
    unmount,
    data: () => loader.getSnapshot(),
    /** New options; a new query key re-queries, as the hook's effect does. */
    set(next: Partial<AgentDataOptions>) {
      options = { ...options, ...next };
      loader.setOptions(options);
      if (loader.queryKey() === key) return;
      key = loader.queryKey();
      cleanup?.();
      cleanup = loader.queryChanged();
    },
  };
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0 + 3_600_000);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createAgentDataLoader: first page', () => {
  it('queries nothing before it is mounted', () => {
    const source = handSource();
    const loader = createAgentDataLoader({ dataSource: source.dataSource, tab: 'all', viewerId: 'u_1', filters: {} });
    loader.queryChanged();
    loader.getSnapshot().loadMore();
    expect(source.calls).toHaveLength(0);
    expect(loader.getSnapshot().loading).toBe(true);
  });

  it('asks once on mount with tab, viewer, filters, page size and zone, and shows the answer', async () => {
    const source = handSource();
    const { data, changes } = start(source, {
      pageSize: 2,
      timeZone: 'Europe/Berlin',
      filters: { sources: ['slack'] },
    });
    expect(source.calls).toHaveLength(1);
    expect(source.last().query).toMatchObject({
      tab: 'all',
      viewerId: 'u_1',
      filters: { sources: ['slack'] },
      limit: 2,
      timeZone: 'Europe/Berlin',
    });
    expect(source.last().query.cursor).toBeUndefined();
    expect(data().loading).toBe(true);

    source.last().resolve({ items: [input('b', 2), input('a', 1)], nextCursor: 'p2', total: 5 });
    await settle();
    expect(ids(data().items)).toEqual(['b', 'a']);
    expect(data().items[0]!.createdAt).toBeInstanceOf(Date);
    expect(data()).toMatchObject({ loading: false, total: 5, hasMore: true, error: null });
    expect(changes).toHaveBeenCalled();
  });

  it('sends the runtime zone when none is given, and 100 items per page', () => {
    const source = handSource();
    start(source);
    expect(source.last().query).toMatchObject({ timeZone: getRuntimeTimeZone(), limit: 100 });
  });

  it('keeps one snapshot object until something changes', async () => {
    const source = handSource();
    const { data } = start(source);
    const before = data();
    expect(data()).toBe(before);
    source.last().resolve({ items: [input('a', 1)] });
    await settle();
    expect(data()).not.toBe(before);
    expect(data()).toBe(data());
  });

  it('fails with an error naming the answer when it has no items array, and when the source throws', async () => {
    const source = handSource();
    const { data } = start(source);
    source.last().resolve({ rows: [] } as unknown as AgentQueryResult);
    await settle();
    expect(data().error?.message).toMatch(/without an `items` array/);

    const throwing: AgentDataSource = {
      query: () => {
        throw new Error('query threw');
      },
    };
    const other = createAgentDataLoader({ dataSource: throwing, tab: 'all', viewerId: 'u_1', filters: {} });
    other.mount();
    other.queryChanged();
    await settle();
    expect(other.getSnapshot()).toMatchObject({ loading: false, error: { message: 'query threw' } });
  });

  it('wraps a rejection that is not an Error', async () => {
    const source = handSource();
    const { data } = start(source);
    source.last().reject('plain string');
    await settle();
    expect(data().error).toBeInstanceOf(Error);
    expect(data().error?.message).toBe('plain string');
  });

  it('keeps the first copy of an id repeated in one page and reports the others', async () => {
    const source = handSource();
    const onDataIssues = vi.fn();
    const { data } = start(source, { onDataIssues });
    source.last().resolve({ items: [input('a', 1), { id: 'bad' }, input('a', 1, { title: 'again' })] });
    await settle();
    expect(ids(data().items)).toEqual(['a']);
    expect(data().items[0]!.title).toBe('Run a');
    const issues = onDataIssues.mock.calls[0]![0];
    expect(issues).toContainEqual(expect.objectContaining({ index: 1, level: 'error' }));
    expect(issues).toContainEqual(expect.objectContaining({ index: 2, id: 'a', level: 'warning' }));
  });
});

describe('createAgentDataLoader: changes of the query', () => {
  it('aborts the request in flight at once and queries after the debounce, once for a burst of changes', async () => {
    const source = handSource();
    const { set, data } = start(source);
    const first = source.last();
    set({ filters: { query: 'd' } });
    expect(first.query.signal.aborted).toBe(true);
    expect(data().loading).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    set({ filters: { query: 'de' } });
    await vi.advanceTimersByTimeAsync(149);
    expect(source.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(source.calls).toHaveLength(2);
    expect(source.last().query.filters).toEqual({ query: 'de' });
  });

  it('queries at once with debounceMs 0, and not at all for the same filters in another key order', async () => {
    const source = handSource();
    const { set } = start(source, { debounceMs: 0, filters: { statuses: ['failed'], sources: ['slack'] } });
    set({ filters: { sources: ['slack'], statuses: ['failed'] } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(source.calls).toHaveLength(1);
    set({ tab: 'personal' });
    expect(source.calls).toHaveLength(2);
    expect(source.last().query.tab).toBe('personal');
  });

  it('drops an older answer whether it lands before or after the newer one', async () => {
    const source = handSource({ honorAbort: false });
    const { set, data } = start(source, { debounceMs: 0, filters: { statuses: ['working'] } });
    const older = source.last();
    set({ filters: { statuses: ['failed'] } });
    const newer = source.last();
    older.resolve({ items: [input('w1', 1)] });
    await settle();
    expect(data().items).toEqual([]);
    expect(data().loading).toBe(true);
    newer.resolve({ items: [input('f1', 2, { status: 'failed' })] });
    await settle();
    expect(ids(data().items)).toEqual(['f1']);
  });

  it('ignores a stale failure; the current one shows, with no rows, and retry asks again', async () => {
    const source = handSource({ honorAbort: false });
    const { set, data } = start(source, { debounceMs: 0 });
    source.last().resolve({ items: [input('a', 1)] });
    await settle();
    const older = source.calls[0]!;
    set({ filters: { query: 'x' } });
    older.reject(new Error('old failure'));
    await settle();
    expect(data().error).toBeNull();
    source.last().reject(new Error('The server answered 500'));
    await settle();
    expect(data()).toMatchObject({ loading: false, items: [], error: { message: 'The server answered 500' } });

    data().retry();
    expect(data()).toMatchObject({ loading: true, error: null });
    expect(source.calls).toHaveLength(3);
    expect(source.last().query.filters).toEqual({ query: 'x' });
  });

  it('goes idle when the source is taken away, and its late answer belongs to no one', async () => {
    const source = handSource({ honorAbort: false });
    const { set, data } = start(source);
    const orphan = source.last();
    set({ dataSource: null });
    expect(data()).toMatchObject({ loading: false, items: [], error: null });
    orphan.reject(new Error('boom'));
    await settle();
    expect(data().error).toBeNull();
  });

  it('without a source stays idle and tells nobody: there is nothing to render again', () => {
    const { data, changes, set } = start(null);
    expect(data()).toMatchObject({ loading: false, items: [], error: null, hasMore: false });
    expect(changes).not.toHaveBeenCalled();
    set({ filters: { query: 'x' } }); // no key without a source: no query, no change
    expect(changes).not.toHaveBeenCalled();

    const source = handSource();
    const other = start(source);
    other.changes.mockClear();
    other.set({ dataSource: null });
    expect(other.changes).toHaveBeenCalledTimes(1);
    expect(other.loader.queryChanged()).toBeUndefined(); // idle again: nothing to tell
    expect(other.changes).toHaveBeenCalledTimes(1);
  });

  it('has no query key without a source, and the same key for the same filters in another order', () => {
    const a = createAgentDataLoader({ tab: 'all', viewerId: 'u', filters: {} });
    expect(a.queryKey()).toBeNull();
    const source = handSource();
    const b = createAgentDataLoader({
      dataSource: source.dataSource,
      tab: 'all',
      viewerId: 'u',
      filters: { statuses: ['failed'], sources: ['slack'], query: undefined },
    });
    const c = createAgentDataLoader({
      dataSource: source.dataSource,
      tab: 'all',
      viewerId: 'u',
      filters: { sources: ['slack'], statuses: ['failed'] },
    });
    expect(b.queryKey()).toBe(c.queryKey());
    c.setOptions({ dataSource: source.dataSource, tab: 'personal', viewerId: 'u', filters: {} });
    expect(c.queryKey()).not.toBe(b.queryKey());
  });
});

describe('createAgentDataLoader: paging', () => {
  it('loads the next page with the cursor once, skips duplicates and stops at the end', async () => {
    const source = handSource();
    const { data } = start(source, { pageSize: 2 });
    source.last().resolve({ items: [input('d', 4), input('c', 3)], nextCursor: 'p2', total: 4 });
    await settle();
    data().loadMore();
    data().loadMore();
    expect(source.calls).toHaveLength(2);
    expect(data().loadingMore).toBe(true);
    expect(source.last().query).toMatchObject({ cursor: 'p2', limit: 2 });
    source.last().resolve({ items: [input('c', 3), input('b', 2), input('a', 1)], nextCursor: null, total: 4 });
    await settle();
    expect(ids(data().items)).toEqual(['d', 'c', 'b', 'a']);
    expect(data()).toMatchObject({ loadingMore: false, hasMore: false, total: 4 });
    data().loadMore();
    expect(source.calls).toHaveLength(2);
  });

  it('keeps the rows when a next page fails; retry asks for that page again', async () => {
    const source = handSource();
    const { data } = start(source, { pageSize: 1 });
    source.last().resolve({ items: [input('b', 2)], nextCursor: 'p2', facets: { sources: [] } });
    await settle();
    data().loadMore();
    source.last().reject(new Error('timeout'));
    await settle();
    expect(data().error?.message).toBe('timeout');
    expect(ids(data().items)).toEqual(['b']);
    data().retry();
    expect(source.last().query.cursor).toBe('p2');
    source.last().resolve({ items: [input('a', 1)] });
    await settle();
    expect(ids(data().items)).toEqual(['b', 'a']);
    // A page without facets keeps the ones the first page brought.
    expect(data().facets).toEqual({ sources: [] });
  });

  it('drops a next page that answers after the query changed', async () => {
    const source = handSource({ honorAbort: false });
    const { data, set } = start(source, { pageSize: 1, debounceMs: 0 });
    source.last().resolve({ items: [input('b', 2)], nextCursor: 'p2' });
    await settle();
    data().loadMore();
    const more = source.last();
    set({ filters: { query: 'z' } });
    expect(more.query.signal.aborted).toBe(true);
    source.last().resolve({ items: [input('z', 5)] });
    more.resolve({ items: [input('a', 1)] });
    await settle();
    expect(ids(data().items)).toEqual(['z']);
  });
});

describe('createAgentDataLoader: live updates', () => {
  async function loaded(extra: Partial<AgentDataOptions> = {}) {
    const source = handSource();
    const started = start(source, extra);
    source.last().resolve({ items: [input('c', 3), input('b', 2)], nextCursor: 'p2', total: 10 });
    await settle();
    return { source, ...started };
  }

  it('follows the source once asked to: replaces by id, inserts new matching items, removes ids that are gone', async () => {
    const { source, loader, data } = await loaded({ filters: { sources: ['slack'] } });
    expect(source.subscribed).toBe(false); // the hook asks in its own effect
    const stop = loader.listen(source.dataSource);
    source.emit({ upsert: [input('b', 2, { status: 'succeeded' })] });
    source.emit({ upsert: [input('new', 9), input('other', 8, { source: 'cli' })] });
    source.emit({ remove: ['c', 'unknown'] });
    expect(ids(data().items)).toEqual(['new', 'b']);
    expect(data().items[1]!.status).toBe('success');
    // +1 for the insert, −1 for the removal.
    expect(data().total).toBe(10);
    stop?.();
    expect(source.subscribed).toBe(false);
  });

  it('keeps the last copy when one batch carries an item twice', async () => {
    const { source, loader, data } = await loaded();
    loader.listen(source.dataSource);
    source.emit({ upsert: [input('n', 9, { title: 'first' }), input('n', 9, { title: 'second' })] });
    expect(ids(data().items)).toEqual(['n', 'c', 'b']);
    expect(data().items[0]!.title).toBe('second');
  });

  it('holds new items while the reader is scrolled down, until showPending', async () => {
    const { source, loader, data } = await loaded();
    loader.listen(source.dataSource);
    data().setAtTop(false);
    source.emit({ upsert: [input('n1', 8)] });
    expect(ids(data().items)).toEqual(['c', 'b']);
    expect(ids(data().pendingNew)).toEqual(['n1']);
    data().showPending();
    expect(ids(data().items)).toEqual(['n1', 'c', 'b']);
    expect(data().pendingNew).toEqual([]);
  });

  it('a controlled isAtTop wins over setAtTop', async () => {
    const { source, loader, data, set } = await loaded({ isAtTop: false });
    loader.listen(source.dataSource);
    data().setAtTop(true);
    set({ isAtTop: false });
    source.emit({ upsert: [input('n1', 8)] });
    expect(ids(data().pendingNew)).toEqual(['n1']);
  });

  it('marks an item that left the filters, keeps leftFilter the same array across unrelated changes, drops it when acknowledged', async () => {
    const { source, loader, data } = await loaded({ filters: { statuses: ['working'] } });
    loader.listen(source.dataSource);
    source.emit({ upsert: [input('c', 3, { status: 'failed' })] });
    const left = data().leftFilter;
    expect(ids(left)).toEqual(['c']);
    expect(data().total).toBe(9);
    data().loadMore(); // a change of loadingMore only
    expect(data().loadingMore).toBe(true);
    expect(data().leftFilter).toBe(left);
    data().acknowledgeLeft();
    expect(ids(data().items)).toEqual(['b']);
    expect(data().leftFilter).toEqual([]);
  });

  it('replays updates that arrived while the first page was loading over that older page', async () => {
    const source = handSource();
    const { loader, data } = start(source, { filters: { statuses: ['working'] } });
    loader.listen(source.dataSource);
    source.emit({ upsert: [input('b', 2, { status: 'failed' })] });
    source.emit({ upsert: [input('n', 9)] });
    source.last().resolve({ items: [input('c', 3), input('b', 2)] });
    await settle();
    expect(ids(data().items)).toEqual(['n', 'c', 'b']);
    expect(data().items[2]!.status).toBe('failed');
    expect(ids(data().leftFilter)).toEqual(['b']);
  });

  it('replays an update that arrived while a next page was loading over that page', async () => {
    const { source, loader, data } = await loaded();
    loader.listen(source.dataSource);
    data().loadMore();
    source.emit({ upsert: [input('a', 1, { status: 'succeeded' })] });
    // The next page was computed before the update: it still says running.
    source.last().resolve({ items: [input('a', 1)], nextCursor: null });
    await settle();
    expect(ids(data().items)).toEqual(['c', 'b', 'a']);
    expect(data().items[2]!.status).toBe('success');
  });

  it('an update with nothing usable changes nothing; one after unmount is ignored', async () => {
    const { source, loader, data, unmount, changes } = await loaded();
    loader.listen(source.dataSource);
    const before = data();
    const calls = changes.mock.calls.length;
    source.emit({ upsert: 'x' } as never);
    source.emit(null as never);
    source.emit({ remove: [1, null] } as never);
    expect(data()).toBe(before);
    unmount();
    source.emit({ upsert: [input('ghost', 9)] });
    expect(ids(data().items)).toEqual(['c', 'b']);
    expect(changes.mock.calls.length).toBe(calls);
  });

  it('survives a subscribe that throws (a warning, no live updates) and an unsubscribe that throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const loader = createAgentDataLoader({ tab: 'all', viewerId: 'u', filters: {} });
    const broken: AgentDataSource = {
      query: () => new Promise(() => {}),
      subscribe: () => {
        throw new Error('websocket unavailable');
      },
    };
    expect(loader.listen(broken)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    const stop = loader.listen({
      query: broken.query,
      subscribe: () => () => {
        throw new Error('already closed');
      },
    });
    expect(() => stop?.()).not.toThrow();
    expect(loader.listen({ query: broken.query })).toBeUndefined();
  });
});

describe('createAgentDataLoader: polling', () => {
  function page() {
    const listeners = new Set<() => void>();
    const state = { hidden: false };
    const visibility: PageVisibility = {
      isHidden: () => state.hidden,
      onChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    return {
      visibility,
      hide(hidden: boolean) {
        state.hidden = hidden;
        listeners.forEach((l) => l());
      },
    };
  }

  it('refreshes the first page on the interval and merges it without losing loaded pages', async () => {
    const source = handSource();
    const { loader, data } = start(source, { pageSize: 2 });
    source.last().resolve({ items: [input('d', 4), input('c', 3)], nextCursor: 'p2', total: 4 });
    await settle();
    data().loadMore();
    source.last().resolve({ items: [input('b', 2), input('a', 1)], nextCursor: null });
    await settle();
    const stop = loader.poll(1000, page().visibility);
    await vi.advanceTimersByTimeAsync(1000);
    expect(source.calls).toHaveLength(3);
    expect(source.last().query.cursor).toBeUndefined();
    // d is gone from the first page (it no longer matches); e is new; c finished.
    source.last().resolve({ items: [input('e', 5), input('c', 3, { status: 'done' })], nextCursor: 'q2', total: 4 });
    await settle();
    expect(ids(data().items)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(ids(data().leftFilter)).toEqual(['d']);
    expect(data().hasMore).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(source.calls).toHaveLength(4);
    stop();
  });

  it('takes the poll’s cursor when one page was loaded and it was the last', async () => {
    const source = handSource();
    const { loader, data } = start(source);
    source.last().resolve({ items: [input('a', 1)], nextCursor: null });
    await settle();
    const stop = loader.poll(1000, page().visibility);
    await vi.advanceTimersByTimeAsync(1000);
    source.last().resolve({ items: [input('b', 2), input('a', 1)], nextCursor: 'more' });
    await settle();
    expect(data().hasMore).toBe(true);
    data().loadMore();
    expect(source.last().query.cursor).toBe('more');
    stop();
  });

  it('a failed poll keeps the rows and no error; a poll while the first page failed asks for it again', async () => {
    const source = handSource();
    const { loader, data } = start(source);
    source.last().resolve({ items: [input('a', 1)] });
    await settle();
    const stop = loader.poll(1000, page().visibility);
    await vi.advanceTimersByTimeAsync(1000);
    source.last().reject(new Error('blip'));
    await settle();
    expect(data().error).toBeNull();
    expect(ids(data().items)).toEqual(['a']);
    data().retry(); // a first page again…
    source.last().reject(new Error('down'));
    await settle();
    expect(data().error?.message).toBe('down');
    const before = source.calls.length;
    await vi.advanceTimersByTimeAsync(1000);
    // …so the next poll repeats the first page rather than merging into nothing.
    expect(source.calls).toHaveLength(before + 1);
    expect(data().loading).toBe(true);
    stop();
  });

  it('does not poll during the debounce or while the first page loads', async () => {
    const source = handSource();
    const { loader, set } = start(source);
    const stop = loader.poll(100, page().visibility);
    await vi.advanceTimersByTimeAsync(100);
    expect(source.calls).toHaveLength(1); // the first page is loading
    source.last().resolve({ items: [] });
    await settle();
    set({ filters: { query: 'q' }, debounceMs: 1000 });
    await vi.advanceTimersByTimeAsync(300);
    expect(source.calls).toHaveLength(1); // debouncing: no poll of the old question
    stop();
  });

  it('aborts the poll in flight when the page hides', async () => {
    const source = handSource();
    const { loader } = start(source);
    source.last().resolve({ items: [] });
    await settle();
    const shown = page();
    const stop = loader.poll(1000, shown.visibility);
    await vi.advanceTimersByTimeAsync(1000);
    const poll = source.last();
    shown.hide(true);
    expect(poll.query.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });
});

describe('createAgentDataLoader: unmount', () => {
  it('aborts every request, clears the debounce, and drops answers that come later', async () => {
    const source = handSource({ honorAbort: false });
    const { data, set, unmount, changes } = start(source, { pageSize: 1 });
    source.last().resolve({ items: [input('b', 2)], nextCursor: 'p2' });
    await settle();
    data().loadMore();
    const more = source.last();
    set({ filters: { query: 'q' } });
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(more.query.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    const calls = changes.mock.calls.length;
    more.resolve({ items: [input('a', 1)] });
    await vi.advanceTimersByTimeAsync(5000);
    expect(source.calls).toHaveLength(2);
    expect(changes.mock.calls.length).toBe(calls);
  });

  it('queries at once again after a remount (StrictMode runs effects twice)', () => {
    const source = handSource();
    const { loader, unmount } = start(source, { debounceMs: 1000 });
    unmount();
    expect(source.calls[0]!.query.signal.aborted).toBe(true);
    loader.mount();
    loader.queryChanged();
    expect(source.calls).toHaveLength(2);
    expect(source.calls[1]!.query.signal.aborted).toBe(false);
  });

  it('stops notifying a listener that unsubscribed', async () => {
    const source = handSource();
    const { loader } = start(source);
    const listener = vi.fn();
    const stop = loader.subscribe(listener);
    stop();
    source.last().resolve({ items: [input('a', 1)] });
    await settle();
    expect(listener).not.toHaveBeenCalled();
    expect(ids(loader.getSnapshot().items)).toEqual(['a']);
  });
});
