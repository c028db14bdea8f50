import { CREATOR_COLUMN, CREDITS_COLUMN, SOURCE_COLUMN, STATUS_COLUMN } from './columns';
import { getItemIndex, peekItemIndex, type ItemIndex } from './item-index';
import { getSourceMeta, type SourceRegistry } from './sources';
import { STATUS_ORDER } from './status';
import { getSubset } from './subset';
import type { AgentItem, AgentStatus, AgentSummaryData, FacetOption, ViewContext } from './types';

/** Optional context for `summarize`: the host's source registry for labels. */
export interface SummaryContext extends Partial<ViewContext> {
  sources?: SourceRegistry;
}

/** The `value` of the synthetic "others" option `topWithOthers` appends. */
export const OTHERS_VALUE = '__others__';

const byCountDesc = (a: FacetOption, b: FacetOption) =>
  b.count - a.count || a.label.localeCompare(b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

const SUMMARY_CODES = [STATUS_COLUMN, SOURCE_COLUMN, CREATOR_COLUMN];
const SUMMARY_NUMBERS = [CREDITS_COLUMN];

/** Under this many items a list reads its own columns without asking where it came from. */
const SUBSET_MIN_ITEMS = 1_000;

/**
 * Which columns a summary reads: a large filter result reads its source's (built once per source,
 * then shared by every result and tab of it), anything else its own.
 */
function columnsOf(list: AgentItem[]): { index: ItemIndex; rows: Int32Array | null } {
  if (list.length > SUBSET_MIN_ITEMS) {
    const sub = getSubset(list);
    const index = sub === undefined ? undefined : peekItemIndex(sub.source);
    // A small result of a source whose summary columns are not built yet reads its own items:
    // building them would read every item of the source.
    if (
      index !== undefined &&
      (sub!.indices.length * 4 >= index.n ||
        (SUMMARY_CODES.every((def) => index.has(def)) && index.has(CREDITS_COLUMN)))
    )
      return { index, rows: sub!.indices };
  }
  return { index: getItemIndex(list), rows: null };
}

/**
 * Totals for a set of (usually the visible) items: how many, how many per status (all five keys), the
 * sum of known credits and how many items reported them (`creditsKnown`: 0 means "no data", not a
 * zero spend), and credits per source and per creator (`count` holds credits; sorted by credits,
 * descending). Items without credits add nothing to the sums and create no breakdown entry; an item
 * whose status is not a display status counts in `total` only.
 *
 * @example
 * summarize(visibleItems).byStatus.failed // 3
 */
export function summarize(items: AgentItem[], ctx?: SummaryContext): AgentSummaryData & { creditsKnown: number } {
  const list = Array.isArray(items) ? items : [];
  const { index, rows } = columnsOf(list);
  index.prepare(SUMMARY_CODES, SUMMARY_NUMBERS);
  const status = index.codes(STATUS_COLUMN);
  const source = index.codes(SOURCE_COLUMN);
  const creator = index.codes(CREATOR_COLUMN);
  const creditsCol = index.numbers(CREDITS_COLUMN);
  const statusCounts = new Int32Array(status.values.length);
  const sourceCredits = new Float64Array(source.values.length);
  const sourceSeen = new Uint8Array(source.values.length);
  const creatorCredits = new Float64Array(creator.values.length);
  // The name shown for a creator is the one on their first item with credits in this set.
  const creatorFirst = new Int32Array(creator.values.length).fill(-1);
  const statusCode = status.codes;
  const sourceCode = source.codes;
  const creatorCode = creator.codes;
  let credits = 0;
  let creditsKnown = 0;
  for (let k = 0, n = list.length; k < n; k++) {
    const i = rows === null ? k : (rows[k] as number);
    statusCounts[statusCode[i] as number]!++;
    const c = creditsCol[i] as number;
    if (c !== c) continue; // NaN: unknown credits
    credits += c;
    creditsKnown++;
    const sc = sourceCode[i] as number;
    sourceCredits[sc]! += c;
    sourceSeen[sc] = 1;
    const cc = creatorCode[i] as number;
    creatorCredits[cc]! += c;
    if ((creatorFirst[cc] as number) < 0) creatorFirst[cc] = k;
  }
  const byStatus = {} as Record<AgentStatus, number>;
  // The status column gives the display statuses codes 0–4 in this order.
  STATUS_ORDER.forEach((s, code) => (byStatus[s] = statusCounts[code] as number));
  const creditsBySource: FacetOption[] = [];
  source.values.forEach((value, code) => {
    if (sourceSeen[code] === 1)
      creditsBySource.push({
        value,
        label: getSourceMeta(value, ctx?.sources).label,
        count: sourceCredits[code] as number,
      });
  });
  const creditsByCreator: FacetOption[] = [];
  creator.values.forEach((value, code) => {
    const first = creatorFirst[code] as number;
    if (first >= 0)
      creditsByCreator.push({
        value,
        label: (list[first] as AgentItem).creator.name,
        count: creatorCredits[code] as number,
      });
  });
  creditsBySource.sort(byCountDesc);
  creditsByCreator.sort(byCountDesc);
  return { total: list.length, byStatus, credits, creditsKnown, creditsBySource, creditsByCreator };
}

/**
 * Keeps the `n` largest options (by `count`, descending) and folds the rest into one option
 * `{ value: OTHERS_VALUE, label: othersLabel, count: sum }`. With `n` or fewer options, returns them sorted.
 *
 * @example
 * topWithOthers(summary.creditsByCreator, 5, 'Others')
 */
export function topWithOthers(options: readonly FacetOption[], n: number, othersLabel: string): FacetOption[] {
  const sorted = [...(Array.isArray(options) ? options : [])].sort(byCountDesc);
  const keep = Math.max(0, Math.floor(Number.isFinite(n) ? n : 0));
  if (sorted.length <= keep) return sorted;
  const rest = sorted.slice(keep).reduce((sum, o) => sum + (Number.isFinite(o.count) ? o.count : 0), 0);
  return [...sorted.slice(0, keep), { value: OTHERS_VALUE, label: othersLabel, count: rest }];
}
