import type { Database } from 'better-sqlite3';
import { type CompiledQuery, Kysely, SqliteDialect } from 'kysely';
import { abortError, createSqliteReaders } from './sqlite-readers';
import { createStore } from './store';
import type { AgentStoreTables } from './tables';
import type { AgentStore, AgentStoreOptions } from './types';

type Row = Record<string, unknown>;

export interface SqliteAgentStoreOptions extends AgentStoreOptions {
  /**
   * Reader threads that run queries off the event loop (2). 0 runs them on the calling thread:
   * the only way for an in-memory database, and then a query can be neither timed out nor stopped.
   */
  readers?: number;
  /** How often to look for writes by other processes to the same file, in ms (500; 0: never). */
  watchIntervalMs?: number;
  /** better-sqlite3's module id or path for the reader threads (default: the one this package resolves). */
  driver?: string;
}

/**
 * An agent store in SQLite through better-sqlite3, the embedded default. Queries run on reader
 * threads over the same file (WAL mode, set by `migrate()`), each within `queryTimeoutMs` and
 * stopped when the request is aborted; writes run on `database` in transactions. Changes reach
 * `subscribe` at once from this process, and from other processes writing the same file within
 * `watchIntervalMs` (SQLite's `data_version` tells when another connection committed).
 *
 * @example
 * import Database from 'better-sqlite3';
 * const store = createSqliteAgentStore(new Database('agents.db'));
 * await store.migrate();
 * await store.upsert(items);
 * const page = await store.query({ tab: 'all', viewerId: 'u_1', filters: { statuses: ['failed'] } });
 */
export function createSqliteAgentStore(database: Database, options: SqliteAgentStoreOptions = {}): AgentStore {
  const db = new Kysely<AgentStoreTables>({ dialect: new SqliteDialect({ database }) });
  const inMemory = database.memory || database.name === '' || database.name === ':memory:';
  const size = inMemory ? 0 : (options.readers ?? 2);
  const readers =
    size > 0
      ? createSqliteReaders({
          file: database.name,
          size,
          timeoutMs: options.queryTimeoutMs ?? 10_000,
          ...(options.driver ? { driver: options.driver } : {}),
        })
      : null;
  const inline = database.transaction((queries: readonly CompiledQuery[]) =>
    queries.map((q) => database.prepare(q.sql).all(...q.parameters) as Row[]),
  );
  const watchMs = options.watchIntervalMs ?? 500;

  return createStore(
    {
      db,
      dialect: 'sqlite',
      async run(queries, signal) {
        if (readers) return readers.run(queries, signal);
        if (signal?.aborted) throw abortError();
        return inline.deferred(queries);
      },
      beginWrite: async () => {},
      endWrite: async () => {},
      watch(poke) {
        if (watchMs <= 0) return () => {};
        let version = database.pragma('data_version', { simple: true });
        const timer = setInterval(() => {
          try {
            const next = database.pragma('data_version', { simple: true });
            if (next !== version) {
              version = next;
              poke();
            }
          } catch {
            // A closed database: the host is shutting down.
          }
        }, watchMs);
        timer.unref();
        return () => clearInterval(timer);
      },
      async prepare() {
        if (!inMemory) database.pragma('journal_mode = WAL');
        database.pragma('busy_timeout = 5000');
      },
      close: async () => readers?.close(),
    },
    options,
  );
}
