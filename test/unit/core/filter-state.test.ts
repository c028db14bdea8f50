import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  setCreatedOn,
  setQuery,
  toggleFacetValue,
  toggleFilterValue,
  toggleStatus,
} from '../../../src/core';
import { setListField } from '../../../src/core/filter-state';

describe('filter-state edits', () => {
  it('toggleFilterValue adds, then removes, and drops an emptied field', () => {
    const once = toggleFilterValue(EMPTY_FILTERS, 'sources', 'slack');
    expect(once).toEqual({ sources: ['slack'] });
    expect(toggleFilterValue(once, 'sources', 'cli')).toEqual({ sources: ['slack', 'cli'] });
    expect(toggleFilterValue(once, 'sources', 'slack')).toEqual({});
    expect(toggleStatus({ statuses: ['failed'] }, 'working')).toEqual({ statuses: ['failed', 'working'] });
  });

  it('never edits its input (filter states are values)', () => {
    const before = { sources: ['slack'], facets: { env: ['prod'] } };
    const frozen = structuredClone(before);
    toggleFilterValue(before, 'sources', 'cli');
    toggleFacetValue(before, 'env', 'dev');
    setQuery(before, 'x');
    expect(before).toEqual(frozen);
    expect(Object.isFrozen(EMPTY_FILTERS)).toBe(true);
  });

  it('setListField replaces a field; an empty list removes it', () => {
    expect(setListField({ statuses: ['failed'] }, 'sources', ['a', 'b'])).toEqual({
      statuses: ['failed'],
      sources: ['a', 'b'],
    });
    expect(setListField({ sources: ['a'] }, 'sources', [])).toEqual({});
  });

  it('toggleFacetValue keeps other keys and drops an emptied key and an emptied `facets`', () => {
    const f = toggleFacetValue({}, 'env', 'prod');
    expect(f).toEqual({ facets: { env: ['prod'] } });
    expect(toggleFacetValue({ facets: { env: ['prod'], repo: ['web'] } }, 'env', 'prod')).toEqual({
      facets: { repo: ['web'] },
    });
    expect(toggleFacetValue(f, 'env', 'prod')).toEqual({});
  });

  it('setCreatedOn and setQuery set a value or, given none, remove the field', () => {
    expect(setCreatedOn({}, { preset: 'today' })).toEqual({ createdOn: { preset: 'today' } });
    expect(setCreatedOn({ createdOn: { preset: 'today' } }, undefined)).toEqual({});
    expect(setQuery({}, ' deploy ')).toEqual({ query: ' deploy ' });
    expect(setQuery({ query: 'x' }, '')).toEqual({});
  });
});
