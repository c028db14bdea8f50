// `npm run bench -- --server [--count N] [--runs N] [--only sqlite|postgres]`: the server kit at scale.
// Seeds N generated items (1,000,000 by default) into SQLite (a temp file) and into a throwaway
// PostgreSQL cluster, then times the view's first page with its counts (total, facets, credit sums)
// for three questions — everything that failed today, runs from Slack, a free-text query — and the
// same again with the query indexes dropped (what a full scan costs). Prints median and p95 per
// database and the ratio; paste the table into BENCHMARKS.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createPostgresAgentStore, createSqliteAgentStore, type AgentStore } from '../src/server';
import { generateAgentItems, SAMPLE_NOW } from '../test/fixtures/sample-data';
import { startPostgres } from './postgres-cluster.mjs';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const COUNT = Number(arg('--count', '1000000'));
const RUNS = Number(arg('--runs', '15'));
const ONLY = arg('--only', '');
const INDEXES = [
  'agent_items_newest',
  'agent_items_by_creator',
  'agent_items_by_status',
  'agent_items_by_source',
  'agent_values_by_value',
];

const QUESTIONS = [
  { name: 'failed today', filters: { statuses: ['failed' as const], createdOn: { preset: 'today' as const } } },
  { name: 'runs from Slack', filters: { sources: ['slack'] } },
  { name: 'free text "flaky"', filters: { query: 'flaky' } },
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function seed(store: AgentStore) {
  const started = performance.now();
  const step = 50_000;
  for (let at = 0; at < COUNT; at += step) {
    // Distinct ids per slice: the generator numbers items from 0 for each call.
    const items = generateAgentItems({ count: Math.min(step, COUNT - at), now: SAMPLE_NOW, seed: 1 + at / step }).map(
      (item) => ({ ...item, id: `${item.id}_${at / step}` }),
    );
    for (let i = 0; i < items.length; i += 5000) await store.upsert(items.slice(i, i + 5000), { notify: false });
    process.stdout.write(`\r  seeded ${(at + items.length).toLocaleString('en-US')}`);
  }
  console.log(` in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function time(store: AgentStore) {
  const out: Record<string, { median: number; p95: number; total: number }> = {};
  for (const q of QUESTIONS) {
    const ask = () =>
      store.query({
        tab: 'all',
        viewerId: 'u_me',
        filters: q.filters,
        timeZone: 'Europe/Berlin',
        now: SAMPLE_NOW,
        limit: 100,
      });
    const first = await ask(); // warm the caches and the plan
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      await ask();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out[q.name] = { median: quantile(times, 0.5), p95: quantile(times, 0.95), total: first.total ?? 0 };
  }
  return out;
}

function report(name: string, indexed: Awaited<ReturnType<typeof time>>, scan: Awaited<ReturnType<typeof time>>) {
  console.log(`\n${name}, ${COUNT.toLocaleString('en-US')} items, ${RUNS} runs each (ms)`);
  console.log('| question | matches | median | p95 | full scan median | ratio |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const q of QUESTIONS) {
    const a = indexed[q.name]!;
    const b = scan[q.name]!;
    console.log(
      `| ${q.name} | ${a.total.toLocaleString('en-US')} | ${a.median.toFixed(1)} | ${a.p95.toFixed(1)} | ${b.median.toFixed(1)} | ${(b.median / a.median).toFixed(1)}× |`,
    );
  }
}

async function benchSqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'agentboard-bench-'));
  const database = new Database(join(dir, 'agents.db'));
  const store = createSqliteAgentStore(database, { readers: 1, queryTimeoutMs: 600_000 });
  try {
    await store.migrate();
    console.log('SQLite');
    await seed(store);
    database.exec('analyze');
    const indexed = await time(store);
    for (const index of INDEXES) database.exec(`drop index ${index}`);
    const scan = await time(store);
    report('SQLite (better-sqlite3, reader thread)', indexed, scan);
  } finally {
    await store.close();
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres() {
  const cluster = await startPostgres();
  const pool = new pg.Pool({ connectionString: cluster.url, max: 4 });
  const store = createPostgresAgentStore(pool, { queryTimeoutMs: 600_000 });
  try {
    await store.migrate();
    console.log('PostgreSQL');
    await seed(store);
    await pool.query('vacuum analyze');
    const indexed = await time(store);
    for (const index of INDEXES) await pool.query(`drop index ${index}`);
    await pool.query('analyze');
    const scan = await time(store);
    report('PostgreSQL 15 (pg Pool)', indexed, scan);
  } finally {
    await store.close();
    await pool.end();
    cluster.stop();
  }
}

if (ONLY !== 'postgres') await benchSqlite();
if (ONLY !== 'sqlite') await benchPostgres();
