import { FILTER_FIELDS } from './fields';
import type { AgentItemCount } from './filters';
import type { AgentFacets, AgentFilters, AgentStatus, AgentSummaryData, AgentTab, FacetOption } from './types';

/** Credits a host summed over every match of a query (the data layer's `AgentQuerySummary`). */
export interface RemoteCredits {
  credits: number;
  creditsBySource?: FacetOption[];
  creditsByCreator?: FacetOption[];
}

/** What a data source told about every match of the current query, beyond the rows loaded so far. */
export interface RemoteAnswer {
  total?: number | undefined;
  facets?: Partial<AgentFacets> | undefined;
  summary?: RemoteCredits | undefined;
}

/**
 * A data source's facet counts (over every match, not one page) in place of the ones counted over
 * the loaded rows, field by field: a field the host did not count keeps the local options, and host
 * facets are merged key by key.
 *
 * @example
 * mergeRemoteFacets(localFacets, { statuses: hostStatusCounts }).statuses // the host's counts
 */
export function mergeRemoteFacets(local: AgentFacets, server: Partial<AgentFacets> | undefined): AgentFacets {
  if (!server) return local;
  const merged: AgentFacets = { ...local };
  for (const field of FILTER_FIELDS) {
    const key = field.facet?.key;
    if (key === undefined || key === 'facets') continue;
    const options = server[key];
    if (Array.isArray(options)) merged[key] = options;
  }
  if (server.facets) merged.facets = { ...local.facets, ...server.facets };
  return merged;
}

/**
 * The summary with what the data source knows better: its `total` is the summary's total, its status
 * counts (the status facet, where a status the filter excludes has no match) fill the status cards,
 * and its credit sums replace the loaded rows' — without them the loaded rows' sums stay (the view
 * then hides the credits card, `creditsKnown` being kept). Without a total, the local summary as is.
 *
 * @example
 * mergeRemoteSummary(local, { total: 12_345, facets, summary: { credits: 812.5 } }, filters).total // 12345
 */
export function mergeRemoteSummary(
  local: AgentSummaryData,
  answer: RemoteAnswer,
  filters: AgentFilters,
): AgentSummaryData {
  const { total } = answer;
  if (total === undefined) return local;
  const byStatus = { ...local.byStatus };
  const statusOptions = answer.facets?.statuses;
  if (Array.isArray(statusOptions)) {
    const selected = filters.statuses && filters.statuses.length > 0 ? new Set<string>(filters.statuses) : null;
    for (const status of Object.keys(byStatus) as AgentStatus[]) {
      const option = statusOptions.find((o) => o.value === status);
      byStatus[status] = selected && !selected.has(status) ? 0 : (option?.count ?? 0);
    }
  }
  const credits = answer.summary;
  // The loaded rows' count of items with credits says nothing about the host's sum.
  const { creditsKnown: _loadedKnown, ...rest } = local;
  return {
    ...(credits ? rest : local),
    total,
    byStatus,
    ...(credits
      ? {
          credits: credits.credits,
          creditsBySource: credits.creditsBySource ?? [],
          creditsByCreator: credits.creditsByCreator ?? [],
        }
      : null),
  };
}

/**
 * The tab counts a data source gives: the current tab's once it told its total (working from the
 * summary's status counts), and the other tab's when it told that too (`tabTotals`, the same
 * filters on the other tab; its working count is unknown, so it is 0: no live dot). A count that is
 * not a number ≥ 0 is left out (the loader has checked it is a whole one).
 *
 * @example
 * remoteTabCounts('all', 120, summary) // { all: { count: 120, working: summary.byStatus.working } }
 * remoteTabCounts('all', 120, summary, { personal: 12 }).personal // { count: 12, working: 0 }
 */
export function remoteTabCounts(
  tab: AgentTab,
  total: number | undefined,
  summary: AgentSummaryData,
  tabTotals?: Partial<Record<AgentTab, number>>,
): Partial<Record<AgentTab, AgentItemCount>> {
  const counts: Partial<Record<AgentTab, AgentItemCount>> = {};
  if (total !== undefined) counts[tab] = { count: total, working: summary.byStatus.working ?? 0 };
  const other: AgentTab = tab === 'all' ? 'personal' : 'all';
  const otherTotal = tabTotals?.[other];
  if (otherTotal !== undefined && otherTotal >= 0) counts[other] = { count: otherTotal, working: 0 };
  return counts;
}
