import { describe, expect, it } from 'vitest';
import type { AgentItem } from '../../../src/core/types';
import {
  EMPTY_LIVE_LIST,
  appendPage,
  applyRefresh,
  applyRemovals,
  applyUpserts,
  compareNewestFirst,
  dropLeft,
  flushPending,
  type LiveContext,
  type LiveList,
} from '../../../src/data/live';

const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);

/** An item created `n` minutes after T0: a larger n is newer. */
function item(id: string, n: number, status: AgentItem['status'] = 'working'): AgentItem {
  return {
    id,
    kind: 'ambient',
    title: `Run ${id}`,
    source: 'slack',
    status,
    rawStatus: status,
    createdAt: new Date(T0 + n * 60_000),
    creator: { id: 'u_1', name: 'Ada' },
  };
}

const ids = (items: readonly AgentItem[]) => items.map((x) => x.id);

/** Matches working items only (a "Working" filter); the reader at the top unless told. */
function ctx(isAtTop = true): LiveContext {
  return { matches: (x) => x.status === 'working', isAtTop };
}

function list(items: AgentItem[], extra: Partial<LiveList> = {}): LiveList {
  return { ...EMPTY_LIVE_LIST, items, hasMore: false, total: items.length, ...extra };
}

describe('compareNewestFirst', () => {
  it('orders newest createdAt first, then id descending (the server keyset)', () => {
    const sorted = [item('a', 1), item('c', 2), item('b', 2), item('d', 0)].sort(compareNewestFirst);
    expect(ids(sorted)).toEqual(['c', 'b', 'a', 'd']);
    expect(compareNewestFirst(item('a', 1), item('a', 1))).toBe(0);
  });
});

describe('applyUpserts', () => {
  it('replaces a loaded row where it stands, without changing the total', () => {
    const before = list([item('c', 3), item('b', 2)]);
    const next = applyUpserts(before, [{ ...item('b', 2), title: 'Renamed' }], ctx());
    expect(ids(next.items)).toEqual(['c', 'b']);
    expect(next.items[1]!.title).toBe('Renamed');
    expect(next.total).toBe(2);
    expect(before.items[1]!.title).toBe('Run b'); // a new list; the old one is untouched
  });

  it('marks a loaded row that stops matching, once, and unmarks it when it matches again', () => {
    const before = list([item('c', 3), item('b', 2)], { total: 10 });
    const left = applyUpserts(before, [item('c', 3, 'failed')], ctx());
    expect(ids(left.items)).toEqual(['c', 'b']);
    expect([...left.leftIds]).toEqual(['c']);
    expect(left.total).toBe(9);
    expect(applyUpserts(left, [item('c', 3, 'failed')], ctx()).total).toBe(9);
    const back = applyUpserts(left, [item('c', 3)], ctx());
    expect(back.leftIds.size).toBe(0);
    expect(back.total).toBe(10);
  });

  it('inserts a new matching item at its place when the reader is at the top; ignores one that does not match', () => {
    const before = list([item('c', 3), item('a', 1)]);
    const next = applyUpserts(before, [item('new', 9), item('mid', 2), item('other', 8, 'failed')], ctx());
    expect(ids(next.items)).toEqual(['new', 'c', 'mid', 'a']);
    expect(next.total).toBe(4);
  });

  it('holds new items in pendingNew while the reader is scrolled down, and updates them there', () => {
    const before = list([item('c', 3), item('b', 2)]);
    const held = applyUpserts(before, [item('n1', 8), item('mid', 2.5)], ctx(false));
    expect(ids(held.items)).toEqual(['c', 'b']);
    expect(ids(held.pendingNew)).toEqual(['n1', 'mid']);
    expect(held.total).toBe(4);
    const renamed = applyUpserts(held, [{ ...item('n1', 8), title: 'Renamed' }], ctx(false));
    expect(renamed.pendingNew[0]!.title).toBe('Renamed');
    // One that stops matching while held is dropped, and counted out.
    const dropped = applyUpserts(held, [item('n1', 8, 'failed')], ctx(false));
    expect(ids(dropped.pendingNew)).toEqual(['mid']);
    expect(dropped.total).toBe(3);
  });

  it('into an empty list, inserts even while scrolled down (no row can move)', () => {
    const next = applyUpserts(list([]), [item('a', 1)], ctx(false));
    expect(ids(next.items)).toEqual(['a']);
    expect(next.pendingNew).toEqual([]);
  });

  it('leaves an item older than the last loaded row to paging while more pages exist', () => {
    const before = list([item('c', 3), item('b', 2)], { hasMore: true, total: 10 });
    const next = applyUpserts(before, [item('old', 1)], ctx());
    expect(ids(next.items)).toEqual(['c', 'b']);
    expect(next.total).toBe(10);
    const complete = applyUpserts({ ...before, hasMore: false }, [item('old', 1)], ctx());
    expect(ids(complete.items)).toEqual(['c', 'b', 'old']);
  });

  it('returns the same list for an empty batch', () => {
    const before = list([item('a', 1)]);
    expect(applyUpserts(before, [], ctx())).toBe(before);
  });
});

describe('applyRemovals', () => {
  it('drops the ids from rows and pendingNew, counting out only what was still counted', () => {
    const before = list([item('c', 3), item('b', 2), item('a', 1)], {
      pendingNew: [item('n', 9)],
      leftIds: new Set(['b']),
      total: 10,
    });
    const next = applyRemovals(before, ['c', 'b', 'n', 'unknown']);
    expect(ids(next.items)).toEqual(['a']);
    expect(next.pendingNew).toEqual([]);
    expect(next.leftIds.size).toBe(0);
    // c and n were counted; b had already been counted out when it left the filter.
    expect(next.total).toBe(8);
  });

  it('returns the same list when nothing it names is there, and never counts below zero', () => {
    const before = list([item('a', 1)], { total: 0 });
    expect(applyRemovals(before, ['x'])).toBe(before);
    expect(applyRemovals(before, [])).toBe(before);
    expect(applyRemovals(before, ['a']).total).toBe(0);
  });
});

describe('appendPage', () => {
  it('appends a next page, skipping ids already loaded or held, and takes its total and hasMore', () => {
    const before = list([item('d', 4), item('c', 3)], { pendingNew: [item('n', 9)], hasMore: true, total: 5 });
    const next = appendPage(before, [item('c', 3), item('n', 9), item('b', 2), item('b', 2)], false, 6);
    expect(ids(next.items)).toEqual(['d', 'c', 'b']);
    expect(next.hasMore).toBe(false);
    expect(next.total).toBe(6);
    expect(appendPage(before, [], true).total).toBe(5);
  });
});

describe('applyRefresh', () => {
  it('upserts the fresh first page and marks loaded rows inside its range that it no longer returned', () => {
    const before = list([item('d', 4), item('c', 3), item('b', 2), item('a', 1)], { total: 4 });
    // The server's first page (two rows, more after): d is gone from it, e is new, c finished.
    const page = [item('e', 5), item('c', 3, 'success')];
    const next = applyRefresh(before, page, false, ctx(), 4);
    expect(ids(next.items)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(next.items[2]!.status).toBe('success');
    // c is vouched for by the server although the local filter says it left; d is in the range and
    // missing; b and a are past the page's last row, so nothing is known about them.
    expect([...next.leftIds]).toEqual(['d']);
    expect(next.total).toBe(4);
  });

  it('a complete page vouches for the whole list: every loaded row it lacks has left', () => {
    const before = list([item('c', 3), item('a', 1)]);
    const next = applyRefresh(before, [item('c', 3)], true, ctx());
    expect([...next.leftIds]).toEqual(['a']);
  });

  it('drops held items the page covers but no longer returns', () => {
    const before = list([item('c', 3)], { pendingNew: [item('n1', 9), item('n2', 8)] });
    const next = applyRefresh(before, [item('n1', 9), item('c', 3)], false, ctx(false));
    expect(ids(next.pendingNew)).toEqual(['n1']);
  });
});

describe('flushPending and dropLeft', () => {
  it('flushPending moves held items into the rows at their places', () => {
    const before = list([item('c', 3), item('a', 1)], { pendingNew: [item('n', 9), item('b', 2)] });
    const next = flushPending(before);
    expect(ids(next.items)).toEqual(['n', 'c', 'b', 'a']);
    expect(next.pendingNew).toEqual([]);
    const none = list([item('a', 1)]);
    expect(flushPending(none)).toBe(none);
  });

  it('dropLeft removes the rows that left the filter', () => {
    const before = list([item('c', 3), item('b', 2)], { leftIds: new Set(['c']) });
    const next = dropLeft(before);
    expect(ids(next.items)).toEqual(['b']);
    expect(next.leftIds.size).toBe(0);
    const none = list([item('a', 1)]);
    expect(dropLeft(none)).toBe(none);
  });
});

describe('the other tab’s count (otherTab)', () => {
  // This tab shows working runs; the other tab, under the same filters, also holds every run but failed ones.
  const onOther = (x: AgentItem) => x.status !== 'failed';
  const live = (isAtTop = true): LiveContext => ({ ...ctx(isAtTop), matchesOther: onOther });
  const counted = (items: AgentItem[], extra: Partial<LiveList> = {}) =>
    list(items, { otherTab: { tab: 'personal', total: 40 }, ...extra });
  const other = (l: LiveList) => l.otherTab?.total;

  it('moves with a loaded row whose old and new versions differ on the other tab, in both directions', () => {
    const start = counted([item('c', 3), item('b', 2)]);
    const failed = applyUpserts(start, [item('b', 2, 'failed')], live());
    expect([failed.total, other(failed)]).toEqual([1, 39]);
    const back = applyUpserts(failed, [item('b', 2, 'working')], live());
    expect([back.total, other(back)]).toEqual([2, 40]);
    // A change that keeps it on the other tab (working → succeeded) moves this tab's count only.
    const done = applyUpserts(back, [item('c', 3, 'success')], live());
    expect([done.total, other(done)]).toEqual([1, 40]);
  });

  it('counts an inserted item as new on the other tab too, held or shown', () => {
    const shown = applyUpserts(counted([item('c', 3)]), [item('n', 9)], live());
    expect([ids(shown.items), shown.total, other(shown)]).toEqual([['n', 'c'], 2, 41]);
    const held = applyUpserts(counted([item('c', 3)]), [item('n', 9)], live(false));
    expect([ids(held.pendingNew), other(held)]).toEqual([['n'], 41]);
    // The held one's later change is known: it fails, so it leaves both.
    const heldFailed = applyUpserts(held, [item('n', 9, 'failed')], live(false));
    expect([heldFailed.pendingNew, heldFailed.total, other(heldFailed)]).toEqual([[], 1, 40]);
  });

  it('stays the answer’s for an item it knows no old version of: one this tab does not show, one past the loaded pages', () => {
    const start = counted([item('c', 3), item('b', 2)], { hasMore: true });
    // Not on this tab (failed, so not "working"), never loaded: was it on the other tab before? Unknown.
    const elsewhere = applyUpserts(start, [item('x', 9, 'failed'), item('y', 8, 'success')], live());
    expect(other(elsewhere)).toBe(40);
    // Older than the last loaded row, with pages to come: paging brings it, and the count is unknown.
    const later = applyUpserts(start, [item('old', 0)], live());
    expect([later.items.length, later.total, other(later)]).toEqual([2, 2, 40]);
  });

  it('loses a removed loaded row that was on the other tab; an id not loaded moves nothing', () => {
    const start = counted([item('c', 3), item('b', 2, 'failed')], { leftIds: new Set(['b']), total: 1 });
    const gone = applyRemovals(start, ['c', 'b', 'never-loaded'], live());
    expect([gone.total, other(gone)]).toEqual([0, 39]);
    // Without a rule for the other tab, the removal leaves its count as it is.
    expect(other(applyRemovals(start, ['c']))).toBe(40);
  });

  it('never goes below zero, and does not appear when the answer did not tell it', () => {
    const low = applyRemovals(counted([item('c', 3)], { otherTab: { tab: 'all', total: 0 } }), ['c'], live());
    expect(low.otherTab).toEqual({ tab: 'all', total: 0 });
    const unknown = applyUpserts(list([item('c', 3)]), [item('n', 9)], live());
    expect(unknown.otherTab).toBeUndefined();
    expect(applyRemovals(unknown, ['c'], live()).otherTab).toBeUndefined();
  });

  it('is replaced by a new answer’s count (a next page, a poll), and kept when that answer has none', () => {
    const start = counted([item('c', 3)], { hasMore: true });
    expect(appendPage(start, [item('b', 2)], false, 2, { tab: 'personal', total: 7 }).otherTab).toEqual({
      tab: 'personal',
      total: 7,
    });
    expect(appendPage(start, [item('b', 2)], false, 2).otherTab).toEqual({ tab: 'personal', total: 40 });
    const polled = applyRefresh(start, [item('c', 3)], true, live(), 1, { tab: 'personal', total: 12 });
    expect(polled.otherTab).toEqual({ tab: 'personal', total: 12 });
    expect(applyRefresh(start, [item('c', 3)], true, live(), 1).otherTab).toEqual({ tab: 'personal', total: 40 });
  });
});
