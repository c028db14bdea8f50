// Properties of the formatters beyond format.test.ts and time.test.ts: they are total over every
// double, ±Infinity, undefined and invalid Dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCreatedAt, formatCredits, formatDuration, formatFullDate, toDayKey } from '../../../src/core';
import { RUNS } from './arbitraries';

describe('formatters are total', { timeout: 120_000 }, () => {
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
