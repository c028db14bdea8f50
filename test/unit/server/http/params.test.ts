// The list request's query string as the handler reads it, without a store: the tab, the viewer
// (only the signed-in one), the zone, the page size, the cursor and the filters through the core's
// own URL parameters; every refusal an HttpError naming the parameter.
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../../src/server/http/errors';
import { DEFAULT_LIMITS, type AgentHandlerLimits } from '../../../../src/server/http/limits';
import { canonicalFilters, isTimeZone, readListParams, readTimeZone } from '../../../../src/server/http/params';

const url = (query: string) => new URL(`https://x/api/agents${query}`);
const read = (query: string, limits: AgentHandlerLimits = DEFAULT_LIMITS) => readListParams(url(query), 'u_me', limits);

function refusal(run: () => unknown): HttpError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    return error as HttpError;
  }
  throw new Error('expected a refusal');
}

describe('readTimeZone / isTimeZone', () => {
  it('an absent or empty zone is UTC; a known IANA zone is kept', () => {
    expect(readTimeZone(null)).toBe('UTC');
    expect(readTimeZone(undefined)).toBe('UTC');
    expect(readTimeZone('')).toBe('UTC');
    expect(readTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
  });

  it('an unknown or over-long zone is a 400 naming tz, never the server’s own zone', () => {
    for (const zone of ['Mars/Olympus', 'x'.repeat(65)]) {
      const error = refusal(() => readTimeZone(zone));
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/^tz:/);
    }
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('readListParams', () => {
  it('defaults: the All tab, UTC, no page size, no cursor, no filters', () => {
    expect(read('')).toEqual({ tab: 'all', timeZone: 'UTC', filters: {} });
  });

  it('reads every parameter and the filters in canonical form', () => {
    const params = read('?tab=personal&viewer=u_me&tz=Europe%2FBerlin&limit=50&cursor=abc&status=failed&q=deploy');
    expect(params).toEqual({
      tab: 'personal',
      timeZone: 'Europe/Berlin',
      limit: 50,
      cursor: 'abc',
      filters: { statuses: ['failed'], query: 'deploy' },
    });
  });

  it('clamps the page size to maxLimit and refuses one that is not plain decimal', () => {
    expect(read(`?limit=${DEFAULT_LIMITS.maxLimit + 1}`).limit).toBe(DEFAULT_LIMITS.maxLimit);
    for (const limit of ['0', '-1', '1e2', '0x10', '01', ' 5', '1234567']) {
      expect(refusal(() => read(`?limit=${encodeURIComponent(limit)}`)).message, limit).toMatch(/^limit:/);
    }
  });

  it('an empty cursor is the first page', () => {
    expect(read('?cursor=')).not.toHaveProperty('cursor');
  });

  it('refuses another viewer with 403: the viewer is the signed-in one', () => {
    expect(refusal(() => read('?viewer=u_priya')).status).toBe(403);
  });

  it('refuses an unknown tab, a repeated parameter, NUL and unknown parameters with 400 naming them', () => {
    const cases: [string, RegExp][] = [
      ['?tab=team', /^tab:/],
      ['?limit=10&limit=20', /^limit: given more than once/],
      ['?cursor=a%00b', /^cursor: NUL/],
      ['?colour=red', /^colour:/],
      ['?status=exploded', /^status:/],
    ];
    for (const [query, message] of cases) {
      const error = refusal(() => read(query));
      expect(error.status, query).toBe(400);
      expect(error.message, query).toMatch(message);
    }
  });

  it('applies the caps: value length, filter values, facet keys (a cursor may be longer)', () => {
    const small = { ...DEFAULT_LIMITS, maxValueLength: 5, maxFilterValues: 2, maxFacetKeys: 1 };
    expect(refusal(() => read('?q=abcdef', small)).message).toMatch(/^q:/);
    expect(read('?cursor=abcdefghij', small).cursor).toBe('abcdefghij');
    expect(refusal(() => read('?status=failed&status=blocked&status=working', small)).status).toBe(400);
    expect(refusal(() => read('?facet.a=1&facet.b=2', small)).message).toMatch(/facet keys/);
  });
});

describe('canonicalFilters', () => {
  it('keeps what the core reads and drops what it does not', () => {
    expect(canonicalFilters({ statuses: ['failed', 'nope'], bogus: 1 }, DEFAULT_LIMITS)).toEqual({
      statuses: ['failed'],
    });
    expect(canonicalFilters(null, DEFAULT_LIMITS)).toEqual({});
  });

  it('applies the same caps as the list', () => {
    const small = { ...DEFAULT_LIMITS, maxFilterValues: 1 };
    expect(refusal(() => canonicalFilters({ sources: ['a', 'b'] }, small)).status).toBe(400);
    expect(refusal(() => canonicalFilters({ query: 'a\u0000' }, DEFAULT_LIMITS)).message).toMatch(/NUL/);
  });
});
