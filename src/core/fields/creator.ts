import { AMBIENT_CODE, CREATOR_COLUMN, KIND_COLUMN } from '../columns';
import type { ItemIndex } from '../item-index';
import type { FacetOption } from '../types';
import { byValue, listField, listUrlRead, listUrlWrite } from './list-field';

/** Per creator code: whether the creator has an ambient item (so they are on the All tab). */
function ambientCreators(index: ItemIndex): Uint8Array {
  return index.memo('ambientCreators', () => {
    const creators = index.codes(CREATOR_COLUMN);
    const kinds = index.codes(KIND_COLUMN).codes;
    const out = new Uint8Array(creators.values.length);
    for (let i = 0; i < index.n; i++) if (kinds[i] === AMBIENT_CODE) out[creators.codes[i] as number] = 1;
    return out;
  });
}

/**
 * Creator: who started an item, by id. Applies on the All tab only (on Personal every item is the
 * viewer's). Options are every creator with an item on the tab, even at 0 under the other filters,
 * plus selected ones; the viewer first, then by name.
 */
export const creatorField = /* @__PURE__ */ listField({
  key: 'creators',
  chipKey: 'c',
  column: CREATOR_COLUMN,
  allTabOnly: true,
  presence: true,
  options({ column, counts, seen }, selected, ctx) {
    const found = new Map<string, { name: string; count: number }>();
    column.values.forEach((id, c) => {
      if (seen[c] === 1) found.set(id, { name: column.labels[c] as string, count: counts[c] as number });
    });
    for (const id of selected ?? []) if (!found.has(id)) found.set(id, { name: id, count: 0 });
    const viewerId = ctx?.viewerId;
    const options: FacetOption[] = [...found].map(([value, { name, count }]) => ({ value, label: name, count }));
    return options.sort((a, b) => {
      if (a.value === viewerId) return -1;
      if (b.value === viewerId) return 1;
      return a.label.localeCompare(b.label) || byValue(a, b);
    });
  },
  // Same labels as the counted options: a creator with an item on the tab is named from their
  // items, any other shows as their id.
  labels(index, selected, ctx) {
    const creators = index.codes(CREATOR_COLUMN);
    const ambient = ambientCreators(index);
    return selected.map((id) => {
      const c = creators.lookup.get(id);
      const inTab = c !== undefined && (id === ctx.viewerId || (ctx.tab === 'all' && ambient[c] === 1));
      return { value: id, label: inTab ? (creators.labels[c] as string) : id, count: 0 };
    });
  },
  fieldLabel: (labels) => labels.sectionCreator,
  valueLabel: (value, ctx) =>
    value === ctx.viewerId ? ctx.labels.me : (ctx.facets.creators.find((o) => o.value === value)?.label ?? value),
});

/** The Creator field in URLs: `creator`, once per creator id. */
export const writeCreatorUrl = /* @__PURE__ */ listUrlWrite('creators', 'creator');

/** Reads back what `writeCreatorUrl` writes. */
export const readCreatorUrl = /* @__PURE__ */ listUrlRead('creators', 'creator');
