// A query past the store's time limit answers 503 with a JSON reason and `Retry-After`, and the
// store keeps serving. The query cannot finish in time however fast the machine is, so the limit is
// what ends it: on SQLite its reader thread runs a driver that never returns from that query
// (fixtures/blocking-sqlite.cjs); on Postgres another connection holds an ACCESS EXCLUSIVE lock on
// the items until the answer has arrived, so `statement_timeout` fires.
import { fileURLToPath } from 'node:url';
import type { Pool } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createAgentHandler } from '../../src/server';
import { postgresStore, sqliteStore, type TestStore } from './databases';
import { as, BASE, viewerFrom } from './handler-helpers';
import { parityData } from './parity-data';

// The stalled query never finishes, so any limit ends it; the limit is long enough that the
// answers which must succeed (a reader thread starting, 50 items) are never near it.
const LIMIT_MS = 2_000;

/** Holds a lock no Postgres query on the items can pass while it is held; returns its release. */
async function lockItems(pool: Pool): Promise<() => Promise<void>> {
  const client = await pool.connect();
  await client.query('begin');
  await client.query('lock table agent_items in access exclusive mode');
  return async () => {
    await client.query('rollback');
    client.release();
  };
}

const BLOCKING_DRIVER = fileURLToPath(new URL('./fixtures/blocking-sqlite.cjs', import.meta.url));

describe.each([
  [
    'sqlite',
    async () => {
      const db = await sqliteStore({ queryTimeoutMs: LIMIT_MS, driver: BLOCKING_DRIVER });
      return { db, stall: async () => ({ query: '&q=__block__', release: async () => {} }) };
    },
  ],
  [
    'postgres',
    async () => {
      const db = await postgresStore({ queryTimeoutMs: LIMIT_MS });
      return { db, stall: async () => ({ query: '', release: await lockItems(db.pool) }) };
    },
  ],
] as const)('%s: the query time limit', (_name, open) => {
  let db: TestStore | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('answers 503 with a JSON reason and Retry-After, then serves the next request', async () => {
    const opened = await open();
    db = opened.db;
    await db.store.upsert(parityData(50).input);
    const handler = createAgentHandler({ store: db.store, getViewer: viewerFrom, limits: { retryAfterSeconds: 7 } });
    const get = (query = '') => handler(new Request(`${BASE}?tab=all${query}`, as('u_me')));
    expect((await get()).status).toBe(200);

    const stall = await opened.stall();
    let response: Response;
    try {
      response = await get(stall.query);
    } finally {
      await stall.release();
    }
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      error: { message: `The query took longer than ${LIMIT_MS} ms and was stopped.` },
    });

    const after = await get();
    expect(after.status).toBe(200);
    expect(((await after.json()) as { total: number }).total).toBeGreaterThan(0);
  });
});
