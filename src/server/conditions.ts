import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { FILTER_FIELDS } from '../core/fields';
import type { FieldCheck } from '../core/fields/types';
import type { AgentFilters, AgentTab } from '../core/types';
import type { Dialect } from './migrations';
import { metaField } from './rows';
import type { AgentStoreTables } from './tables';
import { likeContains, storedText } from './text';

type Eb = ExpressionBuilder<AgentStoreTables, 'agent_items'>;

/** A question the store refuses to put to SQL (the handler's 400). */
export class InvalidQueryError extends Error {
  override readonly name = 'InvalidQueryError';
}

/** One part of a query's WHERE. `group` names the facet it narrows (null: every count applies it). */
export interface Condition {
  group: string | null;
  /** Applies on the All tab only (the Creator filter): both tabs' totals count it on All alone. */
  allTabOnly?: boolean;
  build(eb: Eb): Expression<SqlBool>;
}

/** What a query is asked in: the tab, the viewer, the zone and the clock. */
export interface ConditionContext {
  tab: AgentTab;
  viewerId: string;
  timeZone: string;
  now: number;
  dialect: Dialect;
}

/** `buildConditions` starts with these many parts, the live rows and the tab: what an item must be to be seen at all. */
export const BASE_PARTS = 2;

/** Live rows only: a literal, so the planners match the partial indexes. */
export const LIVE: Condition = { group: null, build: () => sql<SqlBool>`archived = 0` };

/** Personal: the viewer's items. All: plus teammates' ambient items (never their conversations). */
export function tabCondition(tab: AgentTab, viewerId: string): Condition {
  const viewer = storedText(viewerId);
  return {
    group: null,
    build: (eb) =>
      tab === 'all'
        ? eb.or([eb('creator_id', '=', viewer), eb('kind', '=', 'ambient')])
        : eb('creator_id', '=', viewer),
  };
}

const values = (selected: ReadonlySet<string>) => [...selected].map(storedText);

function valueExists(field: string, selected: ReadonlySet<string>): (eb: Eb) => Expression<SqlBool> {
  return (eb) =>
    eb.exists(
      eb
        .selectFrom('agent_values as v')
        .select(sql.lit(1).as('one'))
        .whereRef('v.item_pk', '=', 'agent_items.pk')
        .where('v.field', '=', field)
        .where('v.value', 'in', values(selected)),
    );
}

/** The item columns of the core's list fields, by the check's group (its `AgentFilters` key). */
const CODE_COLUMNS: Record<string, 'source' | 'status' | 'creator_id'> = {
  sources: 'source',
  statuses: 'status',
  creators: 'creator_id',
};

function fromCheck(check: FieldCheck, ctx: ConditionContext, fieldKey: string): Condition | null {
  if (check.kind === 'codes') {
    // On Personal every item is the viewer's: the Creator filter narrows the All tab only.
    if (check.allTabOnly && ctx.tab !== 'all') return null;
    const group = { group: check.group, ...(check.allTabOnly ? { allTabOnly: true } : null) };
    const column = CODE_COLUMNS[check.group];
    if (column !== undefined) {
      const selected = values(check.selected);
      return { ...group, build: (eb) => eb(column, 'in', selected) };
    }
    if (check.group.startsWith('facet:')) {
      const field = metaField(check.group.slice('facet:'.length));
      return { ...group, build: valueExists(field, check.selected) };
    }
    if (check.group === 'artifacts') return { ...group, build: valueExists('artifact', check.selected) };
  }
  if (check.kind === 'range' && check.group === 'createdOn') {
    const { lo, hi } = check;
    return {
      group: check.group,
      build: (eb) => eb.and([eb('created_ms', '>=', lo), eb('created_ms', '<', hi)]),
    };
  }
  throw new Error(`agentboard/server has no query part for the filter field "${fieldKey}" (${check.kind} check)`);
}

/** The free-text query as the core does it: a substring of the lower-cased title, creator name or id. */
function queryCondition(query: string, dialect: Dialect): Condition {
  const columns = ['title_lc', 'creator_lc', 'id_lc'] as const;
  if (dialect === 'postgres') {
    const pattern = likeContains(query);
    return {
      group: null,
      build: (eb) => eb.or(columns.map((c) => sql<SqlBool>`${eb.ref(c)} like ${pattern} escape '\\'`)),
    };
  }
  // SQLite's LIKE ignores ASCII case; instr() compares exactly.
  return { group: null, build: (eb) => eb.or(columns.map((c) => sql<SqlBool>`instr(${eb.ref(c)}, ${query}) > 0`)) };
}

/**
 * The WHERE parts of a query, one per active filter, from the core's own compiled checks (so the
 * selected values, the Day-of-creation range in the zone and which filters apply on which tab are
 * exactly the core's), plus the tab and live-row parts. A filter field the core adds and this file
 * does not know throws: it needs its query part here.
 *
 * @example
 * const parts = buildConditions({ statuses: ['failed'] }, { tab: 'all', viewerId: 'u_1', timeZone: 'UTC', now, dialect: 'sqlite' });
 */
export function buildConditions(filters: AgentFilters, ctx: ConditionContext): Condition[] {
  const parts: Condition[] = [LIVE, tabCondition(ctx.tab, ctx.viewerId)];
  const fieldCtx = { tab: ctx.tab, viewerId: ctx.viewerId, timeZone: ctx.timeZone, now: ctx.now };
  for (const field of FILTER_FIELDS) {
    if (field.key === 'query') {
      const query = typeof filters.query === 'string' ? filters.query.trim().toLowerCase() : '';
      // SQLite ends text at NUL (a query "\0" would match everything) and Postgres cannot hold it.
      if (query.includes('\u0000')) throw new InvalidQueryError('The text query contains a NUL character.');
      if (query !== '') parts.push(queryCondition(query, ctx.dialect));
      continue;
    }
    for (const check of field.compile(filters, fieldCtx)) {
      const part = fromCheck(check, ctx, field.key);
      if (part) parts.push(part);
    }
  }
  return parts;
}

/** The AND of every part except those of `exceptGroup` (a facet's own filter). */
export function whereAll(parts: readonly Condition[], exceptGroup?: string): (eb: Eb) => Expression<SqlBool> {
  return (eb) => eb.and(parts.filter((p) => p.group === null || p.group !== exceptGroup).map((p) => p.build(eb)));
}
