import { type Kysely, sql } from 'kysely';
import { createChangeFeed, latestSeq, readChangesSince } from './change-log';
import { createCursorCodec } from './cursor';
import { migrateStore, type Dialect } from './migrations';
import { runQuery, type ReadRunner } from './query';
import { runAction } from './store-actions';
import { deleteRows, inWrite, upsertItems, type WriteDeps } from './store-writes';
import type { AgentStoreTables } from './tables';
import { storedText } from './text';
import type { AgentStore, AgentStoreOptions } from './types';

/** What a database brings to the shared store: its Kysely instance, how it reads, writes and watches. */
export interface StoreBackend {
  db: Kysely<AgentStoreTables>;
  dialect: Dialect;
  run: ReadRunner;
  beginWrite: WriteDeps['beginWrite'];
  endWrite: WriteDeps['endWrite'];
  /** Starts watching for changes written elsewhere (calls `poke` on each); returns the stop. */
  watch(poke: () => void): () => void;
  /** Runs before the migrations (SQLite: its pragmas). */
  prepare?(): Promise<void>;
  close?(): Promise<void>;
}

/**
 * The store both databases share: queries through `runQuery`, writes in transactions that log
 * each change, a change feed that watches while anyone subscribes.
 *
 * @example
 * const store = createStore(backend, options);
 */
export function createStore(backend: StoreBackend, options: AgentStoreOptions = {}): AgentStore {
  const { db, dialect } = backend;
  const cursors = createCursorCodec(options.cursorSecret);
  const feed = createChangeFeed(db, (error) => console.error('agentboard: reading the change log failed', error));
  let stopWatching: (() => void) | null = null;
  const deps: WriteDeps = {
    db,
    beginWrite: backend.beginWrite,
    endWrite: backend.endWrite,
    committed: () => void feed.poke(),
    changeRetention: options.changeRetention ?? 10_000,
    ...(options.statusMap ? { statusMap: options.statusMap } : {}),
  };
  const queryDeps = {
    db,
    dialect,
    cursors,
    run: backend.run,
    defaultLimit: options.defaultLimit ?? 100,
    maxLimit: options.maxLimit ?? 500,
    ...(options.sources ? { sources: options.sources } : {}),
  };

  return {
    async migrate() {
      await backend.prepare?.();
      await migrateStore(db as unknown as Kysely<unknown>, dialect);
    },
    upsert: (items, opts) => upsertItems(deps, items, opts),
    remove: (ids) =>
      inWrite(deps, async (trx) => {
        const gone = await deleteRows(trx, [...new Set(ids)], Date.now(), deps.changeRetention);
        return { value: gone.length, logged: gone.length > 0 };
      }),
    query: (q, opts) => runQuery(queryDeps, q, opts?.signal),
    subscribe(listener) {
      const stop = feed.subscribe(listener);
      if (stopWatching === null) stopWatching = backend.watch(() => void feed.poke());
      return () => {
        stop();
        if (feed.size === 0 && stopWatching) {
          stopWatching();
          stopWatching = null;
        }
      };
    },
    changesSince: (seq) => readChangesSince(db, seq),
    latestSeq: () => latestSeq(db),
    act: (request) => runAction({ ...deps, dialect, maxActionItems: options.maxActionItems ?? 10_000 }, request),
    async getItems(ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('agent_items')
        .select('item')
        .where('id', 'in', ids.map(storedText))
        .where(sql<boolean>`archived = 0`)
        .execute();
      return rows.map((r) => JSON.parse(r.item) as Record<string, unknown>);
    },
    async close() {
      stopWatching?.();
      stopWatching = null;
      await backend.close?.();
    },
  };
}
