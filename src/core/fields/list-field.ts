import { toggleFilterValue } from '../filter-state';
import type { CodeColumnDef, ItemIndex } from '../item-index';
import type { AgentFacets, AgentFilters, FacetOption } from '../types';
import type {
  ChipContext,
  CodeCount,
  FieldContext,
  FilterChip,
  FilterChipLabels,
  FilterField,
  FieldUrlRead,
  FieldUrlWrite,
  ListFilterField,
} from './types';

/**
 * The selected values of a list filter as a Set, or `null` when it selects nothing (no filter).
 *
 * @example
 * toSet(['slack', 'cli']) // Set { 'slack', 'cli' }
 * toSet([]) // null
 */
export function toSet(values: unknown): Set<string> | null {
  if (!Array.isArray(values) || values.length === 0) return null;
  const set = new Set<string>();
  for (const v of values) if (typeof v === 'string') set.add(v);
  return set;
}

/**
 * Non-empty strings of a list, each once, in order (what a URL holds).
 *
 * @example
 * uniqueStrings(['a', '', 'a', 'b']) // ['a', 'b']
 */
export function uniqueStrings(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    if (typeof v === 'string' && v !== '' && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

/**
 * Compares option values as plain strings (the stable last tie-break of every option order).
 *
 * @example
 * options.sort((a, b) => b.count - a.count || byValue(a, b))
 */
export function byValue(a: FacetOption, b: FacetOption): number {
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/** A list field that is also a facet of the same name (`sources`, `statuses`, `creators`…). */
type ListFacetField = ListFilterField & Exclude<keyof AgentFacets, 'facets'>;

export interface ListFieldOptions {
  key: ListFacetField;
  /** Prefix of the chips' keys. */
  chipKey: string;
  column: CodeColumnDef;
  /** Narrows the All tab only, and has chips and an active count there only (Creator). */
  allTabOnly?: boolean;
  /** The facet lists every value on the tab, even at 0 under the other filters (Source, Creator). */
  presence?: boolean;
  /** The field's options from its counts; `selected` is the field's filter as the facet sees it. */
  options(count: CodeCount, selected: ReadonlySet<string> | null, ctx: FieldContext): FacetOption[];
  /** Zero-count options carrying the labels of selected values, for chips while nothing is counted. */
  labels?(index: ItemIndex, selected: readonly string[], ctx: FieldContext): FacetOption[];
  fieldLabel(labels: FilterChipLabels): string;
  valueLabel(value: string, ctx: ChipContext): string;
}

const acceptAll = () => true;

/**
 * Writes a list field's URL parameter: repeated once per value, in order; duplicates, empty values
 * and values `accepts` refuses are left out.
 *
 * @example
 * const writeSourceUrl = listUrlWrite('sources', 'source');
 */
export function listUrlWrite(
  key: ListFilterField,
  param: string,
  accepts: (value: string) => boolean = acceptAll,
): FieldUrlWrite {
  return (filters, append) => {
    for (const v of uniqueStrings(filters[key])) if (accepts(v)) append(param, v);
  };
}

/**
 * Reads a list field's URL parameter back: its values in order, duplicates, empty values and values
 * `accepts` refuses left out.
 *
 * @example
 * const readSourceUrl = listUrlRead('sources', 'source');
 */
export function listUrlRead(
  key: ListFilterField,
  param: string,
  accepts: (value: string) => boolean = acceptAll,
): FieldUrlRead {
  return (params) => {
    const values: string[] = [];
    for (const [name, v] of params) if (name === param && v !== '' && accepts(v) && !values.includes(v)) values.push(v);
    return values.length > 0 ? ({ [key]: values } as Partial<AgentFilters>) : {};
  };
}

/**
 * The descriptor of a field that selects values of one item field (OR-ed), read through one code
 * column: its check is a table lookup per item, its facet counts one increment per item and each
 * value is a chip (its URL parameter is `listUrlWrite`'s and `listUrlRead`'s).
 *
 * @example
 * const sourceField = listField({ key: 'sources', chipKey: 's', column: SOURCE_COLUMN, … });
 */
export function listField(o: ListFieldOptions): FilterField {
  const { key, column, allTabOnly = false } = o;
  const onTab = (tab: string) => !allTabOnly || tab === 'all';
  return {
    key,
    compile(filters) {
      const selected = toSet(filters[key]);
      if (selected === null) return [];
      return [{ kind: 'codes', group: key, column, selected, allTabOnly }];
    },
    facet: {
      key,
      reads: { codes: [column] },
      counters: () => [{ kind: 'codes', group: key, column, presence: o.presence === true }],
      options: ([count], filters, ctx) =>
        o.options(count as CodeCount, onTab(ctx?.tab) ? toSet(filters?.[key]) : null, ctx),
      labels: o.labels
        ? (index, filters, ctx) => {
            const values = filters?.[key];
            return Array.isArray(values) && values.length > 0 ? o.labels!(index(), values, ctx) : [];
          }
        : undefined,
    } as FilterField['facet'],
    chips(filters, ctx) {
      if (!onTab(ctx.tab)) return [];
      const chips: FilterChip[] = [];
      for (const v of (filters[key] as readonly string[] | undefined) ?? []) {
        chips.push({
          key: `${o.chipKey}:${v}`,
          field: key,
          fieldLabel: o.fieldLabel(ctx.labels),
          valueLabel: o.valueLabel(v, ctx),
          remove: (f) => toggleFilterValue(f, key, v),
        });
      }
      return chips;
    },
    activeCount: (filters, tab) => (onTab(tab) ? (filters[key]?.length ?? 0) : 0),
    isActive: (filters, tab) => onTab(tab) && (filters[key]?.length ?? 0) > 0,
  };
}
