import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREATED_ON_PRESETS,
  getFacets,
  STATUS_ORDER,
  type AgentFilters,
  type AgentItem,
  type FacetOption,
  type ViewContext,
} from '../../../src/core';
import { generateParsedItems, SAMPLE_NOW } from '../../../stories/sample-data';
import { ctxArb, filtersArb } from './arbitraries';
import { refFilter, type Field } from './reference';

const ITEMS = generateParsedItems({ count: 600, seed: 5 });

function countBy(items: AgentItem[], value: (i: AgentItem) => string | string[] | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) {
    const v = value(i);
    const vs = v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v];
    for (const x of vs) m.set(x, (m.get(x) ?? 0) + 1);
  }
  return m;
}

function expectOptions(options: FacetOption[], expected: Map<string, number>, selected: readonly string[] = []) {
  const got = new Map(options.map((o) => [o.value, o.count]));
  for (const [value, count] of expected) expect(got.get(value), value).toBe(count);
  for (const [value, count] of got) {
    if (!expected.has(value)) {
      expect(count, value).toBe(0);
      expect(selected, value).toContain(value);
    }
  }
  for (const s of selected) expect(got.has(s), s).toBe(true);
}

function checkAgainstReference(items: AgentItem[], filters: AgentFilters, ctx: ViewContext) {
  const f = getFacets(items, filters, ctx);
  const without = (field: Field) => refFilter(items, filters, ctx, field);
  expect(f.statuses.map((o) => o.value)).toEqual(STATUS_ORDER);
  const statusCounts = countBy(without('statuses'), (i) => i.status);
  for (const o of f.statuses) expect(o.count).toBe(statusCounts.get(o.value) ?? 0);
  expectOptions(
    f.sources,
    countBy(without('sources'), (i) => i.source),
    filters.sources,
  );
  const creatorsSelected = ctx.tab === 'all' ? (filters.creators ?? []) : [];
  // Creators: exactly the people with an item in the tab, plus selected ones; each counted under
  // every other filter (so 0 is a valid count, like a status nobody is in).
  const creatorCounts = countBy(without('creators'), (i) => i.creator.id);
  const inTab = new Set(refFilter(items, {}, ctx).map((i) => i.creator.id));
  expect(new Set(f.creators.map((o) => o.value))).toEqual(new Set([...inTab, ...creatorsSelected]));
  expect(f.creators).toHaveLength(new Set([...inTab, ...creatorsSelected]).size);
  for (const o of f.creators) expect(o.count, o.value).toBe(creatorCounts.get(o.value) ?? 0);
  const viewerAt = f.creators.findIndex((o) => o.value === ctx.viewerId);
  expect(viewerAt === -1 || viewerAt === 0).toBe(true);
  const rest = f.creators.filter((o) => o.value !== ctx.viewerId).map((o) => o.label);
  expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));
  expect(f.createdOn.slice(0, 5).map((o) => o.value)).toEqual(CREATED_ON_PRESETS);
  CREATED_ON_PRESETS.forEach((preset, p) => {
    expect(f.createdOn[p]!.count, preset).toBe(refFilter(items, { ...filters, createdOn: { preset } }, ctx).length);
  });
  for (const key of ['environment', 'harness', 'repository']) {
    const selected = filters.facets?.[key] ?? [];
    const base = selected.length ? without(`facet:${key}`) : without('facet:__none__' as Field);
    expectOptions(
      f.facets[key] ?? [],
      countBy(base, (i) => i.meta?.[key]),
      selected,
    );
  }
}

describe('getFacets', () => {
  const ctx: ViewContext = { tab: 'all', viewerId: 'u_me', timeZone: 'America/New_York', now: SAMPLE_NOW };

  it('counts each field with every other filter applied', () => {
    const filters: AgentFilters = {
      sources: ['slack', 'linear'],
      statuses: ['failed'],
      createdOn: { preset: 'last_week' },
    };
    checkAgainstReference(ITEMS, filters, ctx);
    const f = getFacets(ITEMS, filters, ctx);
    // Clicking "Success" would show slack/linear runs of the last week that succeeded.
    expect(f.statuses.find((o) => o.value === 'success')!.count).toBe(
      refFilter(ITEMS, { ...filters, statuses: ['success'] }, ctx).length,
    );
  });

  it('keeps selected options at count 0 and always lists the five statuses', () => {
    const f = getFacets(
      ITEMS,
      { sources: ['pagerduty'], creators: ['u_ghost'], facets: { environment: ['mars'] } },
      ctx,
    );
    expect(f.sources.find((o) => o.value === 'pagerduty')).toEqual({
      value: 'pagerduty',
      label: 'Pagerduty',
      count: 0,
    });
    expect(f.creators.find((o) => o.value === 'u_ghost')).toEqual({ value: 'u_ghost', label: 'u_ghost', count: 0 });
    expect(f.facets.environment!.find((o) => o.value === 'mars')!.count).toBe(0);
    expect(f.statuses.map((o) => [o.value, o.count])).toEqual(STATUS_ORDER.map((s) => [s, 0]));
  });

  it('labels sources (built-ins first) and creators, viewer first', () => {
    const f = getFacets(ITEMS, {}, ctx);
    const builtIns = f.sources.map((o) => o.label);
    expect(builtIns).toEqual(['Interactive', 'CLI', 'API', 'Slack', 'Linear', 'Scheduled', 'GitHub Actions']);
    expect(f.creators[0]).toMatchObject({ value: 'u_me', label: 'Alex Morgan' });
    expect(f.statuses.map((o) => o.label)).toEqual(['Working', 'Blocked', 'Canceled', 'Failed', 'Success']);
  });

  it('keeps every creator of the tab as an option, at count 0 when the other filters hide their runs', () => {
    // Only the viewer's items are interactive on the All tab: filtering to Interactive leaves the
    // teammates with nothing, but they stay in the menu (a Creator section never goes empty).
    const all = getFacets(ITEMS, {}, ctx);
    const f = getFacets(ITEMS, { sources: ['interactive'] }, ctx);
    expect(f.creators.map((o) => o.value)).toEqual(all.creators.map((o) => o.value));
    expect(f.creators.length).toBeGreaterThan(1);
    expect(f.creators[0]).toMatchObject({ value: 'u_me', label: 'Alex Morgan' });
    expect(f.creators[0]!.count).toBeGreaterThan(0);
    for (const o of f.creators.slice(1)) expect(o.count, o.value).toBe(0);
    const rest = f.creators.slice(1).map((o) => o.label);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));

    // Even with every run filtered away, the people stay, viewer first.
    const none = getFacets(ITEMS, { query: 'no run is called this' }, ctx);
    expect(none.creators.map((o) => o.value)).toEqual(all.creators.map((o) => o.value));
    expect(none.creators.every((o) => o.count === 0)).toBe(true);

    // Personal: the viewer alone, even at 0; a teammate never appears there.
    const personal = getFacets(
      ITEMS,
      { statuses: ['failed'], query: 'no run is called this' },
      { ...ctx, tab: 'personal' },
    );
    expect(personal.creators).toEqual([{ value: 'u_me', label: 'Alex Morgan', count: 0 }]);
  });

  it("lists only the tab's creators: a teammate's interactive conversation adds no option", () => {
    const items: AgentItem[] = [
      { ...ITEMS.find((i) => i.creator.id === 'u_me')!, id: 'mine' },
      {
        ...ITEMS.find((i) => i.creator.id !== 'u_me' && i.kind === 'ambient')!,
        id: 'theirs',
        creator: { id: 'u_b', name: 'Bea' },
      },
      { ...ITEMS.find((i) => i.kind === 'interactive')!, id: 'private', creator: { id: 'u_c', name: 'Cy' } },
    ];
    const f = getFacets(items, { statuses: [] }, ctx);
    expect(f.creators.map((o) => o.value)).toEqual(['u_me', 'u_b']);
  });

  it('adds a selected custom day or range to the createdOn options', () => {
    const f = getFacets(ITEMS, { createdOn: { from: '2026-11-20', to: '2026-11-24' } }, ctx);
    expect(f.createdOn).toHaveLength(6);
    expect(f.createdOn[5]).toEqual({
      value: '2026-11-20..2026-11-24',
      label: '2026-11-20 – 2026-11-24',
      count: refFilter(ITEMS, { createdOn: { from: '2026-11-20', to: '2026-11-24' } }, ctx).length,
    });
  });

  it('re-indexes an array mutated in place, and handles array-valued meta', () => {
    const list = ITEMS.slice(0, 50);
    const before = getFacets(list, {}, ctx);
    const changed = {
      ...list[0]!,
      source: 'brand_new',
      creator: { id: 'u_me', name: 'Alex Morgan' },
      meta: { environment: ['dev', 'dev', 'qa'] },
    };
    list[0] = changed;
    list.push({ ...changed, id: 'extra' });
    const after = getFacets(list, {}, ctx);
    expect(after).not.toEqual(before);
    expect(after.sources.find((o) => o.value === 'brand_new')!.count).toBe(2);
    checkAgainstReference(list, {}, ctx);
    checkAgainstReference(list, { facets: { environment: ['qa'] } }, ctx);
  });

  it('agrees with the naive reference on a fresh array each time (cold index)', () => {
    fc.assert(
      fc.property(filtersArb, ctxArb, fc.integer({ min: 0, max: 600 }), (filters, c, size) =>
        checkAgainstReference(ITEMS.slice(0, size), filters, c),
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with the naive reference for arbitrary filters', () => {
    fc.assert(
      fc.property(filtersArb, ctxArb, (filters, c) => checkAgainstReference(ITEMS, filters, c)),
      { numRuns: 300 },
    );
  });
});
