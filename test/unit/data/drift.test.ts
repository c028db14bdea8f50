// The counts of the last answer, moved by the live changes of matching rows: what the summary cards,
// the credits and the status counts show between two answers.
import { describe, expect, it } from 'vitest';
import type { AgentFacets, AgentItem, AgentStatus } from '../../../src/core/types';
import { withDrift } from '../../../src/data/drift';
import {
  EMPTY_LIVE_LIST,
  appendPage,
  applyRefresh,
  applyRemovals,
  applyUpserts,
  type LiveList,
} from '../../../src/data/live';
import type { AgentQuerySummary } from '../../../src/data/types';

const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);

function run(id: string, n: number, status: AgentStatus, credits = 1, source = 'slack'): AgentItem {
  return {
    id,
    kind: 'ambient',
    title: `Run ${id}`,
    source,
    status,
    rawStatus: status,
    credits,
    createdAt: new Date(T0 + n * 60_000),
    creator: { id: 'u_1', name: 'Ada' },
  };
}

// The answer the list was loaded with: three runs, two working and one failed, 6 credits.
const LOADED = [run('a', 3, 'working', 1), run('b', 2, 'working', 2), run('c', 1, 'failed', 3)];
const FACETS: Partial<AgentFacets> = {
  statuses: [
    { value: 'working', label: 'Working', count: 2 },
    { value: 'failed', label: 'Failed', count: 1 },
    { value: 'success', label: 'Success', count: 0 },
  ],
  sources: [{ value: 'slack', label: 'Slack', count: 3 }],
  creators: [{ value: 'u_1', label: 'Ada', count: 3 }],
};
const SUMMARY: AgentQuerySummary = {
  credits: 6,
  creditsBySource: [{ value: 'slack', label: 'Slack', count: 6 }],
  creditsByCreator: [{ value: 'u_1', label: 'Ada', count: 6 }],
};

const everything = { matches: () => true, isAtTop: true };
const workingOnly = { matches: (x: AgentItem) => x.status === 'working', isAtTop: true };
const loaded = (): LiveList => appendPage(EMPTY_LIVE_LIST, LOADED, false, 3);

/** What the view shows: total, status counts, credits. */
function shown(list: LiveList) {
  const { facets, summary } = withDrift(FACETS, SUMMARY, list.drift);
  const count = (status: string) => facets?.statuses?.find((o) => o.value === status)?.count;
  return {
    total: list.total,
    working: count('working'),
    failed: count('failed'),
    success: count('success'),
    credits: summary?.credits,
    bySource: summary?.creditsBySource?.map((o) => [o.value, o.count]),
  };
}

describe("the answer's counts move with the live changes", () => {
  it('a loaded run that fails moves from Working to Failed; its new credits join the sums', () => {
    const next = applyUpserts(loaded(), [run('a', 3, 'failed', 4)], everything);
    expect(shown(next)).toEqual({ total: 3, working: 1, failed: 2, success: 0, credits: 9, bySource: [['slack', 9]] });
  });

  it('a run that leaves the filters counts out (with the total); one that comes back counts in again', () => {
    const list = appendPage(EMPTY_LIVE_LIST, LOADED.slice(0, 2), false, 2);
    const left = applyUpserts(list, [run('a', 3, 'success', 1)], workingOnly);
    expect(left.total).toBe(1);
    expect(shown(left)).toMatchObject({ working: 1, success: 0, credits: 5 });
    // Another change while it is out of the filters counts nothing.
    const still = applyUpserts(left, [run('a', 3, 'canceled', 1)], workingOnly);
    expect(shown(still)).toMatchObject({ total: 1, working: 1, credits: 5 });
    const back = applyUpserts(still, [run('a', 3, 'working', 1)], workingOnly);
    expect(shown(back)).toMatchObject({ total: 2, working: 2, credits: 6 });
  });

  it('a new run counts in, at the top or held back while the reader is scrolled down', () => {
    const top = applyUpserts(loaded(), [run('n', 9, 'working', 10, 'linear')], everything);
    expect(shown(top)).toMatchObject({ total: 4, working: 3, credits: 16 });
    // A source the answer had not listed joins the breakdown, named, most credits first.
    expect(shown(top).bySource).toEqual([
      ['linear', 10],
      ['slack', 6],
    ]);
    expect(withDrift(FACETS, SUMMARY, top.drift).summary?.creditsBySource?.[0]?.label).toBe('Linear');
    const held = applyUpserts(loaded(), [run('n', 9, 'working', 10)], { ...everything, isAtTop: false });
    expect(held.pendingNew).toHaveLength(1);
    expect(shown(held)).toMatchObject({ total: 4, working: 3, credits: 16 });
  });

  it('a removed run counts out; one that had already left the filters counts nothing more', () => {
    const removed = applyRemovals(loaded(), ['c']);
    expect(shown(removed)).toMatchObject({ total: 2, working: 2, failed: 0, credits: 3 });
    const list = appendPage(EMPTY_LIVE_LIST, LOADED.slice(0, 2), false, 2);
    const left = applyUpserts(list, [run('a', 3, 'success', 1)], workingOnly);
    expect(shown(applyRemovals(left, ['a']))).toMatchObject({ total: 1, working: 1, credits: 5 });
  });

  it('a change to a run outside the loaded window moves nothing: its earlier state is unknown', () => {
    const list = { ...loaded(), hasMore: true };
    const next = applyUpserts(list, [run('old', -50, 'failed', 7)], everything);
    expect(shown(next)).toEqual(shown(list));
    expect(next.drift).toBeUndefined();
  });

  it('a row updated without changing what it counts (a repeated update, a poll) moves nothing', () => {
    const list = loaded();
    const same = applyUpserts(list, [{ ...LOADED[0]!, title: 'Renamed' }], everything);
    expect(same.drift).toBe(list.drift);
    expect(shown(same)).toEqual(shown(list));
  });

  it('a new answer (a total with its counts) starts again from its own numbers', () => {
    const moved = applyUpserts(loaded(), [run('a', 3, 'failed', 4)], everything);
    expect(moved.drift).toBeDefined();
    expect(applyRefresh(moved, LOADED, true, everything, 3).drift).toBeUndefined();
    expect(appendPage(moved, [], false, 3).drift).toBeUndefined();
    // A page without a total keeps the drift.
    expect(appendPage(moved, [], false).drift).toBe(moved.drift);
  });

  it("no drift: the answer's own objects", () => {
    const out = withDrift(FACETS, SUMMARY, undefined);
    expect(out.facets).toBe(FACETS);
    expect(out.summary).toBe(SUMMARY);
  });
});
