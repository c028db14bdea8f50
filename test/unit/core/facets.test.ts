import { describe, expect, it } from 'vitest';
import { getFacets, STATUS_ORDER, type AgentFilters, type AgentItem, type ViewContext } from '../../../src/core';
import { generateParsedItems, SAMPLE_NOW } from '../../fixtures/sample-data';
import { checkAgainstReference } from './facets-reference';
import { refFilter } from './reference';

const ITEMS = generateParsedItems({ count: 600, seed: 5 });

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
});
