// Both stores answer exactly what the core answers over the same items: the pages in
// compareNewestFirst order (keyset paging, nothing lost or repeated), `total`, both tabs'
// `tabTotals` (filterWithTabCounts), `facets` (getFacets) and `summary` (summarize), for random
// filters, tabs, viewers, clocks and time zones (DST days included: the filter arbitraries span late
// October and early November 2026).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  filterAgentItems,
  filterWithTabCounts,
  getFacets,
  summarize,
  type AgentFilters,
  type AgentItem,
  type ViewContext,
} from '../../src/core';
import type { AgentQuerySummary } from '../../src/data';
import type { AgentStore } from '../../src/server';
import { ctxArb, filtersArb } from '../unit/core/arbitraries';
import { postgresStore, sqliteStore, type TestStore } from './databases';
import { parityData } from './parity-data';

const RUNS = Number(process.env.SERVER_PARITY_RUNS ?? 40);
const { input, items } = parityData(1200);
const sorted = [...items].sort(compareNewestFirst);

/** Credit sums agree up to float rounding (the database adds in its own order). */
function expectSummary(got: AgentQuerySummary | undefined, matches: AgentItem[], ctx: ViewContext) {
  const want = summarize(matches, ctx);
  expect(got).toBeDefined();
  expect(got!.credits).toBeCloseTo(want.credits, 6);
  for (const key of ['creditsBySource', 'creditsByCreator'] as const) {
    const g = got![key] ?? [];
    const w = want[key];
    expect(g.map((o) => [o.value, o.label])).toEqual(w.map((o) => [o.value, o.label]));
    g.forEach((o, i) => expect(o.count).toBeCloseTo(w[i]!.count, 6));
  }
}

async function pageAll(store: AgentStore, filters: AgentFilters, ctx: ViewContext, limit: number) {
  const q = { tab: ctx.tab, viewerId: ctx.viewerId, filters, timeZone: ctx.timeZone!, now: ctx.now!, limit };
  const first = await store.query(q);
  const ids = first.items.map((i) => String((i as { id: string }).id));
  let cursor = first.nextCursor;
  while (cursor) {
    const next = await store.query({ ...q, cursor });
    expect(next.total).toBe(first.total);
    expect(next.tabTotals).toEqual(first.tabTotals);
    expect(next.facets).toBeUndefined();
    ids.push(...next.items.map((i) => String((i as { id: string }).id)));
    cursor = next.nextCursor;
  }
  return { first, ids };
}

describe.each([
  ['sqlite', () => sqliteStore()],
  ['postgres', () => postgresStore()],
] as const)('%s store ≡ filterAgentItems + compareNewestFirst', { timeout: 300_000 }, (_name, open) => {
  let db: TestStore;
  beforeAll(async () => {
    db = await open();
    const { written, issues } = await db.store.upsert(input);
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(written).toBe(items.length);
  });
  afterAll(() => db?.close());

  it('pages, total, tab totals, facets and summary equal the core for random filters, tabs and zones', async () => {
    await fc.assert(
      fc.asyncProperty(filtersArb, ctxArb, fc.integer({ min: 40, max: 400 }), async (filters, ctx, limit) => {
        const want = filterAgentItems(sorted, filters, ctx);
        const { counts } = filterWithTabCounts(sorted, filters, ctx);
        const { first, ids } = await pageAll(db.store, filters, ctx, limit);
        expect(ids).toEqual(want.map((i) => i.id));
        expect(first.total).toBe(want.length);
        expect(first.tabTotals).toEqual({ personal: counts.personal.count, all: counts.all.count });
        expect(first.facets).toEqual(getFacets(sorted, filters, ctx));
        expectSummary(first.summary, want, ctx);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers the free-text query as the core does (non-ASCII case, wildcards, backslashes)', async () => {
    const ctx: ViewContext = { tab: 'all', viewerId: 'u_me', timeZone: 'UTC', now: Date.now() };
    for (const query of [
      'über',
      'STRASSE',
      'straße',
      '100%',
      'done_',
      '%',
      '_',
      '\\',
      'İstanbul',
      'σίσυφος',
      'run_odd',
    ]) {
      const want = filterAgentItems(sorted, { query }, ctx).map((i) => i.id);
      const { ids } = await pageAll(db.store, { query }, ctx, 500);
      expect(ids, query).toEqual(want);
    }
  });

  it('never repeats or loses an item across pages while newer and older items are written', async () => {
    const ctx: ViewContext = { tab: 'all', viewerId: 'u_me', timeZone: 'UTC', now: Date.now() };
    const before = filterAgentItems(sorted, {}, ctx).map((i) => i.id);
    const q = { tab: 'all' as const, viewerId: 'u_me', filters: {}, timeZone: 'UTC', limit: 50 };
    const seen: string[] = [];
    let page = await db.store.query(q);
    let round = 0;
    for (;;) {
      seen.push(...page.items.map((i) => String((i as { id: string }).id)));
      // Between pages: a run newer than everything, and a teammate's run in the middle of the list.
      await db.store.upsert([
        { ...input[0]!, id: `concurrent_new_${round}`, createdAt: new Date().toISOString() },
        {
          ...input[0]!,
          id: `concurrent_old_${round}`,
          kind: 'ambient',
          creator: { id: 'u_priya', name: 'Priya Raman' },
        },
      ]);
      round++;
      if (!page.nextCursor) break;
      page = await db.store.query({ ...q, cursor: page.nextCursor });
    }
    expect(new Set(seen).size).toBe(seen.length);
    const got = new Set(seen);
    expect(before.filter((id) => !got.has(id))).toEqual([]);
    await db.store.remove(
      Array.from({ length: round }, (_, r) => [`concurrent_new_${r}`, `concurrent_old_${r}`]).flat(),
    );
  });
});
