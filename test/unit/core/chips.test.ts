import { describe, expect, it } from 'vitest';
import { countActiveFilters, getFilterChips, hasActiveFilters, type AgentFilters } from '../../../src/core';
import { LABELS, NO_FACETS } from './fixtures';

const all: AgentFilters = {
  sources: ['slack'],
  statuses: ['failed', 'working'],
  creators: ['u_2'],
  createdOn: { preset: 'today' },
  query: 'deploy',
  facets: { env: ['prod'] },
};

describe('getFilterChips', () => {
  it('is one chip per active value in menu order, the query excluded, creators on All only', () => {
    const chips = (tab: 'all' | 'personal') =>
      getFilterChips(all, { tab, facets: NO_FACETS, labels: LABELS, facetDefinitions: [] }).map((c) => c.key);
    expect(chips('all')).toEqual(['s:slack', 'st:failed', 'st:working', 'c:u_2', 'd', 'f:env:prod']);
    expect(chips('personal')).toEqual(['s:slack', 'st:failed', 'st:working', 'd', 'f:env:prod']);
  });

  it('removes exactly its own value', () => {
    const chips = getFilterChips(all, { tab: 'all', facets: NO_FACETS, labels: LABELS, facetDefinitions: [] });
    const without = chips.find((c) => c.key === 'st:failed')!.remove(all);
    expect(without).toEqual({ ...all, statuses: ['working'] });
    expect(getFilterChips({}, { tab: 'all', facets: NO_FACETS, labels: LABELS, facetDefinitions: [] })).toEqual([]);
  });
});

describe('countActiveFilters and hasActiveFilters', () => {
  it('count one per chip (the query has its own box; creators count on All only)', () => {
    expect(countActiveFilters(all, 'all')).toBe(6);
    expect(countActiveFilters(all, 'personal')).toBe(5);
    expect(countActiveFilters({}, 'all')).toBe(0);
  });

  it('treat a non-blank query as narrowing, and a Creator filter on Personal as not', () => {
    expect(hasActiveFilters({ query: ' deploy ' }, 'personal')).toBe(true);
    expect(hasActiveFilters({ query: '   ' }, 'personal')).toBe(false);
    expect(hasActiveFilters({ creators: ['u_2'] }, 'personal')).toBe(false);
    expect(hasActiveFilters({ creators: ['u_2'] }, 'all')).toBe(true);
    expect(hasActiveFilters({}, 'all')).toBe(false);
  });
});
