import { FILTER_FIELDS } from './fields';
import type { FacetCount, FacetKey, FieldContext } from './fields/types';
import { compileFilters } from './filters';
import { emptyColumn } from './column-builders';
import { CREATOR_COLUMN, KIND_COLUMN } from './columns';
import {
  getItemIndex,
  NO_VALUE,
  type CodeColumn,
  type CodeColumnRef,
  type ItemIndex,
  type NumberColumnDef,
} from './item-index';
import { countPass } from './facet-pass';
import { bindChecks, tabList } from './match';
import type { SourceRegistry } from './sources';
import type { AgentFacets, AgentFilters, AgentItem, FacetOption } from './types';

export { createdOnValue } from './fields/created-on';

/** A view context plus, optionally, the host's source registry (for source labels). */
export interface FacetContext extends FieldContext {
  sources?: SourceRegistry;
}

const NOTHING_SEEN = /* @__PURE__ */ new Uint8Array(0);

/**
 * Per value of a column, whether an item on the tab has it (a creator with an item there): the same
 * for every call on these items, tab and viewer, so it is kept with the index.
 */
function presentOnTab(index: ItemIndex, column: CodeColumn, group: string, all: boolean, viewerId: string): Uint8Array {
  return index.memo(`present|${group}|${all}|${viewerId}`, () => {
    const rows = tabList(index, viewerId, all);
    const seen = new Uint8Array(column.values.length);
    for (let k = 0; k < rows.length; k++) {
      const code = column.codes[rows[k] as number] as number;
      if (code >= 0) seen[code] = 1;
    }
    return seen;
  });
}

/**
 * Counts per filter option with faceted-search semantics: each field's counts apply the tab, the query
 * and every *other* active filter, so each count is what clicking that option would add. One pass
 * over the items' column index: per item the failing checks are found; an item counts for field F iff
 * it fails no check but possibly F's.
 *
 * Options: `sources` — every source on the tab (count 0 when the other filters hide all of its items;
 * built-ins first in their order, then host sources by label), plus selected ones at count 0; `statuses` — all five, in `STATUS_META` order; `creators` — every
 * creator of an item in the tab (count 0 when the other filters hide all of theirs) plus selected ones,
 * the viewer first, then by name, label = name; `createdOn` — the five presets (plus a selected custom
 * day or range); `facets` — per meta key, values by count. Selected options never vanish.
 *
 * @example
 * getFacets(items, { statuses: ['failed'] }, { tab: 'all', viewerId: 'u_me' }).sources
 * // [{ value: 'slack', label: 'Slack', count: 12 }, …] — failed items per source
 */
export function getFacets(items: AgentItem[], filters: AgentFilters, ctx: FacetContext): AgentFacets {
  const list = Array.isArray(items) ? items : [];
  const f: AgentFilters = filters && typeof filters === 'object' ? filters : {};
  const index = getItemIndex(list);
  const c = compileFilters(f, ctx);
  const { all, viewerId } = c;
  const fields = FILTER_FIELDS.filter((field) => field.facet !== undefined);
  const reads: CodeColumnRef[] = [CREATOR_COLUMN, KIND_COLUMN];
  const numbers: NumberColumnDef[] = [];
  for (const field of fields) {
    reads.push(...(field.facet!.reads.codes ?? []));
    numbers.push(...(field.facet!.reads.numbers ?? []));
  }
  // On Personal the Creator filter does not apply: every item there is the viewer's.
  const checks = bindChecks(
    index,
    c.checks.filter((k) => all || !(k.kind === 'codes' && k.allTabOnly === true)),
    reads,
    numbers,
  );
  // A check's position + 1 identifies it in the pass below (0: no check failed).
  const positionOf = new Map<string, number>();
  checks.forEach((check, at) => check.group !== null && positionOf.set(check.group, at + 1));

  // The counters, flattened into parallel arrays the pass reads.
  const codeCols: Int32Array[] = [];
  const codeMulti: Array<ReadonlyMap<number, Int32Array>> = [];
  const codeCounts: Int32Array[] = [];
  const codeOwn: number[] = [];
  const rangeCols: Float64Array[] = [];
  const rangeLo: Float64Array[] = [];
  const rangeHi: Float64Array[] = [];
  const rangeCounts: Int32Array[] = [];
  const rangeOwn: number[] = [];
  const results = fields.map((field) =>
    field.facet!.counters(index, f, ctx).map((counter): FacetCount => {
      // -1 is no check's mark: a counter whose field has no filter counts the items that pass all.
      const own = positionOf.get(counter.group) ?? -1;
      if (counter.kind === 'ranges') {
        const counts = new Int32Array(counter.ranges.length);
        rangeCols.push(index.numbers(counter.column));
        rangeLo.push(Float64Array.from(counter.ranges, (r) => r.lo));
        rangeHi.push(Float64Array.from(counter.ranges, (r) => r.hi));
        rangeCounts.push(counts);
        rangeOwn.push(own);
        return { kind: 'ranges', group: counter.group, counts };
      }
      const column = index.column(counter.column) ?? emptyColumn(index.n, NO_VALUE);
      const counts = new Int32Array(column.values.length);
      codeCols.push(column.codes);
      codeMulti.push(column.multi);
      codeCounts.push(counts);
      codeOwn.push(own);
      const seen = counter.presence ? presentOnTab(index, column, counter.group, all, viewerId) : NOTHING_SEEN;
      return { kind: 'codes', group: counter.group, column, counts, seen };
    }),
  );

  // The checks, likewise (bindChecks orders them codes, ranges, predicates).
  const checkCodes: Int32Array[] = [];
  const checkTables: Uint8Array[] = [];
  const checkMulti: Array<ReadonlyMap<number, Int32Array>> = [];
  const checkEpochs: Float64Array[] = [];
  const checkLo: number[] = [];
  const checkHi: number[] = [];
  const predicates: Array<(item: AgentItem) => boolean> = [];
  for (const check of checks) {
    if (check.kind === 'codes') {
      checkCodes.push(check.codes);
      checkTables.push(check.table);
      checkMulti.push(check.multi);
    } else if (check.kind === 'range') {
      checkEpochs.push(check.epochs ?? index.numbers(check.column));
      checkLo.push(check.lo);
      checkHi.push(check.hi);
    } else predicates.push(check.test);
  }

  countPass(
    tabList(index, viewerId, all),
    index.items,
    {
      codes: checkCodes,
      tables: checkTables,
      multi: checkMulti,
      epochs: checkEpochs,
      lo: checkLo,
      hi: checkHi,
      predicates,
    },
    { codes: codeCols, multi: codeMulti, counts: codeCounts, own: codeOwn },
    { epochs: rangeCols, lo: rangeLo, hi: rangeHi, counts: rangeCounts, own: rangeOwn },
  );

  const out = {} as Record<FacetKey, unknown>;
  fields.forEach((field, k) => {
    out[field.facet!.key] = field.facet!.options(results[k] as FacetCount[], f, ctx);
  });
  return out as unknown as AgentFacets;
}

const NO_OPTIONS: FacetOption[] = /* @__PURE__ */ Object.freeze([]) as unknown as FacetOption[];

/**
 * Facets without counts: what the filter chips read from `facets` while nothing is counted (the
 * menu is closed). Only fields whose chips need a label the item data holds fill theirs — the
 * selected creators' names, from their items on the tab (any other shows as their id, the chips'
 * fallback); the rest are empty. Counts are 0. Reads the items only when a creator is selected.
 *
 * @example
 * labelFacets(items, { creators: ['u_2'] }, { tab: 'all', viewerId: 'u_1' }).creators
 * // [{ value: 'u_2', label: 'Bo', count: 0 }]
 */
export function labelFacets(items: AgentItem[], filters: AgentFilters, ctx: FieldContext): AgentFacets {
  const list = Array.isArray(items) ? items : [];
  let index: ItemIndex | undefined;
  const getIndex = () => (index ??= getItemIndex(list));
  const out = {} as Record<FacetKey, unknown>;
  for (const field of FILTER_FIELDS) {
    const facet = field.facet;
    if (facet === undefined) continue;
    const labels = facet.labels?.(getIndex, filters, ctx);
    out[facet.key] = labels !== undefined && (!Array.isArray(labels) || labels.length > 0) ? labels : NO_OPTIONS;
    if (facet.key === 'facets' && labels === undefined) out.facets = {};
  }
  return out as unknown as AgentFacets;
}
