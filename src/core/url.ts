import { CREATED_ON_PRESETS } from './filters';
import { isAgentStatus } from './status';
import { dayKeyToDayNumber } from './time';
import type { AgentFilters, AgentStatus, AgentTab, CreatedOnFilter, CreatedOnPreset } from './types';

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

const FACET_PREFIX = 'facet.';
const PRESETS: ReadonlySet<string> = /* @__PURE__ */ new Set(CREATED_ON_PRESETS);

function unique(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    if (typeof v === 'string' && v !== '' && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

function createdToParam(createdOn: CreatedOnFilter | undefined): string | undefined {
  if (!createdOn || typeof createdOn !== 'object') return undefined;
  const c = createdOn as { preset?: unknown; day?: unknown; from?: unknown; to?: unknown };
  if (typeof c.preset === 'string') return PRESETS.has(c.preset) ? c.preset : undefined;
  if (typeof c.day === 'string') return dayKeyToDayNumber(c.day) === undefined ? undefined : c.day;
  const from = dayKeyToDayNumber(c.from);
  const to = dayKeyToDayNumber(c.to);
  if (from === undefined || to === undefined) return undefined;
  return from <= to ? `${c.from}..${c.to}` : `${c.to}..${c.from}`;
}

function createdFromParam(value: string): CreatedOnFilter | undefined {
  if (PRESETS.has(value)) return { preset: value as CreatedOnPreset };
  if (dayKeyToDayNumber(value) !== undefined) return { day: value };
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (!m) return undefined;
  const [, a = '', b = ''] = m;
  const from = dayKeyToDayNumber(a);
  const to = dayKeyToDayNumber(b);
  if (from === undefined || to === undefined) return undefined;
  return from <= to ? { from: a, to: b } : { from: b, to: a };
}

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
  for (const s of unique(filters.sources)) params.append('source', s);
  for (const s of unique(filters.statuses)) if (isAgentStatus(s)) params.append('status', s);
  for (const c of unique(filters.creators)) params.append('creator', c);
  const created = createdToParam(filters.createdOn);
  if (created !== undefined) params.append('created', created);
  if (typeof filters.query === 'string' && filters.query.trim() !== '') params.append('q', filters.query);
  if (filters.facets && typeof filters.facets === 'object') {
    for (const key of Object.keys(filters.facets)) {
      for (const v of unique(filters.facets[key])) params.append(FACET_PREFIX + key, v);
    }
  }
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
  const filters: AgentFilters = {};
  let tab: AgentTab | undefined;
  let parsed: SearchParamsLike;
  try {
    parsed = new (Ctor())(typeof params === 'string' ? params : String(params ?? ''));
  } catch {
    return { filters };
  }
  const sources: string[] = [];
  const statuses: AgentStatus[] = [];
  const creators: string[] = [];
  const facets: Record<string, string[]> = {};
  const add = (list: string[], v: string) => {
    if (v !== '' && !list.includes(v)) list.push(v);
  };
  try {
    parsed.forEach((value, key) => {
      if (key === 'tab') {
        if (tab === undefined && (value === 'personal' || value === 'all')) tab = value;
      } else if (key === 'source') add(sources, value);
      else if (key === 'status') {
        if (isAgentStatus(value)) add(statuses, value);
      } else if (key === 'creator') add(creators, value);
      else if (key === 'created') {
        if (filters.createdOn === undefined) {
          const c = createdFromParam(value);
          if (c) filters.createdOn = c;
        }
      } else if (key === 'q') {
        if (filters.query === undefined && value.trim() !== '') filters.query = value;
      } else if (key.startsWith(FACET_PREFIX) && key.length > FACET_PREFIX.length) {
        const name = key.slice(FACET_PREFIX.length);
        if (!Object.prototype.hasOwnProperty.call(facets, name)) {
          Object.defineProperty(facets, name, { value: [], enumerable: true, writable: true, configurable: true });
        }
        add(facets[name] as string[], value);
      }
    });
  } catch {
    // Whatever was read before the failure stands.
  }
  const result: AgentFilters = {};
  if (sources.length) result.sources = sources;
  if (statuses.length) result.statuses = statuses;
  if (creators.length) result.creators = creators;
  if (filters.createdOn) result.createdOn = filters.createdOn;
  if (filters.query !== undefined) result.query = filters.query;
  const facetKeys = Object.keys(facets).filter((k) => (facets[k] as string[]).length > 0);
  if (facetKeys.length) {
    const out: Record<string, string[]> = {};
    for (const k of facetKeys) {
      Object.defineProperty(out, k, { value: facets[k], enumerable: true, writable: true, configurable: true });
    }
    result.facets = out;
  }
  return tab === undefined ? { filters: result } : { tab, filters: result };
}
