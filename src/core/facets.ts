import { getItemIndex, META_ARRAY, type ItemIndex, type MetaColumn } from './item-index';
import {
  compileFilters,
  createdOnRange,
  CREATED_ON_PRESETS,
  CREATED_ON_PRESET_LABELS,
  matchesQuery,
  type EpochRange,
} from './filters';
import { getSourceMeta, BUILT_IN_SOURCES, type SourceRegistry } from './sources';
import { STATUS_META, STATUS_ORDER } from './status';
import type { AgentFacets, AgentFilters, AgentItem, FacetOption, ViewContext } from './types';

/** The view context a field compiles in. */
type FieldContext = ViewContext;

/** A view context plus, optionally, the host's source registry (for source labels). */
export interface FacetContext extends ViewContext {
  sources?: SourceRegistry;
}

// Why the index: per-option counting by hash maps (one get/set per field per item) cost ~6× a filter
// pass; counting by typed-array increments over interned codes costs about one.
const FIELD_SOURCE = 0;
const FIELD_STATUS = 1;
const FIELD_CREATOR = 2;
const FIELD_CREATED = 3;
const FIELD_FACET0 = 4;
const NONE = -1;
const MANY = -2;

/**
 * The value a Day-of-creation filter has in `createdOn` facet options: the preset name, the day, or
 * `from..to` (the same form as the URL's `created` parameter).
 *
 * @example
 * createdOnValue({ from: '2026-11-01', to: '2026-11-20' }) // '2026-11-01..2026-11-20'
 */
export function createdOnValue(filter: AgentFilters['createdOn']): string | undefined {
  if (!filter || typeof filter !== 'object') return undefined;
  if ('preset' in filter) return typeof filter.preset === 'string' ? filter.preset : undefined;
  if ('day' in filter) return typeof filter.day === 'string' ? filter.day : undefined;
  if ('from' in filter) return `${filter.from}..${filter.to}`;
  return undefined;
}

/**
 * Counts per filter option with faceted-search semantics: each field's counts apply the tab, the query
 * and every *other* active filter, so each count is what clicking that option would add. One pass:
 * per item the failing fields are found; an item counts for field F iff it passes every field except
 * possibly F.
 *
 * Options: `sources` — those that occur (built-ins first in their order, then host sources by label),
 * plus selected ones at count 0; `statuses` — all five, in `STATUS_META` order; `creators` — every
 * creator of an item in the tab (count 0 when the other filters hide all of theirs) plus selected ones,
 * the viewer first, then by name, label = name; `createdOn` — the five presets (plus a selected custom
 * day or range); `facets` — per meta key, values by count. Selected options never vanish.
 *
 * @example
 * getFacets(items, { statuses: ['failed'] }, { tab: 'all', viewerId: 'u_me' }).sources
 * // [{ value: 'slack', label: 'Slack', count: 12 }, …] — failed items per source
 */
export function getFacets(items: AgentItem[], filters: AgentFilters, ctx: FacetContext): AgentFacets {
  const c = compileFilters(filters, ctx);
  const { all, viewerId, sources, statuses, creators, range, query, facets } = c;
  const nFacets = facets.length;
  const lo = range ? range.lo : 0;
  const hi = range ? range.hi : 0;

  const presetRanges: EpochRange[] = CREATED_ON_PRESETS.map((preset) => createdOnRange({ preset }, ctx) as EpochRange);
  const customValue = createdOnValue(filters?.createdOn);
  const customRange =
    range !== null && customValue !== undefined && !(CREATED_ON_PRESETS as readonly string[]).includes(customValue)
      ? range
      : null;
  const presetCounts = [0, 0, 0, 0, 0];
  let customCount = 0;

  const list = Array.isArray(items) ? items : [];
  const index = getItemIndex(list);
  const { n, ambient, createdAt, sourceCode, statusCode, creatorCode } = index;

  // Selected options as lookup tables over the index's codes.
  const allowed = (values: string[], selected: Set<string> | null): Uint8Array | null => {
    if (selected === null) return null;
    const table = new Uint8Array(values.length);
    for (let c = 0; c < values.length; c++) if (selected.has(values[c] as string)) table[c] = 1;
    return table;
  };
  const sourceAllowed = allowed(index.sourceValues, sources);
  const statusAllowed = statuses === null ? null : new Uint8Array(256);
  if (statusAllowed !== null) STATUS_ORDER.forEach((s, c) => (statusAllowed[c] = statuses!.has(s) ? 1 : 0));
  const creatorAllowed = allowed(index.creatorIds, creators);
  const viewerCode = index.creatorIds.indexOf(viewerId);
  const metaByKey = new Map(index.meta.map((col) => [col.key, col]));
  const facetCols = facets.map(([key]) => metaByKey.get(key));
  const facetAllowed = facets.map(([, set], k) => {
    const col = facetCols[k];
    return col === undefined ? new Uint8Array(0) : (allowed(col.values, set) as Uint8Array);
  });
  const selectedKeys = new Set(facets.map(([key]) => key));
  const otherCols = index.meta.filter((col) => !selectedKeys.has(col.key));

  const sourceCounts = new Int32Array(index.sourceValues.length);
  const statusCounts = new Int32Array(256);
  const creatorCounts = new Int32Array(index.creatorIds.length);
  const metaCounts = new Map<MetaColumn, Int32Array>(index.meta.map((col) => [col, new Int32Array(col.values.length)]));
  const countCol = (col: MetaColumn | undefined, counts: Int32Array | undefined, i: number) => {
    if (col === undefined || counts === undefined) return;
    const code = col.codes[i] as number;
    if (code >= 0) counts[code]!++;
    else if (code === META_ARRAY) for (const c of col.arrays.get(i) as Int32Array) counts[c]!++;
  };
  const facetCounts = facetCols.map((col) => (col === undefined ? undefined : metaCounts.get(col)));
  const otherCounts = otherCols.map((col) => metaCounts.get(col) as Int32Array);
  const otherCount = otherCols.length;

  // Every creator in the tab is an option, even at 0 under the other filters (as every status is):
  // a person does not vanish from the menu because another filter hides their runs.
  const creatorInTab = new Uint8Array(index.creatorIds.length);
  for (let i = 0; i < n; i++) {
    const cc = creatorCode[i] as number;
    if (cc !== viewerCode && (!all || ambient[i] === 0)) continue;
    creatorInTab[cc] = 1;
    let failed = NONE;
    if (sourceAllowed !== null && sourceAllowed[sourceCode[i] as number] === 0) failed = FIELD_SOURCE;
    if (statusAllowed !== null && statusAllowed[statusCode[i] as number] === 0) {
      if (failed !== NONE) continue;
      failed = FIELD_STATUS;
    }
    if (creatorAllowed !== null && creatorAllowed[cc] === 0) {
      if (failed !== NONE) continue;
      failed = FIELD_CREATOR;
    }
    const t = createdAt[i] as number;
    if (range !== null && !(t >= lo && t < hi)) {
      if (failed !== NONE) continue;
      failed = FIELD_CREATED;
    }
    for (let k = 0; k < nFacets; k++) {
      const col = facetCols[k];
      let hit = false;
      if (col !== undefined) {
        const code = col.codes[i] as number;
        const table = facetAllowed[k] as Uint8Array;
        if (code >= 0) hit = table[code] === 1;
        else if (code === META_ARRAY)
          for (const c of col.arrays.get(i) as Int32Array)
            if (table[c] === 1) {
              hit = true;
              break;
            }
      }
      if (!hit) {
        if (failed !== NONE) {
          failed = MANY;
          break;
        }
        failed = FIELD_FACET0 + k;
      }
    }
    if (failed === MANY) continue;
    if (query !== null && !matchesQuery(list[i] as AgentItem, query)) continue;

    if (failed === NONE) {
      sourceCounts[sourceCode[i] as number]!++;
      statusCounts[statusCode[i] as number]!++;
      creatorCounts[cc]!++;
      for (let k = 0; k < nFacets; k++) countCol(facetCols[k], facetCounts[k], i);
      for (let k = 0; k < otherCount; k++) {
        const col = otherCols[k] as MetaColumn;
        const code = col.codes[i] as number;
        if (code >= 0) (otherCounts[k] as Int32Array)[code]!++;
        else if (code === META_ARRAY) countCol(col, otherCounts[k], i);
      }
    } else if (failed === FIELD_SOURCE) sourceCounts[sourceCode[i] as number]!++;
    else if (failed === FIELD_STATUS) statusCounts[statusCode[i] as number]!++;
    else if (failed === FIELD_CREATOR) creatorCounts[cc]!++;
    else if (failed >= FIELD_FACET0) countCol(facetCols[failed - FIELD_FACET0], facetCounts[failed - FIELD_FACET0], i);
    if (failed === NONE || failed === FIELD_CREATED) {
      for (let p = 0; p < 5; p++) {
        const r = presetRanges[p] as EpochRange;
        if (t >= r.lo && t < r.hi) presetCounts[p]!++;
      }
      if (customRange !== null && t >= customRange.lo && t < customRange.hi) customCount++;
    }
  }

  const sourceMap = new Map<string, number>();
  index.sourceValues.forEach((v, c) => {
    if ((sourceCounts[c] as number) > 0) sourceMap.set(v, sourceCounts[c] as number);
  });
  const creatorMap = new Map<string, { name: string; count: number }>();
  index.creatorIds.forEach((id, c) => {
    if (creatorInTab[c] === 1)
      creatorMap.set(id, { name: index.creatorNames[c] as string, count: creatorCounts[c] as number });
  });
  const facetMaps = new Map<string, Map<string, number>>();
  for (const col of index.meta) {
    const counts = metaCounts.get(col) as Int32Array;
    const m = new Map<string, number>();
    col.values.forEach((v, c) => {
      if ((counts[c] as number) > 0) m.set(v, counts[c] as number);
    });
    if (m.size > 0) facetMaps.set(col.key, m);
  }

  // Sources: built-ins in their order, then host sources by label; selected ones always present.
  for (const s of sources ?? []) if (!sourceMap.has(s)) sourceMap.set(s, 0);
  const builtInOrder = new Map<string, number>(BUILT_IN_SOURCES.map((s, i) => [s, i]));
  const sourceOptions: FacetOption[] = [...sourceMap].map(([value, count]) => ({
    value,
    label: getSourceMeta(value, ctx?.sources).label,
    count,
  }));
  sourceOptions.sort((a, b) => {
    const ia = builtInOrder.get(a.value) ?? Infinity;
    const ib = builtInOrder.get(b.value) ?? Infinity;
    if (ia !== ib) return ia - ib;
    return a.label.localeCompare(b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  });

  const statusOptions: FacetOption[] = STATUS_ORDER.map((s) => ({
    value: s,
    label: STATUS_META[s].label,
    count: statusCounts[STATUS_ORDER.indexOf(s)] ?? 0,
  }));

  for (const id of creators ?? []) if (!creatorMap.has(id)) creatorMap.set(id, { name: id, count: 0 });
  const creatorOptions: FacetOption[] = [...creatorMap].map(([value, { name, count }]) => ({
    value,
    label: name,
    count,
  }));
  creatorOptions.sort((a, b) => {
    if (a.value === viewerId) return -1;
    if (b.value === viewerId) return 1;
    return a.label.localeCompare(b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  });

  const createdOnOptions: FacetOption[] = CREATED_ON_PRESETS.map((preset, p) => ({
    value: preset,
    label: CREATED_ON_PRESET_LABELS[preset],
    count: presetCounts[p] ?? 0,
  }));
  if (customRange !== null && customValue !== undefined) {
    createdOnOptions.push({ value: customValue, label: customValue.replace('..', ' – '), count: customCount });
  }

  const facetOptions: Record<string, FacetOption[]> = {};
  for (const [key, set] of facets) {
    let counts = facetMaps.get(key);
    if (counts === undefined) {
      counts = new Map();
      facetMaps.set(key, counts);
    }
    for (const v of set) if (!counts.has(v)) counts.set(v, 0);
  }
  for (const [key, counts] of facetMaps) {
    const options = [...counts].map(([value, count]) => ({ value, label: value, count }));
    options.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    Object.defineProperty(facetOptions, key, { value: options, enumerable: true, writable: true, configurable: true });
  }

  return {
    sources: sourceOptions,
    statuses: statusOptions,
    creators: creatorOptions,
    createdOn: createdOnOptions,
    facets: facetOptions,
  };
}

const NO_OPTIONS: AgentFacets['creators'] = Object.freeze([]) as unknown as AgentFacets['creators'];
const ambientCreators = new WeakMap<ItemIndex, Uint8Array>();

/**
 * Facets without counts: what the filter chips read from `facets` while nothing is counted (the
 * menu is closed). Only the selected creators need it (their names; a source's label comes from its
 * metadata and a host facet value is its own label). Same labels as `getFacets`: a creator with an
 * item on the tab is named from their items, any other shows as their id (the chips' fallback).
 * Counts are 0. Reads the items only when a creator is selected.
 *
 * @example
 * labelFacets(items, { creators: ['u_2'] }, { tab: 'all', viewerId: 'u_1' }).creators
 * // [{ value: 'u_2', label: 'Bo', count: 0 }]
 */
export function labelFacets(items: AgentItem[], filters: AgentFilters, ctx: FieldContext): AgentFacets {
  const { tab, viewerId } = ctx;
  const selected = Array.isArray(filters?.creators) ? filters.creators : [];
  let creators = NO_OPTIONS;
  if (selected.length > 0 && Array.isArray(items)) {
    const index = getItemIndex(items);
    let ambient = ambientCreators.get(index);
    if (ambient === undefined) {
      ambient = new Uint8Array(index.creatorIds.length);
      for (let i = 0; i < index.n; i++) if (index.ambient[i] !== 0) ambient[index.creatorCode[i] as number] = 1;
      ambientCreators.set(index, ambient);
    }
    const code = new Map(index.creatorIds.map((id, c) => [id, c]));
    creators = [];
    for (const id of selected) {
      const c = code.get(id);
      const inTab = c !== undefined && (id === viewerId || (tab === 'all' && ambient[c] === 1));
      creators.push({ value: id, label: inTab ? (index.creatorNames[c] as string) : id, count: 0 });
    }
  }
  return { sources: NO_OPTIONS, statuses: NO_OPTIONS, creators, createdOn: NO_OPTIONS, facets: {} };
}
