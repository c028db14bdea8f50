import { CREATOR_COLUMN, KIND_COLUMN, STATUS_COLUMN, WORKING_CODE } from './columns';
import { FILTER_FIELDS } from './fields';
import type { FieldCheck, FieldContext } from './fields/types';
import { getItemIndex, type CodeColumnDef, type ItemIndex } from './item-index';
import { bindChecks, keepPassing, narrowAllTab, ON_ALL, ON_PERSONAL, tabRows, type BoundCheck } from './match';
import { recordSubset } from './subset';
import type { AgentFilters, AgentItem, AgentTab, ViewContext } from './types';

export { createdOnRange, createdOnValue, CREATED_ON_PRESETS, CREATED_ON_PRESET_LABELS } from './fields/created-on';
export { matchesQuery, searchTextOf } from './fields/query';
export type { EpochRange } from './fields/types';

/** The columns the tab rule reads, and with them the status column of working counts. */
const TAB_COLUMNS = [CREATOR_COLUMN, KIND_COLUMN];
const COUNTING_COLUMNS = [CREATOR_COLUMN, KIND_COLUMN, STATUS_COLUMN];

/** A filter state compiled once per call: each active field's checks, nothing built per item. */
export interface CompiledFilters {
  all: boolean;
  viewerId: string;
  checks: FieldCheck[];
}

/**
 * Compiles filters and the view context into the checks the matching loop runs, field by field in
 * `FILTER_FIELDS` order. Malformed parts are dropped (ignored), never thrown on.
 *
 * @example
 * compileFilters({ sources: ['slack'] }, { tab: 'all', viewerId: 'u_1' }).checks.length // 1
 */
export function compileFilters(filters: AgentFilters | undefined, ctx: FieldContext): CompiledFilters {
  const f: AgentFilters = filters && typeof filters === 'object' ? filters : {};
  const c: FieldContext = ctx ?? { tab: 'personal', viewerId: '' };
  const checks: FieldCheck[] = [];
  for (const field of FILTER_FIELDS) for (const check of field.compile(f, c)) checks.push(check);
  return { all: ctx?.tab === 'all', viewerId: String(ctx?.viewerId ?? ''), checks };
}

/**
 * Whether an item belongs to the tab: Personal is the viewer's items; All adds teammates' ambient items
 * (a teammate's interactive conversation is private and never shows).
 *
 * @example
 * isOnTab(item, 'u_me', true)
 */
export function isOnTab(item: AgentItem, viewerId: string, all: boolean): boolean {
  return item.creator.id === viewerId || (all && item.kind === 'ambient');
}

/**
 * The items the view shows for a tab and a filter state, in input order. Within a field the selected
 * options are OR-ed, across fields AND-ed; an empty array means no filter. Tabs: Personal = the viewer's
 * items; All = the viewer's plus teammates' ambient items. Creator applies on All only. Day of creation
 * uses `ctx.timeZone` and `ctx.now`; the query is a case-insensitive substring of title, creator name or
 * id. One pass over the items' column index (each column built on first use); never throws on
 * malformed filters.
 *
 * @example
 * // "everything that failed today"
 * filterAgentItems(items, { statuses: ['failed'], createdOn: { preset: 'today' } }, { tab: 'all', viewerId: 'u_me' })
 */
export function filterAgentItems(items: AgentItem[], filters: AgentFilters, ctx: ViewContext): AgentItem[] {
  if (!Array.isArray(items)) return [];
  const index = getItemIndex(items);
  return collect(items, matchRows(index, compileFilters(filters, ctx), null, TAB_COLUMNS));
}

/** How many items a tab and filter state keeps, and how many of those are working. */
export interface AgentItemCount {
  count: number;
  working: number;
}

/**
 * `filterAgentItems(items, filters, ctx).length`, and how many of those items are working, without
 * building the list: the same pass.
 *
 * @example
 * countAgentItems(items, { sources: ['slack'] }, { tab: 'all', viewerId: 'u_me' }) // { count: 120, working: 4 }
 */
export function countAgentItems(items: AgentItem[], filters: AgentFilters, ctx: ViewContext): AgentItemCount {
  if (!Array.isArray(items)) return { count: 0, working: 0 };
  const index = getItemIndex(items);
  const m = matchRows(index, compileFilters(filters, ctx), null, COUNTING_COLUMNS);
  return { count: m.count, working: countWorking(index, m) };
}

/**
 * `filterAgentItems` for `ctx.tab` and the count (and working count) of **both** tabs, in one pass
 * over the items: an item's filters are checked once, then which tabs it is on. What the view
 * needs on every filter change — the visible list and the two tab counts — without a second pass
 * or a second list.
 *
 * @example
 * const { items: visible, counts } = filterWithTabCounts(items, filters, { tab: 'personal', viewerId: 'u_me' });
 * counts.all.count // the All tab's count under the same filters
 */
export function filterWithTabCounts(
  items: AgentItem[],
  filters: AgentFilters,
  ctx: ViewContext,
): { items: AgentItem[]; counts: Record<AgentTab, AgentItemCount> } {
  const tab: AgentTab = ctx?.tab === 'all' ? 'all' : 'personal';
  const other: AgentItemCount = { count: 0, working: 0 };
  if (!Array.isArray(items)) return { items: [], counts: { personal: { count: 0, working: 0 }, all: other } };
  const index = getItemIndex(items);
  const m = matchRows(index, compileFilters(filters, ctx), other, COUNTING_COLUMNS);
  const active: AgentItemCount = { count: m.count, working: countWorking(index, m) };
  return {
    items: collect(items, m),
    counts: tab === 'all' ? { personal: other, all: active } : { personal: active, all: other },
  };
}

interface Matches {
  /** Rows of the matches, in input order (the first `count` entries). */
  kept: Int32Array;
  count: number;
}

function collect(items: AgentItem[], { kept, count }: Matches): AgentItem[] {
  const out: AgentItem[] = [];
  for (let k = 0; k < count; k++) out.push(items[kept[k] as number] as AgentItem);
  // Each kept item's index in `items`: lets the list sort a tab or a filter result by walking one
  // order computed for `items` (see subset.ts) instead of sorting every result again.
  recordSubset(out, items, kept.subarray(0, count));
  return out;
}

function countWorking(index: ItemIndex, { kept, count }: Matches): number {
  const status = index.codes(STATUS_COLUMN).codes;
  const workingCode = WORKING_CODE;
  let working = 0;
  for (let k = 0; k < count; k++) if (status[kept[k] as number] === workingCode) working++;
  return working;
}

/**
 * The one matching pass behind `filterAgentItems`, `countAgentItems` and `filterWithTabCounts`: the
 * rows on `c`'s tab that pass every check, in input order. With `other`, it also counts (without
 * keeping) the rows the other tab would show under the same filters. The Creator check narrows the
 * All tab only, so with two tabs it clears a row's All bit instead of dropping the row.
 */
function matchRows(
  index: ItemIndex,
  c: CompiledFilters,
  other: AgentItemCount | null,
  columns: readonly CodeColumnDef[],
): Matches {
  const items = index.items;
  const rows = new Int32Array(index.n);
  const checks = bindChecks(index, c.checks, columns, [], true);
  // Past the code checks, a date range reads its column only if many rows are left (else their
  // dates, from the items): a column is worth building for a quarter of the items or more.
  const ready = (check: BoundCheck, m: number) => {
    if (check.kind === 'range' && check.epochs === null && m * 4 >= index.n) check.epochs = index.numbers(check.column);
  };
  if (other === null) {
    let m = tabRows(index, c.viewerId, c.all, rows, null);
    for (const check of checks) {
      if (m === 0) break;
      if (check.kind === 'codes' && check.allTabOnly && !c.all) continue;
      ready(check, m);
      m = keepPassing(check, rows, m, items);
    }
    return { kept: rows, count: m };
  }
  const flags = new Uint8Array(index.n);
  let m = tabRows(index, c.viewerId, c.all, rows, flags);
  for (const check of checks) {
    if (m === 0) break;
    ready(check, m);
    m =
      check.kind === 'codes' && check.allTabOnly
        ? narrowAllTab(check, rows, m, flags, items)
        : keepPassing(check, rows, m, items);
  }
  const activeBit = c.all ? ON_ALL : ON_PERSONAL;
  const otherBit = c.all ? ON_PERSONAL : ON_ALL;
  const status = index.codes(STATUS_COLUMN).codes;
  const workingCode = WORKING_CODE;
  let count = 0;
  let otherCount = 0;
  let otherWorking = 0;
  for (let k = 0; k < m; k++) {
    const i = rows[k] as number;
    const f = flags[i] as number;
    if ((f & activeBit) !== 0) rows[count++] = i; // count <= k: compacting in place is safe
    if ((f & otherBit) !== 0) {
      otherCount++;
      if (status[i] === workingCode) otherWorking++;
    }
  }
  other.count = otherCount;
  other.working = otherWorking;
  return { kept: rows, count };
}
