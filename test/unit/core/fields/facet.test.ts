import { describe, expect, it } from 'vitest';
import { filterAgentItems, filtersFromSearchParams, getFacets, type AgentFilters } from '../../../../src/core';
import { facetField, readFacetUrl, writeFacetUrl } from '../../../../src/core/fields';
import { ids, item, LABELS, NO_FACETS } from '../fixtures';
import { roundTrip, written } from './helpers';

const facetUrl = { write: writeFacetUrl, read: readFacetUrl };

const ctx = { tab: 'all' as const, viewerId: 'u_me' };
const items = [
  item({ id: 'a', meta: { env: 'prod', harness: 'warp' } }),
  item({ id: 'b', meta: { env: ['staging', 'prod', 'prod'] } }),
  item({ id: 'c', meta: { env: 'dev', harness: 'codex' } }),
  item({ id: 'd' }),
];

describe('the host facets field', () => {
  it('is one code check per selected meta key; an array value matches when any of its values is selected', () => {
    expect(facetField.compile({ facets: { env: [], harness: ['warp'] } }, ctx)).toHaveLength(1);
    expect(ids(filterAgentItems(items, { facets: { env: ['prod'] } }, ctx))).toEqual(['a', 'b']);
    expect(ids(filterAgentItems(items, { facets: { env: ['prod'], harness: ['warp'] } }, ctx))).toEqual(['a']);
    // A key no item has passes nothing; malformed facets are ignored.
    expect(ids(filterAgentItems(items, { facets: { nope: ['x'] } }, ctx))).toEqual([]);
    expect(ids(filterAgentItems(items, { facets: 'x' } as unknown as AgentFilters, ctx))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts each key under the other filters (a selected key ignores its own), values by count, selected ones kept', () => {
    const f = getFacets(items, { facets: { env: ['prod', 'mars'], harness: ['codex'] } }, ctx);
    // env under harness=codex: only c (dev); harness under env in {prod, mars}: a (warp).
    expect(f.facets).toEqual({
      env: [
        { value: 'dev', label: 'dev', count: 1 },
        { value: 'mars', label: 'mars', count: 0 },
        { value: 'prod', label: 'prod', count: 0 },
      ],
      harness: [
        { value: 'warp', label: 'warp', count: 1 },
        { value: 'codex', label: 'codex', count: 0 },
      ],
    });
    const all = getFacets(items, {}, ctx).facets;
    expect(all.env).toEqual([
      { value: 'prod', label: 'prod', count: 2 },
      { value: 'dev', label: 'dev', count: 1 },
      { value: 'staging', label: 'staging', count: 1 },
    ]);
  });

  it('is one `facet.<key>` parameter per value, any key kept as data (even `__proto__`)', () => {
    expect(written(facetUrl, { facets: { env: ['prod', 'prod', ''], harness: ['warp'] } })).toEqual([
      ['facet.env', 'prod'],
      ['facet.harness', 'warp'],
    ]);
    expect(roundTrip(facetUrl, { facets: { env: ['prod', 'dev'] } })).toEqual({ facets: { env: ['prod', 'dev'] } });
    const read = facetUrl.read([
      ['facet.__proto__', 'x'],
      ['facet.', 'y'],
      ['facet.env', ''],
    ]);
    expect(Object.keys(read.facets ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(read.facets)).toBe(Object.prototype);
    expect(filtersFromSearchParams('facet.a=&facet.b=x&facet.a=y').filters.facets).toEqual({ a: ['y'], b: ['x'] });
  });

  it('is one chip per value, named by the host’s facet definition and the facet options', () => {
    const facets = { ...NO_FACETS, facets: { env: [{ value: 'prod', label: 'Production', count: 2 }] } };
    const chips = facetField.chips(
      { facets: { env: ['prod', 'dev'], other: ['x'] } },
      { tab: 'all', facets, labels: LABELS, facetDefinitions: [{ key: 'env', label: 'Environment' }] },
    );
    expect(chips.map((c) => [c.key, c.field, c.fieldLabel, c.valueLabel])).toEqual([
      ['f:env:prod', 'facet:env', 'Environment', 'Production'],
      ['f:env:dev', 'facet:env', 'Environment', 'dev'],
      ['f:other:x', 'facet:other', 'other', 'x'],
    ]);
    expect(chips[2]!.remove({ facets: { env: ['prod'], other: ['x'] } })).toEqual({ facets: { env: ['prod'] } });
    expect(facetField.activeCount({ facets: { env: ['a', 'b'], other: ['x'] } }, 'personal')).toBe(3);
    expect(facetField.isActive({ facets: { env: [] } }, 'all')).toBe(false);
  });
});
