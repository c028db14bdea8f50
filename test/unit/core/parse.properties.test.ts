// Hardening properties that complement parse/filters/format/time/url.test.ts: arbitrary JSON arrays
// (not only loosely item-shaped ones) are fully accounted for, every output item validates against the
// published input schema, the filter agrees with the naive reference on hostile text, and the date
// formatters are total over every double, ±Infinity, undefined and invalid Dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agentItemInputSchema,
  filterAgentItems,
  formatCreatedAt,
  formatCredits,
  formatDuration,
  formatFullDate,
  mapStatus,
  parseAgentItems,
  toDayKey,
  type AgentFilters,
  type AgentItem,
  type ViewContext,
} from '../../../src/core';
import { refFilter } from './reference';

const RUNS = Number(process.env.HARDENING_RUNS ?? 300);

/** Text that has broken real UIs: RTL, ZWJ emoji, combining marks, lone surrogates, case-folding traps. */
const hostileChar = fc.constantFrom(
  'a',
  'Z',
  ' ',
  '\u00a0',
  'İ',
  'ı',
  'ß',
  'ẞ',
  'Σ',
  'ς',
  'ﬁ',
  'é',
  'e\u0301',
  'م',
  'ש',
  '\u202e',
  '\u200f',
  '\u200b',
  '👩‍👩‍👧',
  '🏳️‍🌈',
  '🇺🇳',
  '\ud800',
  '\udfff',
  '<',
  '>',
  '"',
  "'",
  '&',
  '%',
  '\u0000',
  '\n',
);
const hostileText = fc.oneof(
  fc.array(hostileChar, { maxLength: 12 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constant(''),
);

describe('parseAgentItems on arbitrary JSON arrays', () => {
  const elem = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue() },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          id: fc.oneof(fc.string({ maxLength: 3 }), fc.jsonValue()),
          kind: fc.oneof(fc.constantFrom('ambient', 'interactive'), fc.jsonValue()),
          title: fc.oneof(hostileText, fc.jsonValue()),
          status: fc.oneof(fc.constantFrom('done', 'failed', 'blocked'), fc.jsonValue()),
          createdAt: fc.oneof(
            fc.integer({ min: -1e13, max: 1e13 }),
            fc.constantFrom('2028-02-29T12:00:00Z', '1970-01-01', '2100-12-31T23:59:59Z'),
            fc.jsonValue(),
          ),
          creator: fc.oneof(
            fc.record(
              {
                id: fc.oneof(fc.string({ maxLength: 3 }), fc.jsonValue()),
                name: fc.oneof(hostileText, fc.jsonValue()),
              },
              { requiredKeys: [] },
            ),
            fc.jsonValue(),
          ),
          credits: fc.oneof(fc.double(), fc.jsonValue()),
          meta: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    },
  );

  it('accounts for every element: returned, or reported with an error at its index', () => {
    fc.assert(
      fc.property(fc.array(elem, { maxLength: 15 }), (input) => {
        let r!: ReturnType<typeof parseAgentItems>;
        expect(() => {
          r = parseAgentItems(input);
        }).not.toThrow();
        const errored = new Set(r.issues.filter((i) => i.level === 'error').map((i) => i.index));
        // Every errored index is a real element, and everything not errored came out.
        for (const k of errored) {
          expect(Number.isInteger(k) && k >= 0 && k < input.length).toBe(true);
        }
        expect(r.items.length + errored.size).toBe(input.length);
        for (const issue of r.issues) {
          expect(typeof issue.path).toBe('string');
          expect(typeof issue.message).toBe('string');
          expect(issue.message.length).toBeGreaterThan(0);
        }
        expect(new Set(r.items.map((i) => i.id)).size).toBe(r.items.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('returns only items that the published input schema accepts, with a status consistent with their raw status', () => {
    fc.assert(
      fc.property(fc.array(elem, { maxLength: 15 }), (input) => {
        const { items } = parseAgentItems(input);
        for (const item of items) {
          const check = agentItemInputSchema.safeParse(item);
          expect(check.success, JSON.stringify(check.error?.issues)).toBe(true);
          // Unknown raw statuses show as failed; known ones map as mapStatus says.
          expect(item.status).toBe(mapStatus(item.rawStatus));
        }
        // Parsing the output again loses nothing.
        const again = parseAgentItems(items.map((i) => ({ ...i, status: i.rawStatus })));
        expect(again.issues.filter((i) => i.level === 'error')).toEqual([]);
        expect(again.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('filterAgentItems on hostile text', () => {
  const people = [
    { id: 'u_me', name: 'Ünïcödé Me' },
    { id: 'u_2', name: 'مريم' },
    { id: 'u_3', name: 'İsmail ıdır' },
    { id: 'u_4', name: '👩‍👩‍👧 family' },
  ];
  const itemArb: fc.Arbitrary<AgentItem> = fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''),
    kind: fc.constantFrom('ambient' as const, 'interactive' as const),
    title: hostileText,
    source: fc.constantFrom('slack', 'cli', 'weird source', ''),
    status: fc.constantFrom(
      'working' as const,
      'blocked' as const,
      'canceled' as const,
      'failed' as const,
      'success' as const,
    ),
    rawStatus: fc.constant('x'),
    createdAt: fc.integer({ min: 0, max: Date.UTC(2100, 11, 31) }).map((t) => new Date(t)),
    creator: fc.constantFrom(...people),
  });
  const ctxArb: fc.Arbitrary<ViewContext> = fc.record({
    tab: fc.constantFrom('personal' as const, 'all' as const),
    viewerId: fc.constant('u_me'),
    timeZone: fc.constantFrom('UTC', 'Asia/Kolkata', 'Australia/Adelaide'),
    now: fc.integer({ min: 0, max: Date.UTC(2100, 11, 31) }),
  });

  it('is a subsequence, idempotent, and agrees with the naive reference for queries cut from the data', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 25 }),
        ctxArb,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<AgentFilters['createdOn']>(
          undefined,
          { preset: 'today' },
          { preset: 'last_week' },
          { day: '1970-01-01' },
          { from: '2099-01-01', to: '2100-12-31' },
        ),
        (items, ctx, pick, start, len, createdOn) => {
          // A query taken from a real title or name (so it matches something), or pure noise.
          const source = items.length
            ? [items[pick % items.length]!.title, items[pick % items.length]!.creator.name][pick % 2]!
            : '';
          const query = source.slice(start % (source.length + 1), (start % (source.length + 1)) + (len % 5));
          const filters: AgentFilters = { query, ...(createdOn ? { createdOn } : {}) };
          const out = filterAgentItems(items, filters, ctx);
          let j = 0;
          for (const it of out) {
            while (j < items.length && items[j] !== it) j++;
            expect(j).toBeLessThan(items.length);
            j++;
          }
          expect(filterAgentItems(out, filters, ctx)).toEqual(out);
          expect(out.map((i) => i.id)).toEqual(refFilter(items, filters, ctx).map((i) => i.id));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('free-text query across fields', () => {
  // Found by the property above (a title of "\u0000"): a query must match inside one field, never
  // across the title / creator name / id boundary.
  const mk = (id: string, title: string, name: string): AgentItem => ({
    id,
    kind: 'ambient',
    title,
    source: 'slack',
    status: 'success',
    rawStatus: 'done',
    createdAt: new Date(0),
    creator: { id: 'u_me', name },
  });
  const ctx: ViewContext = { tab: 'personal', viewerId: 'u_me', timeZone: 'UTC', now: 0 };
  const items = [mk('run_1', 'Fix login', 'Ada'), mk('run_2', 'Deploy', 'Bo')];

  it('a query never matches across the title / creator name / id boundary', () => {
    for (const query of ['\u0000', 'login\u0000ada', 'ada\u0000run_1', '\u0000bo\u0000']) {
      expect(
        filterAgentItems(items, { query }, ctx).map((i) => i.id),
        JSON.stringify(query),
      ).toEqual(refFilter(items, { query }, ctx).map((i) => i.id));
      expect(filterAgentItems(items, { query }, ctx), JSON.stringify(query)).toEqual([]);
    }
    // A NUL that is really in a title is still found.
    const withNul = [mk('n', 'a\u0000b', 'Ada')];
    expect(filterAgentItems(withNul, { query: 'a\u0000b' }, ctx)).toHaveLength(1);
  });
});

describe('formatters are total', () => {
  const anyNumber = fc.oneof(
    fc.double(),
    fc.constantFrom(
      Number.NaN,
      Infinity,
      -Infinity,
      -0,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      8.64e15,
      8.64e15 + 1,
      -8.64e15 - 1,
    ),
    fc.integer(),
  );
  const anyDate = fc.oneof(
    anyNumber.map((n) => new Date(n)),
    fc.date({ noInvalidDate: false }),
    fc.constant(new Date(Number.NaN)),
  );
  const zone = fc.constantFrom(
    undefined,
    'UTC',
    'America/New_York',
    'Asia/Kolkata',
    'Australia/Adelaide',
    'Not/AZone',
    '',
  );
  const locale = fc.constantFrom(undefined, 'en-US', 'ar-EG', 'he-IL', 'hi-IN', 'xx-INVALID-!!');

  it('toDayKey gives a YYYY-MM-DD key or "" for any number, Date, undefined or zone', () => {
    fc.assert(
      fc.property(fc.oneof(anyNumber, anyDate, fc.constant(undefined)), zone, (value, tz) => {
        let key!: string;
        expect(() => {
          key = toDayKey(value as Date | number, tz);
        }).not.toThrow();
        expect(typeof key).toBe('string');
        const epoch = value instanceof Date ? value.getTime() : (value as number);
        if (typeof epoch === 'number' && Number.isFinite(epoch) && Math.abs(epoch) <= 8.64e15 - 86_400_000 * 2) {
          // Years beyond 9999 are written with more digits; below 0 with a sign.
          expect(key).toMatch(/^[+-]?\d{4,6}-\d{2}-\d{2}$/);
        } else if (!(typeof epoch === 'number' && Number.isFinite(epoch))) {
          expect(key).toBe('');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('formatCreatedAt / formatFullDate return text for any date, clock, zone and locale; invalid → —', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyDate, fc.constant(undefined)),
        fc.oneof(anyNumber, anyDate, fc.constant(undefined)),
        zone,
        locale,
        (date, now, tz, loc) => {
          const a = formatCreatedAt(date as Date, { now, timeZone: tz, locale: loc });
          const b = formatFullDate(date as Date, { timeZone: tz, locale: loc });
          expect(typeof a).toBe('string');
          expect(typeof b).toBe('string');
          const t = date instanceof Date ? date.getTime() : Number.NaN;
          if (!Number.isFinite(t)) {
            expect(a).toBe('—');
            expect(b).toBe('—');
          } else {
            expect(a.length).toBeGreaterThan(0);
            expect(a).not.toMatch(/Invalid|NaN|undefined/);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('formatDuration / formatCredits never say NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyNumber, fc.constant(undefined), fc.constant(null)),
        locale,
        fc.boolean(),
        (v, loc, compact) => {
          const d = formatDuration(v, { locale: loc });
          const c = formatCredits(v, { locale: loc, compact });
          for (const s of [d, c]) {
            expect(typeof s).toBe('string');
            expect(s.length).toBeGreaterThan(0);
            expect(s).not.toMatch(/NaN|Infinity|undefined|∞/);
          }
          if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
            expect(d).toBe('—');
            expect(c).toBe('—');
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
