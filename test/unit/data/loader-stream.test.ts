/** The loader and a live stream's state: connection reported, reset re-queries, an error stays an error, re-queries are visible. */
import { describe, expect, it } from 'vitest';
import { handSource, ids, input, settle, start, withFakeClock } from './loader-helpers';

withFakeClock();

describe('createAgentDataLoader: stream state', () => {
  it('never lets a live update replace a failed first page', async () => {
    const source = handSource();
    const { loader, data } = start(source);
    loader.listen(source.dataSource);
    source.last().reject(new Error('502 Bad Gateway'));
    await settle();
    expect(data().error?.message).toBe('502 Bad Gateway');
    source.emit({ upsert: [input('live', 9)] });
    expect(data().error?.message).toBe('502 Bad Gateway');
    expect(data().items).toEqual([]);
  });

  it('says when a first page is being queried again over earlier rows (refreshing)', async () => {
    const source = handSource();
    const { data, set } = start(source, { debounceMs: 0 });
    expect(data().refreshing).toBe(false);
    source.last().resolve({ items: [input('a', 1)], nextCursor: null });
    await settle();
    expect(data().refreshing).toBe(false);
    set({ filters: { statuses: ['failed'] } });
    expect(data().loading).toBe(true);
    expect(data().refreshing).toBe(true);
    source.last().resolve({ items: [], nextCursor: null });
    await settle();
    expect(data().refreshing).toBe(false);
  });

  it('reports the connection the source reports, and re-queries the first page on reset', async () => {
    const source = handSource();
    const { loader, data } = start(source);
    loader.listen(source.dataSource);
    expect(data().connection).toBeUndefined();
    source.last().resolve({ items: [input('a', 1)], nextCursor: null });
    await settle();
    source.emit({ connection: 'live' });
    expect(data().connection).toBe('live');
    source.emit({ connection: 'reconnecting' });
    expect(data().connection).toBe('reconnecting');
    const before = source.calls.length;
    source.emit({ reset: true });
    expect(source.calls.length).toBe(before + 1);
    expect(data().refreshing).toBe(true);
    source.last().resolve({ items: [input('b', 2), input('a', 1)], nextCursor: null });
    await settle();
    expect(ids(data().items)).toEqual(['b', 'a']);
    source.emit({ connection: 'paused' });
    expect(data().connection).toBe('paused');
  });
});
