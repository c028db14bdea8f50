import { describe, expect, it } from 'vitest';
import {
  createdOnRange,
  createdOnValue,
  filterAgentItems,
  formatCreatedAt,
  getFacets,
  toDayKey,
  type AgentFilters,
  type AgentItem,
} from '../../../../src/core';
import { createdOnField, readCreatedOnUrl, writeCreatedOnUrl } from '../../../../src/core/fields';
import { H, mk, oracleDay, oracleKey, TRANSITIONS, ZONES } from '../dst-oracle';
import { ids, item, LABELS, NO_FACETS, NOW } from '../fixtures';
import { roundTrip, written } from './helpers';

const createdOnUrl = { write: writeCreatedOnUrl, read: readCreatedOnUrl };

const ctx = { tab: 'all' as const, viewerId: 'u_me', timeZone: 'UTC', now: NOW };
const items = [
  item({ id: 'today', createdAt: new Date('2026-11-25T08:00:00Z') }),
  item({ id: 'yesterday', createdAt: new Date('2026-11-24T23:59:59.999Z') }),
  item({ id: 'last-week', createdAt: new Date('2026-11-19T09:00:00Z') }),
  item({ id: 'old', createdAt: new Date('2026-10-01T09:00:00Z') }),
];

describe('the Day-of-creation field', () => {
  it('compiles into one epoch range (malformed filters into none)', () => {
    expect(createdOnField.compile({ createdOn: { day: '2026-11-24' } }, ctx)).toEqual([
      {
        kind: 'range',
        group: 'createdOn',
        column: expect.anything(),
        lo: Date.UTC(2026, 10, 24),
        hi: Date.UTC(2026, 10, 25),
      },
    ]);
    for (const createdOn of [{ day: '2026-02-30' }, { preset: 'someday' }, 'today', undefined]) {
      expect(createdOnField.compile({ createdOn } as unknown as AgentFilters, ctx)).toEqual([]);
    }
    expect(createdOnRange({ from: '2026-11-24', to: '2026-11-20' }, ctx)).toEqual({
      lo: Date.UTC(2026, 10, 20),
      hi: Date.UTC(2026, 10, 25),
    });
  });

  it('keeps the items inside the range', () => {
    expect(ids(filterAgentItems(items, { createdOn: { preset: 'today' } }, ctx))).toEqual(['today']);
    expect(ids(filterAgentItems(items, { createdOn: { preset: 'last_week' } }, ctx))).toEqual([
      'today',
      'yesterday',
      'last-week',
    ]);
  });

  it('is the `created` parameter: a preset, a day or a range (earlier day first); the first valid one wins', () => {
    expect(written(createdOnUrl, { createdOn: { from: '2026-11-20', to: '2026-11-01' } })).toEqual([
      ['created', '2026-11-01..2026-11-20'],
    ]);
    expect(written(createdOnUrl, { createdOn: { day: '2026-13-01' } })).toEqual([]);
    for (const createdOn of [
      { preset: 'yesterday' },
      { day: '2026-11-20' },
      { from: '2026-11-01', to: '2026-11-20' },
    ]) {
      expect(roundTrip(createdOnUrl, { createdOn } as AgentFilters)).toEqual({ createdOn });
    }
    expect(
      createdOnUrl.read([
        ['created', 'someday'],
        ['created', '2026-11-20..2026-11-01'],
        ['created', 'today'],
      ]),
    ).toEqual({ createdOn: { from: '2026-11-01', to: '2026-11-20' } });
    expect(createdOnValue({ from: '2026-11-01', to: '2026-11-20' })).toBe('2026-11-01..2026-11-20');
  });

  it('offers the five presets counted under the other filters, and a selected day or range after them', () => {
    const f = getFacets(items, { createdOn: { day: '2026-11-24' } }, ctx);
    expect(f.createdOn.map((o) => [o.value, o.count])).toEqual([
      ['today', 1],
      ['yesterday', 1],
      ['last_24_hours', 2],
      ['past_3_days', 2],
      ['last_week', 3],
      ['2026-11-24', 1],
    ]);
    expect(getFacets(items, { createdOn: { preset: 'today' } }, ctx).createdOn).toHaveLength(5);
  });

  it('is one chip, labelled by preset, day or range, removed as a whole', () => {
    const chipOf = (createdOn: AgentFilters['createdOn']) =>
      createdOnField.chips({ createdOn }, { tab: 'all', facets: NO_FACETS, labels: LABELS, facetDefinitions: [] });
    expect(chipOf({ preset: 'today' }).map((c) => [c.key, c.field, c.fieldLabel, c.valueLabel])).toEqual([
      ['d', 'createdOn', 'Day of creation', 'Today'],
    ]);
    expect(chipOf({ day: '2026-11-20' })[0]!.valueLabel).toBe('On 2026-11-20');
    expect(chipOf({ from: '2026-11-01', to: '2026-11-20' })[0]!.valueLabel).toBe('2026-11-01 to 2026-11-20');
    expect(chipOf({ preset: 'today' })[0]!.remove({ createdOn: { preset: 'today' }, query: 'x' })).toEqual({
      query: 'x',
    });
    expect(chipOf(undefined)).toEqual([]);
    expect(createdOnField.activeCount({ createdOn: { preset: 'today' } }, 'all')).toBe(1);
    expect(createdOnField.isActive({}, 'all')).toBe(false);
  });
});

describe('Day-of-creation filter across DST changes and the leap day', { timeout: 120_000 }, () => {
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
