// The store API on both databases: migrations, validated writes, tamper-proof cursors, actions in
// one transaction, and changes seen by subscribers in this process and in another.
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAgentItems } from '../../src/core';
import {
  createPostgresAgentStore,
  createSqliteAgentStore,
  InvalidCursorError,
  InvalidQueryError,
  ActionRequestError,
  unavailableReason,
  type AgentStore,
  type AgentStoreChange,
} from '../../src/server';
import { postgresStore, sqliteStore, type TestStore } from './databases';

const NOW = Date.UTC(2026, 10, 25, 15);
const run = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  kind: 'ambient',
  title: `Run ${id}`,
  source: 'slack',
  status: 'in_progress',
  createdAt: new Date(NOW - Number(id.replace(/\D/g, '') || 0) * 60_000).toISOString(),
  creator: { id: 'u_me', name: 'Alex Morgan' },
  ...over,
});
const ids = (page: { items: unknown[] }) => page.items.map((i) => (i as { id: string }).id);
const ALL = { tab: 'all' as const, viewerId: 'u_me', filters: {}, timeZone: 'UTC' };

describe.each([
  ['sqlite', () => sqliteStore()],
  ['postgres', () => postgresStore()],
] as const)('%s store', (name, open) => {
  let db: TestStore | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('migrates idempotently and keeps the data', async () => {
    db = await open();
    await db.store.upsert([run('r1')]);
    await db.store.migrate();
    await db.store.migrate();
    expect(ids(await db.store.query(ALL))).toEqual(['r1']);
  });

  it('reports invalid input with parseAgentItems issues and writes the valid items only', async () => {
    db = await open();
    const result = await db.store.upsert([run('r1'), { id: 'bad' }, 'nonsense']);
    expect(result.written).toBe(1);
    expect([...new Set(result.issues.filter((i) => i.level === 'error').map((i) => i.index))]).toEqual([1, 2]);
    expect((await db.store.query(ALL)).total).toBe(1);
  });

  it('round-trips every field parseAgentItems keeps (the item is stored as JSON, not column by column)', async () => {
    db = await open();
    const extra = {
      parentId: 'r0',
      errorCode: 'INSUFFICIENT_CREDITS',
      retryable: false,
      artifacts: [{ type: 'pull_request', url: 'https://example.com/pr/1', title: '#1', state: 'open' }],
      creditsBreakdown: { inference: 1, compute: 2 },
    };
    const input = run('r1', {
      ...extra,
      statusDetail: 'Waiting on CI',
      sessionUrl: 'https://example.com/s/1',
      credits: 1.25,
      meta: { environment: ['production', 'staging'], harness: 'warp' },
    });
    await db.store.upsert([input]);
    const [item] = (await db.store.query(ALL)).items;
    // What the list sends parses back to what the store was given (the raw status travels as `status`).
    expect(parseAgentItems([item]).items).toEqual(parseAgentItems([input]).items);
  });

  it('refuses forged, altered and foreign cursors with InvalidCursorError, never an SQL error', async () => {
    db = await open();
    await db.store.upsert([run('r1'), run('r2'), run('r3')]);
    const page = await db.store.query({ ...ALL, limit: 1 });
    const cursor = page.nextCursor!;
    expect(cursor).toBeTruthy();
    const [payload, mac] = cursor.split('.');
    const forged = Buffer.from(JSON.stringify([NOW, "r1' OR 1=1 --"])).toString('base64url');
    for (const bad of [`${forged}.${mac}`, `${payload}.x${mac}`, `${payload}`, 'not-a-cursor', `${cursor}.x`, '']) {
      if (bad === '') continue; // an empty cursor is the first page
      await expect(db.store.query({ ...ALL, cursor: bad }), bad).rejects.toBeInstanceOf(InvalidCursorError);
    }
    const other = name === 'sqlite' ? createSqliteAgentStore(new Database(':memory:')) : null;
    if (other) {
      await other.migrate();
      await expect(other.query({ ...ALL, cursor })).rejects.toBeInstanceOf(InvalidCursorError);
    }
    expect(ids(await db.store.query({ ...ALL, limit: 1, cursor }))).toEqual(['r2']);
  });

  it('refuses a text query with NUL instead of matching everything', async () => {
    db = await open();
    await db.store.upsert([run('r1')]);
    await expect(db.store.query({ ...ALL, filters: { query: '\u0000' } })).rejects.toBeInstanceOf(InvalidQueryError);
  });

  it('treats SQL-injection strings in every filter as values', async () => {
    db = await open();
    await db.store.upsert([run('r1', { meta: { environment: 'prod' } })]);
    const evil = "x' OR '1'='1'; DROP TABLE agent_items; --";
    const page = await db.store.query({
      tab: 'all',
      viewerId: evil,
      timeZone: 'UTC',
      filters: {
        sources: [evil],
        statuses: [evil as 'failed'],
        creators: [evil],
        query: evil,
        facets: { [evil]: [evil] },
      },
    });
    expect(page.total).toBe(0);
    expect((await db.store.query(ALL)).total).toBe(1);
  });

  it('keeps a teammate’s interactive conversations out of every query', async () => {
    db = await open();
    await db.store.upsert([
      run('r1', { creator: { id: 'u_priya', name: 'Priya' }, kind: 'interactive', source: 'interactive' }),
      run('r2', { creator: { id: 'u_priya', name: 'Priya' } }),
    ]);
    expect(ids(await db.store.query(ALL))).toEqual(['r2']);
    expect(ids(await db.store.query({ ...ALL, tab: 'personal', viewerId: 'u_priya' }))).toEqual(['r1', 'r2']);
  });

  it('acts by ids and by a match in one transaction, with the default availability rules', async () => {
    db = await open();
    await db.store.upsert([
      run('r1'),
      run('r2', { status: 'failed' }),
      run('r3', { status: 'failed', kind: 'interactive', source: 'interactive' }),
      run('r4', {
        status: 'failed',
        creator: { id: 'u_priya', name: 'Priya' },
        kind: 'interactive',
        source: 'interactive',
      }),
    ]);
    const cancel = await db.store.act({ action: 'cancel', ids: ['r1', 'r2', 'r4'], viewerId: 'u_me' });
    expect(cancel.affected).toBe(1);
    expect(cancel.failed?.map((f) => f.id).sort()).toEqual(['r2', 'r4']);
    expect((cancel.upsert?.[0] as { status: string }).status).toBe('canceled');

    const retry = await db.store.act({
      action: 'retry',
      match: { tab: 'all', filters: { statuses: ['failed', 'canceled'] }, except: [] },
      viewerId: 'u_me',
    });
    // r1 (canceled above) and r2 are retried as new runs; r3 is a conversation; r4 is not the viewer's to see.
    expect(retry.affected).toBe(2);
    expect(retry.failed).toEqual([{ id: 'r3', message: expect.any(String) }]);
    expect(retry.upsert?.map((i) => (i as { meta: { retryOf: string } }).meta.retryOf).sort()).toEqual(['r1', 'r2']);

    const archive = await db.store.act({ action: 'archive', ids: ['r2'], viewerId: 'u_me' });
    expect(archive.remove).toEqual(['r2']);
    expect(ids(await db.store.query(ALL))).not.toContain('r2');
    await db.store.act({ action: archive.undo!.action, ids: archive.undo!.ids, viewerId: 'u_me' });
    expect(ids(await db.store.query(ALL))).toContain('r2');

    const del = await db.store.act({
      action: 'delete',
      match: { tab: 'personal', filters: {}, except: ['r3'] },
      viewerId: 'u_me',
    });
    expect(del.remove).toEqual(expect.arrayContaining(['r1', 'r2']));
    expect(ids(await db.store.query({ ...ALL, tab: 'personal' }))).toEqual(['r3']);
    await expect(db.store.act({ action: 'explode', ids: ['r3'], viewerId: 'u_me' })).rejects.toBeInstanceOf(
      ActionRequestError,
    );
  });

  it('rolls an action back as a whole when it touches more items than allowed', async () => {
    const limited =
      name === 'sqlite' ? await sqliteStore({ maxActionItems: 2 }) : await postgresStore({ maxActionItems: 2 });
    try {
      await limited.store.upsert([run('r1'), run('r2'), run('r3')]);
      await expect(
        limited.store.act({ action: 'cancel', match: { tab: 'all', filters: {} }, viewerId: 'u_me' }),
      ).rejects.toBeInstanceOf(ActionRequestError);
      expect(((await limited.store.query(ALL)).items as { status: string }[]).map((i) => i.status)).toEqual([
        'in_progress',
        'in_progress',
        'in_progress',
      ]);
    } finally {
      await limited.close();
    }
  });

  it('streams changes to subscribers, resumes from a position, and says when it cannot', async () => {
    db = await open();
    const seen: AgentStoreChange[] = [];
    const stop = db.store.subscribe((c) => seen.push(c));
    // The subscriber starts at the latest change when it subscribes: write until it has seen one.
    let n = 0;
    await vi.waitFor(async () => {
      await db!.store.upsert([run(`r${++n}`)]);
      expect(seen.length).toBeGreaterThan(0);
    });
    stop();
    expect(seen[0]!.upsert[0]).toMatchObject({ creatorId: 'u_me', kind: 'ambient' });
    expect(seen[0]!.seq).toBeGreaterThan(seen[0]!.after);
    const at = await db.store.latestSeq();
    await db.store.upsert([run('r100')]);
    await db.store.remove(['r1']);
    const since = await db.store.changesSince(at);
    expect(since.change?.after).toBe(at);
    expect(since.change?.upsert.map((i) => i.id)).toEqual(['r100']);
    expect(since.change?.remove.map((i) => i.id)).toEqual(['r1']);
    expect((await db.store.changesSince(at + 1000)).change).toBeNull();
  });

  it('drops changes past its retention and tells a reader further behind to start over', async () => {
    const small =
      name === 'sqlite' ? await sqliteStore({ changeRetention: 3 }) : await postgresStore({ changeRetention: 3 });
    try {
      const at = await small.store.latestSeq();
      await small.store.upsert([run('r1'), run('r2'), run('r3'), run('r4'), run('r5')]);
      expect((await small.store.changesSince(at)).change).toBeNull();
      const latest = await small.store.latestSeq();
      expect((await small.store.changesSince(latest - 2)).change?.upsert.map((i) => i.id)).toEqual(['r4', 'r5']);
    } finally {
      await small.close();
    }
  });

  it('sees writes of another process on the same database', async () => {
    db = await open();
    let writer: AgentStore;
    let done: () => Promise<void>;
    if (db.name === 'sqlite') {
      const database = new Database(db.url);
      writer = createSqliteAgentStore(database, { readers: 0 });
      done = async () => void database.close();
    } else {
      const pool = new pg.Pool({ connectionString: db.url, max: 2 });
      writer = createPostgresAgentStore(pool);
      done = () => pool.end();
    }
    const seen = new Set<string>();
    const stop = db.store.subscribe((c) => c.upsert.forEach((i) => seen.add(i.id)));
    try {
      let n = 0;
      await vi.waitFor(
        async () => {
          await writer.upsert([run(`other${++n}`)]);
          expect(seen.size).toBeGreaterThan(0);
        },
        { timeout: 10_000, interval: 300 },
      );
    } finally {
      stop();
      await writer.close();
      await done();
    }
  });
});

describe('unavailableReason (the default rules and permission overrides)', () => {
  const base = parseAgentItems([run('r1', { status: 'failed' })]).items[0]!;
  it('lets permissions refuse or allow whatever the default says', () => {
    expect(unavailableReason(base, 'retry')).toBeNull();
    expect(unavailableReason({ ...base, permissions: { retry: false } } as typeof base, 'retry')).toMatch(/may not/);
    expect(unavailableReason(base, 'cancel')).toMatch(/working or blocked/);
    expect(unavailableReason({ ...base, permissions: { cancel: true } } as typeof base, 'cancel')).toBeNull();
    expect(unavailableReason({ ...base, retryable: false } as typeof base, 'retry')).toMatch(/cannot be retried/);
    expect(unavailableReason({ ...base, kind: 'interactive' }, 'retry')).toMatch(/ambient/);
  });
});
