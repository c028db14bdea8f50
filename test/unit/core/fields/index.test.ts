import { describe, expect, it } from 'vitest';
import { filtersToSearchParams, getFacets, getFilterChips } from '../../../../src/core';
import { FILTER_FIELDS } from '../../../../src/core/fields';
import { item, LABELS } from '../fixtures';

describe('FILTER_FIELDS', () => {
  it('lists each filter field once, in the canonical order of URLs, chips and facets', () => {
    expect(FILTER_FIELDS.map((f) => f.key)).toEqual([
      'sources',
      'statuses',
      'creators',
      'createdOn',
      'artifacts',
      'query',
      'facets',
    ]);
    // The facets object has one entry per field that counts options, in the same order.
    const facets = getFacets([item({ id: 'a', meta: { env: 'prod' } })], {}, { tab: 'all', viewerId: 'u_me' });
    expect(Object.keys(facets)).toEqual(FILTER_FIELDS.flatMap((f) => (f.facet ? [f.facet.key] : [])));
  });

  it('orders the URL and the chips by the list', () => {
    const filters = {
      facets: { env: ['prod'] },
      artifacts: ['none' as const],
      query: 'x',
      createdOn: { preset: 'today' as const },
      creators: ['u_2'],
      statuses: ['failed' as const],
      sources: ['slack'],
    };
    expect(filtersToSearchParams({ filters }).toString()).toBe(
      'source=slack&status=failed&creator=u_2&created=today&artifact=none&q=x&facet.env=prod',
    );
    const chips = getFilterChips(filters, {
      tab: 'all',
      facets: getFacets([], filters, { tab: 'all', viewerId: 'u_me' }),
      labels: LABELS,
      facetDefinitions: [],
    });
    expect(chips.map((c) => c.field)).toEqual([
      'sources',
      'statuses',
      'creators',
      'createdOn',
      'artifacts',
      'facet:env',
    ]);
  });
});
