import { describe, expect, it } from 'vitest';
import {
  filterAgentItems,
  getFacets,
  OTHERS_VALUE,
  summarize,
  topWithOthers,
  type AgentFilters,
  type AgentItem,
  type AgentTab,
} from '../../../src/core';
import { generateParsedItems } from '../../fixtures/sample-data';

describe('summarize', () => {
  const items = generateParsedItems({ count: 800, seed: 9 });

  it('gives the same result over a filter result whose source is indexed as over a plain copy', () => {
    const many = generateParsedItems({ count: 6_000, seed: 21, viewerId: 'u_me' });
    // Same creator id under two names: the name comes from the first item with credits in the set.
    many[5] = { ...many[5]!, creator: { id: many[9]!.creator.id, name: 'Renamed' }, credits: 3 };
    getFacets(many, {}, { tab: 'all', viewerId: 'u_me' }); // builds the source's index, as the view does
    const cases: [AgentFilters, AgentTab][] = [
      [{}, 'all'],
      [{}, 'personal'],
      [{ statuses: ['failed', 'working'] }, 'all'],
    ];
    for (const [filters, tab] of cases) {
      const result = filterAgentItems(many, filters, { tab, viewerId: 'u_me' });
      expect(result.length).toBeGreaterThan(1_000);
      expect(summarize(result)).toEqual(summarize(result.slice()));
    }
  });

  it('counts, sums known credits and breaks them down, sorted descending', () => {
    const s = summarize(items);
    expect(s.total).toBe(800);
    expect(Object.keys(s.byStatus).sort()).toEqual(['blocked', 'canceled', 'failed', 'success', 'working']);
    for (const status of Object.keys(s.byStatus) as AgentItem['status'][]) {
      expect(s.byStatus[status]).toBe(items.filter((i) => i.status === status).length);
    }
    const known = items.filter((i) => i.credits !== undefined);
    expect(known.length).toBeLessThan(items.length);
    const total = known.reduce((a, i) => a + i.credits!, 0);
    expect(s.credits).toBeCloseTo(total, 6);
    for (const o of s.creditsBySource) {
      expect(o.count).toBeCloseTo(
        known.filter((i) => i.source === o.value).reduce((a, i) => a + i.credits!, 0),
        6,
      );
    }
    expect(s.creditsBySource.reduce((a, o) => a + o.count, 0)).toBeCloseTo(total, 6);
    expect(s.creditsByCreator.reduce((a, o) => a + o.count, 0)).toBeCloseTo(total, 6);
    const counts = s.creditsByCreator.map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(s.creditsBySource.find((o) => o.value === 'github_actions')!.label).toBe('GitHub Actions');
    expect(s.creditsKnown).toBe(known.length);
  });

  it('creditsKnown: how many items reported credits (0 = no data, not a zero spend), on both paths', () => {
    const none = items.map(({ credits: _c, ...rest }) => rest as AgentItem);
    expect(summarize(none)).toMatchObject({ credits: 0, creditsKnown: 0 });
    // A reported 0 is data: known, and the sum is a real zero.
    expect(summarize([{ ...items[0]!, credits: 0 }])).toMatchObject({ credits: 0, creditsKnown: 1 });
    // NaN, negative and infinite credits are unknown, like absent ones.
    const odd = [NaN, -1, Infinity, 2].map((credits, i) => ({ ...items[i]!, credits }));
    expect(summarize(odd)).toMatchObject({ credits: 2, creditsKnown: 1 });

    // The indexed path (a filter result whose source has a column index) counts the same.
    const many = generateParsedItems({ count: 4_000, seed: 5, viewerId: 'u_me' });
    getFacets(many, {}, { tab: 'all', viewerId: 'u_me' });
    const result = filterAgentItems(many, {}, { tab: 'all', viewerId: 'u_me' });
    expect(result.length).toBeGreaterThan(1_000);
    expect(summarize(result).creditsKnown).toBe(result.filter((i) => typeof i.credits === 'number').length);
    const blank = many.map(({ credits: _c, ...rest }) => rest as AgentItem);
    getFacets(blank, {}, { tab: 'all', viewerId: 'u_me' });
    expect(summarize(filterAgentItems(blank, {}, { tab: 'all', viewerId: 'u_me' })).creditsKnown).toBe(0);
  });

  it('handles an empty list and uses a host source registry for labels', () => {
    expect(summarize([])).toEqual({
      total: 0,
      byStatus: { working: 0, blocked: 0, canceled: 0, failed: 0, success: 0 },
      credits: 0,
      creditsKnown: 0,
      creditsBySource: [],
      creditsByCreator: [],
    });
    const one = { ...items[0]!, source: 'jira', credits: 2 };
    expect(summarize([one], { sources: { jira: { label: 'Jira' } } }).creditsBySource).toEqual([
      { value: 'jira', label: 'Jira', count: 2 },
    ]);
  });
});

describe('topWithOthers', () => {
  const options = [3, 10, 1, 7, 5, 2, 8].map((count, i) => ({ value: `v${i}`, label: `L${i}`, count }));
  it('keeps the top n and folds the rest into one option', () => {
    const top = topWithOthers(options, 5, 'Others');
    expect(top.map((o) => o.count)).toEqual([10, 8, 7, 5, 3, 3]);
    expect(top[5]).toEqual({ value: OTHERS_VALUE, label: 'Others', count: 3 });
    expect(topWithOthers(options, 10, 'Others')).toHaveLength(7);
    expect(topWithOthers([], 5, 'Others')).toEqual([]);
  });
});
