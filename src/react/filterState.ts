import type { AgentFilters, AgentStatus, AgentTab } from '../core/types';

/** Stable empties (STYLE.md #9): never an inline `{}` / `[]` in a default or a memo dependency. */
export const EMPTY_FILTERS: AgentFilters = Object.freeze({}) as AgentFilters;
export const EMPTY_ITEMS: readonly never[] = Object.freeze([]) as readonly never[];
export const EMPTY_STRINGS: readonly string[] = Object.freeze([]) as readonly string[];

export type ListFilterField = 'sources' | 'statuses' | 'creators';

/** Adds or removes one value of a list field; an emptied field is dropped from the object. */
export function toggleFilterValue(filters: AgentFilters, field: ListFilterField, value: string): AgentFilters {
  const current = (filters[field] as string[] | undefined) ?? EMPTY_STRINGS;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return setListField(filters, field, next);
}

export function setListField(filters: AgentFilters, field: ListFilterField, values: readonly string[]): AgentFilters {
  const out: AgentFilters = { ...filters };
  if (values.length === 0) delete out[field];
  else (out as Record<string, unknown>)[field] = [...values];
  return out;
}

/** Adds or removes one status — the summary's toggles and the menu's Status section share it. */
export function toggleStatus(filters: AgentFilters, status: AgentStatus): AgentFilters {
  return toggleFilterValue(filters, 'statuses', status);
}

export function toggleFacetValue(filters: AgentFilters, key: string, value: string): AgentFilters {
  const current = filters.facets?.[key] ?? EMPTY_STRINGS;
  const nextValues = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const facets: Record<string, string[]> = { ...filters.facets };
  if (nextValues.length === 0) delete facets[key];
  else facets[key] = nextValues;
  const out: AgentFilters = { ...filters, facets };
  if (Object.keys(facets).length === 0) delete out.facets;
  return out;
}

export function setCreatedOn(filters: AgentFilters, createdOn: AgentFilters['createdOn']): AgentFilters {
  const out: AgentFilters = { ...filters };
  if (createdOn) out.createdOn = createdOn;
  else delete out.createdOn;
  return out;
}

export function setQuery(filters: AgentFilters, query: string): AgentFilters {
  const out: AgentFilters = { ...filters };
  if (query) out.query = query;
  else delete out.query;
  return out;
}

/** Number of active filter values shown as chips (the query has its own box; creators only count on All). */
export function countActiveFilters(filters: AgentFilters, tab: AgentTab): number {
  let n = (filters.sources?.length ?? 0) + (filters.statuses?.length ?? 0);
  if (tab === 'all') n += filters.creators?.length ?? 0;
  if (filters.createdOn) n += 1;
  for (const values of Object.values(filters.facets ?? {})) n += values.length;
  return n;
}

/** Whether anything narrows the list, the query included. */
export function hasActiveFilters(filters: AgentFilters, tab: AgentTab): boolean {
  return countActiveFilters(filters, tab) > 0 || Boolean(filters.query?.trim());
}
