import { describe, expect, it } from 'vitest';
import { filterAgentItems, type AgentFilters, type AgentItem, type ViewContext } from '../../../src/core';
import { generateParsedItems, SAMPLE_NOW, SAMPLE_TEAMMATES } from '../../fixtures/sample-data';
import { refDayKey, refFilter } from './reference';

const ITEMS = generateParsedItems({ count: 1500, seed: 11 });
const ids = (items: AgentItem[]) => items.map((i) => i.id);

const item = (over: Partial<AgentItem> & { id: string }): AgentItem => ({
  kind: 'ambient',
  title: over.id,
  source: 'api',
  status: 'success',
  rawStatus: 'done',
  createdAt: new Date('2026-11-25T12:00:00Z'),
  creator: { id: 'u_me', name: 'Me' },
  ...over,
});

describe('filterAgentItems: tabs', () => {
  const items = [
    item({ id: 'mine-ambient' }),
    item({ id: 'mine-interactive', kind: 'interactive', source: 'interactive' }),
    item({ id: 'theirs-ambient', creator: { id: 'u_2', name: 'Bo' } }),
    item({ id: 'theirs-interactive', kind: 'interactive', source: 'interactive', creator: { id: 'u_2', name: 'Bo' } }),
  ];
  it("Personal is the viewer's items", () => {
    expect(ids(filterAgentItems(items, {}, { tab: 'personal', viewerId: 'u_me' }))).toEqual([
      'mine-ambient',
      'mine-interactive',
    ]);
  });
  it("All adds teammates' ambient items, never their interactive ones", () => {
    expect(ids(filterAgentItems(items, {}, { tab: 'all', viewerId: 'u_me' }))).toEqual([
      'mine-ambient',
      'mine-interactive',
      'theirs-ambient',
    ]);
    expect(ids(filterAgentItems(items, { creators: ['u_2'] }, { tab: 'all', viewerId: 'u_me' }))).toEqual([
      'theirs-ambient',
    ]);
  });
  it('ignores the Creator filter on Personal', () => {
    expect(ids(filterAgentItems(items, { creators: ['u_2'] }, { tab: 'personal', viewerId: 'u_me' }))).toEqual([
      'mine-ambient',
      'mine-interactive',
    ]);
  });
});

describe('filterAgentItems: fields', () => {
  const ctx: ViewContext = { tab: 'all', viewerId: 'u_me', timeZone: 'UTC', now: Date.parse('2026-11-25T15:00:00Z') };
  const items = [
    item({ id: 'a', source: 'slack', status: 'failed', meta: { env: 'prod' } }),
    item({ id: 'b', source: 'linear', status: 'failed', meta: { env: ['staging', 'prod'] } }),
    item({ id: 'c', source: 'slack', status: 'success', title: 'Fix FLAKY login', meta: { env: 'dev' } }),
    item({
      id: 'd',
      source: 'cli',
      status: 'working',
      createdAt: new Date('2026-11-24T23:59:59.999Z'),
      creator: { id: 'u_2', name: 'Priya Raman' },
    }),
    item({ id: 'e', source: 'cli', status: 'working', createdAt: new Date('2026-11-18T15:00:00Z') }),
    item({ id: 'f', source: 'cli', status: 'working', createdAt: new Date('2026-11-18T15:00:00.001Z') }),
  ];
  it('ORs within a field and ANDs across fields', () => {
    expect(ids(filterAgentItems(items, { sources: ['slack', 'linear'] }, ctx))).toEqual(['a', 'b', 'c']);
    expect(ids(filterAgentItems(items, { sources: ['slack', 'linear'], statuses: ['failed'] }, ctx))).toEqual([
      'a',
      'b',
    ]);
  });
  it('treats empty arrays as no filter', () => {
    expect(filterAgentItems(items, { sources: [], statuses: [], creators: [], facets: { env: [] } }, ctx)).toHaveLength(
      6,
    );
  });
  it('matches host facets on a value or any value of an array', () => {
    expect(ids(filterAgentItems(items, { facets: { env: ['prod'] } }, ctx))).toEqual(['a', 'b']);
    expect(ids(filterAgentItems(items, { facets: { env: ['staging', 'dev'] } }, ctx))).toEqual(['b', 'c']);
  });
  it('searches title, creator name and id case-insensitively, trimmed', () => {
    expect(ids(filterAgentItems(items, { query: '  flaky ' }, ctx))).toEqual(['c']);
    expect(ids(filterAgentItems(items, { query: 'PRIYA' }, ctx))).toEqual(['d']);
    expect(ids(filterAgentItems(items, { query: 'D' }, ctx))).toEqual(['d']);
    expect(ids(filterAgentItems(items, { query: 'me' }, ctx))).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(filterAgentItems(items, { query: '   ' }, ctx)).toHaveLength(6);
  });
  it('uses calendar days for today/yesterday and rolling windows for the rest', () => {
    expect(ids(filterAgentItems(items, { createdOn: { preset: 'today' } }, ctx))).toEqual(['a', 'b', 'c']);
    expect(ids(filterAgentItems(items, { createdOn: { preset: 'yesterday' } }, ctx))).toEqual(['d']);
    expect(ids(filterAgentItems(items, { createdOn: { preset: 'last_24_hours' } }, ctx))).toEqual(['a', 'b', 'c', 'd']);
    // (now − 7 × 24 h, now]: exactly seven days ago is out, one ms later is in.
    expect(ids(filterAgentItems(items, { createdOn: { preset: 'last_week' } }, ctx))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'f',
    ]);
    expect(ids(filterAgentItems(items, { createdOn: { day: '2026-11-18' } }, ctx))).toEqual(['e', 'f']);
    expect(ids(filterAgentItems(items, { createdOn: { from: '2026-11-24', to: '2026-11-18' } }, ctx))).toEqual([
      'd',
      'e',
      'f',
    ]);
  });
  it('puts exact boundaries on the right side', () => {
    const now = Date.parse('2026-11-25T15:00:00Z');
    const at = (iso: string | number) => item({ id: String(iso), createdAt: new Date(iso) });
    const edge = [
      at('2026-11-25T00:00:00.000Z'),
      at('2026-11-26T00:00:00.000Z'),
      at(now - 24 * 3_600_000),
      at(now),
      at(now + 1),
    ];
    const c = { tab: 'personal' as const, viewerId: 'u_me', timeZone: 'UTC', now };
    const f = (createdOn: AgentFilters['createdOn']) => filterAgentItems(edge, { createdOn }, c).map((i) => i.id);
    expect(f({ preset: 'today' })).toEqual([edge[0]!.id, edge[3]!.id, edge[4]!.id]);
    expect(f({ preset: 'yesterday' })).toEqual([edge[2]!.id]);
    expect(f({ preset: 'last_24_hours' })).toEqual([edge[0]!.id, edge[3]!.id]);
    expect(f({ day: '2026-11-26' })).toEqual([edge[1]!.id]);
  });
  it("is 'yesterday' in Los Angeles and 'today' in UTC for 23:30 Pacific", () => {
    const late = [item({ id: 'late', createdAt: new Date('2026-11-21T07:30:00Z') })];
    const now = Date.parse('2026-11-21T12:00:00Z');
    const la = { tab: 'personal' as const, viewerId: 'u_me', now, timeZone: 'America/Los_Angeles' };
    const utc = { ...la, timeZone: 'UTC' };
    expect(filterAgentItems(late, { createdOn: { preset: 'yesterday' } }, la)).toHaveLength(1);
    expect(filterAgentItems(late, { createdOn: { preset: 'today' } }, la)).toHaveLength(0);
    expect(filterAgentItems(late, { createdOn: { preset: 'today' } }, utc)).toHaveLength(1);
  });
  it('ignores unknown presets and malformed days, and never throws on garbage', () => {
    for (const createdOn of [
      { preset: 'someday' },
      { day: '2026-13-01' },
      { day: 'nope' },
      { from: 'x', to: '2026-11-01' },
      'today',
      7,
    ]) {
      expect(filterAgentItems(items, { createdOn } as unknown as AgentFilters, ctx)).toHaveLength(6);
    }
    for (const filters of [
      null,
      undefined,
      'x',
      { sources: 'slack' },
      { facets: 'x' },
      { facets: { env: 'prod' } },
      { query: 42 },
    ]) {
      expect(() => filterAgentItems(items, filters as unknown as AgentFilters, ctx)).not.toThrow();
    }
    expect(filterAgentItems(null as unknown as AgentItem[], {}, ctx)).toEqual([]);
  });
});

describe('the three questions, on generated data', () => {
  const now = SAMPLE_NOW;
  const ctx: ViewContext = { tab: 'all', viewerId: 'u_me', timeZone: 'America/New_York', now };
  it('everything that failed today', () => {
    const filters: AgentFilters = { statuses: ['failed'], createdOn: { preset: 'today' } };
    const got = filterAgentItems(ITEMS, filters, ctx);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(refFilter(ITEMS, filters, ctx));
    const today = refDayKey(now, 'America/New_York');
    for (const i of got) {
      expect(i.status).toBe('failed');
      expect(refDayKey(i.createdAt.getTime(), 'America/New_York')).toBe(today);
    }
  });
  it('runs from Slack', () => {
    const filters: AgentFilters = { sources: ['slack'] };
    const got = filterAgentItems(ITEMS, filters, ctx);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(refFilter(ITEMS, filters, ctx));
    expect(got.every((i) => i.source === 'slack')).toBe(true);
    // Teammates' Slack runs are included on All.
    expect(got.some((i) => i.creator.id !== 'u_me')).toBe(true);
  });
  it('what a specific teammate triggered via integrations', () => {
    const teammate = SAMPLE_TEAMMATES[2]!.id;
    const filters: AgentFilters = { sources: ['slack', 'linear'], creators: [teammate] };
    const got = filterAgentItems(ITEMS, filters, ctx);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(refFilter(ITEMS, filters, ctx));
    expect(got.every((i) => i.creator.id === teammate && (i.source === 'slack' || i.source === 'linear'))).toBe(true);
  });
});
