import { type CompiledQuery, type Kysely, sql } from 'kysely';
import { ARTIFACT_FILTER_VALUES, artifactsField, createdOnField, facetField, FILTER_FIELDS } from '../core/fields';
import type { CodeCount, FacetCount, FieldContext, RangeCount } from '../core/fields/types';
import { NO_VALUE, type CodeColumn } from '../core/item-index';
import { STATUS_ORDER } from '../core/status';
import type { AgentFacets, AgentFilters } from '../core/types';
import { type Condition, whereAll } from './conditions';
import { metaField } from './rows';
import type { AgentStoreTables } from './tables';
import { type ListCounts, planListCounts } from './list-counts';
import { fromStoredText } from './text';

type Db = Kysely<AgentStoreTables>;
type Row = Record<string, unknown>;

/** Which column a list facet groups by. */
const GROUPS = { sources: 'source', statuses: 'status', creators: 'creator_id' } as const;
type ListKey = keyof typeof GROUPS;

/** The facet queries of one question, and how to read their rows back into `getFacets`' shape. */
export interface FacetPlan {
  queries: CompiledQuery[];
  read(rows: readonly Row[][]): AgentFacets;
  /** The one pass's total and credit sums (the first page's `total` and `summary`). */
  lists(rows: readonly Row[][]): ListCounts;
}

const num = (value: unknown) => Number(value ?? 0);

/** A code column as the core's facet options read it: values, their labels, no per-item codes. */
function columnOf(values: string[], labels: string[] = values): CodeColumn {
  return {
    values,
    labels,
    lookup: new Map(values.map((v, i) => [v, i])),
    codes: new Int32Array(0).fill(NO_VALUE),
    multi: new Map(),
  };
}

function codeCount(group: string, values: string[], counts: number[], labels?: string[], seen?: number[]): CodeCount {
  return {
    kind: 'codes',
    group,
    column: columnOf(values, labels),
    counts: Int32Array.from(counts),
    seen: Uint8Array.from(seen ?? []),
  };
}

/**
 * Plans the facet counts of a question with the core's faceted-search semantics: each field
 * counts under every *other* filter. The rows come back as counts, and the core's own facet
 * descriptors turn them into options (labels, order, selected values that never vanish), so the
 * answer is `getFacets`' to the letter.
 *
 * @example
 * const plan = planFacets(db, parts, filters, ctx); const facets = plan.read(await run(plan.queries));
 */
export function planFacets(db: Db, parts: readonly Condition[], filters: AgentFilters, ctx: FieldContext): FacetPlan {
  const queries: CompiledQuery[] = [];
  const readers: Array<(rows: readonly Row[][]) => [keyof AgentFacets, unknown]> = [];
  const add = (query: CompiledQuery) => queries.push(query) - 1;
  // The total, the list facets and the credit sums come from one pass (list-counts.ts), read once.
  const lists = planListCounts(db, parts);
  const listsAt = add(lists.query);
  let listsRead: { rows: readonly Row[][]; counts: ListCounts } | null = null;
  const listsOf = (rows: readonly Row[][]) => {
    if (listsRead?.rows !== rows) listsRead = { rows, counts: lists.read(rows[listsAt] ?? []) };
    return listsRead.counts;
  };
  const selectedFacetKeys = Object.keys(filters.facets ?? {}).filter((k) => (filters.facets?.[k]?.length ?? 0) > 0);

  for (const field of FILTER_FIELDS) {
    const facet = field.facet;
    if (!facet) continue;
    if (facet.key in GROUPS) {
      const key = facet.key as ListKey;
      readers.push((rows) => {
        const { values, counts, names } = listsOf(rows)[key];
        if (key === 'statuses') {
          const at = new Map(values.map((v, i) => [v, counts[i]!]));
          const all = STATUS_ORDER.map((s) => at.get(s) ?? 0);
          return [key, facet.options([codeCount(key, [...STATUS_ORDER], all)] as never, filters, ctx)];
        }
        const shown = values.map(fromStoredText);
        const labels = names ? names.map(fromStoredText) : shown;
        // Every source and creator the pass grouped is on the tab (the core's `presence`).
        const seen = shown.map(() => 1);
        return [key, facet.options([codeCount(key, shown, counts, labels, seen)] as never, filters, ctx)];
      });
      continue;
    }
    if (facet.key === 'createdOn') {
      const [counter] = createdOnField.facet!.counters(null as never, filters, ctx);
      const ranges = counter && counter.kind === 'ranges' ? counter.ranges : [];
      const lo = Math.min(...ranges.map((r) => r.lo));
      const hi = Math.max(...ranges.map((r) => r.hi));
      const at = add(
        db
          .selectFrom('agent_items')
          .select(
            ranges.map((r, i) =>
              sql<number>`sum(case when created_ms >= ${r.lo} and created_ms < ${r.hi} then 1 else 0 end)`.as(`w${i}`),
            ),
          )
          .where(whereAll(parts, 'createdOn'))
          // Rows outside every window count for none: the range lets the index skip them.
          .where((eb) => eb.and([eb('created_ms', '>=', lo), eb('created_ms', '<', hi)]))
          .compile(),
      );
      readers.push((rows) => {
        const row = rows[at]?.[0] ?? {};
        const count: RangeCount = {
          kind: 'ranges',
          group: 'createdOn',
          counts: Int32Array.from(ranges.map((_, i) => num(row[`w${i}`]))),
        };
        return ['createdOn', createdOnField.facet!.options([count] as never, filters, ctx)];
      });
      continue;
    }
    if (facet.key === 'artifacts') {
      // Every item has one side-table row per distinct artifact type it has, or `none`.
      const at = add(
        db
          .selectFrom('agent_items')
          .innerJoin('agent_values as v', 'v.item_pk', 'agent_items.pk')
          .select(['v.value as v', sql<number>`count(*)`.as('n')])
          .where(whereAll(parts, 'artifacts'))
          .where('v.field', '=', 'artifact')
          .groupBy('v.value')
          .compile(),
      );
      readers.push((rows) => {
        const found = new Map((rows[at] ?? []).map((r) => [fromStoredText(String(r.v)), num(r.n)]));
        const values = [...ARTIFACT_FILTER_VALUES];
        const count = codeCount(
          'artifacts',
          values,
          values.map((v) => found.get(v) ?? 0),
        );
        return ['artifacts', artifactsField.facet!.options([count] as never, filters, ctx)];
      });
      continue;
    }
    if (facet.key === 'facets') {
      const joined = () => db.selectFrom('agent_items').innerJoin('agent_values as v', 'v.item_pk', 'agent_items.pk');
      // Keys without a filter: every value under every filter, in one group-by ('meta:' < key < 'meta;').
      const unselected = add(
        joined()
          .select(['v.field as f', 'v.value as v', sql<number>`count(*)`.as('n')])
          .where(whereAll(parts))
          .where((eb) => eb.and([eb('v.field', '>=', 'meta:'), eb('v.field', '<', 'meta;')]))
          .where((eb) =>
            selectedFacetKeys.length > 0 ? eb('v.field', 'not in', selectedFacetKeys.map(metaField)) : eb.lit(true),
          )
          .groupBy(['v.field', 'v.value'])
          .compile(),
      );
      // A selected key counts under every filter but its own.
      const selected = selectedFacetKeys.map((key) =>
        add(
          joined()
            .select(['v.field as f', 'v.value as v', sql<number>`count(*)`.as('n')])
            .where(whereAll(parts, `facet:${key}`))
            .where('v.field', '=', metaField(key))
            .groupBy(['v.field', 'v.value'])
            .compile(),
        ),
      );
      readers.push((rows) => {
        const byField = new Map<string, { values: string[]; counts: number[] }>();
        for (const at of [unselected, ...selected]) {
          for (const r of rows[at] ?? []) {
            const f = String(r.f);
            let entry = byField.get(f);
            if (!entry) byField.set(f, (entry = { values: [], counts: [] }));
            entry.values.push(fromStoredText(String(r.v)));
            entry.counts.push(num(r.n));
          }
        }
        const counts: FacetCount[] = [...byField].map(([f, { values, counts: c }]) =>
          codeCount(`facet:${fromStoredText(f.slice('meta:'.length))}`, values, c),
        );
        return ['facets', facetField.facet!.options(counts as never, filters, ctx)];
      });
      continue;
    }
    throw new Error(`agentboard/server has no facet query for the filter field "${field.key}"`);
  }

  return {
    queries,
    lists: listsOf,
    read(rows) {
      const out = {} as Record<keyof AgentFacets, unknown>;
      for (const reader of readers) {
        const [key, options] = reader(rows);
        out[key] = options;
      }
      return out as unknown as AgentFacets;
    },
  };
}
