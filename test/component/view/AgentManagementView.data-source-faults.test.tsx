// Faulty and slow sources through the full view: a 30 s answer, answers after unmount, queries that
// throw or answer garbage, a subscribe that throws, garbage live updates. The races are in
// AgentManagementView.data-source-races.test.tsx.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AgentDataSource, AgentQueryResult } from '../../../src/index';
import { AgentManagementView } from '../../../src/index';
import { NOW, busy, fakeSource, grid, input, rowTitles, withConsoleGuard } from './data-source-fault-helpers';

vi.setConfig({ testTimeout: 90_000 });

const guard = withConsoleGuard();

describe('faulty and slow sources', () => {
  it('a slow answer (30 s) keeps the skeleton and no error, then shows its rows; unmount after leaves nothing behind', async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    const unsubscribe = vi.fn();
    const dataSource: AgentDataSource = {
      query: (q) => {
        signals.push(q.signal);
        return new Promise((resolve) => setTimeout(() => resolve({ items: [input('slow', 1)], total: 1 }), 30_000));
      },
      subscribe: () => unsubscribe,
    };
    const { unmount } = render(
      <AgentManagementView
        dataSource={dataSource}
        viewerId="u_me"
        now={NOW}
        timeZone="UTC"
        defaultTab="all"
        pollIntervalMs={60_000}
      />,
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(29_000);
    });
    expect(busy(), document.querySelector('.ab-root')?.outerHTML.slice(0, 300)).toBe(true);
    expect(grid().getAttribute('data-state')).toBe('loading');
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(rowTitles()).toEqual(['Run slow']);
    // Unmount mid-request: the first poll (60 s after mount) is in flight, 10 s into its 30.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(40_000);
    });
    expect(signals).toHaveLength(2);
    const pollSignal = signals[1]!;
    expect(pollSignal.aborted).toBe(false);
    unmount();
    expect(pollSignal.aborted).toBe(true);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    // Only the fake source's own 30 s timer may remain; the view leaves none.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(vi.getTimerCount()).toBe(0);
    expect(guard.messages()).toEqual([]);
  });

  it('an answer that arrives after unmount is dropped without a warning', async () => {
    const source = fakeSource();
    const { unmount } = render(
      <AgentManagementView dataSource={source.dataSource} viewerId="u_me" now={NOW} timeZone="UTC" />,
    );
    const call = source.calls[0]!;
    unmount();
    expect(call.query.signal.aborted).toBe(true);
    await act(async () => call.resolve({ items: [input('late', 1)] }));
    await act(async () => call.reject(new Error('late failure')));
    expect(guard.messages()).toEqual([]);
  });

  const faults: Array<[string, () => Promise<AgentQueryResult> | AgentQueryResult]> = [
    [
      'throws synchronously',
      () => {
        throw new Error('query threw');
      },
    ],
    ['returns a non-promise without items', () => ({ rows: [] }) as unknown as AgentQueryResult],
    ['resolves to null', () => Promise.resolve(null as unknown as AgentQueryResult)],
    ['resolves with items: "nope"', () => Promise.resolve({ items: 'nope' } as unknown as AgentQueryResult)],
    ['rejects with a non-Error', () => Promise.reject('plain string')],
    [
      'rejects with an AbortError it made itself',
      () => Promise.reject(new DOMException('network gave up', 'AbortError')),
    ],
  ];
  for (const [what, query] of faults) {
    it(`a query that ${what}: the error state with Retry, never a crash or a stuck skeleton`, async () => {
      let calls = 0;
      const dataSource: AgentDataSource = {
        query: () => {
          calls += 1;
          return calls === 1
            ? (query() as Promise<AgentQueryResult>)
            : Promise.resolve({ items: [input('ok', 1)], total: 1 });
        },
      };
      render(<AgentManagementView dataSource={dataSource} viewerId="u_me" now={NOW} timeZone="UTC" defaultTab="all" />);
      await act(async () => {});
      expect(busy()).toBe(false);
      const retry = screen.getByRole('button', { name: 'Retry' });
      await act(async () => retry.click());
      expect(rowTitles()).toEqual(['Run ok']);
      expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
      expect(guard.messages()).toEqual([]);
    });
  }

  it('a subscribe that throws does not take the view down: rows still load', async () => {
    const dataSource: AgentDataSource = {
      query: () => Promise.resolve({ items: [input('a', 1)], total: 1 }),
      subscribe: () => {
        throw new Error('websocket unavailable');
      },
    };
    let thrown: unknown;
    try {
      render(<AgentManagementView dataSource={dataSource} viewerId="u_me" now={NOW} timeZone="UTC" defaultTab="all" />);
      await act(async () => {});
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeUndefined();
    expect(rowTitles()).toEqual(['Run a']);
  });

  it('garbage live updates are ignored without a crash', async () => {
    const source = fakeSource();
    render(
      <AgentManagementView dataSource={source.dataSource} viewerId="u_me" now={NOW} timeZone="UTC" defaultTab="all" />,
    );
    await act(async () => source.calls[0]!.resolve({ items: [input('a', 1)], total: 1 }));
    for (const u of [
      null,
      undefined,
      42,
      'x',
      { upsert: 'x' },
      { upsert: [null, 1, {}] },
      { remove: [1, null, { id: 'a' }] },
      { upsert: null, remove: null },
    ]) {
      act(() => source.emitRaw(u as never));
    }
    expect(rowTitles()).toEqual(['Run a']);
    expect(guard.messages()).toEqual([]);
  });
});
