/**
 * The data loader's count of the tab not shown: taken from the answer's `tabTotals` (checked, a bad
 * entry reported), moved by live changes as far as the loaded rows tell, and never kept past a
 * change of the tab or the filters.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ParseIssue } from '../../../src/core/types';
import type { AgentDataOptions } from '../../../src/data/loader-types';
import { handSource, input, settle, start, withFakeClock } from './loader-helpers';

withFakeClock();

// The loader's viewer is u_1 (the fixtures' creator); u_2 is a teammate whose ambient runs are on All only.
const teammate = { creator: { id: 'u_2', name: 'Grace' } };

async function loaded(answer: Record<string, unknown>, extra: Partial<AgentDataOptions> = {}) {
  const source = handSource();
  const started = start(source, extra);
  started.loader.listen(source.dataSource);
  source.last().resolve({ items: [input('c', 3), input('b', 2)], nextCursor: null, ...answer });
  await settle();
  return { source, ...started };
}

describe('createAgentDataLoader: the other tab’s count', () => {
  it('shows both tabs’ counts once the answer tells the other tab’s; none without it', async () => {
    const told = await loaded({ total: 10, tabTotals: { personal: 4, all: 10 } });
    expect(told.data().tabTotals).toEqual({ personal: 4, all: 10 });
    told.unmount();
    const untold = await loaded({ total: 10 });
    expect(untold.data().total).toBe(10);
    expect(untold.data().tabTotals).toBeUndefined();
  });

  it('takes the other tab’s count even without a total, and the current tab’s only from `total`', async () => {
    const { data } = await loaded({ tabTotals: { personal: 4, all: 10 } });
    expect(data().total).toBeUndefined();
    expect(data().tabTotals).toEqual({ personal: 4 });
  });

  it('ignores a count that is not a whole number ≥ 0, reports it, and keeps the rest of the answer', async () => {
    const onDataIssues = vi.fn<(issues: ParseIssue[]) => void>();
    const { data } = await loaded({ total: 10, tabTotals: { personal: -4, all: 10 } }, { onDataIssues });
    expect(data().items).toHaveLength(2);
    expect(data().total).toBe(10);
    expect(data().tabTotals).toBeUndefined();
    expect(onDataIssues).toHaveBeenCalledWith([
      expect.objectContaining({ index: -1, path: 'tabTotals.personal', level: 'warning' }),
    ]);
  });

  it('moves with live changes as far as the loaded rows tell (All shown, Personal counted)', async () => {
    const { source, data } = await loaded(
      { total: 10, tabTotals: { personal: 4, all: 10 } },
      { filters: { statuses: ['working'] } },
    );
    // A loaded run of the viewer's fails: it leaves both tabs' "Working" counts.
    source.emit({ upsert: [input('b', 2, { status: 'failed' })] });
    expect(data().tabTotals).toEqual({ personal: 3, all: 9 });
    // A new run of the viewer's is on both tabs; a teammate's new run on All only.
    source.emit({ upsert: [input('n', 9), input('t', 8, teammate)] });
    expect(data().tabTotals).toEqual({ personal: 4, all: 11 });
    // Removing loaded runs: the viewer's leaves both, the teammate's only All.
    source.emit({ remove: ['c', 't'] });
    expect(data().tabTotals).toEqual({ personal: 3, all: 9 });
  });

  it('leaves the other tab’s count as answered for a run this tab never loaded (Personal shown)', async () => {
    const { source, data } = await loaded({ total: 2, tabTotals: { personal: 2, all: 30 } }, { tab: 'personal' });
    // A teammate's run is not on Personal: its old state is unknown, so All keeps the answer's count.
    source.emit({ upsert: [input('t', 9, { ...teammate, status: 'failed' })] });
    source.emit({ remove: ['t2'] });
    expect(data().tabTotals).toEqual({ personal: 2, all: 30 });
    // A new run of the viewer's is new on All too.
    source.emit({ upsert: [input('n', 9)] });
    expect(data().tabTotals).toEqual({ personal: 3, all: 31 });
  });

  it.each([150, 0])(
    'forgets it when the filters or the tab change, until the next answer; keeps it through a stream reset (debounce %i ms)',
    async (debounceMs) => {
      const { source, data, set } = await loaded({ total: 10, tabTotals: { personal: 4, all: 10 } }, { debounceMs });
      source.emit({ reset: true });
      expect(data().loading).toBe(true);
      expect(data().tabTotals).toEqual({ personal: 4, all: 10 });
      source.last().resolve({ items: [input('c', 3)], total: 9, tabTotals: { personal: 3, all: 9 } });
      await settle();
      expect(data().tabTotals).toEqual({ personal: 3, all: 9 });

      set({ filters: { statuses: ['failed'] } });
      expect(data().tabTotals).toBeUndefined();
      await vi.advanceTimersByTimeAsync(debounceMs);
      source.last().resolve({ items: [input('c', 3)], total: 1, tabTotals: { personal: 1, all: 1 } });
      await settle();
      expect(data().tabTotals).toEqual({ personal: 1, all: 1 });

      set({ tab: 'personal' });
      expect(data().tabTotals).toBeUndefined();
      await vi.advanceTimersByTimeAsync(debounceMs);
      source.last().resolve({ items: [input('c', 3)], total: 1, tabTotals: { personal: 1, all: 1 } });
      await settle();
      expect(data().tabTotals).toEqual({ personal: 1, all: 1 });
    },
  );

  it('takes a poll’s and a counted next page’s count; a next page without counts keeps the first page’s', async () => {
    const source = handSource();
    const { loader, data } = start(source, { pageSize: 1 });
    source.last().resolve({
      items: [input('c', 3)],
      nextCursor: 'p2',
      total: 10,
      tabTotals: { personal: 4, all: 10 },
      facets: { statuses: [] },
    });
    await settle();
    data().loadMore();
    source.last().resolve({ items: [input('b', 2)], nextCursor: null, total: 11, tabTotals: { personal: 5, all: 11 } });
    await settle();
    // The first page's cards hold: its counts stay with them.
    expect(data().tabTotals).toEqual({ personal: 4, all: 10 });
    const stop = loader.poll(1000, { isHidden: () => false, onChange: () => () => {} });
    await vi.advanceTimersByTimeAsync(1000);
    source.last().resolve({ items: [input('c', 3)], nextCursor: 'q2', total: 12, tabTotals: { personal: 6, all: 12 } });
    await settle();
    expect(data().tabTotals).toEqual({ personal: 6, all: 12 });
    stop();
  });
});
