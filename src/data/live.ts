import { compareNewestFirst } from '../core/sort';
import type { AgentItem, AgentTab } from '../core/types';
import { editDrift, type CountDrift } from './drift';

// The order pages come in and live items are placed by; the core defines it (the list's sort falls
// back on the same newest-first rule).
export { compareNewestFirst };

/** The loaded window of a paged, live list. Plain data; every function here returns a new one. */
export interface LiveList {
  /** Loaded items in server order, live inserts placed by `compareNewestFirst`. */
  items: AgentItem[];
  /**
   * Live items not loaded before, that arrived while the reader was scrolled down: held back so no
   * row moves under the reader (most belong above `items[0]`; one may belong between loaded rows).
   */
  pendingNew: AgentItem[];
  /** Ids of loaded items that stopped matching the filters after they were shown. */
  leftIds: ReadonlySet<string>;
  /** More pages exist after `items`. */
  hasMore: boolean;
  total?: number;
  /**
   * The count of the tab not shown, under the same filters, when the answer told it (`tabTotals`):
   * moved by live changes like `total`, as far as the loaded rows tell (see `applyUpserts`).
   */
  otherTab?: { tab: AgentTab; total: number };
  /** How the matching rows' live changes moved the last answer's counts since it came (`withDrift`). */
  drift?: CountDrift;
}

export interface LiveContext {
  /** Whether an item belongs to the current tab and filters (`filterAgentItems` on one item). */
  matches(item: AgentItem): boolean;
  /** The reader sees the top of the list: new items can go in directly. */
  isAtTop: boolean;
  /**
   * Whether an item (a batch's, or the loaded version it replaces or removes) belongs to the other
   * tab under the same filters. Without it the other tab's count does not move.
   */
  matchesOther?(item: AgentItem): boolean;
}

export const EMPTY_LIVE_LIST: LiveList = {
  items: [],
  pendingNew: [],
  leftIds: new Set(),
  hasMore: false,
};

function insertSorted(list: AgentItem[], item: AgentItem): void {
  let index = list.findIndex((other) => compareNewestFirst(item, other) < 0);
  if (index === -1) index = list.length;
  list.splice(index, 0, item);
}

function adjust(total: number | undefined, delta: number): number | undefined {
  return total === undefined ? undefined : Math.max(0, total + delta);
}

/**
 * The other tab's count as one item's change moves it: by whether its old and new versions are on
 * that tab (`undefined` for an item that did not exist, or no longer does).
 */
function movedOther(
  other: LiveList['otherTab'],
  ctx: Pick<LiveContext, 'matchesOther'>,
  before: AgentItem | undefined,
  after: AgentItem | undefined,
): LiveList['otherTab'] {
  const on = ctx.matchesOther;
  if (!other || !on) return other;
  const by = (after && on(after) ? 1 : 0) - (before && on(before) ? 1 : 0);
  return by === 0 ? other : { tab: other.tab, total: Math.max(0, other.total + by) };
}

/**
 * Applies live upserts. Rows already shown are replaced where they stand; one that no longer
 * matches stays, marked in `leftIds`, until the reader acknowledges it. An item not loaded yet is
 * inserted only if it matches, at its place when the reader is at the top; while the reader is
 * scrolled down it waits in `pendingNew` instead (an insert above the viewport would push every row
 * down). Past the last loaded row (with more pages to come) it is left for paging to bring.
 * `upserts` are unique by id, as `parseAgentItems` output is (a batch's repeated updates of one item
 * are narrowed to the last before parsing).
 *
 * `total` moves with every row counted in or out. The other tab's count (`otherTab`) moves with
 * what is known of an item's old version: a loaded one (shown, left or held) by whether its old and
 * new versions are on the other tab; an inserted one counts as new on both (it matched neither
 * before: an item's creator and kind, which decide its tabs, do not change, and every other filter
 * applies on both tabs alike). An item neither loaded nor inserted (one that does not match this tab,
 * a teammate's run while Personal is shown; one past the loaded pages) leaves it as it is: its old
 * version is unknown, so the answer's count stands until the next answer.
 */
export function applyUpserts(list: LiveList, upserts: readonly AgentItem[], ctx: LiveContext): LiveList {
  if (upserts.length === 0) return list;
  const items = list.items.slice();
  const pendingNew = list.pendingNew.slice();
  const leftIds = new Set(list.leftIds);
  let total = list.total;
  let otherTab = list.otherTab;
  const drift = editDrift(list.drift);
  const indexById = new Map<string, number>();
  const indexItems = () => items.forEach((item, index) => indexById.set(item.id, index));
  indexItems();

  for (const next of upserts) {
    const matches = ctx.matches(next);
    const at = indexById.get(next.id);
    if (at !== undefined) {
      const before = items[at]!;
      const counted = !leftIds.has(next.id);
      items[at] = next;
      otherTab = movedOther(otherTab, ctx, before, next);
      if (counted && matches) drift.replace(before, next);
      else if (counted) drift.shift(before, -1);
      else if (matches) drift.shift(next, +1);
      if (!matches && counted) {
        leftIds.add(next.id);
        total = adjust(total, -1);
      } else if (matches && !counted) {
        leftIds.delete(next.id);
        total = adjust(total, +1);
      }
      continue;
    }
    const pendingAt = pendingNew.findIndex((item) => item.id === next.id);
    if (pendingAt !== -1) {
      otherTab = movedOther(otherTab, ctx, pendingNew[pendingAt], next);
      if (matches) {
        drift.replace(pendingNew[pendingAt]!, next);
        pendingNew[pendingAt] = next;
      } else {
        drift.shift(pendingNew[pendingAt]!, -1);
        pendingNew.splice(pendingAt, 1);
        total = adjust(total, -1);
      }
      continue;
    }
    if (!matches) continue;
    const first = items[0];
    const last = items[items.length - 1];
    if (last && compareNewestFirst(next, last) > 0 && list.hasMore) continue;
    drift.shift(next, +1);
    otherTab = movedOther(otherTab, ctx, undefined, next);
    if (first && !ctx.isAtTop) {
      insertSorted(pendingNew, next);
      total = adjust(total, +1);
      continue;
    }
    if (first && compareNewestFirst(next, first) < 0) items.unshift(next);
    else insertSorted(items, next);
    total = adjust(total, +1);
    // Positions after an insert moved: rebuild the index for later upserts in this batch.
    indexItems();
  }
  return { ...list, items, pendingNew, leftIds, total, otherTab, drift: drift.done() };
}

/**
 * Applies live removals: the host says these ids are gone. A loaded one leaves `total` when it was
 * counted, and the other tab's count when `ctx.matchesOther` puts it there; an id not loaded moves
 * neither (whether it was counted is unknown).
 */
export function applyRemovals(
  list: LiveList,
  ids: readonly string[],
  ctx: Pick<LiveContext, 'matchesOther'> = {},
): LiveList {
  if (ids.length === 0) return list;
  const gone = new Set(ids);
  let removedCounted = 0;
  let otherTab = list.otherTab;
  const drift = editDrift(list.drift);
  const countOut = (item: AgentItem) => {
    removedCounted += 1;
    drift.shift(item, -1);
  };
  const items = list.items.filter((item) => {
    if (!gone.has(item.id)) return true;
    if (!list.leftIds.has(item.id)) countOut(item);
    otherTab = movedOther(otherTab, ctx, item, undefined);
    return false;
  });
  const pendingNew = list.pendingNew.filter((item) => {
    if (!gone.has(item.id)) return true;
    countOut(item);
    otherTab = movedOther(otherTab, ctx, item, undefined);
    return false;
  });
  if (items.length === list.items.length && pendingNew.length === list.pendingNew.length) return list;
  const leftIds = new Set([...list.leftIds].filter((id) => !gone.has(id)));
  const total = adjust(list.total, -removedCounted);
  return { ...list, items, pendingNew, leftIds, total, otherTab, drift: drift.done() };
}

/**
 * Appends a next page, skipping ids already present (a live update may have brought them first). A
 * `total` is a new answer's: it replaces the live-adjusted one, and the drift starts again from it;
 * so does an `otherTab` count.
 */
export function appendPage(
  list: LiveList,
  page: readonly AgentItem[],
  hasMore: boolean,
  total?: number,
  otherTab?: LiveList['otherTab'],
): LiveList {
  const present = new Set([...list.items, ...list.pendingNew].map((item) => item.id));
  const items = list.items.slice();
  for (const item of page) {
    if (present.has(item.id)) continue;
    present.add(item.id);
    items.push(item);
  }
  const counted =
    total === undefined ? { ...list, items, hasMore } : { ...list, items, hasMore, total, drift: undefined };
  return otherTab === undefined ? counted : { ...counted, otherTab };
}

/**
 * Merges a fresh first page (polling) into a list that may hold more pages: its items are
 * upserted, and loaded rows inside the page's range that the server no longer returned are marked
 * as having left the filter (kept visible until acknowledged), like a live status change.
 * `hasMore` is left to the caller, which owns the paging cursor.
 */
export function applyRefresh(
  list: LiveList,
  page: readonly AgentItem[],
  complete: boolean,
  ctx: LiveContext,
  total?: number,
  otherTab?: LiveList['otherTab'],
): LiveList {
  const returned = new Set(page.map((item) => item.id));
  // The server vouches for what it returned, whatever the local filter thinks.
  const upserted = applyUpserts(list, page, { ...ctx, matches: (item) => returned.has(item.id) || ctx.matches(item) });
  const last = page[page.length - 1];
  const inRange = (item: AgentItem) => complete || (last !== undefined && compareNewestFirst(item, last) <= 0);
  const leftIds = new Set(upserted.leftIds);
  for (const item of upserted.items) {
    if (!returned.has(item.id) && inRange(item)) leftIds.add(item.id);
  }
  const pendingNew = upserted.pendingNew.filter((item) => returned.has(item.id) || !inRange(item));
  // A total is a new answer's: the counts start again from it (the live changes after the request
  // are replayed on top by the loader).
  return {
    ...upserted,
    pendingNew,
    leftIds,
    ...(total === undefined ? null : { total, drift: undefined }),
    ...(otherTab === undefined ? null : { otherTab }),
  };
}

/** Moves `pendingNew` into the list (the reader asked to see them). */
export function flushPending(list: LiveList): LiveList {
  if (list.pendingNew.length === 0) return list;
  const items = list.items.slice();
  // None of them is loaded: `applyUpserts` holds back only new ids, `appendPage` skips held ones.
  for (const item of list.pendingNew) insertSorted(items, item);
  return { ...list, items, pendingNew: [] };
}

/** Drops the rows marked as having left the filter (the reader acknowledged them). */
export function dropLeft(list: LiveList): LiveList {
  if (list.leftIds.size === 0) return list;
  return { ...list, items: list.items.filter((item) => !list.leftIds.has(item.id)), leftIds: new Set() };
}
