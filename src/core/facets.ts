import { compileFilters, createdOnRange, CREATED_ON_PRESETS, CREATED_ON_PRESET_LABELS, searchTextOf, type EpochRange } from './filters';
import { getSourceMeta, BUILT_IN_SOURCES, type SourceRegistry } from './sources';
import { STATUS_META, STATUS_ORDER } from './status';
import type { AgentFacets, AgentFilters, AgentItem, FacetOption, ViewContext } from './types';

/** A view context plus, optionally, the host's source registry (for source labels). */
export interface FacetContext extends ViewContext {
  sources?: SourceRegistry;
}

const FIELD_SOURCE = 0;
const FIELD_STATUS = 1;
const FIELD_CREATOR = 2;
const FIELD_CREATED = 3;
const FIELD_FACET0 = 4;
const NONE = -1;
const MANY = -2;

/** The value a selected custom day or range has in `createdOn` options (the URL form). */
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
 * plus selected ones at count 0; `statuses` — all five, in `STATUS_META` order; `creators` (All tab) —
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

  const presetRanges: EpochRange[] = CREATED_ON_PRESETS.map(
    (preset) => createdOnRange({ preset }, ctx) as EpochRange,
  );
  const customValue = createdOnValue(filters?.createdOn);
  const customRange =
    range !== null && customValue !== undefined && !(CREATED_ON_PRESETS as readonly string[]).includes(customValue)
      ? range
      : null;
  const presetCounts = [0, 0, 0, 0, 0];
  let customCount = 0;

  const sourceCounts = new Map<string, number>();
  const statusCounts: Record<string, number> = { working: 0, blocked: 0, canceled: 0, failed: 0, success: 0 };
  const creatorCounts = new Map<string, { name: string; count: number }>();
  const facetKeysSelected = new Set(facets.map(([k]) => k));
  const metaCounts = new Map<string, Map<string, number>>();

  const countMeta = (meta: Record<string, string | string[]> | undefined, onlyKey: string | null) => {
    if (meta === undefined) return;
    for (const key in meta) {
      if (onlyKey !== null && key !== onlyKey) continue;
      if (onlyKey === null && facetKeysSelected.has(key)) continue; // counted under its own field
      countMetaValue(key, meta[key]);
    }
  };
  const countMetaValue = (key: string, value: string | string[] | undefined) => {
    let counts = metaCounts.get(key);
    if (counts === undefined) {
      counts = new Map();
      metaCounts.set(key, counts);
    }
    if (typeof value === 'string') counts.set(value, (counts.get(value) ?? 0) + 1);
    else if (Array.isArray(value)) {
      const seen = value.length > 1 ? new Set<string>() : null;
      for (const v of value) {
        if (typeof v !== 'string' || (seen !== null && seen.has(v))) continue;
        seen?.add(v);
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
    }
  };

  const list = Array.isArray(items) ? items : [];
  for (let i = 0, n = list.length; i < n; i++) {
    const item = list[i] as AgentItem;
    const creatorId = item.creator.id;
    if (creatorId !== viewerId && (!all || item.kind !== 'ambient')) continue;
    let failed = NONE;
    if (sources !== null && !sources.has(item.source)) failed = FIELD_SOURCE;
    if (statuses !== null && !statuses.has(item.status)) {
      if (failed !== NONE) continue;
      failed = FIELD_STATUS;
    }
    if (creators !== null && !creators.has(creatorId)) {
      if (failed !== NONE) continue;
      failed = FIELD_CREATOR;
    }
    const t = item.createdAt.getTime();
    if (range !== null && !(t >= lo && t < hi)) {
      if (failed !== NONE) continue;
      failed = FIELD_CREATED;
    }
    if (nFacets > 0) {
      const meta = item.meta;
      for (let k = 0; k < nFacets; k++) {
        const [key, selected] = facets[k] as [string, Set<string>];
        const value = meta === undefined ? undefined : meta[key];
        let hit = false;
        if (typeof value === 'string') hit = selected.has(value);
        else if (Array.isArray(value)) for (const v of value) if (selected.has(v)) { hit = true; break; }
        if (!hit) {
          failed = failed === NONE ? FIELD_FACET0 + k : MANY;
          if (failed === MANY) break;
        }
      }
      if (failed === MANY) continue;
    }
    if (query !== null && !searchTextOf(item).includes(query)) continue;

    if (failed === NONE || failed === FIELD_SOURCE) {
      sourceCounts.set(item.source, (sourceCounts.get(item.source) ?? 0) + 1);
    }
    if (failed === NONE || failed === FIELD_STATUS) {
      statusCounts[item.status] = (statusCounts[item.status] ?? 0) + 1;
    }
    if (failed === NONE || failed === FIELD_CREATOR) {
      const entry = creatorCounts.get(creatorId);
      if (entry === undefined) creatorCounts.set(creatorId, { name: item.creator.name, count: 1 });
      else entry.count++;
    }
    if (failed === NONE || failed === FIELD_CREATED) {
      for (let p = 0; p < 5; p++) {
        const r = presetRanges[p] as EpochRange;
        if (t >= r.lo && t < r.hi) presetCounts[p]!++;
      }
      if (customRange !== null && t >= customRange.lo && t < customRange.hi) customCount++;
    }
    if (failed === NONE) {
      countMeta(item.meta, null);
      for (let k = 0; k < nFacets; k++) {
        const key = (facets[k] as [string, Set<string>])[0];
        countMetaValue(key, item.meta?.[key]);
      }
    } else if (failed >= FIELD_FACET0) {
      const key = (facets[failed - FIELD_FACET0] as [string, Set<string>])[0];
      countMetaValue(key, item.meta?.[key]);
    }
  }

  // Sources: built-ins in their order, then host sources by label; selected ones always present.
  for (const s of sources ?? []) if (!sourceCounts.has(s)) sourceCounts.set(s, 0);
  const builtInOrder = new Map<string, number>(BUILT_IN_SOURCES.map((s, i) => [s, i]));
  const sourceOptions: FacetOption[] = [...sourceCounts].map(([value, count]) => ({
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
    count: statusCounts[s] ?? 0,
  }));

  for (const id of creators ?? []) if (!creatorCounts.has(id)) creatorCounts.set(id, { name: id, count: 0 });
  const creatorOptions: FacetOption[] = [...creatorCounts].map(([value, { name, count }]) => ({ value, label: name, count }));
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
  for (const [key] of facets) if (!metaCounts.has(key)) metaCounts.set(key, new Map());
  for (const [key, set] of facets) {
    const counts = metaCounts.get(key) as Map<string, number>;
    for (const v of set) if (!counts.has(v)) counts.set(v, 0);
  }
  for (const [key, counts] of metaCounts) {
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
