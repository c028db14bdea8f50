import type { AgentFilters, AgentStatus } from './types';

// Filter states are values: every edit returns a new object and leaves out what it emptied, so
// "no filter" always looks the same (`{}`), in memos, in URLs and in `onFiltersChange`.

/** The empty filter state, frozen: one stable reference for defaults and memo dependencies. */
export const EMPTY_FILTERS: AgentFilters = /* @__PURE__ */ Object.freeze({}) as AgentFilters;
/** A stable empty list of items (never an inline `[]` in a default or a memo dependency). */
export const EMPTY_ITEMS: readonly never[] = /* @__PURE__ */ Object.freeze([]) as readonly never[];
/** A stable empty list of strings. */
export const EMPTY_STRINGS: readonly string[] = /* @__PURE__ */ Object.freeze([]) as readonly string[];

/** The filter fields whose value is a list of option values (OR-ed within the field). */
export type ListFilterField = {
  [K in keyof AgentFilters]-?: NonNullable<AgentFilters[K]> extends readonly string[] ? K : never;
}[keyof AgentFilters];

/**
 * Adds or removes one value of a list field (Source, Status, Creator…); an emptied field is dropped
 * from the object.
 *
 * @example
 * toggleFilterValue({ sources: ['slack'] }, 'sources', 'linear') // { sources: ['slack', 'linear'] }
 * toggleFilterValue({ sources: ['slack'] }, 'sources', 'slack') // {}
 */
export function toggleFilterValue(filters: AgentFilters, field: ListFilterField, value: string): AgentFilters {
  const current = (filters[field] as readonly string[] | undefined) ?? EMPTY_STRINGS;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return setListField(filters, field, next);
}

/**
 * Sets the values of a list field; an empty list removes the field.
 *
 * @example
 * setListField({ statuses: ['failed'] }, 'sources', ['slack']) // { statuses: ['failed'], sources: ['slack'] }
 */
export function setListField(filters: AgentFilters, field: ListFilterField, values: readonly string[]): AgentFilters {
  const out: AgentFilters = { ...filters };
  if (values.length === 0) delete out[field];
  else (out as Record<string, unknown>)[field] = [...values];
  return out;
}

/**
 * Adds or removes one status — the summary's toggles and the menu's Status section share it.
 *
 * @example
 * toggleStatus({}, 'failed') // { statuses: ['failed'] }
 */
export function toggleStatus(filters: AgentFilters, status: AgentStatus): AgentFilters {
  return toggleFilterValue(filters, 'statuses', status);
}

/**
 * Adds or removes one value of a host facet; an emptied facet, and an emptied `facets`, are dropped.
 *
 * @example
 * toggleFacetValue({}, 'environment', 'prod') // { facets: { environment: ['prod'] } }
 */
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

/**
 * Sets or (with `undefined`) clears the Day-of-creation filter.
 *
 * @example
 * setCreatedOn({}, { preset: 'today' }) // { createdOn: { preset: 'today' } }
 */
export function setCreatedOn(filters: AgentFilters, createdOn: AgentFilters['createdOn']): AgentFilters {
  const out: AgentFilters = { ...filters };
  if (createdOn) out.createdOn = createdOn;
  else delete out.createdOn;
  return out;
}

/**
 * Sets the free-text query as typed; an empty string removes it.
 *
 * @example
 * setQuery({}, 'deploy') // { query: 'deploy' }
 */
export function setQuery(filters: AgentFilters, query: string): AgentFilters {
  const out: AgentFilters = { ...filters };
  if (query) out.query = query;
  else delete out.query;
  return out;
}
