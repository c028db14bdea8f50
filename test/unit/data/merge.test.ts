import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AgentDataError,
  isAbortError,
  mergeAgentDataSources,
  type AgentDataListener,
  type AgentDataSource,
} from '../../../src/data';
import { createAgentDataLoader } from '../../../src/data/loader';
import { deferredSource, firstPage, ids, item, listSource } from './merge-helpers';

const failing = (message: string): AgentDataSource => ({
  query: vi.fn(async () => {
    throw new AgentDataError(message, { kind: 'http', status: 502 });
  }),
});

describe('mergeAgentDataSources: failures', () => {
  it('answers with the other sources’ items and names the one that failed', async () => {
    const warp = listSource([item('warp:1', 3), item('warp:2', 2), item('warp:3', 1)], 2, { total: 3 });
    const github = failing('The server answered 502.');
    const merged = mergeAgentDataSources([
      { name: 'GitHub Actions', source: github },
      { name: 'Warp', source: warp.source },
    ]);
    const page = await merged.query(firstPage(undefined, 2));

    expect(ids(page.items)).toEqual(['warp:1', 'warp:2']);
    expect(page.partial).toEqual([{ source: 'GitHub Actions', message: 'The server answered 502.' }]);
    expect(page.total).toBe(3);

    // Paging on does not ask the failed source again, and still names it.
    const rest = await merged.query({ ...firstPage(undefined, 2), cursor: page.nextCursor! });
    expect(ids(rest.items)).toEqual(['warp:3']);
    expect(rest.partial).toEqual(page.partial);
    expect(github.query).toHaveBeenCalledTimes(1);
  });

  it('sums each tab’s count over the sources that answered, and only the tabs every one of them told', async () => {
    const warp = listSource([item('warp:1', 3), item('warp:2', 2)], 2, {
      total: 2,
      tabTotals: { personal: 1, all: 2 },
    });
    const github = listSource([item('github:1', 1)], 2, { total: 1, tabTotals: { personal: 1, all: 4 } });
    const devin = listSource([item('devin:1', 4)], 2, { total: 1, tabTotals: { all: 9 } });
    const both = mergeAgentDataSources([
      { name: 'Warp', source: warp.source },
      { name: 'GitHub Actions', source: github.source },
    ]);
    expect((await both.query(firstPage())).tabTotals).toEqual({ personal: 2, all: 6 });
    // Devin counted only All: Personal is unknown, not the sum of the two that counted it.
    const three = mergeAgentDataSources([
      { name: 'Warp', source: warp.source },
      { name: 'GitHub Actions', source: github.source },
      { name: 'Devin', source: devin.source },
    ]);
    expect((await three.query(firstPage())).tabTotals).toEqual({ all: 15 });
    // A failed source is named in `partial`; the counts are the answering sources'.
    const partly = mergeAgentDataSources([
      { name: 'Warp', source: warp.source },
      { name: 'GitHub Actions', source: failing('The server answered 502.') },
    ]);
    const page = await partly.query(firstPage());
    expect(page.tabTotals).toEqual({ personal: 1, all: 2 });
    expect(page.partial).toHaveLength(1);
  });

  it('reports a source that throws instead of rejecting, or answers no page, the same way', async () => {
    const throwing: AgentDataSource = {
      query: () => {
        throw new Error('boom');
      },
    };
    const noPage = { query: async () => ({ rows: [] }) } as unknown as AgentDataSource;
    const merged = mergeAgentDataSources([
      { name: 'Throws', source: throwing },
      { name: 'No page', source: noPage },
      { name: 'Fine', source: listSource([item('a:1', 1)], 5).source },
    ]);
    const page = await merged.query(firstPage());
    expect(ids(page.items)).toEqual(['a:1']);
    expect(page.partial).toEqual([
      { source: 'Throws', message: 'boom' },
      { source: 'No page', message: expect.stringContaining('items') },
    ]);
  });

  it('has no partial when every source answered', async () => {
    const merged = mergeAgentDataSources([{ name: 'A', source: listSource([item('a:1', 1)], 5).source }]);
    expect(await merged.query(firstPage())).not.toHaveProperty('partial');
  });

  it('rejects with one AgentDataError naming each source when none answers', async () => {
    const merged = mergeAgentDataSources([
      { name: 'GitHub Actions', source: failing('The server answered 502.') },
      { name: 'Warp', source: failing('Bad gateway') },
    ]);
    const error = await merged.query(firstPage()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentDataError);
    expect((error as AgentDataError).kind).toBe('http');
    expect((error as Error).message).toBe(
      'No data source could be loaded. GitHub Actions: The server answered 502.; Warp: Bad gateway',
    );
  });
});

describe('mergeAgentDataSources: abort', () => {
  it('aborts every source’s request with the outer signal and rejects with an AbortError', async () => {
    const a = deferredSource();
    const b = deferredSource();
    const merged = mergeAgentDataSources([
      { name: 'A', source: a.source },
      { name: 'B', source: b.source },
    ]);
    const controller = new AbortController();
    const pending = merged.query(firstPage(controller.signal));
    await vi.waitFor(() => expect(a.calls.length + b.calls.length).toBe(2));
    // One source has answered already; the abort still ends the other and the merged query.
    a.calls[0]!.resolve({ items: [item('a:1', 1)], nextCursor: null });
    controller.abort();

    const error = await pending.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(b.calls[0]!.query.signal.aborted).toBe(true);
    expect(a.calls[0]!.query.signal).not.toBe(controller.signal);
  });

  it('asks nothing when the signal is already aborted', async () => {
    const a = deferredSource();
    const controller = new AbortController();
    controller.abort();
    const merged = mergeAgentDataSources([{ name: 'A', source: a.source }]);
    expect(isAbortError(await merged.query(firstPage(controller.signal)).catch((e: unknown) => e))).toBe(true);
    expect(a.calls).toHaveLength(0);
  });
});

describe('mergeAgentDataSources: live updates', () => {
  afterEach(() => vi.restoreAllMocks());

  const liveSource = () => {
    const listeners = new Set<AgentDataListener>();
    const source: AgentDataSource = {
      query: async () => ({ items: [] }),
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    return { source, listeners };
  };

  it('fans in every source’s updates and stops them all on unsubscribe, past one that throws', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const a = liveSource();
    const b = liveSource();
    const broken: AgentDataSource = {
      query: async () => ({ items: [] }),
      subscribe: () => {
        throw new Error('socket closed');
      },
    };
    const merged = mergeAgentDataSources([
      { name: 'A', source: a.source },
      { name: 'Broken', source: broken },
      { name: 'Quiet', source: listSource([], 1).source },
      { name: 'B', source: b.source },
    ]);
    const listener = vi.fn();
    const stop = merged.subscribe!(listener);

    for (const { listeners } of [a, b]) listeners.forEach((l) => l({ remove: ['x'] }));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(console.warn).toHaveBeenCalledTimes(1);

    stop();
    expect(a.listeners.size + b.listeners.size).toBe(0);
  });

  it('has no subscribe when no source has live updates', () => {
    expect(mergeAgentDataSources([{ name: 'A', source: listSource([], 1).source }]).subscribe).toBeUndefined();
  });
});

describe('the loader keeps the failed sources', () => {
  afterEach(() => vi.useRealTimers());

  it('in its snapshot, from the latest answer', async () => {
    vi.useFakeTimers();
    let down = true;
    const github: AgentDataSource = {
      query: async () => {
        if (down) throw new Error('offline');
        return { items: [item('github:1', 5)] };
      },
    };
    const merged = mergeAgentDataSources([
      { name: 'GitHub Actions', source: github },
      { name: 'Warp', source: listSource([item('warp:1', 1)], 5).source },
    ]);
    const loader = createAgentDataLoader({ dataSource: merged, tab: 'all', viewerId: 'u_1', filters: {} });
    const unmount = loader.mount();
    loader.queryChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(ids(loader.getSnapshot().items)).toEqual(['warp:1']);
    expect(loader.getSnapshot().partial).toEqual([{ source: 'GitHub Actions', message: 'offline' }]);

    down = false;
    loader.getSnapshot().retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(ids(loader.getSnapshot().items)).toEqual(['github:1', 'warp:1']);
    expect(loader.getSnapshot().partial).toBeUndefined();
    unmount();
  });
});
