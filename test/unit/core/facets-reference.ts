// Checks getFacets' output against the naive reference filter: each field's counts under every
// other active filter, the option lists and their order.
import { expect } from 'vitest';
import {
  CREATED_ON_PRESETS,
  getFacets,
  STATUS_ORDER,
  type AgentFilters,
  type AgentItem,
  type FacetOption,
  type ViewContext,
} from '../../../src/core';
import { refFilter, type Field } from './reference';

function countBy(items: AgentItem[], value: (i: AgentItem) => string | string[] | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) {
    const v = value(i);
    const vs = v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v];
    for (const x of vs) m.set(x, (m.get(x) ?? 0) + 1);
  }
  return m;
}

function expectOptions(options: FacetOption[], expected: Map<string, number>, selected: readonly string[] = []) {
  const got = new Map(options.map((o) => [o.value, o.count]));
  for (const [value, count] of expected) expect(got.get(value), value).toBe(count);
  for (const [value, count] of got) {
    if (!expected.has(value)) {
      expect(count, value).toBe(0);
      expect(selected, value).toContain(value);
    }
  }
  for (const s of selected) expect(got.has(s), s).toBe(true);
}

export function checkAgainstReference(items: AgentItem[], filters: AgentFilters, ctx: ViewContext) {
  const f = getFacets(items, filters, ctx);
  const without = (field: Field) => refFilter(items, filters, ctx, field);
  expect(f.statuses.map((o) => o.value)).toEqual(STATUS_ORDER);
  const statusCounts = countBy(without('statuses'), (i) => i.status);
  for (const o of f.statuses) expect(o.count).toBe(statusCounts.get(o.value) ?? 0);
  // Sources: every source on the tab plus selected ones, each counted under every other filter (0 when
  // they hide all of its items), so the section keeps its options while other filters change.
  const sourceCounts = countBy(without('sources'), (i) => i.source);
  const sourcesInTab = new Set(refFilter(items, {}, ctx).map((i) => i.source));
  const sourcesShown = new Set([...sourcesInTab, ...(filters.sources ?? [])]);
  expect(new Set(f.sources.map((o) => o.value))).toEqual(sourcesShown);
  expect(f.sources).toHaveLength(sourcesShown.size);
  for (const o of f.sources) expect(o.count, o.value).toBe(sourceCounts.get(o.value) ?? 0);
  const creatorsSelected = ctx.tab === 'all' ? (filters.creators ?? []) : [];
  // Creators: exactly the people with an item in the tab, plus selected ones; each counted under
  // every other filter (so 0 is a valid count, like a status nobody is in).
  const creatorCounts = countBy(without('creators'), (i) => i.creator.id);
  const inTab = new Set(refFilter(items, {}, ctx).map((i) => i.creator.id));
  expect(new Set(f.creators.map((o) => o.value))).toEqual(new Set([...inTab, ...creatorsSelected]));
  expect(f.creators).toHaveLength(new Set([...inTab, ...creatorsSelected]).size);
  for (const o of f.creators) expect(o.count, o.value).toBe(creatorCounts.get(o.value) ?? 0);
  const viewerAt = f.creators.findIndex((o) => o.value === ctx.viewerId);
  expect(viewerAt === -1 || viewerAt === 0).toBe(true);
  const rest = f.creators.filter((o) => o.value !== ctx.viewerId).map((o) => o.label);
  expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));
  expect(f.createdOn.slice(0, 5).map((o) => o.value)).toEqual(CREATED_ON_PRESETS);
  CREATED_ON_PRESETS.forEach((preset, p) => {
    expect(f.createdOn[p]!.count, preset).toBe(refFilter(items, { ...filters, createdOn: { preset } }, ctx).length);
  });
  const artifactCounts = countBy(without('artifacts'), (i) =>
    i.artifacts?.length ? i.artifacts.map((a) => a.type) : 'none',
  );
  expect(f.artifacts!.map((o) => o.value)).toEqual([
    'pull_request',
    'branch',
    'plan',
    'screenshot',
    'file',
    'link',
    'none',
  ]);
  for (const o of f.artifacts!) expect(o.count, o.value).toBe(artifactCounts.get(o.value) ?? 0);
  for (const key of ['environment', 'harness', 'repository']) {
    const selected = filters.facets?.[key] ?? [];
    const base = selected.length ? without(`facet:${key}`) : without('facet:__none__' as Field);
    expectOptions(
      f.facets[key] ?? [],
      countBy(base, (i) => i.meta?.[key]),
      selected,
    );
  }
}
