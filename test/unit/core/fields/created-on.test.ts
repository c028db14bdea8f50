// Day-of-creation and "Created" labels across DST changes (northern and southern hemisphere, and a
// zone with a 30-minute offset *and* DST) and on the 2028 leap day, against an oracle built here from
// Intl.DateTimeFormat#formatToParts — independent of core's offset arithmetic and of reference.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterAgentItems, formatCreatedAt, toDayKey, type AgentFilters, type AgentItem } from '../../../../src/core';

const H = 3_600_000;
const D = 24 * H;

// ---- the oracle -------------------------------------------------------------------------------

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function parts(epoch: number, timeZone: string): Record<string, string> {
  let f = partsFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    });
    partsFormats.set(timeZone, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(epoch)) out[p.type] = p.value;
  return out;
}
/** Local calendar day as a day count since 1970-01-01 (calendar arithmetic, no offsets). */
function oracleDay(epoch: number, timeZone: string): number {
  const p = parts(epoch, timeZone);
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / D;
}
function oracleKey(epoch: number, timeZone: string): string {
  const p = parts(epoch, timeZone);
  return `${p.year!.padStart(4, '0')}-${p.month!.padStart(2, '0')}-${p.day!.padStart(2, '0')}`;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** What DESIGN.md says the Created column shows, assembled from parts. */
function oracleCreatedAt(epoch: number, now: number, timeZone: string): string {
  const p = parts(epoch, timeZone);
  const time = `${p.hour}:${p.minute} ${p.dayPeriod}`;
  const diff = oracleDay(now, timeZone) - oracleDay(epoch, timeZone);
  if (diff === 0) return `Today, ${time}`;
  if (diff === 1) return `Yesterday, ${time}`;
  const md = `${MONTHS[Number(p.month) - 1]} ${p.day}`;
  return p.year === parts(now, timeZone).year ? `${md}, ${time}` : `${md}, ${p.year}, ${time}`;
}
const norm = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

// ---- the cases --------------------------------------------------------------------------------

/** DST changes (UTC instants) in 2026, plus 2028 around the leap day. */
const TRANSITIONS: Array<[zone: string, utc: number, what: string]> = [
  ['America/New_York', Date.UTC(2026, 2, 8, 7), 'spring forward'],
  ['America/New_York', Date.UTC(2026, 10, 1, 6), 'fall back'],
  ['Europe/Berlin', Date.UTC(2026, 2, 29, 1), 'spring forward'],
  ['Europe/Berlin', Date.UTC(2026, 9, 25, 1), 'fall back'],
  ['Australia/Sydney', Date.UTC(2026, 3, 4, 16), 'fall back (April)'],
  ['Australia/Sydney', Date.UTC(2026, 9, 3, 16), 'spring forward (October)'],
  ['Australia/Adelaide', Date.UTC(2026, 3, 4, 16, 30), 'fall back, +10:30 → +9:30'],
  ['Australia/Adelaide', Date.UTC(2026, 9, 3, 16, 30), 'spring forward, +9:30 → +10:30'],
  ['Asia/Kolkata', Date.UTC(2028, 1, 28, 18, 30), 'leap day midnight, +5:30, no DST'],
  ['America/New_York', Date.UTC(2028, 2, 1, 5), 'the day after the leap day'],
];
const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Adelaide', 'Asia/Kolkata'];

const mk = (id: string, epoch: number): AgentItem => ({
  id,
  kind: 'ambient',
  title: id,
  source: 'api',
  status: 'success',
  rawStatus: 'done',
  createdAt: new Date(epoch),
  creator: { id: 'u', name: 'U' },
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

describe('formatCreatedAt across DST changes and the leap day', () => {
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

describe('Day-of-creation filter across DST changes and the leap day', () => {
  for (const [zone, t, what] of TRANSITIONS) {
    it(`${zone}, ${what}: Today, Yesterday, a day and a range select exactly the oracle's days`, () => {
      // Items every 7 minutes over three days around the change.
      const items: AgentItem[] = [];
      for (let at = t - 36 * H; at <= t + 36 * H; at += 7 * 60_000) items.push(mk(String(at), at));
      const keys = new Map(items.map((i) => [i, oracleKey(i.createdAt.getTime(), zone)]));
      for (let now = t - 12 * H; now <= t + 24 * H; now += 173 * 60_000) {
        const ctx = { tab: 'personal' as const, viewerId: 'u', timeZone: zone, now };
        const today = oracleKey(now, zone);
        const yesterdayDay = oracleDay(now, zone) - 1;
        const pick = (filters: AgentFilters) => filterAgentItems(items, filters, ctx);
        const expectDays = (filters: AgentFilters, ok: (key: string, item: AgentItem) => boolean) => {
          const got = pick(filters);
          const want = items.filter((i) => ok(keys.get(i)!, i));
          expect(got.length, `${JSON.stringify(filters)} now=${new Date(now).toISOString()}`).toBe(want.length);
          expect(got).toEqual(want);
        };
        expectDays({ createdOn: { preset: 'today' } }, (k) => k === today);
        expectDays(
          { createdOn: { preset: 'yesterday' } },
          (_, i) => oracleDay(i.createdAt.getTime(), zone) === yesterdayDay,
        );
        // Rolling windows are instants, not calendar days: exactly (now − 24 h, now] even on a 23/25-hour day.
        expectDays(
          { createdOn: { preset: 'last_24_hours' } },
          (_, i) => i.createdAt.getTime() > now - 24 * H && i.createdAt.getTime() <= now,
        );
      }
      const days = [...new Set(keys.values())].sort();
      for (const day of days) expectDaysOnce(items, keys, zone, { day }, (k) => k === day);
      expectDaysOnce(
        items,
        keys,
        zone,
        { from: days[1]!, to: days[days.length - 2]! },
        (k) => k >= days[1]! && k <= days[days.length - 2]!,
      );
    });
  }

  it('the 2028-02-29 leap day is a whole local day in every zone (and 2027-02-29 is not a day)', () => {
    for (const zone of [...ZONES, 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const items: AgentItem[] = [];
      for (let at = Date.UTC(2028, 1, 27); at <= Date.UTC(2028, 2, 3); at += 11 * 60_000)
        items.push(mk(String(at), at));
      const keys = new Map(items.map((i) => [i, oracleKey(i.createdAt.getTime(), zone)]));
      const got = filterAgentItems(
        items,
        { createdOn: { day: '2028-02-29' } },
        { tab: 'personal', viewerId: 'u', timeZone: zone },
      );
      expect(got.length).toBeGreaterThan(0);
      expect(got).toEqual(items.filter((i) => keys.get(i) === '2028-02-29'));
      expect(got.every((i) => toDayKey(i.createdAt, zone) === '2028-02-29')).toBe(true);
      // 'Yesterday' seen from the first minute of March 1 is the leap day.
      const march1 = got[got.length - 1]!.createdAt.getTime() + 11 * 60_000;
      const y = filterAgentItems(
        items,
        { createdOn: { preset: 'yesterday' } },
        { tab: 'personal', viewerId: 'u', timeZone: zone, now: march1 },
      );
      expect(y).toEqual(got);
      expect(formatCreatedAt(got[0]!.createdAt, { timeZone: zone, now: march1, locale: 'en-US' })).toMatch(
        /^Yesterday, /,
      );
      expect(
        filterAgentItems(
          items,
          { createdOn: { day: '2027-02-29' } },
          { tab: 'personal', viewerId: 'u', timeZone: zone },
        ),
      ).toHaveLength(items.length);
    }
  });
});

function expectDaysOnce(
  items: AgentItem[],
  keys: Map<AgentItem, string>,
  zone: string,
  createdOn: AgentFilters['createdOn'],
  ok: (key: string) => boolean,
): void {
  const got = filterAgentItems(items, { createdOn }, { tab: 'personal', viewerId: 'u', timeZone: zone });
  expect(got, `${zone} ${JSON.stringify(createdOn)}`).toEqual(items.filter((i) => ok(keys.get(i)!)));
}
