import { peekItemIndex, type ItemIndex } from './item-index';
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

/**
 * Totals for a set of (usually the visible) items: how many, how many per status (all five keys), the
 * sum of known credits and how many items reported them (`creditsKnown`: 0 means "no data", not a
 * zero spend), and credits per source and per creator (`count` holds credits; sorted by credits,
 * descending). Items without credits add nothing to the sums and create no breakdown entry.
 *
 * @example
 * summarize(visibleItems).byStatus.failed // 3
 */
export function summarize(items: AgentItem[], ctx?: SummaryContext): AgentSummaryData & { creditsKnown: number } {
  const list0 = Array.isArray(items) ? items : [];
  // A filter result whose source already has a column index (the view builds one for the facets):
  // count over its typed arrays instead of hashing every item's source and creator.
  const sub = list0.length > 1_000 ? getSubset(list0) : undefined;
  const index = sub === undefined ? undefined : peekItemIndex(sub.source);
  if (sub !== undefined && index !== undefined) return summarizeIndexed(list0, sub.indices, index, ctx);
  const byStatus: Record<AgentStatus, number> = { working: 0, blocked: 0, canceled: 0, failed: 0, success: 0 };
  const bySource = new Map<string, number>();
  const byCreator = new Map<string, { name: string; credits: number }>();
  let credits = 0;
  let creditsKnown = 0;
  const list = Array.isArray(items) ? items : [];
  for (let i = 0, n = list.length; i < n; i++) {
    const item = list[i] as AgentItem;
    switch (item.status) {
      case 'working':
        byStatus.working++;
        break;
      case 'blocked':
        byStatus.blocked++;
        break;
      case 'canceled':
        byStatus.canceled++;
        break;
      case 'failed':
        byStatus.failed++;
        break;
      case 'success':
        byStatus.success++;
        break;
      default:
        break; // not a display status: counted in `total` only
    }
    const c = item.credits;
    if (typeof c !== 'number' || !(c >= 0) || c === Infinity) continue;
    credits += c;
    creditsKnown++;
    bySource.set(item.source, (bySource.get(item.source) ?? 0) + c);
    const entry = byCreator.get(item.creator.id);
    if (entry === undefined) byCreator.set(item.creator.id, { name: item.creator.name, credits: c });
    else entry.credits += c;
  }
  const creditsBySource = [...bySource].map(([value, count]) => ({
    value,
    label: getSourceMeta(value, ctx?.sources).label,
    count,
  }));
  const creditsByCreator = [...byCreator].map(([value, { name, credits: count }]) => ({ value, label: name, count }));
  creditsBySource.sort(byCountDesc);
  creditsByCreator.sort(byCountDesc);
  return { total: list.length, byStatus, credits, creditsKnown, creditsBySource, creditsByCreator };
}

/** `summarize` over a source's column index; the same sums in the same order as the item loop. */
function summarizeIndexed(
  list: AgentItem[],
  indices: Int32Array,
  index: ItemIndex,
  ctx?: SummaryContext,
): AgentSummaryData & { creditsKnown: number } {
  const statusCounts = new Int32Array(256);
  const sourceCredits = new Float64Array(index.sourceValues.length);
  const sourceSeen = new Uint8Array(index.sourceValues.length);
  const creatorCredits = new Float64Array(index.creatorIds.length);
  // The name shown for a creator is the one on their first item with credits in this set.
  const creatorFirst = new Int32Array(index.creatorIds.length).fill(-1);
  const { statusCode, sourceCode, creatorCode, credits: creditsCol } = index;
  let credits = 0;
  let creditsKnown = 0;
  for (let k = 0, n = indices.length; k < n; k++) {
    const i = indices[k] as number;
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
  STATUS_ORDER.forEach((s, code) => (byStatus[s] = statusCounts[code] as number));
  const creditsBySource: FacetOption[] = [];
  index.sourceValues.forEach((value, code) => {
    if (sourceSeen[code] === 1)
      creditsBySource.push({
        value,
        label: getSourceMeta(value, ctx?.sources).label,
        count: sourceCredits[code] as number,
      });
  });
  const creditsByCreator: FacetOption[] = [];
  index.creatorIds.forEach((value, code) => {
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
