import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCreatedAt, formatCredits, formatDuration, formatFullDate } from '../../../src/core';
import { norm, oracleCreatedAt, oracleKey, TRANSITIONS, ZONES } from './dst-oracle';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

/** Reads an en-US narrow duration back into ms (the lower bound it stands for). */
function parseDuration(text: string): number {
  if (text === '<1s') return 0;
  let total = 0;
  for (const part of text.split(' ')) {
    const m = /^([\d,]+)([dhms])$/.exec(part);
    if (!m) throw new Error(`unparseable duration part "${part}" in "${text}"`);
    const n = Number(m[1]!.replace(/,/g, ''));
    total += n * { d: D, h: H, m: M, s: S }[m[2] as 'd' | 'h' | 'm' | 's'];
  }
  return total;
}

describe('formatDuration', () => {
  it('follows the compact rules', () => {
    expect(formatDuration(0)).toBe('<1s');
    expect(formatDuration(999)).toBe('<1s');
    expect(formatDuration(45 * S)).toBe('45s');
    expect(formatDuration(65 * S)).toBe('1m 5s');
    expect(formatDuration(5 * M)).toBe('5m');
    expect(formatDuration(H + 2 * M + 59 * S)).toBe('1h 2m');
    expect(formatDuration(H)).toBe('1h');
    expect(formatDuration(2 * D + 3 * H + 59 * M)).toBe('2d 3h');
    expect(formatDuration(3 * D)).toBe('3d');
  });

  it('shows — for missing, NaN, negative and infinite values', () => {
    for (const v of [null, undefined, Number.NaN, -1, -Infinity, Infinity]) expect(formatDuration(v)).toBe('—');
  });

  it('is locale-aware', () => {
    const de = formatDuration(65 * S, { locale: 'de-DE' });
    expect(de).toMatch(/1/);
    expect(de).toMatch(/5/);
    expect(() => formatDuration(1, { locale: 'not a locale!!' })).not.toThrow();
  });

  it('is total and never renders a larger duration as a smaller one', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.constantFrom(undefined, 'en-US', 'fr-FR', 'ar-EG'), (a, b, locale) => {
        expect(typeof formatDuration(a, { locale })).toBe('string');
        expect(typeof formatDuration(b, { locale })).toBe('string');
        if (!(a >= 0 && b >= 0 && Number.isFinite(a) && Number.isFinite(b))) return;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const plo = parseDuration(formatDuration(lo));
        const phi = parseDuration(formatDuration(hi));
        // Above 2^53 ms the parser's own float arithmetic rounds: allow one part in 10^12 there.
        const slack = hi > Number.MAX_SAFE_INTEGER ? hi * 1e-12 : 0;
        expect(phi).toBeGreaterThanOrEqual(plo - slack);
        expect(plo).toBeLessThanOrEqual(lo + slack);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * D }), fc.integer({ min: 0, max: 3 * H }), (a, delta) => {
        expect(parseDuration(formatDuration(a + delta))).toBeGreaterThanOrEqual(parseDuration(formatDuration(a)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatCredits', () => {
  it('follows the rules', () => {
    expect(formatCredits(0)).toBe('0');
    expect(formatCredits(-0)).toBe('0');
    expect(formatCredits(0.004)).toBe('<0.01');
    expect(formatCredits(0.01)).toBe('0.01');
    expect(formatCredits(1234.5)).toBe('1,234.5');
    expect(formatCredits(1234.567)).toBe('1,234.57');
    expect(formatCredits(12_345, { compact: true })).toBe('12.3K');
    expect(formatCredits(12.5, { compact: true })).toBe('12.5');
    expect(formatCredits(1234.5, { locale: 'de-DE' })).toBe('1.234,5');
  });

  it('is total', () => {
    for (const v of [null, undefined, Number.NaN, -1, Infinity, -Infinity]) expect(formatCredits(v)).toBe('—');
    fc.assert(
      fc.property(fc.option(fc.double(), { nil: undefined }), fc.boolean(), (v, compact) => {
        expect(typeof formatCredits(v, { compact })).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatCreatedAt', () => {
  const now = Date.parse('2026-11-25T18:00:00Z');
  it('says Today / Yesterday / the date, and the year when it differs', () => {
    expect(formatCreatedAt(new Date('2026-11-25T15:04:00Z'), { timeZone: 'UTC', now })).toBe('Today, 3:04 PM');
    expect(formatCreatedAt(new Date('2026-11-24T09:12:00Z'), { timeZone: 'UTC', now })).toBe('Yesterday, 9:12 AM');
    expect(formatCreatedAt(new Date('2026-11-20T15:04:00Z'), { timeZone: 'UTC', now })).toBe('Nov 20, 3:04 PM');
    expect(formatCreatedAt(new Date('2025-11-20T15:04:00Z'), { timeZone: 'UTC', now })).toBe('Nov 20, 2025, 3:04 PM');
  });

  it('uses the view time zone for both the day and the time', () => {
    // 23:30 on Nov 20 in Los Angeles; now is 04:00 on Nov 21 there, 12:00 UTC.
    const item = new Date('2026-11-21T07:30:00Z');
    const at = Date.parse('2026-11-21T12:00:00Z');
    expect(formatCreatedAt(item, { timeZone: 'America/Los_Angeles', now: at })).toBe('Yesterday, 11:30 PM');
    expect(formatCreatedAt(item, { timeZone: 'UTC', now: at })).toBe('Today, 7:30 AM');
  });

  it('is total over any date, clock, zone and locale', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.date({ noInvalidDate: false }),
          fc.double().map((d) => new Date(d)),
        ),
        fc.option(fc.oneof(fc.double(), fc.date({ noInvalidDate: false })), { nil: undefined }),
        fc.constantFrom(undefined, 'UTC', 'Asia/Kathmandu', 'Nope/Zone'),
        fc.constantFrom(undefined, 'en-US', 'de-DE', 'ja-JP', '!!'),
        (date, now, timeZone, locale) => {
          expect(typeof formatCreatedAt(date, { now, timeZone, locale })).toBe('string');
          expect(typeof formatFullDate(date, { timeZone, locale })).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws', () => {
    expect(formatCreatedAt(new Date(Number.NaN))).toBe('—');
    expect(formatCreatedAt(undefined as unknown as Date)).toBe('—');
    expect(() => formatCreatedAt(new Date(), { timeZone: 'Bogus/Zone', locale: '%%' })).not.toThrow();
  });
});

describe('formatFullDate', () => {
  it('gives the full date, time and zone name', () => {
    expect(formatFullDate(new Date('2026-11-20T23:04:05Z'), { timeZone: 'America/Los_Angeles' })).toBe(
      'Friday, November 20, 2026 at 3:04:05 PM PST',
    );
    expect(formatFullDate(Number.NaN)).toBe('—');
  });
});

describe('the oracle itself', () => {
  it('matches the rules on plain cases (so agreement below means something)', () => {
    const now = Date.parse('2026-11-25T18:00:00Z');
    expect(oracleCreatedAt(Date.parse('2026-11-25T15:04:00Z'), now, 'UTC')).toBe('Today, 3:04 PM');
    expect(oracleCreatedAt(Date.parse('2026-11-24T09:12:00Z'), now, 'UTC')).toBe('Yesterday, 9:12 AM');
    expect(oracleCreatedAt(Date.parse('2025-11-20T15:04:00Z'), now, 'UTC')).toBe('Nov 20, 2025, 3:04 PM');
    expect(oracleKey(Date.UTC(2028, 1, 29, 12), 'UTC')).toBe('2028-02-29');
  });
});

describe('formatCreatedAt across DST changes and the leap day', { timeout: 120_000 }, () => {
  for (const [zone, t, what] of TRANSITIONS) {
    it(`${zone}, ${what}: every (date, now) pair within ±2 days agrees with the oracle`, () => {
      // Steps of 37 minutes hit every quarter-hour phase and both readings of a repeated hour.
      for (let now = t - 30 * H; now <= t + 30 * H; now += 97 * 60_000) {
        for (let at = now - 50 * H; at <= now + 2 * H; at += 37 * 60_000) {
          const got = norm(formatCreatedAt(new Date(at), { timeZone: zone, now, locale: 'en-US' }));
          expect(got, `${zone} at=${new Date(at).toISOString()} now=${new Date(now).toISOString()}`).toBe(
            oracleCreatedAt(at, now, zone),
          );
        }
      }
    });
  }

  it('random instants in 1970–2100 and zones agree with the oracle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.UTC(2100, 11, 31) }),
        fc.integer({ min: -3 * D, max: 400 * D }),
        fc.constantFrom(...ZONES),
        (at, delta, zone) => {
          const now = at + delta;
          expect(norm(formatCreatedAt(new Date(at), { timeZone: zone, now, locale: 'en-US' }))).toBe(
            oracleCreatedAt(at, now, zone),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
