import { useDeferredValue, useMemo } from 'react';
import { filterWithTabCounts, getFacets, summarize } from '../../core';
import { toEpoch } from '../../core/epoch';
import { labelFacets } from '../../core/facets';
import type { SourceRegistry } from '../../core/sources';
import type { AgentFacets, AgentFilters, AgentItem, AgentSummaryData, AgentTab, ViewContext } from '../../core/types';
import type { AgentViewState, TabCount } from './useAgentView';

function countWorking(items: readonly AgentItem[]): number {
  let n = 0;
  for (const item of items) if (item.status === 'working') n += 1;
  return n;
}

/** What the model derived for one tab under one set of inputs (filled lazily). */
interface TabResults {
  visible?: AgentItem[];
  facets?: AgentFacets;
  /** Without counts: the labels the filter chips need (see `labelFacets`). */
  labels?: AgentFacets;
  summary?: AgentSummaryData;
  count?: TabCount;
}

const OTHER_TAB: Record<AgentTab, AgentTab> = { personal: 'all', all: 'personal' };

/**
 * The derived half of `useAgentView`: visible items, facets, summary and tab counts. Only the
 * current tab is filtered: one `filterWithTabCounts` pass gives its list and both tabs' counts
 * (and working counts), without building the other tab's list. Results are kept per
 * tab until the items, filters, viewer, time zone, clock or source registry change, so switching
 * tabs back and forth does no work over the items, and a re-render with the same inputs does none.
 * Filters are deferred (`useDeferredValue`) so typing stays responsive on large lists.
 *
 * @example
 * ```ts
 * const state = useAgentViewState({});
 * const { visibleItems, facets } = useAgentViewModel(items, { ...state, viewerId: 'u_1' });
 * ```
 */
export function useAgentViewModel(
  items: AgentItem[],
  {
    tab,
    filters: latestFilters,
    viewerId,
    timeZone,
    now,
    sourceRegistry,
    prefiltered = false,
    computeFacets = true,
  }: {
    tab: AgentTab;
    filters: AgentFilters;
    viewerId: string;
    timeZone?: string | undefined;
    now?: Date | number | undefined;
    sourceRegistry?: SourceRegistry | undefined;
    /**
     * The items already are the current tab's matches (a data source filtered them): no filter pass
     * runs over them, so rows a live update took out of the filters stay visible until acknowledged.
     */
    prefiltered?: boolean;
    /**
     * Count the facets (default true). `false` skips `getFacets` unless it already ran for these
     * inputs: `facets` then only names the selected creators (what the filter chips show).
     */
    computeFacets?: boolean;
  },
): Pick<AgentViewState, 'visibleItems' | 'facets' | 'summary' | 'tabCounts'> {
  // Typing in the search box stays responsive on large lists: the passes below run in a
  // deferred render while the input updates at once.
  const filters = useDeferredValue(latestFilters);
  // A new Date with the same time must not invalidate the memos.
  const nowMs = toEpoch(now, undefined);

  // One cache per set of inputs, filled lazily per tab during render. Its entries are pure
  // functions of those inputs, so a render React throws away leaves nothing wrong behind.
  const cache = useMemo(
    () => ({
      inputs: [items, filters, viewerId, timeZone, nowMs, sourceRegistry, prefiltered],
      tabs: new Map<AgentTab, TabResults>(),
    }),
    [items, filters, viewerId, timeZone, nowMs, sourceRegistry, prefiltered],
  );
  const entry = (t: AgentTab): TabResults => {
    let e = cache.tabs.get(t);
    if (e === undefined) cache.tabs.set(t, (e = {}));
    return e;
  };
  const withSources = (t: AgentTab) => ({
    ...ctx(t, viewerId, timeZone, nowMs),
    ...(sourceRegistry ? { sources: sourceRegistry } : {}),
  });

  const current = entry(tab);
  const other = entry(OTHER_TAB[tab]);
  // The facet, filter and summary passes share the items' column index: each builds the columns it
  // reads on first use, and the others read them from there.
  let facets: AgentFacets;
  if (current.facets !== undefined || computeFacets) {
    facets = current.facets ??= getFacets(items, filters, withSources(tab));
  } else {
    facets = current.labels ??= labelFacets(items, filters, ctx(tab, viewerId, timeZone, nowMs));
  }
  if (current.visible === undefined) {
    if (prefiltered) {
      current.visible = items;
      const count = { count: items.length, working: countWorking(items) };
      current.count ??= count;
      other.count ??= count;
    } else {
      // One pass: this tab's list and both tabs' counts (the other tab's list is never built).
      const pass = filterWithTabCounts(items, filters, ctx(tab, viewerId, timeZone, nowMs));
      current.visible = pass.items;
      current.count ??= pass.counts[tab];
      other.count ??= pass.counts[OTHER_TAB[tab]];
    }
  }
  const visibleItems = current.visible;
  const summary = (current.summary ??= summarize(visibleItems, withSources(tab)));
  const currentCount = current.count as TabCount;
  const otherCount = other.count as TabCount;

  const tabCounts = useMemo<Record<AgentTab, TabCount>>(
    () => (tab === 'all' ? { personal: otherCount, all: currentCount } : { personal: currentCount, all: otherCount }),
    [tab, currentCount, otherCount],
  );
  return { visibleItems, facets, summary, tabCounts };
}

function ctx(tab: AgentTab, viewerId: string, timeZone: string | undefined, now: number | undefined): ViewContext {
  const c: ViewContext = { tab, viewerId };
  if (timeZone !== undefined) c.timeZone = timeZone;
  if (now !== undefined) c.now = now;
  return c;
}
