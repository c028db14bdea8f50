// The claim behind core/fields/: a new filter field is one file — a descriptor in FILTER_FIELDS and
// its URL writer and reader in FIELD_URL_WRITES and FIELD_URL_READS — and every rule that loops over
// the fields (filtering, facets, the URL, chips, the active count) takes it up with no other change.
// A test-only "Tag" field (`filters.tags`, URL parameter `tag`, a multi-valued item field with 'none'
// for items without tags — the shape the planned "Has artifact" field has) is added to the three
// lists here, and nothing else.
import { describe, expect, it, vi } from 'vitest';
import {
  countActiveFilters,
  filterAgentItems,
  filtersFromSearchParams,
  filtersToSearchParams,
  getFacets,
  getFilterChips,
  hasActiveFilters,
  type AgentFilters,
  type AgentItem,
} from '../../../../src/core';
import type * as FieldsModule from '../../../../src/core/fields/index';
import { item, LABELS, NO_FACETS } from '../fixtures';

vi.mock('../../../../src/core/fields/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof FieldsModule>();
  const { listField, listUrlRead, listUrlWrite, byValue } = await import('../../../../src/core/fields/list-field');
  const TAG_COLUMN = {
    multi: true,
    read: (it: AgentItem) => {
      const tags = (it as AgentItem & { tags?: string[] }).tags;
      return tags && tags.length > 0 ? tags : 'none';
    },
  };
  const tagField = listField({
    key: 'tags' as never,
    chipKey: 't',
    column: TAG_COLUMN,
    options: ({ column, counts }, selected) => {
      const options = column.values.map((value, c) => ({ value, label: value, count: counts[c] ?? 0 }));
      for (const v of selected ?? []) if (!column.lookup.has(v)) options.push({ value: v, label: v, count: 0 });
      return options
        .filter((o) => o.count > 0 || selected?.has(o.value))
        .sort((a, b) => b.count - a.count || byValue(a, b));
    },
    fieldLabel: () => 'Tag',
    valueLabel: (value) => (value === 'none' ? 'No tag' : value),
  });
  return {
    ...original,
    FILTER_FIELDS: [...original.FILTER_FIELDS, tagField],
    FIELD_URL_WRITES: [...original.FIELD_URL_WRITES, listUrlWrite('tags' as never, 'tag')],
    FIELD_URL_READS: [...original.FIELD_URL_READS, listUrlRead('tags' as never, 'tag')],
  };
});

type WithTags = AgentFilters & { tags?: string[] };
const tagged = (id: string, tags: string[] | undefined, over: Partial<AgentItem> = {}) =>
  ({ ...item({ id, ...over }), tags }) as AgentItem;
const items = [
  tagged('a', ['bug', 'ui']),
  tagged('b', ['bug']),
  tagged('c', undefined),
  tagged('d', ['ui'], { status: 'failed' }),
];
const ctx = { tab: 'all' as const, viewerId: 'u_me' };

describe('a field added as one descriptor', () => {
  it('filters (any selected value of a multi-valued field; "none" for items without one)', () => {
    expect(filterAgentItems(items, { tags: ['bug'] } as WithTags, ctx).map((i) => i.id)).toEqual(['a', 'b']);
    expect(filterAgentItems(items, { tags: ['none', 'ui'] } as WithTags, ctx).map((i) => i.id)).toEqual([
      'a',
      'c',
      'd',
    ]);
    expect(filterAgentItems(items, { tags: ['ui'], statuses: ['failed'] } as WithTags, ctx).map((i) => i.id)).toEqual([
      'd',
    ]);
  });

  it('is counted as a facet with faceted semantics, and narrows the other facets', () => {
    const facets = getFacets(items, { tags: ['ui'], statuses: ['success'] } as WithTags, ctx) as ReturnType<
      typeof getFacets
    > & { tags: Array<{ value: string; count: number }> };
    // Tags under status=success: a (bug, ui), b (bug), c (none).
    expect(facets.tags.map((o) => [o.value, o.count])).toEqual([
      ['bug', 2],
      ['none', 1],
      ['ui', 1],
    ]);
    // Statuses under tag=ui: a (success), d (failed).
    expect(facets.statuses.find((o) => o.value === 'failed')!.count).toBe(1);
    expect(facets.statuses.find((o) => o.value === 'success')!.count).toBe(1);
  });

  it('round-trips through the URL in its canonical place', () => {
    const filters = { statuses: ['failed'], tags: ['ui', 'none'] } as WithTags;
    const params = filtersToSearchParams({ tab: 'all', filters });
    expect(params.toString()).toBe('tab=all&status=failed&tag=ui&tag=none');
    expect(filtersFromSearchParams(params)).toEqual({ tab: 'all', filters });
  });

  it('has chips, an active count, and removes itself', () => {
    const filters = { tags: ['none', 'ui'] } as WithTags;
    const chips = getFilterChips(filters, { tab: 'all', facets: NO_FACETS, labels: LABELS, facetDefinitions: [] });
    expect(chips.map((c) => [c.key, c.fieldLabel, c.valueLabel])).toEqual([
      ['t:none', 'Tag', 'No tag'],
      ['t:ui', 'Tag', 'ui'],
    ]);
    expect(chips[0]!.remove(filters)).toEqual({ tags: ['ui'] });
    expect(countActiveFilters(filters, 'all')).toBe(2);
    expect(hasActiveFilters(filters, 'personal')).toBe(true);
  });
});
