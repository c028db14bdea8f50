import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { controlledSource } from './data-source-helpers';
import { useAgentData } from '../../../src/react/hooks';
import { ids, input, setup, withFakeClock, type Props } from './use-agent-data-helpers';

withFakeClock();

describe('useAgentData: live updates', () => {
  async function loaded(
    props: Props = {},
    page = { items: [input('c', 3), input('b', 2)], nextCursor: 'p2' as string | null, total: 10 },
  ) {
    const source = controlledSource();
    const hook = setup(source, props);
    await source.answer(source.last(), page);
    return { source, ...hook };
  }

  it('replaces an item in place by id, with no duplicate, also when the same update comes twice', async () => {
    const { source, result } = await loaded();
    const update = { upsert: [input('b', 2, { status: 'succeeded', title: 'Done' })] };
    source.emit(update);
    source.emit(update);
    expect(ids(result.current.items)).toEqual(['c', 'b']);
    expect(result.current.items[1]).toMatchObject({ status: 'success', title: 'Done' });
    expect(result.current.total).toBe(10);
  });

  it('inserts a matching item that was not loaded yet at its place, and ignores one that does not match', async () => {
    const { source, result } = await loaded({ filters: { sources: ['slack'] } });
    source.emit({ upsert: [input('new', 9), input('other', 8, { source: 'cli' })] });
    expect(ids(result.current.items)).toEqual(['new', 'c', 'b']);
    expect(result.current.total).toBe(11);
    // Older than the last loaded row while more pages exist: paging brings it, at its place.
    source.emit({ upsert: [input('old', 1)] });
    expect(ids(result.current.items)).toEqual(['new', 'c', 'b']);
  });

  it('puts items arriving above the first row into pendingNew while the reader is scrolled down', async () => {
    const { source, result } = await loaded();
    act(() => result.current.setAtTop(false));
    source.emit({ upsert: [input('n1', 8)] });
    source.emit({ upsert: [input('n2', 9)] });
    expect(ids(result.current.items)).toEqual(['c', 'b']);
    expect(ids(result.current.pendingNew)).toEqual(['n2', 'n1']);
    // An update to a pending item replaces it there.
    source.emit({ upsert: [input('n1', 8, { title: 'renamed' })] });
    expect(result.current.pendingNew).toHaveLength(2);
    act(() => result.current.showPending());
    expect(ids(result.current.items)).toEqual(['n2', 'n1', 'c', 'b']);
    expect(result.current.items[1]!.title).toBe('renamed');
    expect(result.current.pendingNew).toEqual([]);
  });

  it('while scrolled down, also holds back a new item that belongs between loaded rows', async () => {
    const { source, result } = await loaded();
    act(() => result.current.setAtTop(false));
    // Between c (3) and b (2): inserting it would push b and every row after it down.
    source.emit({ upsert: [input('mid', 2.5)] });
    expect(ids(result.current.items)).toEqual(['c', 'b']);
    expect(ids(result.current.pendingNew)).toEqual(['mid']);
    expect(result.current.total).toBe(11);
    act(() => result.current.showPending());
    expect(ids(result.current.items)).toEqual(['c', 'mid', 'b']);
  });

  it('honours a controlled isAtTop', async () => {
    const { source, result, rerender } = await loaded({ isAtTop: false });
    source.emit({ upsert: [input('n1', 8)] });
    expect(ids(result.current.pendingNew)).toEqual(['n1']);
    rerender({ isAtTop: true });
    source.emit({ upsert: [input('n2', 9)] });
    expect(ids(result.current.items)).toEqual(['n2', 'c', 'b']);
  });

  it('keeps an item that left the filter visible, marks it, and drops it when acknowledged', async () => {
    const { source, result } = await loaded({ filters: { statuses: ['working'] } });
    source.emit({ upsert: [input('c', 3, { status: 'failed' })] });
    expect(ids(result.current.items)).toEqual(['c', 'b']);
    expect(ids(result.current.leftFilter)).toEqual(['c']);
    expect(result.current.items[0]!.status).toBe('failed');
    expect(result.current.total).toBe(9);
    act(() => result.current.acknowledgeLeft());
    expect(ids(result.current.items)).toEqual(['b']);
    expect(result.current.leftFilter).toEqual([]);
  });

  it('unmarks an item that comes back into the filter before it was acknowledged', async () => {
    const { source, result } = await loaded({ filters: { statuses: ['working'] } });
    source.emit({ upsert: [input('c', 3, { status: 'failed' })] });
    source.emit({ upsert: [input('c', 3, { status: 'running' })] });
    expect(result.current.leftFilter).toEqual([]);
    expect(result.current.total).toBe(10);
  });

  it('keeps the last version when one update carries an item twice', async () => {
    const { source, result } = await loaded();
    source.emit({ upsert: [input('n', 9, { title: 'first' }), input('n', 9, { title: 'second' })] });
    expect(ids(result.current.items)).toEqual(['n', 'c', 'b']);
    expect(result.current.items[0]!.title).toBe('second');
  });

  it('removes ids the host says are gone', async () => {
    const { source, result } = await loaded();
    source.emit({ remove: ['c', 'unknown'] });
    expect(ids(result.current.items)).toEqual(['b']);
    expect(result.current.total).toBe(9);
  });

  it('replays an update that arrived while the first page was loading over that (older) page', async () => {
    const source = controlledSource();
    const { result } = setup(source, { filters: { statuses: ['working'] } });
    source.emit({ upsert: [input('b', 2, { status: 'failed' })] });
    source.emit({ upsert: [input('n', 9)] });
    await source.answer(source.last(), { items: [input('c', 3), input('b', 2)] });
    expect(ids(result.current.items)).toEqual(['n', 'c', 'b']);
    expect(result.current.items[2]!.status).toBe('failed');
    expect(ids(result.current.leftFilter)).toEqual(['b']);
  });

  it('reports parse issues of live updates', async () => {
    const onDataIssues = vi.fn();
    const { source, result } = await loaded({ onDataIssues });
    source.emit({ upsert: [{ id: 'broken' }] });
    expect(onDataIssues).toHaveBeenCalledTimes(1);
    expect(ids(result.current.items)).toEqual(['c', 'b']);
  });
});

describe('useAgentData: polling', () => {
  let visibility: DocumentVisibilityState = 'visible';
  beforeEach(() => {
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  });
  afterEach(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  });
  const setVisibility = (next: DocumentVisibilityState) => {
    visibility = next;
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
  };

  it('re-queries the first page on an interval and merges it without losing loaded pages', async () => {
    const source = controlledSource();
    const { result } = setup(source, { pollIntervalMs: 1000, pageSize: 2 });
    await source.answer(source.last(), { items: [input('d', 4), input('c', 3)], nextCursor: 'p2', total: 4 });
    act(() => result.current.loadMore());
    await source.answer(source.last(), { items: [input('b', 2), input('a', 1)], nextCursor: null });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(source.calls).toHaveLength(3);
    expect(source.last().query.cursor).toBeUndefined();
    // d finished and no longer matches (it is gone from the page); e is new.
    await source.answer(source.last(), {
      items: [input('e', 5), input('c', 3, { status: 'done' })],
      nextCursor: 'q2',
      total: 4,
    });
    expect(ids(result.current.items)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(ids(result.current.leftFilter)).toEqual(['d']);
    expect(result.current.items[2]!.status).toBe('success');
    expect(result.current.hasMore).toBe(false);
    expect(result.current.total).toBe(4);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(source.calls).toHaveLength(4);
  });

  it('pauses while the page is hidden and polls again when it shows', async () => {
    const source = controlledSource();
    setup(source, { pollIntervalMs: 1000 });
    await source.answer(source.last(), { items: [input('a', 1)] });
    setVisibility('hidden');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(source.calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    setVisibility('visible');
    expect(source.calls).toHaveLength(2);
  });

  it('aborts a poll in flight when the page hides', async () => {
    const source = controlledSource();
    setup(source, { pollIntervalMs: 1000 });
    await source.answer(source.last(), { items: [] });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    const poll = source.last();
    setVisibility('hidden');
    expect(poll.query.signal.aborted).toBe(true);
  });

  it('a failed poll keeps the rows and the next one recovers', async () => {
    const source = controlledSource();
    const { result } = setup(source, { pollIntervalMs: 1000 });
    await source.answer(source.last(), { items: [input('a', 1)] });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    await source.fail(source.last(), new Error('blip'));
    expect(result.current.error).toBeNull();
    expect(ids(result.current.items)).toEqual(['a']);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(source.calls).toHaveLength(3);
  });
});

describe('useAgentData: unmount', () => {
  it('leaves no request, timer or subscription behind when unmounted mid-request', async () => {
    const source = controlledSource();
    const { unmount } = setup(source, { pollIntervalMs: 1000 });
    const request = source.last();
    unmount();
    expect(request.query.signal.aborted).toBe(true);
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves nothing behind when unmounted during the debounce, while polling and paging', async () => {
    const source = controlledSource();
    const { result, rerender, unmount } = setup(source, { pollIntervalMs: 1000, pageSize: 1 });
    await source.answer(source.last(), { items: [input('b', 2)], nextCursor: 'p2' });
    act(() => result.current.loadMore());
    const more = source.last();
    rerender({ filters: { query: 'q' }, pollIntervalMs: 1000, pageSize: 1 });
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(more.query.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5000);
    });
    expect(source.calls).toHaveLength(2);
  });

  it('works under StrictMode double effects: one live request, one subscription', async () => {
    const source = controlledSource();
    const { StrictMode, createElement } = await import('react');
    const { result, unmount } = renderHook(
      () => useAgentData({ viewerId: 'u_1', tab: 'all', filters: {}, dataSource: source.dataSource }),
      { wrapper: ({ children }) => createElement(StrictMode, null, children) },
    );
    const live = source.calls.filter((call) => !call.query.signal.aborted);
    expect(live).toHaveLength(1);
    await source.answer(live[0]!, { items: [input('a', 1)] });
    expect(ids(result.current.items)).toEqual(['a']);
    const active = () =>
      vi.mocked(source.dataSource.subscribe!).mock.calls.length - source.unsubscribe.mock.calls.length;
    expect(active()).toBe(1);
    unmount();
    expect(active()).toBe(0);
  });
});
