// Races and faults with a data source, through the full view. Complements
// AgentManagementView.data-source.test.tsx (scripted cases) with random interleavings: answers that
// arrive in any order, fail, or are aborted by the host; live updates delivered twice, before the page
// they belong to, for items never loaded, and after unmount; sources that throw or answer slowly.
import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { AgentFilters } from '../../../src/index';
import { AgentManagementView } from '../../../src/index';
import {
  FILTER_CHOICES,
  NOW,
  busy,
  fakeSource,
  grid,
  input,
  pageFor,
  rowTitles,
  withConsoleGuard,
} from './data-source-fault-helpers';

vi.setConfig({ testTimeout: 90_000 });

const guard = withConsoleGuard();

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
            // Every run removed and nothing filtered: no activity, said in the list's place (no grid).
            if (want.length === 0) expect(screen.getByText('No agent activity yet')).toBeTruthy();
            else expect(Number(grid().getAttribute('aria-rowcount')) - 1).toBe(want.length);
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
      // Always also the case where updates remove every loaded run (the view then says "no activity").
      { numRuns: 40, examples: [[[], [{ remove: ['p2', 'p0'] }, { remove: ['p1'] }], false]] },
    );
  });
});
