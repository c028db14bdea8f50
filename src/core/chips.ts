import { toggleFacetValue, toggleFilterValue, setCreatedOn } from './filter-state';
import { getSourceMeta, type SourceRegistry } from './sources';
import type { AgentFacets, AgentFilters, AgentStatus, AgentTab, CreatedOnPreset } from './types';

/** A host-defined filter over `item.meta[key]`. */
export interface FacetDefinition {
  key: string;
  label: string;
}

/**
 * The strings chips are made of. The view's labels (`AgentViewLabels`) are one; the core holds no
 * defaults for them.
 */
export interface FilterChipLabels {
  sectionSource: string;
  sectionStatus: string;
  sectionCreator: string;
  sectionCreatedOn: string;
  /** The viewer's own name as a creator. */
  me: string;
  statuses: Record<AgentStatus, string>;
  createdOn: Record<CreatedOnPreset, string>;
  chipDay: (day: string) => string;
  chipRange: (from: string, to: string) => string;
}

/** What chips are labelled from: the tab, the facet options (their labels), the labels and the host's facets. */
export interface ChipContext {
  tab: AgentTab;
  facets: AgentFacets;
  labels: FilterChipLabels;
  viewerId?: string | undefined;
  facetDefinitions: readonly FacetDefinition[];
  sourceRegistry?: SourceRegistry | undefined;
}

/** One active filter value as a removable chip. */
export interface FilterChip {
  key: string;
  /** The field, as `data-field` shows it: `sources`, `statuses`, `creators`, `createdOn`, `facet:<key>`. */
  field: string;
  fieldLabel: string;
  valueLabel: string;
  remove: (filters: AgentFilters) => AgentFilters;
}

/**
 * The active filters as chips, in menu order (the query excluded: it has its own box). Each chip
 * names its field and value through `ctx.labels`, takes a value's label from the facet options (a
 * source's from the host registry when one is given, a creator's from their items, the viewer as
 * `labels.me`) and carries the edit that removes it.
 *
 * @example
 * const chips = getFilterChips({ statuses: ['failed'] }, { tab: 'all', facets, labels, facetDefinitions: [] });
 * chips[0].valueLabel // 'Failed'
 * setFilters(chips[0].remove(filters)) // {}
 */
export function getFilterChips(filters: AgentFilters, ctx: ChipContext): FilterChip[] {
  const { labels, facets } = ctx;
  const chips: FilterChip[] = [];
  for (const s of filters.sources ?? []) {
    const label = ctx.sourceRegistry
      ? getSourceMeta(s, ctx.sourceRegistry).label
      : (facets.sources.find((o) => o.value === s)?.label ?? getSourceMeta(s).label);
    chips.push({
      key: `s:${s}`,
      field: 'sources',
      fieldLabel: labels.sectionSource,
      valueLabel: label,
      remove: (f) => toggleFilterValue(f, 'sources', s),
    });
  }
  for (const st of filters.statuses ?? []) {
    chips.push({
      key: `st:${st}`,
      field: 'statuses',
      fieldLabel: labels.sectionStatus,
      valueLabel: labels.statuses[st as AgentStatus] ?? st,
      remove: (f) => toggleFilterValue(f, 'statuses', st),
    });
  }
  if (ctx.tab === 'all') {
    for (const c of filters.creators ?? []) {
      const label = c === ctx.viewerId ? labels.me : (facets.creators.find((o) => o.value === c)?.label ?? c);
      chips.push({
        key: `c:${c}`,
        field: 'creators',
        fieldLabel: labels.sectionCreator,
        valueLabel: label,
        remove: (f) => toggleFilterValue(f, 'creators', c),
      });
    }
  }
  const co = filters.createdOn;
  if (co) {
    const valueLabel =
      'preset' in co
        ? (labels.createdOn[co.preset] ?? co.preset)
        : 'day' in co
          ? labels.chipDay(co.day)
          : labels.chipRange(co.from, co.to);
    chips.push({
      key: 'd',
      field: 'createdOn',
      fieldLabel: labels.sectionCreatedOn,
      valueLabel,
      remove: (f) => setCreatedOn(f, undefined),
    });
  }
  for (const [key, values] of Object.entries(filters.facets ?? {})) {
    const def = ctx.facetDefinitions.find((d) => d.key === key);
    for (const v of values) {
      const label = facets.facets[key]?.find((o) => o.value === v)?.label ?? v;
      chips.push({
        key: `f:${key}:${v}`,
        field: `facet:${key}`,
        fieldLabel: def?.label ?? key,
        valueLabel: label,
        remove: (f) => toggleFacetValue(f, key, v),
      });
    }
  }
  return chips;
}

/**
 * How many filter values are active, as the Filter button counts them: one per chip (the query has
 * its own box; creators count on All only, where the Creator filter applies).
 *
 * @example
 * countActiveFilters({ sources: ['slack', 'cli'], createdOn: { preset: 'today' } }, 'all') // 3
 */
export function countActiveFilters(filters: AgentFilters, tab: AgentTab): number {
  let n = (filters.sources?.length ?? 0) + (filters.statuses?.length ?? 0);
  if (tab === 'all') n += filters.creators?.length ?? 0;
  if (filters.createdOn) n += 1;
  for (const values of Object.values(filters.facets ?? {})) n += values.length;
  return n;
}

/**
 * Whether anything narrows the list on this tab, the query included (an empty state then offers
 * "Clear filters" rather than saying there is no activity).
 *
 * @example
 * hasActiveFilters({ query: 'deploy' }, 'personal') // true
 * hasActiveFilters({ creators: ['u_2'] }, 'personal') // false
 */
export function hasActiveFilters(filters: AgentFilters, tab: AgentTab): boolean {
  return countActiveFilters(filters, tab) > 0 || Boolean(filters.query?.trim());
}
