/** The data loader's pages: next pages on `loadMore`, and the first page refreshed by polling. */
import { describe, expect, it, vi } from 'vitest';
import type { PageVisibility } from '../../../src/data/poller';
import { handSource, ids, input, settle, start, withFakeClock } from './loader-helpers';

withFakeClock();

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
