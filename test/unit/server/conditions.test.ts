// The store's WHERE parts, compiled to SQL without a database (Kysely's DummyDriver): the live-row
// and tab parts every query starts with, one part per active filter with the facet group it
// narrows, the text query per dialect, and `whereAll` leaving out a facet's own filter.
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { AgentFilters } from '../../../src/core/types';
import {
  BASE_PARTS,
  buildConditions,
  InvalidQueryError,
  whereAll,
  type Condition,
  type ConditionContext,
} from '../../../src/server/conditions';
import type { Dialect } from '../../../src/server/migrations';
import type { AgentStoreTables } from '../../../src/server/tables';

function dummy(dialect: Dialect): Kysely<AgentStoreTables> {
  const sqlite = dialect === 'sqlite';
  return new Kysely<AgentStoreTables>({
    dialect: {
      createAdapter: () => (sqlite ? new SqliteAdapter() : new PostgresAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (sqlite ? new SqliteIntrospector(db) : new PostgresIntrospector(db)),
      createQueryCompiler: () => (sqlite ? new SqliteQueryCompiler() : new PostgresQueryCompiler()),
    },
  });
}

const DBS = { sqlite: dummy('sqlite'), postgres: dummy('postgres') };
const NOW = Date.parse('2026-11-25T15:00:00Z');
const ctx = (over: Partial<ConditionContext> = {}): ConditionContext => ({
  tab: 'all',
  viewerId: 'u_me',
  timeZone: 'UTC',
  now: NOW,
  dialect: 'sqlite',
  ...over,
});

/** The SQL and parameters of `parts` (all of them, or all but `except`'s group). */
function where(parts: readonly Condition[], dialect: Dialect = 'sqlite', except?: string) {
  const { sql, parameters } = DBS[dialect]
    .selectFrom('agent_items')
    .select('pk')
    .where(whereAll(parts, except))
    .compile();
  return { sql: sql.slice(sql.indexOf(' where ') + 7), parameters };
}

const groups = (filters: AgentFilters, over: Partial<ConditionContext> = {}) =>
  buildConditions(filters, ctx(over))
    .slice(BASE_PARTS)
    .map((p) => p.group);

describe('buildConditions: the parts every query starts with', () => {
  it('starts with BASE_PARTS ungrouped parts: live rows and the tab', () => {
    const parts = buildConditions({}, ctx());
    expect(parts).toHaveLength(BASE_PARTS);
    expect(parts.every((p) => p.group === null)).toBe(true);
    expect(where(parts).sql).toContain('archived = 0');
  });

  it('All is the viewer’s items plus ambient ones; Personal only the viewer’s', () => {
    const all = where(buildConditions({}, ctx({ tab: 'all' })));
    expect(all.sql).toMatch(/"creator_id" = \? or "kind" = \?/);
    expect(all.parameters).toEqual(['u_me', 'ambient']);
    const personal = where(buildConditions({}, ctx({ tab: 'personal' })));
    expect(personal.sql).not.toContain('"kind"');
    expect(personal.parameters).toEqual(['u_me']);
  });

  it('compares the viewer id as stored text (backslash and NUL escaped)', () => {
    const { parameters } = where(buildConditions({}, ctx({ tab: 'personal', viewerId: 'a\\b\u0000' })));
    expect(parameters).toEqual(['a\\\\b\\0']);
  });
});

describe('buildConditions: one part per active filter', () => {
  it('code filters go to their columns, grouped by their filter key', () => {
    const parts = buildConditions({ statuses: ['failed', 'blocked'], sources: ['slack'] }, ctx());
    expect(
      parts
        .slice(BASE_PARTS)
        .map((p) => p.group)
        .sort(),
    ).toEqual(['sources', 'statuses']);
    const { sql, parameters } = where(parts);
    expect(sql).toMatch(/"status" in \(\?, \?\)/);
    expect(sql).toMatch(/"source" in \(\?\)/);
    expect(parameters).toEqual(expect.arrayContaining(['failed', 'blocked', 'slack']));
  });

  it('the Creator filter narrows the All tab only', () => {
    expect(groups({ creators: ['u_2'] }, { tab: 'all' })).toEqual(['creators']);
    expect(groups({ creators: ['u_2'] }, { tab: 'personal' })).toEqual([]);
  });

  it('host facets and artifacts are EXISTS over agent_values with their field', () => {
    const parts = buildConditions({ facets: { playbook: ['p1'] }, artifacts: ['pull_request'] }, ctx());
    expect(
      parts
        .slice(BASE_PARTS)
        .map((p) => p.group)
        .sort(),
    ).toEqual(['artifacts', 'facet:playbook']);
    const { sql, parameters } = where(parts);
    expect(sql.match(/exists \(select/g)).toHaveLength(2);
    expect(sql).toContain('"agent_values"');
    expect(parameters).toEqual(expect.arrayContaining(['meta:playbook', 'p1', 'artifact', 'pull_request']));
  });

  it('a day of creation is the half-open range of that day in the viewer’s zone', () => {
    const parts = buildConditions({ createdOn: { day: '2026-11-20' } }, ctx({ timeZone: 'Europe/Berlin' }));
    expect(parts.slice(BASE_PARTS).map((p) => p.group)).toEqual(['createdOn']);
    const { sql, parameters } = where(parts);
    expect(sql).toMatch(/"created_ms" >= \? and "created_ms" < \?/);
    // Berlin is UTC+1 in November: the day starts at 23:00 UTC the evening before.
    expect(parameters.slice(-2)).toEqual([Date.parse('2026-11-19T23:00:00Z'), Date.parse('2026-11-20T23:00:00Z')]);
  });

  it('inactive filters add nothing', () => {
    expect(groups({ statuses: [], sources: [], facets: {}, query: '   ' })).toEqual([]);
  });
});

describe('buildConditions: the text query', () => {
  it('SQLite: instr() over the lower-cased columns with the trimmed, lower-cased query', () => {
    const parts = buildConditions({ query: '  Deploy ' }, ctx());
    expect(parts.slice(BASE_PARTS).map((p) => p.group)).toEqual([null]);
    const { sql, parameters } = where(parts);
    for (const column of ['title_lc', 'creator_lc', 'id_lc']) expect(sql).toContain(`instr("${column}", ?) > 0`);
    expect(parameters.filter((p) => p === 'deploy')).toHaveLength(3);
  });

  it('Postgres: LIKE with %, _ and \\ taken literally', () => {
    const { sql, parameters } = where(
      buildConditions({ query: '100%_a\\b' }, ctx({ dialect: 'postgres' })),
      'postgres',
    );
    expect(sql).toContain(`"title_lc" like $`);
    expect(sql).toContain(`escape '\\'`);
    expect(parameters).toContain('%100\\%\\_a\\\\b%');
  });

  it('refuses a query holding NUL (it would match everything in SQLite)', () => {
    expect(() => buildConditions({ query: 'a\u0000' }, ctx())).toThrow(InvalidQueryError);
  });
});

describe('whereAll', () => {
  it('leaves out only the parts of the excepted group (a facet’s own filter), never the base', () => {
    const parts = buildConditions({ statuses: ['failed'], sources: ['slack'] }, ctx());
    const { sql } = where(parts, 'sqlite', 'statuses');
    expect(sql).not.toContain('"status"');
    expect(sql).toContain('"source" in');
    expect(sql).toContain('archived = 0');
    expect(sql).toContain('"creator_id"');
  });
});
