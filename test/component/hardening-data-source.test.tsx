// Races and faults with a data source, through the full view. Complements
// AgentManagementView.data-source.test.tsx (scripted cases) with random interleavings: answers that
// arrive in any order, fail, or are aborted by the host; live updates delivered twice, before the page
// they belong to, for items never loaded, and after unmount; sources that throw or answer slowly.
import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentDataListener, AgentDataSource, AgentFilters, AgentQuery, AgentQueryResult } from '../../src/index';
import { AgentManagementView } from '../../src/index';
import { guardConsole, type ConsoleGuard } from './hardening-helpers';

vi.setConfig({ testTimeout: 90_000 });

const NOW = Date.UTC(2026, 10, 25, 15, 0, 0);
const MIN = 60_000;

function input(id: string, minutesAgo: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'ambient',
    title: `Run ${id}`,
    source: 'slack',
    status: 'failed',
    createdAt: new Date(NOW - minutesAgo * MIN).toISOString(),
    creator: { id: 'u_me', name: 'Alex Morgan' },
    ...extra,
  };
}

interface Call {
  query: AgentQuery;
  settled: boolean;
  resolve(result: AgentQueryResult): void;
  reject(error: unknown): void;
}

/** A source the test drives by hand; it ignores aborts, so stale answers really do arrive late. */
function fakeSource() {
  const calls: Call[] = [];
  const listeners = new Set<AgentDataListener>();
  const unsubscribe = vi.fn();
  const dataSource: AgentDataSource = {
    query: (query) =>
      new Promise<AgentQueryResult>((resolve, reject) => {
        const call: Call = {
          query,
          settled: false,
          resolve: (r) => {
            call.settled = true;
            resolve(r);
          },
          reject: (e) => {
            call.settled = true;
            reject(e);
          },
        };
        calls.push(call);
      }),
    subscribe: (l) => {
      listeners.add(l);
      return () => {
        unsubscribe();
        listeners.delete(l);
      };
    },
  };
  return {
    dataSource,
    calls,
    unsubscribe,
    listeners,
    /** Delivers to every listener ever subscribed, like a host that forgets to unsubscribe would. */
    emitRaw(update: Parameters<AgentDataListener>[0]) {
      for (const l of listeners) l(update);
    },
  };
}

const rowTitles = () =>
  Array.from(document.querySelectorAll('[role="grid"] [role="row"] .ab-title'))
    .map((el) => el.textContent ?? '')
    .sort();
const grid = () => screen.getByRole('grid');
/** Loading: the root says so, and so does the list when it is shown (the error state replaces it). */
const busy = () => {
  const state = document.querySelector('.ab-root')?.getAttribute('data-state');
  return state === 'loading' || document.querySelector('[role="grid"]')?.getAttribute('aria-busy') === 'true';
};

/** The page a query gets: its ids name the question it answers, so a stale answer is recognisable. */
const FILTER_CHOICES: AgentFilters[] = [
  {},
  { statuses: ['failed'] },
  { sources: ['slack'] },
  { query: 'run' },
  { statuses: ['failed'], sources: ['slack'] },
];
function pageFor(query: AgentQuery, n: number): AgentQueryResult {
  const tag = `q${FILTER_CHOICES.findIndex((f) => JSON.stringify(f) === JSON.stringify(query.filters))}`;
  return { items: Array.from({ length: n }, (_, i) => input(`${tag}-${i}`, i + 1)), total: n, nextCursor: null };
}

let guard: ConsoleGuard;
beforeEach(() => {
  guard = guardConsole();
});
afterEach(() => {
  guard.restore();
  vi.useRealTimers();
});

describe('random interleavings of questions and answers', () => {
  type Step =
    | { kind: 'ask'; filter: number }
    | { kind: 'answer'; pick: number; size: number }
    | { kind: 'fail'; pick: number }
    | { kind: 'host-abort'; pick: number };
  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('ask' as const), filter: fc.nat({ max: FILTER_CHOICES.length - 1 }) }),
    fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(), size: fc.integer({ min: 0, max: 6 }) }),
    fc.record({ kind: fc.constant('fail' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('host-abort' as const), pick: fc.nat() }),
  );

  it('the view ends up showing exactly the latest question’s answer, whatever came before and in whatever order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 6 }),
        async (steps, finalSize) => {
          guard.reset();
          const source = fakeSource();
          let filters: AgentFilters = FILTER_CHOICES[0]!;
          const view = (f: AgentFilters) => (
            <AgentManagementView
              dataSource={source.dataSource}
              viewerId="u_me"
              now={NOW}
              timeZone="UTC"
              locale="en-US"
              defaultTab="all"
              debounceMs={0}
              filters={f}
              summary={false}
            />
          );
          const { rerender, unmount } = render(view(filters));
          try {
            for (const step of steps) {
              const pending = source.calls.filter((c) => !c.settled);
              if (step.kind === 'ask') {
                filters = FILTER_CHOICES[step.filter]!;
                rerender(view(filters));
                continue;
              }
              if (pending.length === 0) continue;
              const call = pending[step.pick % pending.length]!;
              await act(async () => {
                if (step.kind === 'answer') call.resolve(pageFor(call.query, step.size));
                else if (step.kind === 'fail') call.reject(new Error('503 from the host'));
                else call.reject(new DOMException('The host gave up', 'AbortError'));
              });
              // Whenever the view is settled on an answer, it is the latest question's.
              const latest = source.calls[source.calls.length - 1]!;
              if (!busy() && !screen.queryByRole('alert') && latest.settled) {
                const tag = `Run q${FILTER_CHOICES.findIndex((f) => JSON.stringify(f) === JSON.stringify(latest.query.filters))}-`;
                for (const t of rowTitles()) expect(t.startsWith(tag), `${t} shown for ${tag}`).toBe(true);
              }
            }
            // The latest question gets its answer (a retry if it failed): that is what shows, alone.
            let latest = source.calls[source.calls.length - 1]!;
            expect(JSON.stringify(latest.query.filters)).toBe(JSON.stringify(filters));
            if (latest.settled) {
              const retry = screen.queryByRole('button', { name: 'Retry' });
              if (retry) {
                await act(async () => retry.click());
                latest = source.calls[source.calls.length - 1]!;
              }
            }
            if (!latest.settled) {
              await act(async () => latest.resolve(pageFor(latest.query, finalSize)));
              const want = (pageFor(latest.query, finalSize).items as Array<{ title: string }>)
                .map((i) => i.title)
                .sort();
              expect(rowTitles()).toEqual(want);
              expect(busy()).toBe(false);
              expect(screen.queryByRole('alert')).toBeNull();
            }
            // Late answers to old questions change nothing now.
            const shown = rowTitles();
            for (const c of source.calls.filter((c) => !c.settled)) {
              await act(async () => c.resolve(pageFor(c.query, 3)));
            }
            expect(rowTitles()).toEqual(shown);
          } finally {
            unmount();
          }
          expect(source.unsubscribe).toHaveBeenCalledTimes(1);
          for (const c of source.calls) if (!c.settled) expect(c.query.signal.aborted).toBe(true);
          expect(guard.messages()).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('live updates, duplicated and early', () => {
  type Update = { upsert: Array<{ id: string; minutesAgo: number; status: string }> } | { remove: string[] };
  const idArb = fc.constantFrom('p0', 'p1', 'p2', 'n0', 'n1', 'n2');
  const updateArb: fc.Arbitrary<Update> = fc.oneof(
    fc.record({
      upsert: fc.array(
        fc.record({
          id: idArb,
          minutesAgo: fc.integer({ min: 0, max: 30 }),
          status: fc.constantFrom('failed', 'running', 'done', 'waiting_for_input'),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    fc.record({ remove: fc.array(fc.oneof(idArb, fc.constant('never-loaded')), { minLength: 1, maxLength: 2 }) }),
  );

  it('every item the page and the updates name is shown exactly once, in its latest version; removed ones are gone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(updateArb, { maxLength: 6 }),
        fc.array(updateArb, { maxLength: 6 }),
        fc.boolean(),
        async (early, late, twice) => {
          guard.reset();
          const source = fakeSource();
          const { unmount } = render(
            <AgentManagementView
              dataSource={source.dataSource}
              viewerId="u_me"
              now={NOW}
              timeZone="UTC"
              locale="en-US"
              defaultTab="all"
              debounceMs={0}
              summary={false}
            />,
          );
          const model = new Map<string, { title: string; status: string }>();
          const statusOf = (raw: string) =>
            ({ failed: 'failed', running: 'working', done: 'success', waiting_for_input: 'blocked' })[raw]!;
          const apply = (u: Update) => {
            if ('upsert' in u)
              for (const x of u.upsert) model.set(x.id, { title: `Run ${x.id}`, status: statusOf(x.status) });
            else for (const id of u.remove) model.delete(id);
          };
          const emit = (u: Update) => {
            const wire =
              'upsert' in u ? { upsert: u.upsert.map((x) => input(x.id, x.minutesAgo, { status: x.status })) } : u;
            act(() => source.emitRaw(wire));
            // A subscription that delivers the same update twice.
            if (twice) act(() => source.emitRaw(wire));
          };
          try {
            const first = source.calls[0]!;
            // Updates that arrive while the first page is still loading (for items not loaded yet).
            for (const u of early) emit(u);
            const pageItems = ['p0', 'p1', 'p2'].map((id, k) => input(id, 40 + k));
            await act(async () => first.resolve({ items: pageItems, nextCursor: null, total: 3 }));
            for (const it of pageItems) model.set(it.id, { title: it.title, status: 'failed' });
            for (const u of early) apply(u);
            for (const u of late) {
              emit(u);
              apply(u);
            }
            const want = [...model.values()].map((m) => m.title).sort();
            expect(rowTitles()).toEqual(want);
            expect(Number(grid().getAttribute('aria-rowcount')) - 1).toBe(want.length || 1);
            for (const row of Array.from(document.querySelectorAll('[role="grid"] [role="row"][data-status]'))) {
              const id = row.querySelector('.ab-title')!.textContent!.replace('Run ', '');
              expect(row.getAttribute('data-status'), id).toBe(model.get(id)!.status);
            }
          } finally {
            unmount();
          }
          // A host that keeps calling its listener after unmount: nothing happens, nothing is logged.
          act(() => source.emitRaw({ upsert: [input('ghost', 0)] }));
          expect(source.unsubscribe).toHaveBeenCalledTimes(1);
          expect(guard.messages()).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

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
