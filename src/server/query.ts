import { type CompiledQuery, type Kysely, sql } from 'kysely';
import { resolveTimeZone } from '../core/time';
import { getSourceMeta, type SourceRegistry } from '../core/sources';
import type { FacetOption } from '../core/types';
import type { AgentQueryResult, AgentQuerySummary } from '../data/types';
import { buildConditions, type Condition, tabCondition, whereAll } from './conditions';
import type { CursorCodec } from './cursor';
import { planFacets } from './facet-queries';
import type { Dialect } from './migrations';
import type { AgentStoreTables } from './tables';
import { fromStoredText, idKey } from './text';
import type { AgentStoreQuery } from './types';

type Db = Kysely<AgentStoreTables>;
type Row = Record<string, unknown>;

/** Runs compiled queries as one read (one snapshot where the database offers it), rows per query. */
export type ReadRunner = (queries: readonly CompiledQuery[], signal?: AbortSignal) => Promise<Row[][]>;

export interface QueryDeps {
  db: Db;
  dialect: Dialect;
  cursors: CursorCodec;
  run: ReadRunner;
  sources?: SourceRegistry;
  /** Default page size, and the largest one. */
  defaultLimit: number;
  maxLimit: number;
}

const byCreditsDesc = (a: FacetOption, b: FacetOption) =>
  b.count - a.count || a.label.localeCompare(b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

function readSummary(bySource: readonly Row[], byCreator: readonly Row[], sources?: SourceRegistry): AgentQuerySummary {
  const creditsBySource = bySource.map((r) => {
    const value = fromStoredText(String(r.v));
    return { value, label: getSourceMeta(value, sources).label, count: Number(r.c) };
  });
  const creditsByCreator = byCreator.map((r) => ({
    value: fromStoredText(String(r.v)),
    label: fromStoredText(String(r.name ?? r.v)),
    count: Number(r.c),
  }));
  creditsBySource.sort(byCreditsDesc);
  creditsByCreator.sort(byCreditsDesc);
  return { credits: creditsBySource.reduce((sum, o) => sum + o.count, 0), creditsBySource, creditsByCreator };
}

/**
 * Both tabs' totals under the same filters in one statement: the rows of either tab (All's tab
 * condition: the viewer's rows, which Personal holds, and teammates' ambient ones) that pass every
 * filter both tabs apply, counted twice with conditional sums: the viewer's for Personal, those that
 * also pass All's own filters (Creator) for All. One scan where two counts would make two.
 *
 * @example
 * const query = planTabTotals(db, buildConditions(filters, { ...ctx, tab: 'all' }), 'u_1'); // rows: [{ n_personal, n_all }]
 */
export function planTabTotals(db: Db, allTabParts: readonly Condition[], viewerId: string): CompiledQuery {
  const allOnly = allTabParts.filter((p) => p.allTabOnly === true);
  const personal = tabCondition('personal', viewerId);
  return db
    .selectFrom('agent_items')
    .select((eb) => [
      sql<number>`sum(case when ${personal.build(eb)} then 1 else 0 end)`.as('n_personal'),
      allOnly.length > 0
        ? sql<number>`sum(case when ${whereAll(allOnly)(eb)} then 1 else 0 end)`.as('n_all')
        : sql<number>`count(*)`.as('n_all'),
    ])
    .where(whereAll(allTabParts.filter((p) => p.allTabOnly !== true)))
    .compile();
}

/** The statements of one question, by what they answer, and how their rows become the answer. */
export interface QueryPlan {
  page: CompiledQuery;
  /** The total, with the other tab's under the same filters in the same statement (`planTabTotals`). */
  total: CompiledQuery;
  /** The facet counts, with the total and the credit sums in their one pass (first page only). */
  facets: CompiledQuery[];
  /** Every statement in the order `read` expects its rows. */
  all: CompiledQuery[];
  read(rows: readonly Row[][]): AgentQueryResult;
}

/**
 * Builds the statements of one page of a question, newest first (keyset on created_ms, id_key),
 * with `total` and `tabTotals` on every page and `facets` and `summary` on the first: what
 * `filterAgentItems` + `compareNewestFirst`, `filterWithTabCounts`, `getFacets` and `summarize`
 * give over the same items. Every statement is built with Kysely (values bound, never spliced);
 * `runQuery` runs them together as one read, and the server bench times each group on its own.
 *
 * @example
 * const plan = planQuery(deps, { tab: 'all', viewerId: 'u_1', filters: {} }); const result = plan.read(await run(plan.all));
 */
export function planQuery(deps: QueryDeps, q: AgentStoreQuery): QueryPlan {
  const { db } = deps;
  const timeZone = resolveTimeZone(q.timeZone);
  const now = q.now === undefined ? Date.now() : typeof q.now === 'number' ? q.now : q.now.getTime();
  const limit = Math.min(deps.maxLimit, Math.max(1, Math.floor(q.limit ?? deps.defaultLimit)));
  const ctx = { tab: q.tab, viewerId: q.viewerId, timeZone, now, dialect: deps.dialect };
  const parts = buildConditions(q.filters ?? {}, ctx);
  const after = q.cursor ? deps.cursors.read(q.cursor) : undefined;

  const page = db
    .selectFrom('agent_items')
    .select(['item', 'created_ms', 'id'])
    .where(whereAll(parts))
    .where((eb) =>
      after ? eb(eb.refTuple('created_ms', 'id_key'), '<', eb.tuple(after.createdMs, idKey(after.id))) : eb.lit(true),
    )
    .orderBy('created_ms', 'desc')
    .orderBy('id_key', 'desc')
    .limit(limit + 1)
    .compile();
  // The tab totals count both tabs; the All tab's parts give the rows of either.
  const allTabParts = q.tab === 'all' ? parts : buildConditions(q.filters ?? {}, { ...ctx, tab: 'all' });
  const total = planTabTotals(db, allTabParts, q.viewerId);
  const fieldCtx = {
    tab: q.tab,
    viewerId: q.viewerId,
    timeZone,
    now,
    ...(deps.sources ? { sources: deps.sources } : {}),
  };
  const facets = after ? undefined : planFacets(db, parts, q.filters ?? {}, fieldCtx);
  const facetQueries = facets?.queries ?? [];

  return {
    page,
    total,
    facets: facetQueries,
    // A first page reads its total and credit sums from the facets' one pass; every page reads both
    // tabs' totals from the last statement.
    all: facets ? [page, ...facetQueries, total] : [page, total],
    read(rows) {
      const pageRows = rows[0] ?? [];
      const tabRow = rows[rows.length - 1]?.[0] ?? {};
      const tabTotals = { personal: Number(tabRow.n_personal ?? 0), all: Number(tabRow.n_all ?? 0) };
      const more = pageRows.length > limit;
      const shown = more ? pageRows.slice(0, limit) : pageRows;
      const last = shown[shown.length - 1];
      const items = shown.map((r) => JSON.parse(String(r.item)) as Record<string, unknown>);
      const result: AgentQueryResult = {
        items,
        nextCursor:
          more && last
            ? deps.cursors.write({ createdMs: Number(last.created_ms), id: String(items.at(-1)!.id) })
            : null,
        total: tabTotals[q.tab === 'all' ? 'all' : 'personal'],
        tabTotals,
      };
      if (facets) {
        const rest = rows.slice(1, -1);
        const lists = facets.lists(rest);
        result.total = lists.total;
        result.summary = readSummary(lists.creditsBySource, lists.creditsByCreator, deps.sources);
        result.facets = facets.read(rest);
      }
      return result;
    },
  };
}

/**
 * One page of a question (see `planQuery`), its statements run together as one read (one
 * snapshot where the database offers it).
 *
 * @example
 * const page = await runQuery(deps, { tab: 'all', viewerId: 'u_1', filters: { statuses: ['failed'] }, limit: 50 });
 */
export async function runQuery(deps: QueryDeps, q: AgentStoreQuery, signal?: AbortSignal): Promise<AgentQueryResult> {
  const plan = planQuery(deps, q);
  return plan.read(await deps.run(plan.all, signal));
}
