import { toEpoch } from './epoch';
import { dayKeyToDayNumber, localDayNumber, resolveTimeZone, startOfLocalDay, HOUR_MS } from './time';
import { peekItemIndex, UNKNOWN_STATUS, type ItemIndex } from './item-index';
import { STATUS_ORDER } from './status';
import { recordSubset } from './subset';
import type { AgentFilters, AgentItem, AgentTab, CreatedOnFilter, CreatedOnPreset, ViewContext } from './types';

/** The Day-of-creation presets, in menu order. */
export const CREATED_ON_PRESETS: readonly CreatedOnPreset[] = /* @__PURE__ */ Object.freeze([
  'today',
  'yesterday',
  'last_24_hours',
  'past_3_days',
  'last_week',
]);

/** Menu labels of the Day-of-creation presets. */
export const CREATED_ON_PRESET_LABELS: Readonly<Record<CreatedOnPreset, string>> = /* @__PURE__ */ Object.freeze({
  today: 'Today',
  yesterday: 'Yesterday',
  last_24_hours: 'Last 24 hours',
  past_3_days: 'Past 3 days',
  last_week: 'Last week',
});

const ROLLING_HOURS: Partial<Record<CreatedOnPreset, number>> = {
  last_24_hours: 24,
  past_3_days: 72,
  last_week: 168,
};

/** A half-open epoch interval [lo, hi). */
export interface EpochRange {
  lo: number;
  hi: number;
}

/**
 * The epoch interval [lo, hi) a Day-of-creation filter selects. Calendar filters (today, yesterday, a
 * day, a range) cover whole days in `timeZone`; rolling presets cover (now − N h, now]. A `from` later
 * than `to` is swapped. Unknown presets and malformed days give `undefined` (the filter is ignored).
 *
 * @example
 * createdOnRange({ day: '2026-11-20' }, { timeZone: 'UTC', now: 0 })
 * // { lo: Date.UTC(2026, 10, 20), hi: Date.UTC(2026, 10, 21) }
 */
export function createdOnRange(
  filter: CreatedOnFilter | undefined,
  ctx: { timeZone?: string; now?: Date | number },
): EpochRange | undefined {
  if (!filter || typeof filter !== 'object') return undefined;
  const timeZone = resolveTimeZone(ctx.timeZone);
  const f = filter as { preset?: unknown; day?: unknown; from?: unknown; to?: unknown };
  if (f.preset !== undefined) {
    const now = Math.floor(toEpoch(ctx.now, Date.now()));
    const preset = f.preset as CreatedOnPreset;
    const hours = typeof preset === 'string' ? ROLLING_HOURS[preset] : undefined;
    if (hours !== undefined) return { lo: now - hours * HOUR_MS + 1, hi: now + 1 };
    if (preset !== 'today' && preset !== 'yesterday') return undefined;
    const today = localDayNumber(now, timeZone);
    const day = preset === 'today' ? today : today - 1;
    return { lo: startOfLocalDay(day, timeZone), hi: startOfLocalDay(day + 1, timeZone) };
  }
  if (f.day !== undefined) {
    const day = dayKeyToDayNumber(f.day);
    if (day === undefined) return undefined;
    return { lo: startOfLocalDay(day, timeZone), hi: startOfLocalDay(day + 1, timeZone) };
  }
  if (f.from !== undefined || f.to !== undefined) {
    let from = dayKeyToDayNumber(f.from);
    let to = dayKeyToDayNumber(f.to);
    if (from === undefined || to === undefined) return undefined;
    if (from > to) [from, to] = [to, from];
    return { lo: startOfLocalDay(from, timeZone), hi: startOfLocalDay(to + 1, timeZone) };
  }
  return undefined;
}

function toSet(values: unknown): Set<string> | null {
  if (!Array.isArray(values) || values.length === 0) return null;
  const set = new Set<string>();
  for (const v of values) if (typeof v === 'string') set.add(v);
  return set;
}

/** A filter state compiled once per call: Sets and epoch numbers, nothing built per item. */
export interface CompiledFilters {
  all: boolean;
  viewerId: string;
  sources: Set<string> | null;
  statuses: Set<string> | null;
  creators: Set<string> | null;
  /** The Creator filter as the All tab applies it, whatever the tab (for counting both tabs in one pass). */
  allCreators: Set<string> | null;
  range: EpochRange | null;
  query: string | null;
  facets: Array<[string, Set<string>]>;
}

/**
 * Compiles filters and the view context into the form the hot loops use. Malformed parts are dropped
 * (ignored), never thrown on; the Creator filter is dropped on the Personal tab.
 *
 * @example
 * compileFilters({ sources: ['slack'] }, { tab: 'all', viewerId: 'u_1' }).sources // Set { 'slack' }
 */
export function compileFilters(filters: AgentFilters | undefined, ctx: ViewContext): CompiledFilters {
  const f: AgentFilters = filters && typeof filters === 'object' ? filters : {};
  const all = ctx?.tab === 'all';
  const query = typeof f.query === 'string' ? f.query.trim().toLowerCase() : '';
  const facets: Array<[string, Set<string>]> = [];
  if (f.facets && typeof f.facets === 'object') {
    for (const key of Object.keys(f.facets)) {
      const set = toSet(f.facets[key]);
      if (set) facets.push([key, set]);
    }
  }
  const allCreators = toSet(f.creators);
  return {
    all,
    viewerId: String(ctx?.viewerId ?? ''),
    sources: toSet(f.sources),
    statuses: toSet(f.statuses),
    creators: all ? allCreators : null,
    allCreators,
    range: createdOnRange(f.createdOn, ctx ?? {}) ?? null,
    query: query === '' ? null : query,
    facets,
  };
}

const searchTexts = new WeakMap<AgentItem, string>();

/**
 * The lower-cased text the free-text query searches (title, creator name, id), cached per item object
 * (items are treated as immutable: a changed item is a new object).
 *
 * @example
 * searchTextOf(item).includes('flaky')
 */
export function searchTextOf(item: AgentItem): string {
  let text = searchTexts.get(item);
  if (text === undefined) {
    text = `${item.title}\u0000${item.creator?.name ?? ''}\u0000${item.id}`.toLowerCase();
    searchTexts.set(item, text);
  }
  return text;
}

/**
 * Whether an item matches a (trimmed, lower-cased) free-text query. The joined search text is
 * exact for any query without the NUL separator (a match cannot span two fields without it); a
 * query with one is checked field by field, so it never matches across fields.
 *
 * @example
 * matchesQuery(item, 'flaky')
 */
export function matchesQuery(item: AgentItem, query: string): boolean {
  if (!query.includes('\u0000')) return searchTextOf(item).includes(query);
  return (
    `${item.title}`.toLowerCase().includes(query) ||
    `${item.creator?.name ?? ''}`.toLowerCase().includes(query) ||
    `${item.id}`.toLowerCase().includes(query)
  );
}

/**
 * Whether an item's meta value (or any of its array values) is in `selected`.
 *
 * @example
 * metaMatches(['staging', 'prod'], new Set(['prod'])) // true
 */
export function metaMatches(value: string | string[] | undefined, selected: Set<string>): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return selected.has(value);
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (selected.has(value[i] as string)) return true;
  return false;
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
 * id. One pass over epoch numbers and precomputed Sets; never throws on malformed filters.
 *
 * @example
 * // "everything that failed today"
 * filterAgentItems(items, { statuses: ['failed'], createdOn: { preset: 'today' } }, { tab: 'all', viewerId: 'u_me' })
 */
export function filterAgentItems(items: AgentItem[], filters: AgentFilters, ctx: ViewContext): AgentItem[] {
  if (!Array.isArray(items)) return [];
  return collect(items, matchIndices(items, compileFilters(filters, ctx), peekItemIndex(items), null));
}

/** How many items a tab and filter state keeps, and how many of those are working. */
export interface AgentItemCount {
  count: number;
  working: number;
}

/**
 * `filterAgentItems(items, filters, ctx).length`, and how many of those items are working, without
 * building the list: the same predicate (and the same column index when one is built) in one pass.
 *
 * @example
 * countAgentItems(items, { sources: ['slack'] }, { tab: 'all', viewerId: 'u_me' }) // { count: 120, working: 4 }
 */
export function countAgentItems(items: AgentItem[], filters: AgentFilters, ctx: ViewContext): AgentItemCount {
  if (!Array.isArray(items)) return { count: 0, working: 0 };
  const index = peekItemIndex(items);
  const m = matchIndices(items, compileFilters(filters, ctx), index, null);
  return { count: m.count, working: countWorking(items, index, m.kept, m.count) };
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
  const index = peekItemIndex(items);
  const m = matchIndices(items, compileFilters(filters, ctx), index, other);
  const active: AgentItemCount = { count: m.count, working: countWorking(items, index, m.kept, m.count) };
  return {
    items: collect(items, m),
    counts: tab === 'all' ? { personal: other, all: active } : { personal: active, all: other },
  };
}

interface Matches {
  /** Indices in `items` of the matches, in input order (the first `count` entries). */
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

const WORKING_CODE = STATUS_ORDER.indexOf('working');

function countWorking(items: AgentItem[], index: ItemIndex | undefined, kept: Int32Array, count: number): number {
  let working = 0;
  if (index !== undefined) {
    const { statusCode } = index;
    for (let k = 0; k < count; k++) if (statusCode[kept[k] as number] === WORKING_CODE) working++;
  } else {
    for (let k = 0; k < count; k++) if ((items[kept[k] as number] as AgentItem).status === 'working') working++;
  }
  return working;
}

/**
 * The one predicate behind `filterAgentItems`, `countAgentItems` and `filterWithTabCounts`: the
 * indices of the items on `c`'s tab that pass the filters, in input order. With `other`, it also
 * counts (without keeping) the items the other tab would show under the same filters. Reads the
 * column index when one is built.
 */
function matchIndices(
  items: AgentItem[],
  c: CompiledFilters,
  index: ItemIndex | undefined,
  other: AgentItemCount | null,
): Matches {
  const kept = new Int32Array(items.length);
  if (index !== undefined) return { kept, count: matchIndexed(items, index, c, kept, other) };
  const { all, viewerId, sources, statuses, allCreators, range, query, facets } = c;
  const lo = range ? range.lo : 0;
  const hi = range ? range.hi : 0;
  const nFacets = facets.length;
  const counting = other !== null;
  let m = 0;
  let otherCount = 0;
  let otherWorking = 0;
  for (let i = 0, n = items.length; i < n; i++) {
    const item = items[i] as AgentItem;
    const creatorId = item.creator.id;
    // Personal: the viewer's items. All: those plus teammates' ambient ones, by the Creator filter.
    const mine = creatorId === viewerId;
    let onAll = mine || item.kind === 'ambient';
    if (onAll && allCreators !== null && !allCreators.has(creatorId)) onAll = false;
    const onActive = all ? onAll : mine;
    const onOther = counting && (all ? mine : onAll);
    if (!onActive && !onOther) continue;
    if (sources !== null && !sources.has(item.source)) continue;
    if (statuses !== null && !statuses.has(item.status)) continue;
    if (range !== null) {
      const t = item.createdAt.getTime();
      if (!(t >= lo && t < hi)) continue;
    }
    if (nFacets > 0 && !facetsMatch(item, facets)) continue;
    if (query !== null && !matchesQuery(item, query)) continue;
    if (onActive) kept[m++] = i;
    if (onOther) {
      otherCount++;
      if (item.status === 'working') otherWorking++;
    }
  }
  if (other !== null) {
    other.count = otherCount;
    other.working = otherWorking;
  }
  return { kept, count: m };
}

function facetsMatch(item: AgentItem, facets: Array<[string, Set<string>]>): boolean {
  const meta = item.meta;
  if (meta === undefined) return false;
  for (let k = 0; k < facets.length; k++) {
    const [key, selected] = facets[k] as [string, Set<string>];
    if (!metaMatches(meta[key], selected)) return false;
  }
  return true;
}

function allowedTable(values: readonly string[], selected: Set<string> | null): Uint8Array | null {
  if (selected === null) return null;
  const table = new Uint8Array(values.length);
  for (let c = 0; c < values.length; c++) if (selected.has(values[c] as string)) table[c] = 1;
  return table;
}

/**
 * `matchIndices` over an already built column index (the view builds one for the facets): tab,
 * source, status, creator and day are checked on typed arrays of codes and epochs instead of
 * reading five fields of every item object; host facets and the query still read the item.
 */
function matchIndexed(
  items: AgentItem[],
  index: ItemIndex,
  c: CompiledFilters,
  kept: Int32Array,
  other: AgentItemCount | null,
): number {
  const { all, viewerId, sources, statuses, allCreators, range, query, facets } = c;
  const lo = range ? range.lo : 0;
  const hi = range ? range.hi : 0;
  const nFacets = facets.length;
  const { n, ambient, createdAt, sourceCode, statusCode, creatorCode } = index;
  const viewerCode = index.creatorIds.indexOf(viewerId);
  const sourceAllowed = allowedTable(index.sourceValues, sources);
  const creatorAllowed = allowedTable(index.creatorIds, allCreators);
  let statusAllowed: Uint8Array | null = null;
  if (statuses !== null) {
    statusAllowed = new Uint8Array(256);
    STATUS_ORDER.forEach((s, code) => (statusAllowed![code] = statuses.has(s) ? 1 : 0));
  }
  const counting = other !== null;
  let m = 0;
  let otherCount = 0;
  let otherWorking = 0;
  for (let i = 0; i < n; i++) {
    const cc = creatorCode[i] as number;
    const mine = cc === viewerCode;
    const onAll = (mine || ambient[i] !== 0) && (creatorAllowed === null || creatorAllowed[cc] === 1);
    const onActive = all ? onAll : mine;
    const onOther = counting && (all ? mine : onAll);
    if (!onActive && !onOther) continue;
    if (sourceAllowed !== null && sourceAllowed[sourceCode[i] as number] === 0) continue;
    const code = statusCode[i] as number;
    if (statusAllowed !== null) {
      // A status outside the display set (hand-built items) is matched by its own text.
      if (code === UNKNOWN_STATUS ? !statuses!.has((items[i] as AgentItem).status) : statusAllowed[code] === 0)
        continue;
    }
    if (range !== null) {
      const t = createdAt[i] as number;
      if (!(t >= lo && t < hi)) continue;
    }
    if (nFacets > 0 && !facetsMatch(items[i] as AgentItem, facets)) continue;
    if (query !== null && !matchesQuery(items[i] as AgentItem, query)) continue;
    if (onActive) kept[m++] = i;
    if (onOther) {
      otherCount++;
      if (code === WORKING_CODE) otherWorking++;
    }
  }
  if (other !== null) {
    other.count = otherCount;
    other.working = otherWorking;
  }
  return m;
}
