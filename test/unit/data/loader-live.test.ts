/** The data loader's live updates: merged by id, held while scrolled down, replayed over answers in flight. */
import { describe, expect, it, vi } from 'vitest';
import type { AgentDataSource } from '../../../src/data';
import { createAgentDataLoader } from '../../../src/data/loader';
import type { AgentDataOptions } from '../../../src/data/loader-types';
import { handSource, ids, input, settle, start, withFakeClock } from './loader-helpers';

withFakeClock();

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

  it("applyUpdate merges an action's result the way a live update is merged, without a subscription", async () => {
    const { source, data } = await loaded();
    data().applyUpdate({ upsert: [input('b', 2, { status: 'cancelled' })] });
    expect(source.subscribed).toBe(false);
    expect(ids(data().items)).toEqual(['c', 'b']);
    expect(data().items[1]!.status).toBe('canceled');
    data().applyUpdate({ remove: ['c'] });
    expect(ids(data().items)).toEqual(['b']);
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
