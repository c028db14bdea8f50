/**
 * The data loader without React: its first page, changes of the query and unmount. A hand-made
 * source whose answers the test releases, fake timers for the debounce (see loader-helpers.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { getRuntimeTimeZone } from '../../../src/core';
import type { AgentDataSource, AgentQueryResult } from '../../../src/data';
import { createAgentDataLoader } from '../../../src/data/loader';
import { handSource, ids, input, settle, start, withFakeClock } from './loader-helpers';

withFakeClock();

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
