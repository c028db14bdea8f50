import { FIELD_URL_READS, FIELD_URL_WRITES } from './fields';
import type { AgentFilters, AgentTab } from './types';

/** The subset of `URLSearchParams` core uses (core compiles without the DOM library). */
export interface SearchParamsLike {
  append(name: string, value: string): void;
  delete(name: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  forEach(callback: (value: string, key: string) => void): void;
  toString(): string;
}

/** The runtime's `URLSearchParams` type where the environment declares one (DOM or Node types). */
export type SearchParams = typeof globalThis extends { URLSearchParams: { prototype: infer T } } ? T : SearchParamsLike;

type SearchParamsCtor = new (init?: string) => SearchParamsLike;
const Ctor = (): SearchParamsCtor => (globalThis as unknown as { URLSearchParams: SearchParamsCtor }).URLSearchParams;

/**
 * Writes a tab and filter state as URL search parameters, in one canonical form:
 * `tab=all&source=slack&source=cli&status=failed&creator=u_2&created=today&q=deploy&facet.env=prod`.
 * `created` is a preset (`today`, `yesterday`, `last_24_hours`, `past_3_days`, `last_week`), a day
 * (`2026-11-20`) or an inclusive range (`2026-11-01..2026-11-20`, earlier day first). Repeated keys hold
 * the options of one field in order (duplicates and empty values dropped); `q` is written as given when
 * it is not blank; each host facet is `facet.<key>`. Invalid parts are left out.
 *
 * @example
 * filtersToSearchParams({ tab: 'all', filters: { sources: ['slack'], createdOn: { preset: 'today' } } }).toString()
 * // 'tab=all&source=slack&created=today'
 */
export function filtersToSearchParams(state: { tab?: AgentTab; filters?: AgentFilters }): SearchParams {
  const params = new (Ctor())();
  const tab = state?.tab;
  const filters: AgentFilters = state?.filters && typeof state.filters === 'object' ? state.filters : {};
  if (tab === 'personal' || tab === 'all') params.append('tab', tab);
  const append = (name: string, value: string) => params.append(name, value);
  for (const write of FIELD_URL_WRITES) write(filters, append);
  return params as unknown as SearchParams;
}

/**
 * Reads a tab and filter state from URL search parameters (or a query string, with or without `?`),
 * in the format `filtersToSearchParams` writes. Unknown parameters, invalid values and duplicates are
 * ignored; the first valid `tab`, `created` and `q` win. Never throws. `filtersFromSearchParams(
 * filtersToSearchParams(state))` gives back `state` for every canonical state (no empty arrays, no
 * blank query, a range's earlier day first).
 *
 * @example
 * filtersFromSearchParams('?tab=all&status=failed&created=today')
 * // { tab: 'all', filters: { statuses: ['failed'], createdOn: { preset: 'today' } } }
 */
export function filtersFromSearchParams(params: SearchParams | SearchParamsLike | string): {
  tab?: AgentTab;
  filters: AgentFilters;
} {
  let parsed: SearchParamsLike;
  try {
    parsed = new (Ctor())(typeof params === 'string' ? params : String(params ?? ''));
  } catch {
    return { filters: {} };
  }
  const entries: Array<[string, string]> = [];
  try {
    parsed.forEach((value, key) => {
      entries.push([key, value]);
    });
  } catch {
    // Whatever was read before the failure stands.
  }
  let tab: AgentTab | undefined;
  for (const [key, value] of entries) {
    if (key === 'tab' && (value === 'personal' || value === 'all')) {
      tab = value;
      break;
    }
  }
  const filters: AgentFilters = {};
  for (const read of FIELD_URL_READS) Object.assign(filters, read(entries));
  return tab === undefined ? { filters } : { tab, filters };
}
