import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createdOnRange, filterAgentItems, toDayKey, type AgentItem } from '../../../src/core';
import { refDayKey } from './reference';

const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Sydney',
  'America/Santiago',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'America/St_Johns',
];

describe('toDayKey', () => {
  it('gives the calendar day in the zone', () => {
    // 23:30 on Nov 20 in Los Angeles is already Nov 21 in UTC.
    const t = new Date('2026-11-21T07:30:00Z');
    expect(toDayKey(t, 'America/Los_Angeles')).toBe('2026-11-20');
    expect(toDayKey(t, 'UTC')).toBe('2026-11-21');
    expect(toDayKey(t.getTime(), 'Asia/Kolkata')).toBe('2026-11-21');
  });

  it('handles the leap day', () => {
    expect(toDayKey(new Date('2028-02-29T12:00:00Z'), 'UTC')).toBe('2028-02-29');
    expect(toDayKey(new Date('2028-03-01T02:00:00Z'), 'America/New_York')).toBe('2028-02-29');
  });

  it('agrees with Intl for random instants in many zones (including 30/45-minute offsets)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...ZONES),
        (epoch, zone) => {
          expect(toDayKey(epoch, zone)).toBe(refDayKey(epoch, zone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees with Intl minute by minute around DST changes', () => {
    const cases: Array<[string, number]> = [
      ['America/New_York', Date.UTC(2026, 2, 8, 7)],
      ['America/New_York', Date.UTC(2026, 10, 1, 6)],
      ['Europe/Berlin', Date.UTC(2026, 2, 29, 1)],
      ['Europe/Berlin', Date.UTC(2026, 9, 25, 1)],
      ['Australia/Sydney', Date.UTC(2026, 3, 4, 16)],
      ['Australia/Sydney', Date.UTC(2026, 9, 3, 16)],
      ['America/Santiago', Date.UTC(2026, 3, 5, 3)],
      ['America/Santiago', Date.UTC(2026, 8, 6, 4)],
    ];
    for (const [zone, at] of cases) {
      for (let t = at - 3 * 3_600_000; t <= at + 3 * 3_600_000; t += 60_000) {
        expect(toDayKey(t, zone), `${zone} ${new Date(t).toISOString()}`).toBe(refDayKey(t, zone));
      }
    }
  });

  it('never throws: invalid input gives an empty key, an invalid zone falls back', () => {
    expect(toDayKey(Number.NaN, 'UTC')).toBe('');
    expect(toDayKey(new Date(Number.NaN))).toBe('');
    expect(toDayKey(Infinity)).toBe('');
    expect(() => toDayKey(0, 'Not/AZone')).not.toThrow();
  });
});

describe('calendar-day boundaries', () => {
  const dayLength = (day: string, zone: string) => {
    const r = createdOnRange({ day }, { timeZone: zone })!;
    return (r.hi - r.lo) / 3_600_000;
  };

  it('makes DST days 23 or 25 hours long', () => {
    expect(dayLength('2026-03-08', 'America/New_York')).toBe(23);
    expect(dayLength('2026-11-01', 'America/New_York')).toBe(25);
    expect(dayLength('2026-03-29', 'Europe/Berlin')).toBe(23);
    expect(dayLength('2026-10-25', 'Europe/Berlin')).toBe(25);
    expect(dayLength('2026-04-05', 'Australia/Sydney')).toBe(25);
    expect(dayLength('2026-10-04', 'Australia/Sydney')).toBe(23);
    // Chile changes the clock at midnight: the day after the spring change starts at 01:00.
    expect(dayLength('2026-09-06', 'America/Santiago')).toBe(23);
    expect(dayLength('2026-04-04', 'America/Santiago')).toBe(25);
    expect(dayLength('2026-11-20', 'Asia/Kathmandu')).toBe(24);
  });

  it('puts every boundary exactly where Intl changes the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.constantFrom(...ZONES), (offset, zone) => {
        const day = new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10);
        const { lo, hi } = createdOnRange({ day }, { timeZone: zone })!;
        expect(refDayKey(lo, zone)).toBe(day);
        expect(refDayKey(lo - 1, zone) < day).toBe(true);
        expect(refDayKey(hi - 1, zone)).toBe(day);
        expect(refDayKey(hi, zone) > day).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('filters the leap day and a range across it', () => {
    const mk = (iso: string): AgentItem => ({
      id: iso,
      kind: 'ambient',
      title: iso,
      source: 'api',
      status: 'success',
      rawStatus: 'done',
      createdAt: new Date(iso),
      creator: { id: 'u', name: 'U' },
    });
    const items = [
      '2028-02-28T23:59:59.999Z',
      '2028-02-29T00:00:00.000Z',
      '2028-02-29T23:59:59.999Z',
      '2028-03-01T00:00:00.000Z',
    ].map(mk);
    const ctx = { tab: 'personal' as const, viewerId: 'u', timeZone: 'UTC' };
    expect(filterAgentItems(items, { createdOn: { day: '2028-02-29' } }, ctx).map((i) => i.id)).toEqual([
      '2028-02-29T00:00:00.000Z',
      '2028-02-29T23:59:59.999Z',
    ]);
    expect(filterAgentItems(items, { createdOn: { from: '2028-03-01', to: '2028-02-29' } }, ctx)).toHaveLength(3);
    // 2027 has no Feb 29: the malformed day is ignored, not thrown on.
    expect(filterAgentItems(items, { createdOn: { day: '2027-02-29' } }, ctx)).toHaveLength(4);
  });
});
