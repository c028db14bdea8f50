// Calling a host's source: what a rejection is shown as, an answer that is not a page, and a
// subscribe or unsubscribe that throws (the list keeps working without live updates).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgentDataError } from '../../../src/data/errors';
import { querySource, subscribeToSource, toError } from '../../../src/data/source-calls';
import type { AgentDataSource, AgentQuery } from '../../../src/data/types';

const query = (): AgentQuery => ({
  tab: 'all',
  viewerId: 'u_1',
  filters: {},
  limit: 10,
  signal: new AbortController().signal,
});

afterEach(() => vi.restoreAllMocks());

describe('toError', () => {
  it('keeps an Error as it is and wraps anything else as a network AgentDataError', () => {
    const error = new TypeError('fetch failed');
    expect(toError(error)).toBe(error);
    const fromString = toError('timeout');
    expect(fromString).toBeInstanceOf(AgentDataError);
    expect(fromString).toMatchObject({ kind: 'network', message: 'timeout', cause: 'timeout' });
    const thing = { code: 42 };
    const fromObject = toError(thing);
    expect(fromObject).toMatchObject({ kind: 'network', cause: thing });
    expect(fromObject.message).not.toBe('');
  });
});

describe('querySource', () => {
  it('passes the query through and returns a page as the source gave it', async () => {
    const page = { items: [{ id: 'a' }], nextCursor: 'p2' };
    const source: AgentDataSource = { query: vi.fn(async () => page) };
    const q = query();
    await expect(querySource(source, q)).resolves.toBe(page);
    expect(source.query).toHaveBeenCalledWith(q);
  });

  it('rejects an answer without an items array as a parse error', async () => {
    for (const answer of [undefined, null, 'items', [], { items: 'a' }, { data: [] }]) {
      const source = { query: async () => answer } as unknown as AgentDataSource;
      await expect(querySource(source, query())).rejects.toMatchObject({ name: 'AgentDataError', kind: 'parse' });
    }
  });

  it('a source that throws instead of rejecting fails the same way', async () => {
    const source: AgentDataSource = {
      query: () => {
        throw new Error('sync');
      },
    };
    await expect(querySource(source, query())).rejects.toThrow('sync');
  });
});

describe('subscribeToSource', () => {
  it('subscribes nothing without a source or a subscribe', () => {
    expect(subscribeToSource(null, () => {})).toBeUndefined();
    expect(subscribeToSource(undefined, () => {})).toBeUndefined();
    expect(subscribeToSource({ query: async () => ({ items: [] }) }, () => {})).toBeUndefined();
  });

  it('hands the listener to the source and unsubscribes through the returned stop', () => {
    const unsubscribe = vi.fn();
    const listener = vi.fn();
    const source: AgentDataSource = { query: async () => ({ items: [] }), subscribe: vi.fn(() => unsubscribe) };
    const stop = subscribeToSource(source, listener);
    expect(source.subscribe).toHaveBeenCalledWith(listener);
    stop!();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('a throwing subscribe is warned about and leaves nothing subscribed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cause = new Error('socket');
    const source: AgentDataSource = {
      query: async () => ({ items: [] }),
      subscribe: () => {
        throw cause;
      },
    };
    expect(subscribeToSource(source, () => {})).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('subscribe'), cause);
  });

  it('the stop never throws: not for a throwing unsubscribe, nor for a subscribe that returned no function', () => {
    const throwing: AgentDataSource = {
      query: async () => ({ items: [] }),
      subscribe: () => () => {
        throw new Error('already closed');
      },
    };
    expect(() => subscribeToSource(throwing, () => {})!()).not.toThrow();
    const odd = { query: async () => ({ items: [] }), subscribe: () => 'nope' } as unknown as AgentDataSource;
    expect(() => subscribeToSource(odd, () => {})!()).not.toThrow();
  });
});
