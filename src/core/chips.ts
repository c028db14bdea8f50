import { FILTER_FIELDS } from './fields';
import type { ChipContext, FilterChip } from './fields/types';
import type { AgentFilters, AgentTab } from './types';

export type { ChipContext, FacetDefinition, FilterChip, FilterChipLabels } from './fields/types';

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
  const chips: FilterChip[] = [];
  for (const field of FILTER_FIELDS) for (const chip of field.chips(filters, ctx)) chips.push(chip);
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
  let n = 0;
  for (const field of FILTER_FIELDS) n += field.activeCount(filters, tab);
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
  return FILTER_FIELDS.some((field) => field.isActive(filters, tab));
}
