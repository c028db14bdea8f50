import { describe, expect, it } from 'vitest';
import { filterAgentItems, getFacets } from '../../../../src/core';
import { queryField, readQueryUrl, writeQueryUrl } from '../../../../src/core/fields';
import { matchesQuery, searchTextOf } from '../../../../src/core/fields/query';
import { ids, item, LABELS, NO_FACETS } from '../fixtures';
import { roundTrip, written } from './helpers';

const queryUrl = { write: writeQueryUrl, read: readQueryUrl };

const ctx = { tab: 'all' as const, viewerId: 'u_me' };
const items = [
  item({ id: 'run_1', title: 'Fix FLAKY login', creator: { id: 'u_me', name: 'Ada Lovelace' } }),
  item({ id: 'run_2', title: 'Deploy', creator: { id: 'u_me', name: 'Bo' } }),
];

describe('the free-text query field', () => {
  it('is a predicate over title, creator name and id: trimmed, case-insensitive, never across fields', () => {
    expect(queryField.compile({ query: '   ' }, ctx)).toEqual([]);
    expect(queryField.compile({ query: 42 as unknown as string }, ctx)).toEqual([]);
    expect(queryField.compile({ query: 'x' }, ctx)[0]?.kind).toBe('predicate');
    expect(ids(filterAgentItems(items, { query: '  flaky ' }, ctx))).toEqual(['run_1']);
    expect(ids(filterAgentItems(items, { query: 'LOVELACE' }, ctx))).toEqual(['run_1']);
    expect(ids(filterAgentItems(items, { query: 'run_2' }, ctx))).toEqual(['run_2']);
    expect(matchesQuery(items[0]!, 'login\u0000ada')).toBe(false);
    expect(searchTextOf(items[1]!)).toBe('deploy\u0000bo\u0000run_2');
  });

  it('narrows every facet count, as no facet of its own', () => {
    const f = getFacets(items, { query: 'deploy' }, ctx);
    expect(f.statuses.find((o) => o.value === 'success')!.count).toBe(1);
    expect(f.sources).toEqual([{ value: 'api', label: 'API', count: 1 }]);
  });

  it('is the `q` parameter, kept as typed; the first non-blank one wins', () => {
    expect(written(queryUrl, { query: '  Deploy API ' })).toEqual([['q', '  Deploy API ']]);
    expect(written(queryUrl, { query: '   ' })).toEqual([]);
    expect(roundTrip(queryUrl, { query: 'fix' })).toEqual({ query: 'fix' });
    expect(
      queryUrl.read([
        ['q', ' '],
        ['q', 'b'],
        ['q', 'c'],
      ]),
    ).toEqual({ query: 'b' });
  });

  it('has no chip and no active count (it has its own box), but narrows the list', () => {
    const ctxChips = { tab: 'all' as const, facets: NO_FACETS, labels: LABELS, facetDefinitions: [] };
    expect(queryField.chips({ query: 'x' }, ctxChips)).toEqual([]);
    expect(queryField.activeCount({ query: 'x' }, 'all')).toBe(0);
    expect(queryField.isActive({ query: ' x ' }, 'all')).toBe(true);
    expect(queryField.isActive({ query: '  ' }, 'all')).toBe(false);
  });
});
