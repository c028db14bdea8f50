import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AgentQueryResult } from '../../../src/data';
import { controlledSource } from './data-source-helpers';
import { useAgentData } from '../../../src/react/hooks';
import { ids, input, setup, withFakeClock } from './use-agent-data-helpers';

withFakeClock();

describe('useAgentData: querying', () => {
  it('queries the first page at once on mount and shows it with total and hasMore', async () => {
    const source = controlledSource();
    const { result } = setup(source, { pageSize: 2 });
    expect(result.current.loading).toBe(true);
    expect(source.calls).toHaveLength(1);
    expect(source.last().query).toMatchObject({ tab: 'all', viewerId: 'u_1', filters: {}, limit: 2 });
    expect(source.last().query.cursor).toBeUndefined();
    await source.answer(source.last(), { items: [input('b', 2), input('a', 1)], nextCursor: 'p2', total: 5 });
    expect(result.current.loading).toBe(false);
    expect(ids(result.current.items)).toEqual(['b', 'a']);
    expect(result.current.items[0]!.createdAt).toBeInstanceOf(Date);
    expect(result.current.total).toBe(5);
    expect(result.current.hasMore).toBe(true);
    expect(result.current.error).toBeNull();
  });

  it('debounces filter changes into one query and aborts the request in flight at the first change', async () => {
    const source = controlledSource();
    const { rerender } = setup(source);
    const first = source.last();
    rerender({ filters: { query: 'd' } });
    expect(first.query.signal.aborted).toBe(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    rerender({ filters: { query: 'de' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    rerender({ filters: { query: 'dep' } });
    expect(source.calls).toHaveLength(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(149);
    });
    expect(source.calls).toHaveLength(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(source.calls).toHaveLength(2);
    expect(source.last().query.filters).toEqual({ query: 'dep' });
  });

  it('does not query again for the same filters written in another key order', async () => {
    const source = controlledSource();
    const { rerender } = setup(source, { filters: { statuses: ['failed'], sources: ['slack'] } });
    rerender({ filters: { sources: ['slack'], statuses: ['failed'] } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(source.calls).toHaveLength(1);
  });

  it('queries again for a tab change', async () => {
    const source = controlledSource();
    const { rerender } = setup(source);
    rerender({ tab: 'personal' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(150);
    });
    expect(source.last().query.tab).toBe('personal');
  });

  it('drops an older answer that arrives after the newer one', async () => {
    const source = controlledSource({ honorAbort: false });
    const { result, rerender } = setup(source, { filters: { statuses: ['working'] } });
    const older = source.last();
    rerender({ filters: { statuses: ['failed'] } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(150);
    });
    const newer = source.last();
    await source.answer(newer, { items: [input('f1', 2, { status: 'failed' })], total: 1 });
    await source.answer(older, { items: [input('w1', 1)], total: 1 });
    expect(ids(result.current.items)).toEqual(['f1']);
    expect(result.current.loading).toBe(false);
  });

  it('drops an older answer that arrives first and keeps loading until the newer one', async () => {
    const source = controlledSource({ honorAbort: false });
    const { result, rerender } = setup(source, { filters: { statuses: ['working'] } });
    const older = source.last();
    rerender({ filters: { statuses: ['failed'] } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(150);
    });
    const newer = source.last();
    await source.answer(older, { items: [input('w1', 1)] });
    expect(result.current.items).toEqual([]);
    expect(result.current.loading).toBe(true);
    await source.answer(newer, { items: [input('f1', 2, { status: 'failed' })] });
    expect(ids(result.current.items)).toEqual(['f1']);
  });

  it('ignores a stale failure and shows the current one with a working retry', async () => {
    const source = controlledSource({ honorAbort: false });
    const { result, rerender } = setup(source);
    const older = source.last();
    rerender({ filters: { query: 'x' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(150);
    });
    await source.fail(older, new Error('old failure'));
    expect(result.current.error).toBeNull();
    await source.fail(source.last(), new Error('The server answered 500'));
    expect(result.current.error?.message).toBe('The server answered 500');
    expect(result.current.loading).toBe(false);
    expect(result.current.items).toEqual([]);

    act(() => result.current.retry());
    expect(result.current.error).toBeNull();
    expect(result.current.loading).toBe(true);
    expect(source.calls).toHaveLength(3);
    expect(source.last().query.filters).toEqual({ query: 'x' });
    await source.answer(source.last(), { items: [input('a', 1)] });
    expect(ids(result.current.items)).toEqual(['a']);
  });

  it('rejects a result without an items array as an error', async () => {
    const source = controlledSource();
    const { result } = setup(source);
    await source.answer(source.last(), { rows: [] } as unknown as AgentQueryResult);
    expect(result.current.error?.message).toMatch(/without an `items` array/);
  });

  it('reports parse issues and keeps the valid items', async () => {
    const source = controlledSource();
    const onDataIssues = vi.fn();
    const { result } = setup(source, { onDataIssues });
    await source.answer(source.last(), { items: [input('a', 1), { id: 'bad' }, input('a', 1, { title: 'again' })] });
    expect(ids(result.current.items)).toEqual(['a']);
    expect(result.current.items[0]!.title).toBe('Run a');
    expect(onDataIssues).toHaveBeenCalledTimes(1);
    const issues = onDataIssues.mock.calls[0]![0];
    expect(issues).toContainEqual(expect.objectContaining({ index: 1, level: 'error' }));
    expect(issues).toContainEqual(expect.objectContaining({ index: 2, id: 'a', level: 'warning' }));
  });

  it('ignores the late answer of a request whose data source was taken away', async () => {
    // A source that does not honour aborts: its answers still arrive after the view let go of it.
    const source = controlledSource({ honorAbort: false });
    const { result, rerender } = setup(source);
    const orphan = source.last();
    rerender({ dataSource: null });
    expect(result.current.loading).toBe(false);
    await source.fail(orphan, new Error('boom'));
    expect(result.current.error).toBeNull();
    expect(result.current.items).toEqual([]);
  });

  it('stays idle without a data source', () => {
    const { result } = renderHook(() => useAgentData({ viewerId: 'u_1', tab: 'all', filters: {}, dataSource: null }));
    expect(result.current.loading).toBe(false);
    expect(result.current.items).toEqual([]);
  });
});

describe('useAgentData: paging', () => {
  it('loads the next page with the cursor, skips duplicates and stops at the end', async () => {
    const source = controlledSource();
    const { result } = setup(source, { pageSize: 2 });
    await source.answer(source.last(), { items: [input('d', 4), input('c', 3)], nextCursor: 'p2', total: 4 });
    act(() => {
      result.current.loadMore();
      result.current.loadMore();
    });
    expect(source.calls).toHaveLength(2);
    expect(result.current.loadingMore).toBe(true);
    expect(source.last().query).toMatchObject({ cursor: 'p2', limit: 2 });
    await source.answer(source.last(), {
      items: [input('c', 3), input('b', 2), input('a', 1)],
      nextCursor: null,
      total: 4,
    });
    expect(ids(result.current.items)).toEqual(['d', 'c', 'b', 'a']);
    expect(result.current.loadingMore).toBe(false);
    expect(result.current.hasMore).toBe(false);
    expect(result.current.total).toBe(4);
    act(() => result.current.loadMore());
    expect(source.calls).toHaveLength(2);
  });

  it('keeps the rows when a next page fails, and retry asks for that page again', async () => {
    const source = controlledSource();
    const { result } = setup(source, { pageSize: 1 });
    await source.answer(source.last(), { items: [input('b', 2)], nextCursor: 'p2' });
    act(() => result.current.loadMore());
    await source.fail(source.last(), new Error('timeout'));
    expect(result.current.error?.message).toBe('timeout');
    expect(ids(result.current.items)).toEqual(['b']);
    act(() => result.current.retry());
    expect(source.last().query.cursor).toBe('p2');
    await source.answer(source.last(), { items: [input('a', 1)] });
    expect(ids(result.current.items)).toEqual(['b', 'a']);
    expect(result.current.error).toBeNull();
  });

  it('drops a next page that answers after the filters changed', async () => {
    const source = controlledSource({ honorAbort: false });
    const { result, rerender } = setup(source, { pageSize: 1 });
    await source.answer(source.last(), { items: [input('b', 2)], nextCursor: 'p2' });
    act(() => result.current.loadMore());
    const more = source.last();
    rerender({ filters: { query: 'z' } });
    expect(more.query.signal.aborted).toBe(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(150);
    });
    await source.answer(source.last(), { items: [input('z', 5)] });
    await source.answer(more, { items: [input('a', 1)] });
    expect(ids(result.current.items)).toEqual(['z']);
  });
});
