// The client half against the real handler over HTTP: the server goes away mid-stream and comes
// back; every change written meanwhile reaches the client exactly once (by resume), the loader
// reports it was reconnecting, the stream carries the queries' auth headers, and nothing is left
// subscribed after unmount.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, expect, it, vi } from 'vitest';
import { createFetchDataSource } from '../../src/data';
import { createAgentDataLoader } from '../../src/data/loader';
import type { AgentDataUpdate, AgentLiveConnection } from '../../src/data/types';
import { createAgentHandler, toNodeListener, type AgentStore } from '../../src/server';
import { sqliteStore, type TestStore } from './databases';
import { viewerFrom } from './handler-helpers';

const run = (id: string) => ({
  id,
  kind: 'ambient',
  title: `Run ${id}`,
  source: 'slack',
  status: 'in_progress',
  createdAt: new Date().toISOString(),
  creator: { id: 'u_me', name: 'Alex Morgan' },
});

let db: TestStore;
afterAll(() => db?.close());

function listen(server: Server, port = 0) {
  return new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

it('loses nothing across a server outage, says it was reconnecting, and stops everything on unmount', async () => {
  db = await sqliteStore();
  await db.store.upsert([run('seed')]);
  let subscriptions = 0;
  const store: AgentStore = {
    ...db.store,
    subscribe(listener) {
      subscriptions++;
      const stop = db.store.subscribe(listener);
      return () => {
        subscriptions--;
        stop();
      };
    },
  };
  const handler = createAgentHandler({ store, getViewer: viewerFrom, limits: { heartbeatSeconds: 1 } });
  let server = createServer(toNodeListener(handler));
  const port = await listen(server);
  const base = `http://127.0.0.1:${port}/api/agents`;
  const seenAuth: Array<[string, string | null]> = [];
  const fetchSpy: typeof fetch = (input, init) => {
    seenAuth.push([String(input), new Headers(init?.headers).get('authorization')]);
    return fetch(input, init);
  };
  const dataSource = createFetchDataSource({
    url: base,
    streamUrl: `${base}/stream`,
    fetch: fetchSpy,
    headers: () => ({ authorization: 'Bearer u_me' }),
  });
  // Every update the source delivers, counted per id.
  const delivered = new Map<string, number>();
  const connections: AgentLiveConnection[] = [];
  const counted = {
    ...dataSource,
    subscribe: (listener: (u: AgentDataUpdate) => void) =>
      dataSource.subscribe!((update) => {
        for (const item of update.upsert ?? []) {
          const id = (item as { id: string }).id;
          delivered.set(id, (delivered.get(id) ?? 0) + 1);
        }
        if (update.connection) connections.push(update.connection);
        listener(update);
      }),
  };
  const loader = createAgentDataLoader({
    dataSource: counted,
    tab: 'all',
    viewerId: 'u_me',
    filters: {},
    timeZone: 'UTC',
  });
  const states = new Set<string | undefined>();
  loader.subscribe(() => states.add(loader.getSnapshot().connection));
  const unmount = loader.mount();
  loader.queryChanged();
  const unlisten = loader.listen(counted)!;
  const ids = () => loader.getSnapshot().items.map((i) => i.id);
  try {
    await vi.waitFor(() => expect(loader.getSnapshot().connection).toBe('live'), { timeout: 10_000 });
    await vi.waitFor(() => expect(ids()).toEqual(['seed']));
    await db.store.upsert([run('live_1')]);
    await vi.waitFor(() => expect(ids()).toContain('live_1'));

    // The outage: the server stops (every connection cut) and three changes are written meanwhile.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await vi.waitFor(() => expect(loader.getSnapshot().connection).toBe('reconnecting'), { timeout: 10_000 });
    await db.store.upsert([run('gap_1')]);
    await db.store.upsert([run('gap_2')]);
    await db.store.upsert([run('gap_3')]);
    server = createServer(toNodeListener(handler));
    await listen(server, port);

    await vi.waitFor(() => expect(ids()).toEqual(expect.arrayContaining(['gap_1', 'gap_2', 'gap_3'])), {
      timeout: 40_000,
    });
    await vi.waitFor(() => expect(loader.getSnapshot().connection).toBe('live'));
    for (const id of ['live_1', 'gap_1', 'gap_2', 'gap_3']) expect(delivered.get(id), id).toBe(1);
    expect(connections).toEqual(expect.arrayContaining(['live', 'reconnecting']));
    expect(states.has('reconnecting')).toBe(true);
    // Queries and the stream (both connections of it) sent the same credentials.
    expect(seenAuth.filter(([url]) => url.includes('/stream')).length).toBeGreaterThanOrEqual(2);
    expect(seenAuth.every(([, auth]) => auth === 'Bearer u_me')).toBe(true);
  } finally {
    unlisten();
    unmount();
  }
  await vi.waitFor(() => expect(subscriptions).toBe(0));
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}, 90_000);
