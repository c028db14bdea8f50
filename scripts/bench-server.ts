// `npm run bench -- --server [--items N] [--runs N] [--only sqlite|postgres] [--scan]`: the server
// kit at scale. Bulk-loads N generated items (1,000,000 by default; scripts/bench-server-load.ts)
// into SQLite (a temp file, one reader thread) and a throwaway PostgreSQL cluster, then times, in
// interleaved runs (run 1 of every question on both databases, then run 2, …), the view's first
// page with its counts (total, facets, summary) for three questions, the facet and summary
// statements on their own, and page 50 by cursor. Prints median and p95 per database, the SQLite ÷
// Postgres ratio and the load average (the machine is shared). `--scan` repeats the first-page
// questions with the query indexes dropped (what a full scan costs).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { AgentFilters } from '../src/core/types';
import { createPostgresAgentStore, createSqliteAgentStore, type AgentStore } from '../src/server';
import { createCursorCodec } from '../src/server/cursor';
import { planQuery, type QueryDeps } from '../src/server/query';
import type { AgentStoreTables } from '../src/server/tables';
import { SAMPLE_NOW } from '../test/fixtures/sample-data';
import { loadPostgres, loadSqlite } from './bench-server-load';
import { startPostgres } from './postgres-cluster.mjs';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const ITEMS = Number(arg('--items', arg('--count', '1000000')));
const RUNS = Number(arg('--runs', '7'));
const ONLY = arg('--only', '');
const SCAN = process.argv.includes('--scan');
const SECRET = 'agentboard server bench: not a secret';
const INDEX_NAMES = [
  'agent_items_newest',
  'agent_items_by_creator',
  'agent_items_by_status_counts',
  'agent_items_by_source_counts',
  'agent_items_counts',
  'agent_items_text',
  'agent_values_by_value',
];

type Row = Record<string, unknown>;
interface Bench {
  name: 'SQLite' | 'Postgres';
  store: AgentStore;
  deps: QueryDeps;
  /** Runs statements directly on a connection of its own (the statement groups' figures). */
  direct(queries: readonly CompiledQuery[]): Promise<Row[][]>;
  dropIndexes(): Promise<void>;
  cursor50?: string;
  close(): Promise<void>;
}

const ASK = { tab: 'all' as const, viewerId: 'u_me', timeZone: 'Europe/Berlin', now: SAMPLE_NOW, limit: 100 };
const FIRST_PAGES: { name: string; filters: AgentFilters }[] = [
  { name: 'All, newest first (first page + counts)', filters: {} },
  { name: 'Failed + Today (first page + counts)', filters: { statuses: ['failed'], createdOn: { preset: 'today' } } },
  { name: 'free text "flaky" (first page + counts)', filters: { query: 'flaky' } },
];

interface Measure {
  name: string;
  run(b: Bench): Promise<number | undefined>;
}

const MEASURES: Measure[] = [
  ...FIRST_PAGES.map((q) => ({
    name: q.name,
    run: async (b: Bench) => (await b.store.query({ ...ASK, filters: q.filters })).total,
  })),
  {
    // Personal's counts read All's rows too: both tabs' totals come from one statement.
    name: 'Personal, newest first (first page + counts)',
    run: async (b: Bench) => (await b.store.query({ ...ASK, tab: 'personal', filters: {} })).total,
  },
  {
    // Every statement of the first page but the page itself: the total, the facets and the summary.
    name: 'counts only (All, no filter)',
    run: async (b) => (await b.direct(planQuery(b.deps, { ...ASK, filters: {} }).all.slice(1))).length,
  },
  {
    name: 'page 50 by cursor (page + total)',
    run: async (b) => (await b.store.query({ ...ASK, filters: {}, cursor: b.cursor50! })).total,
  },
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

function depsFor(db: Kysely<AgentStoreTables>, dialect: 'sqlite' | 'postgres'): QueryDeps {
  const run = () => Promise.reject(new Error('compile only'));
  return { db, dialect, cursors: createCursorCodec(SECRET), run, defaultLimit: 100, maxLimit: 500 };
}

async function openSqlite(): Promise<Bench> {
  const dir = mkdtempSync(join(tmpdir(), 'agentboard-bench-'));
  const file = join(dir, 'agents.db');
  const database = new Database(file);
  const store = createSqliteAgentStore(database, { readers: 1, queryTimeoutMs: 600_000, cursorSecret: SECRET });
  await store.migrate();
  const started = performance.now();
  loadSqlite(database, ITEMS, (n) => process.stdout.write(`\r  SQLite: loaded ${n.toLocaleString('en-US')}`));
  database.exec('analyze');
  console.log(` in ${((performance.now() - started) / 1000).toFixed(1)} s (with indexes and analyze)`);
  const reader = new Database(file, { readonly: true });
  const kysely = new Kysely<AgentStoreTables>({ dialect: new SqliteDialect({ database: reader }) });
  return {
    name: 'SQLite',
    store,
    deps: depsFor(kysely, 'sqlite'),
    direct: async (queries) => queries.map((q) => reader.prepare(q.sql).all(...q.parameters) as Row[]),
    dropIndexes: async () => {
      for (const index of INDEX_NAMES) database.exec(`drop index ${index}`);
    },
    async close() {
      await store.close();
      reader.close();
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(): Promise<Bench> {
  const cluster = await startPostgres();
  const pool = new pg.Pool({ connectionString: cluster.url, max: 4 });
  const store = createPostgresAgentStore(pool, { queryTimeoutMs: 600_000, cursorSecret: SECRET });
  await store.migrate();
  const started = performance.now();
  await loadPostgres(pool, ITEMS, (n) => process.stdout.write(`\r  Postgres: loaded ${n.toLocaleString('en-US')}`));
  await pool.query('vacuum analyze');
  console.log(` in ${((performance.now() - started) / 1000).toFixed(1)} s (with indexes and vacuum analyze)`);
  const kysely = new Kysely<AgentStoreTables>({ dialect: new PostgresDialect({ pool }) });
  return {
    name: 'Postgres',
    store,
    deps: depsFor(kysely, 'postgres'),
    direct: async (queries) => {
      const out: Row[][] = [];
      for (const q of queries) out.push((await pool.query(q.sql, [...q.parameters])).rows as Row[]);
      return out;
    },
    dropIndexes: async () => {
      for (const index of INDEX_NAMES) await pool.query(`drop index ${index}`);
      await pool.query('analyze');
    },
    async close() {
      await store.close();
      await pool.end();
      cluster.stop();
    },
  };
}

async function findCursor50(b: Bench) {
  let cursor: string | null | undefined = null;
  for (let page = 1; page < 50; page++) {
    cursor = (await b.store.query({ ...ASK, filters: {}, ...(cursor ? { cursor } : {}) })).nextCursor;
    if (!cursor) throw new Error(`${b.name}: fewer than 50 pages`);
  }
  b.cursor50 = cursor!;
}

async function measure(benches: Bench[], measures: Measure[], title: string) {
  const times = new Map<string, number[]>();
  const totals = new Map<string, number | undefined>();
  const key = (m: Measure, b: Bench) => `${m.name}\u0000${b.name}`;
  // One warm-up each (caches and plans), then interleaved runs so a busy moment hits every figure alike.
  for (const m of measures) for (const b of benches) totals.set(key(m, b), await m.run(b));
  const before = load();
  for (let r = 0; r < RUNS; r++) {
    for (const m of measures) {
      for (const b of benches) {
        const t = performance.now();
        await m.run(b);
        const list = times.get(key(m, b)) ?? [];
        list.push(performance.now() - t);
        times.set(key(m, b), list);
      }
    }
  }
  console.log(`\n${title}: ${ITEMS.toLocaleString('en-US')} items, ${RUNS} interleaved runs, ms`);
  console.log(`load average (1, 5, 15 min) before: ${before}; after: ${load()}`);
  const names = benches.map((b) => b.name);
  console.log(
    `| figure | matches | ${names.map((n) => `${n} median | ${n} p95`).join(' | ')} |${names.length === 2 ? ' SQLite ÷ Postgres |' : ''}`,
  );
  console.log(`|---|---:|${names.map(() => '---:|---:|').join('')}${names.length === 2 ? '---:|' : ''}`);
  for (const m of measures) {
    const cells: string[] = [];
    const medians: number[] = [];
    for (const b of benches) {
      const sorted = [...times.get(key(m, b))!].sort((x, y) => x - y);
      medians.push(quantile(sorted, 0.5));
      cells.push(`${ms(quantile(sorted, 0.5))} | ${ms(quantile(sorted, 0.95))}`);
    }
    const total = totals.get(key(m, benches[0]!));
    const matches = m.name.includes(' only') ? '—' : (total ?? 0).toLocaleString('en-US');
    const ratio = medians.length === 2 ? ` ${(medians[0]! / medians[1]!).toFixed(2)}× |` : '';
    console.log(`| ${m.name} | ${matches} | ${cells.join(' | ')} |${ratio}`);
  }
}

const benches: Bench[] = [];
try {
  if (ONLY !== 'postgres') benches.push(await openSqlite());
  if (ONLY !== 'sqlite') benches.push(await openPostgres());
  for (const b of benches) await findCursor50(b);
  await measure(benches, MEASURES, 'Indexed');
  if (SCAN) {
    for (const b of benches) await b.dropIndexes();
    await measure(benches, MEASURES.slice(0, FIRST_PAGES.length), 'Query indexes dropped (full scans)');
  }
} finally {
  for (const b of benches) await b.close();
}
