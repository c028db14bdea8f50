import { SOURCE_COLUMN } from '../columns';
import { BUILT_IN_SOURCES, getSourceMeta } from '../sources';
import type { FacetOption } from '../types';
import { byValue, listField, listUrlRead, listUrlWrite } from './list-field';

/** A source's place among the built-ins (seven of them: a scan costs less than a map built up front). */
function builtInRank(source: string): number {
  const i = (BUILT_IN_SOURCES as readonly string[]).indexOf(source);
  return i < 0 ? Infinity : i;
}

/**
 * Source: where an item was launched from. Options are the sources of the items on the tab, each
 * with what choosing it would add (0 when the other filters hide all of its items, so the section
 * keeps its options and the menu its size while filters change; built-ins first in their order,
 * then host sources by label), plus selected ones at count 0.
 */
export const sourceField = /* @__PURE__ */ listField({
  key: 'sources',
  chipKey: 's',
  column: SOURCE_COLUMN,
  presence: true,
  options({ column, counts, seen }, selected, ctx) {
    const found = new Map<string, number>();
    column.values.forEach((v, c) => {
      if (seen[c] === 1) found.set(v, counts[c] as number);
    });
    for (const s of selected ?? []) if (!found.has(s)) found.set(s, 0);
    const options: FacetOption[] = [...found].map(([value, count]) => ({
      value,
      label: getSourceMeta(value, ctx?.sources).label,
      count,
    }));
    return options.sort((a, b) => {
      const ia = builtInRank(a.value);
      const ib = builtInRank(b.value);
      if (ia !== ib) return ia - ib;
      return a.label.localeCompare(b.label) || byValue(a, b);
    });
  },
  fieldLabel: (labels) => labels.sectionSource,
  valueLabel: (value, ctx) =>
    ctx.sourceRegistry
      ? getSourceMeta(value, ctx.sourceRegistry).label
      : (ctx.facets.sources.find((o) => o.value === value)?.label ?? getSourceMeta(value).label),
});

/** The Source field in URLs: `source`, once per value. */
export const writeSourceUrl = /* @__PURE__ */ listUrlWrite('sources', 'source');

/** Reads back what `writeSourceUrl` writes. */
export const readSourceUrl = /* @__PURE__ */ listUrlRead('sources', 'source');
