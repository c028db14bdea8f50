/**
 * The example's agent store, on the server kit: the embedded SQLite file by default, Postgres when
 * `DATABASE_URL=postgres://…` is set. The API, the seed and the flipper each open one; they share
 * the data (the file, or the database) and the kit carries changes between them (SQLite's
 * `data_version`, Postgres' LISTEN/NOTIFY).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createPostgresAgentStore, createSqliteAgentStore, type AgentStore } from '../../../src/server';
import { config } from './config';

export interface ExampleStore {
  store: AgentStore;
  /** `sqlite` (a file) or `postgres` (DATABASE_URL). */
  kind: 'sqlite' | 'postgres';
  /** Drops every table of the kit (a fresh seed), then migrates again. */
  wipe(): Promise<void>;
  close(): Promise<void>;
}

/** Every process of the example signs cursors with one secret, so a page cursor works on any of them. */
const CURSOR_SECRET = process.env.AGENTBOARD_CURSOR_SECRET ?? 'agentboard example host: not a real secret';

export async function openStore(options: { readers?: number } = {}): Promise<ExampleStore> {
  const url = process.env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    const store = createPostgresAgentStore(pool, { cursorSecret: CURSOR_SECRET });
    await store.migrate();
    return {
      store,
      kind: 'postgres',
      async wipe() {
        await pool.query(
          'drop table if exists agent_values, agent_items, agent_changes, agentboard_migrations, agentboard_migrations_lock',
        );
        await store.migrate();
      },
      async close() {
        await store.close();
        await pool.end();
      },
    };
  }
  mkdirSync(dirname(config.dbFile), { recursive: true });
  let database = new Database(config.dbFile);
  let store = createSqliteAgentStore(database, { cursorSecret: CURSOR_SECRET, readers: options.readers ?? 2 });
  await store.migrate();
  const handle: ExampleStore = {
    store,
    kind: 'sqlite',
    async wipe() {
      await store.close();
      database.close();
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(config.dbFile + suffix)) rmSync(config.dbFile + suffix);
      }
      database = new Database(config.dbFile);
      store = createSqliteAgentStore(database, { cursorSecret: CURSOR_SECRET, readers: options.readers ?? 2 });
      await store.migrate();
      handle.store = store;
    },
    async close() {
      await store.close();
      database.close();
    },
  };
  return handle;
}
