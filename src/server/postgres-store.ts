import { type CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import type { Pool, PoolClient } from 'pg';
import { abortError, QueryTimeoutError } from './sqlite-readers';
import { createStore } from './store';
import type { AgentStoreTables } from './tables';
import type { AgentStore, AgentStoreOptions } from './types';

type Row = Record<string, unknown>;

/** The channel writes notify and stores listen on. */
const CHANNEL = 'agentboard_changes';
/** The advisory lock that orders writers, so change numbers are assigned in commit order. */
const WRITE_LOCK = 0x6167_6e74;

export type PostgresAgentStoreOptions = AgentStoreOptions;

/**
 * An agent store in Postgres through a `pg` Pool, for teams that outgrow one file. Each query runs
 * in one read-only snapshot with `statement_timeout` set to `queryTimeoutMs`, and an aborted
 * request cancels its statement on the server (`pg_cancel_backend`). Writes take a transaction-level
 * advisory lock so the change log's order is the commit order, and `NOTIFY` every store listening
 * (`LISTEN`, on one client of the pool) in any process.
 *
 * @example
 * import pg from 'pg';
 * const store = createPostgresAgentStore(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 * await store.migrate();
 */
export function createPostgresAgentStore(pool: Pool, options: PostgresAgentStoreOptions = {}): AgentStore {
  const db = new Kysely<AgentStoreTables>({ dialect: new PostgresDialect({ pool }) });
  const timeoutMs = Math.max(1, Math.floor(options.queryTimeoutMs ?? 10_000));

  async function run(queries: readonly CompiledQuery[], signal?: AbortSignal): Promise<Row[][]> {
    if (signal?.aborted) throw abortError();
    const client: PoolClient = await pool.connect();
    let canceled = false;
    let broken = false;
    const pid = (client as unknown as { processID?: number }).processID;
    const cancel = () => {
      canceled = true;
      if (pid) void pool.query('select pg_cancel_backend($1)', [pid]).catch(() => {});
    };
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      await client.query(`begin transaction isolation level repeatable read read only`);
      await client.query(`set local statement_timeout = ${timeoutMs}`);
      const out: Row[][] = [];
      for (const q of queries) {
        if (canceled) throw abortError();
        out.push((await client.query(q.sql, [...q.parameters])).rows as Row[]);
      }
      await client.query('commit');
      return out;
    } catch (error) {
      await client.query('rollback').catch(() => {
        broken = true;
      });
      if (canceled) throw abortError();
      if ((error as { code?: string }).code === '57014') throw new QueryTimeoutError(timeoutMs);
      throw error;
    } finally {
      signal?.removeEventListener('abort', cancel);
      client.release(broken);
    }
  }

  return createStore(
    {
      db,
      dialect: 'postgres',
      run,
      beginWrite: async (trx) => {
        await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
      },
      endWrite: async (trx) => {
        await sql`select pg_notify(${CHANNEL}, '')`.execute(trx);
      },
      watch(poke) {
        let stopped = false;
        let client: PoolClient | null = null;
        const onNotification = (message: { channel: string }) => message.channel === CHANNEL && poke();
        const connect = async () => {
          try {
            const c = await pool.connect();
            if (stopped) return c.release();
            client = c;
            c.on('notification', onNotification);
            c.on('error', () => {
              // The listening connection broke: listen again, and read what may have been missed.
              c.release(true);
              if (client === c) client = null;
              if (!stopped) setTimeout(() => void connect().then(poke), 1000).unref();
            });
            await c.query(`listen ${CHANNEL}`);
          } catch {
            if (!stopped) setTimeout(() => void connect().then(poke), 1000).unref();
          }
        };
        void connect();
        return () => {
          stopped = true;
          const c = client;
          client = null;
          if (c) {
            c.off('notification', onNotification);
            void c
              .query(`unlisten ${CHANNEL}`)
              .catch(() => {})
              .finally(() => c.release());
          }
        };
      },
    },
    options,
  );
}
