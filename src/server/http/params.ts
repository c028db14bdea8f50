import { FIELD_URL_READS } from '../../core/fields';
import { filtersFromSearchParams, filtersToSearchParams } from '../../core/url';
import type { AgentFilters, AgentTab } from '../../core/types';
import { HttpError } from './errors';
import type { AgentHandlerLimits } from './limits';

/** The paging and context parameters; every other one must be a filter the core reads. */
const RESERVED = new Set(['tab', 'viewer', 'tz', 'cursor', 'limit']);

/** The list request as the store is asked it (the viewer comes from authentication, not from here). */
export interface ListParams {
  tab: AgentTab;
  filters: AgentFilters;
  timeZone: string;
  cursor?: string;
  limit?: number;
}

const zoneChecks = new Map<string, boolean>();

/**
 * Whether `Intl` knows the IANA zone `name` (cached: building a formatter costs ~0.1 ms).
 *
 * @example
 * isTimeZone('Europe/Berlin') // true
 */
export function isTimeZone(name: string): boolean {
  let ok = zoneChecks.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    if (zoneChecks.size > 1000) zoneChecks.clear();
    zoneChecks.set(name, ok);
  }
  return ok;
}

/** A time zone parameter: a known IANA zone, else 400 (never silently the server's own zone). */
export function readTimeZone(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return 'UTC';
  if (value.length > 64 || !isTimeZone(value))
    throw new HttpError(400, `tz: "${value.slice(0, 64)}" is not a known IANA time zone.`);
  return value;
}

/** Cursors carry an id and a signature, so they may be longer than other values. */
const MAX_CURSOR_LENGTH = 1024;

function checkText(name: string, value: string, limits: AgentHandlerLimits) {
  // SQLite ends text at NUL and Postgres cannot store it: no parameter may carry one.
  if (value.includes('\u0000')) throw new HttpError(400, `${name}: NUL characters are not allowed.`);
  const max = name === 'cursor' ? MAX_CURSOR_LENGTH : limits.maxValueLength;
  if (value.length > max) throw new HttpError(400, `${name}: values are limited to ${max} characters.`);
}

/** Whether some filter field of the core reads this one parameter. */
function isFilterParam(name: string, value: string): boolean {
  const one: ReadonlyArray<readonly [string, string]> = [[name, value]];
  return FIELD_URL_READS.some((read) => Object.keys(read(one)).length > 0);
}

/**
 * Checks filters the way the list endpoint does (the same caps, through the core's own URL
 * parameters) and returns them in canonical form. Used for an action's `match`, whose filters come
 * as JSON.
 *
 * @example
 * canonicalFilters({ statuses: ['failed'] }, DEFAULT_LIMITS) // { statuses: ['failed'] }
 */
export function canonicalFilters(filters: unknown, limits: AgentHandlerLimits): AgentFilters {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(filtersToSearchParams({ filters: filters as AgentFilters })));
  } catch {
    throw new HttpError(400, 'match.filters is not a filter state.');
  }
  checkFilterParams([...params], limits);
  return filtersFromSearchParams(params).filters;
}

function checkFilterParams(entries: ReadonlyArray<readonly [string, string]>, limits: AgentHandlerLimits) {
  if (entries.length > limits.maxFilterValues) {
    throw new HttpError(400, `At most ${limits.maxFilterValues} filter values may be sent in one request.`);
  }
  const facetKeys = new Set<string>();
  for (const [name, value] of entries) {
    checkText(name, value, limits);
    if (name.startsWith('facet.')) facetKeys.add(name);
    if (facetKeys.size > limits.maxFacetKeys) {
      throw new HttpError(400, `At most ${limits.maxFacetKeys} facet keys may be filtered on in one request.`);
    }
  }
}

/**
 * Reads and checks a list request's query string: the tab, the time zone, the page size and the
 * cursor, and the filters through the core's own URL parameters. Anything the core would not read
 * (an unknown parameter, a status that does not exist, a malformed day), a number that is not
 * plain decimal, NUL, and anything over the caps is a 400 naming the parameter.
 *
 * @example
 * readListParams(new URL('https://x/api/agents?tab=all&status=failed&tz=UTC&limit=50'), 'u_1', DEFAULT_LIMITS)
 */
export function readListParams(url: URL, viewerId: string, limits: AgentHandlerLimits): ListParams {
  const entries = [...url.searchParams];
  const filterEntries: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const [name, value] of entries) {
    if (!RESERVED.has(name)) {
      if (!isFilterParam(name, value)) {
        throw new HttpError(400, `${name.slice(0, 64)}: "${value.slice(0, 64)}" is not a filter this list knows.`);
      }
      filterEntries.push([name, value]);
      continue;
    }
    checkText(name, value, limits);
    if (seen.has(name)) throw new HttpError(400, `${name}: given more than once.`);
    seen.add(name);
  }
  checkFilterParams(filterEntries, limits);
  const get = (name: string) => url.searchParams.get(name);

  const tab = get('tab') ?? 'all';
  if (tab !== 'all' && tab !== 'personal') throw new HttpError(400, 'tab: must be "personal" or "all".');
  // The viewer is the authenticated one; a `viewer` parameter may only repeat it.
  const viewer = get('viewer');
  if (viewer !== null && viewer !== viewerId) {
    throw new HttpError(403, 'viewer: does not match the signed-in user.');
  }
  const out: ListParams = {
    tab,
    timeZone: readTimeZone(get('tz')),
    filters: filtersFromSearchParams(new URLSearchParams(filterEntries)).filters,
  };
  const limit = get('limit');
  if (limit !== null) {
    if (!/^[1-9][0-9]{0,5}$/.test(limit))
      throw new HttpError(400, 'limit: must be a whole number from 1 (plain decimal digits).');
    out.limit = Math.min(Number(limit), limits.maxLimit);
  }
  const cursor = get('cursor');
  if (cursor !== null && cursor !== '') out.cursor = cursor;
  return out;
}
