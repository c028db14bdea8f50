// The counts of several sources' answers as one: a number is summed only when every source that
// answered told it, since a sum with a source missing would be shown as if it counted everything.
import type { AgentFacets, AgentTab, FacetOption } from '../core/types';
import { readTabTotals } from './parse-answer';
import type { AgentQueryResult, AgentQuerySummary } from './types';

type Totals = Pick<AgentQueryResult, 'total' | 'tabTotals' | 'facets' | 'summary'>;

const TABS: readonly AgentTab[] = ['personal', 'all'];

const LIST_FACETS = ['sources', 'statuses', 'creators', 'createdOn'] as const;

/** Every element's value, or `undefined` as soon as one has none. */
function all<T, U>(list: readonly T[], read: (value: T) => U | undefined): U[] | undefined {
  const out: U[] = [];
  for (const value of list) {
    const got = read(value);
    if (got === undefined) return undefined;
    out.push(got);
  }
  return out;
}

const optionList = (value: unknown): FacetOption[] | undefined => (Array.isArray(value) ? value : undefined);

/**
 * Options of several lists summed by value, in the order they first appear; each option keeps the
 * label of the first list that has it.
 *
 * @example
 * sumOptions([[{ value: 'slack', label: 'Slack', count: 2 }], [{ value: 'slack', label: 'slack', count: 3 }]])
 * // [{ value: 'slack', label: 'Slack', count: 5 }]
 */
export function sumOptions(lists: readonly (readonly FacetOption[])[]): FacetOption[] {
  const byValue = new Map<string, FacetOption>();
  for (const list of lists) {
    for (const option of list) {
      if (!option || typeof option.value !== 'string' || !Number.isFinite(option.count)) continue;
      const seen = byValue.get(option.value);
      if (seen) seen.count += option.count;
      else byValue.set(option.value, { value: option.value, label: option.label, count: option.count });
    }
  }
  return [...byValue.values()];
}

/** Credit breakdowns are ordered like `summarize` orders them: most credits first. */
const byCredits = (options: FacetOption[]) => options.sort((a, b) => b.count - a.count);

function sumFacets(answers: readonly AgentQueryResult[]): Partial<AgentFacets> | undefined {
  const facets = all(answers, (answer) => answer.facets ?? undefined);
  if (!facets) return undefined;
  const out: Partial<AgentFacets> = {};
  for (const field of LIST_FACETS) {
    const lists = all(facets, (f) => optionList(f[field]));
    if (lists) out[field] = sumOptions(lists);
  }
  // A source that counts host facets and has none of a key (no GitHub run has a Devin playbook)
  // counts zero for it.
  const records = all(facets, (f) => (f.facets && typeof f.facets === 'object' ? f.facets : undefined));
  if (records) {
    const keys = new Set(records.flatMap((record) => Object.keys(record)));
    const merged: Record<string, FacetOption[]> = {};
    for (const key of keys) {
      merged[key] = sumOptions(records.map((record) => optionList(record[key]) ?? []));
    }
    out.facets = merged;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function sumSummaries(answers: readonly AgentQueryResult[]): AgentQuerySummary | undefined {
  const summaries = all(answers, (answer) =>
    answer.summary && Number.isFinite(answer.summary.credits) ? answer.summary : undefined,
  );
  if (!summaries) return undefined;
  const summary: AgentQuerySummary = { credits: summaries.reduce((sum, s) => sum + s.credits, 0) };
  const bySource = all(summaries, (s) => optionList(s.creditsBySource));
  const byCreator = all(summaries, (s) => optionList(s.creditsByCreator));
  if (bySource) summary.creditsBySource = byCredits(sumOptions(bySource));
  if (byCreator) summary.creditsByCreator = byCredits(sumOptions(byCreator));
  return summary;
}

/**
 * Each tab's count summed when every answer told it (a count that is not a whole number ≥ 0 counts
 * as not told): a tab one source left out stays unknown rather than showing part of the sum.
 */
function sumTabTotals(answers: readonly AgentQueryResult[]): Partial<Record<AgentTab, number>> | undefined {
  const read = answers.map((answer) => readTabTotals(answer.tabTotals).tabTotals);
  const out: Partial<Record<AgentTab, number>> = {};
  for (const tab of TABS) {
    const counts = all(read, (tabTotals) => tabTotals?.[tab]);
    if (counts) out[tab] = counts.reduce((sum, n) => sum + n, 0);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * `total`, `tabTotals`, `facets` and `summary` of several answers as one answer's: each is summed
 * when every answer has it (each tab's count on its own, facets field by field, options by value),
 * and left out otherwise.
 *
 * @example
 * sumTotals([{ items: [], total: 2 }, { items: [], total: 3 }]) // { total: 5 }
 * sumTotals([{ items: [], total: 2 }, { items: [] }]) // {}
 * sumTotals([{ items: [], tabTotals: { personal: 1, all: 4 } }, { items: [], tabTotals: { all: 2 } }]) // { tabTotals: { all: 6 } }
 */
export function sumTotals(answers: readonly AgentQueryResult[]): Totals {
  if (answers.length === 0) return {};
  const out: Totals = {};
  const totals = all(answers, (answer) => (typeof answer.total === 'number' ? answer.total : undefined));
  if (totals) out.total = totals.reduce((sum, total) => sum + total, 0);
  const tabTotals = sumTabTotals(answers);
  if (tabTotals) out.tabTotals = tabTotals;
  const facets = sumFacets(answers);
  if (facets) out.facets = facets;
  const summary = sumSummaries(answers);
  if (summary) out.summary = summary;
  return out;
}
