// Fresh databases for one test file: an SQLite file in a temp folder (so the reader threads run,
// as in production) and a Postgres database of its own in the run's throwaway cluster.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import {
  createPostgresAgentStore,
  createSqliteAgentStore,
  type AgentStore,
  type AgentStoreOptions,
  type SqliteAgentStoreOptions,
} from '../../src/server';

let counter = 0;

export interface TestStore {
  name: 'sqlite' | 'postgres';
  /** The SQLite file, or the Postgres connection string. */
  url: string;
  store: AgentStore;
  close(): Promise<void>;
}

/** A migrated SQLite store over a new file; `close` ends its readers and removes the file. */
export async function sqliteStore(options: SqliteAgentStoreOptions = {}): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'agentboard-sqlite-'));
  const database = new Database(join(dir, 'agents.db'));
  const store = createSqliteAgentStore(database, { readers: 1, ...options });
  await store.migrate();
  return {
    name: 'sqlite',
    url: join(dir, 'agents.db'),
    store,
    async close() {
      await store.close();
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new database in the run's cluster, as a connection string. */
export async function postgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  const name = `agentboard_t${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: inject('postgresUrl') });
      await c.connect();
      // \`pool.end()\` resolves before its clients' sockets have closed: a forced drop would terminate
      // one still closing, and its client would throw "terminating connection due to administrator
      // command" into whatever test runs next. Wait until the database has no session left (the
      // force is for a test that leaked one, after 5 s).
      for (let waited = 0; waited < 5000; waited += 20) {
        const { rows } = await c.query<{ n: string }>('select count(*) as n from pg_stat_activity where datname = $1', [
          name,
        ]);
        if (Number(rows[0]?.n ?? 0) === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A migrated Postgres store over a database of its own; `close` ends the pool and drops the database. */
export async function postgresStore(options: AgentStoreOptions = {}): Promise<TestStore & { pool: pg.Pool }> {
  const database = await postgresDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  const store = createPostgresAgentStore(pool, options);
  await store.migrate();
  return {
    name: 'postgres',
    store,
    pool,
    url: database.url,
    async close() {
      await store.close();
      await pool.end();
      await database.drop();
    },
  };
}
