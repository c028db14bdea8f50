import { toggleFacetValue } from '../filter-state';
import type { AgentFilters, FacetOption } from '../types';
import { byValue, toSet, uniqueStrings } from './list-field';
import type { CodeCount, FieldCheck, FieldUrlRead, FieldUrlWrite, FilterChip, FilterField } from './types';

const PARAM_PREFIX = 'facet.';
const GROUP_PREFIX = 'facet:';

/** Sets a key on a plain object even when it is `__proto__` (host facet keys are data). */
function define<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function selectedFacets(filters: AgentFilters): Array<[string, Set<string>]> {
  const out: Array<[string, Set<string>]> = [];
  const facets = filters?.facets;
  if (facets && typeof facets === 'object') {
    for (const key of Object.keys(facets)) {
      const set = toSet(facets[key]);
      if (set) out.push([key, set]);
    }
  }
  return out;
}

/**
 * Host facets: one filter per `meta` key (`environment`, `harness`…), each a multi-valued code
 * column (an item matches when its value, or any value of its array, is selected). Each key is its
 * own facet. Options per key: the values that occur, by count, plus selected ones at 0.
 */
export const facetField: FilterField = {
  key: 'facets',
  compile(filters) {
    return selectedFacets(filters).map(([key, selected]): FieldCheck => ({
      kind: 'codes',
      group: GROUP_PREFIX + key,
      column: { metaKey: key },
      selected,
    }));
  },
  facet: {
    key: 'facets',
    reads: { codes: [{ metaKey: '' }] },
    counters: (index) =>
      [...index.meta().keys()].map((key) => ({ kind: 'codes', group: GROUP_PREFIX + key, column: { metaKey: key } })),
    options(counts, filters) {
      const byKey = new Map<string, Map<string, number>>();
      for (const count of counts as readonly CodeCount[]) {
        const found = new Map<string, number>();
        count.column.values.forEach((v, c) => {
          if ((count.counts[c] as number) > 0) found.set(v, count.counts[c] as number);
        });
        if (found.size > 0) byKey.set(count.group.slice(GROUP_PREFIX.length), found);
      }
      for (const [key, selected] of selectedFacets(filters)) {
        let found = byKey.get(key);
        if (found === undefined) byKey.set(key, (found = new Map()));
        for (const v of selected) if (!found.has(v)) found.set(v, 0);
      }
      const out: Record<string, FacetOption[]> = {};
      for (const [key, found] of byKey) {
        const options = [...found].map(([value, count]) => ({ value, label: value, count }));
        define(
          out,
          key,
          options.sort((a, b) => b.count - a.count || byValue(a, b)),
        );
      }
      return out;
    },
  },
  chips(filters, ctx) {
    const chips: FilterChip[] = [];
    for (const [key, values] of Object.entries(filters.facets ?? {})) {
      const def = ctx.facetDefinitions.find((d) => d.key === key);
      for (const v of values) {
        chips.push({
          key: `f:${key}:${v}`,
          field: `${GROUP_PREFIX}${key}`,
          fieldLabel: def?.label ?? key,
          valueLabel: ctx.facets.facets[key]?.find((o) => o.value === v)?.label ?? v,
          remove: (f) => toggleFacetValue(f, key, v),
        });
      }
    }
    return chips;
  },
  activeCount(filters) {
    let n = 0;
    for (const values of Object.values(filters.facets ?? {})) n += values.length;
    return n;
  },
  isActive(filters) {
    return facetField.activeCount(filters, 'all') > 0;
  },
};

/** Host facets in URLs: `facet.<key>`, once per value; any key is kept as data (even `__proto__`). */
export const writeFacetUrl: FieldUrlWrite = (filters, append) => {
  if (!filters.facets || typeof filters.facets !== 'object') return;
  for (const key of Object.keys(filters.facets)) {
    for (const v of uniqueStrings(filters.facets[key])) append(PARAM_PREFIX + key, v);
  }
};

/** Reads back what `writeFacetUrl` writes: every `facet.<key>`'s values, in order, each once. */
export const readFacetUrl: FieldUrlRead = (params) => {
  const read: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (!name.startsWith(PARAM_PREFIX) || name.length === PARAM_PREFIX.length) continue;
    const key = name.slice(PARAM_PREFIX.length);
    if (!Object.prototype.hasOwnProperty.call(read, key)) define(read, key, []);
    const values = read[key] as string[];
    if (value !== '' && !values.includes(value)) values.push(value);
  }
  const keys = Object.keys(read).filter((k) => (read[k] as string[]).length > 0);
  if (keys.length === 0) return {};
  const facets: Record<string, string[]> = {};
  for (const k of keys) define(facets, k, read[k] as string[]);
  return { facets };
};
