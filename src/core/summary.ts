import { getSourceMeta, type SourceRegistry } from './sources';
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
 * sum of known credits, and credits per source and per creator (`count` holds credits; sorted by
 * credits, descending). Items without credits add nothing to the sums and create no breakdown entry.
 *
 * @example
 * summarize(visibleItems).byStatus.failed // 3
 */
export function summarize(items: AgentItem[], ctx?: SummaryContext): AgentSummaryData {
  const byStatus: Record<AgentStatus, number> = { working: 0, blocked: 0, canceled: 0, failed: 0, success: 0 };
  const bySource = new Map<string, number>();
  const byCreator = new Map<string, { name: string; credits: number }>();
  let credits = 0;
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
  return { total: list.length, byStatus, credits, creditsBySource, creditsByCreator };
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
