import { describe, expect, it } from 'vitest';
import { filterAgentItems, getFacets, getSourceMeta, type AgentFilters } from '../../../../src/core';
import { readSourceUrl, sourceField, writeSourceUrl } from '../../../../src/core/fields';
import { ids, item, LABELS, NO_FACETS } from '../fixtures';
import { roundTrip, written } from './helpers';

const sourceUrl = { write: writeSourceUrl, read: readSourceUrl };

const ctx = { tab: 'all' as const, viewerId: 'u_me' };
const items = [
  item({ id: 'a', source: 'slack' }),
  item({ id: 'b', source: 'linear' }),
  item({ id: 'c', source: 'cli' }),
  item({ id: 'd', source: 'my_hook' }),
  item({ id: 'e', source: 'slack', status: 'failed' }),
];

describe('the Source field', () => {
  it('compiles a selection into one code check, and no filter into none', () => {
    expect(sourceField.compile({}, ctx)).toEqual([]);
    expect(sourceField.compile({ sources: [] }, ctx)).toEqual([]);
    const [check, ...rest] = sourceField.compile({ sources: ['slack', 7 as unknown as string, 'cli'] }, ctx);
    expect(rest).toEqual([]);
    expect(check).toMatchObject({ kind: 'codes', group: 'sources' });
    expect(check?.kind === 'codes' && [...check.selected]).toEqual(['slack', 'cli']);
  });

  it('keeps the items of any selected source', () => {
    expect(ids(filterAgentItems(items, { sources: ['slack', 'cli'] }, ctx))).toEqual(['a', 'c', 'e']);
    expect(ids(filterAgentItems(items, { sources: ['nowhere'] }, ctx))).toEqual([]);
  });

  it('writes one `source` parameter per value (duplicates and empty values dropped) and reads them back', () => {
    expect(written(sourceUrl, { sources: ['slack', 'slack', '', 'cli'] })).toEqual([
      ['source', 'slack'],
      ['source', 'cli'],
    ]);
    expect(roundTrip(sourceUrl, { sources: ['slack', 'my_hook'] })).toEqual({ sources: ['slack', 'my_hook'] });
    expect(sourceUrl.read([['status', 'failed']])).toEqual({});
  });

  it('is one chip per value, labelled from the registry, else the facet options, else the built-in label', () => {
    const facets = { ...NO_FACETS, sources: [{ value: 'my_hook', label: 'My hook (facet)', count: 1 }] };
    const base = { tab: 'all' as const, facets, labels: LABELS, facetDefinitions: [] };
    const filters: AgentFilters = { sources: ['slack', 'my_hook'] };
    const chips = sourceField.chips(filters, base);
    expect(chips.map((c) => [c.key, c.field, c.fieldLabel, c.valueLabel])).toEqual([
      ['s:slack', 'sources', 'Source', getSourceMeta('slack').label],
      ['s:my_hook', 'sources', 'Source', 'My hook (facet)'],
    ]);
    expect(chips[0]!.remove(filters)).toEqual({ sources: ['my_hook'] });
    const registered = sourceField.chips(filters, { ...base, sourceRegistry: { my_hook: { label: 'Hook' } } });
    expect(registered[1]!.valueLabel).toBe('Hook');
  });

  it('counts its options under the other filters: built-ins first in their order, then host sources, selected ones kept', () => {
    const f = getFacets(items, { statuses: ['success'], sources: ['scheduled'] }, ctx);
    expect(f.sources.map((o) => [o.value, o.count])).toEqual([
      ['cli', 1],
      ['slack', 1],
      ['linear', 1],
      ['scheduled', 0],
      ['my_hook', 1],
    ]);
  });

  it('counts one active value per selected source', () => {
    expect(sourceField.activeCount({ sources: ['a', 'b'] }, 'personal')).toBe(2);
    expect(sourceField.isActive({}, 'all')).toBe(false);
    expect(sourceField.isActive({ sources: ['a'] }, 'personal')).toBe(true);
  });
});
