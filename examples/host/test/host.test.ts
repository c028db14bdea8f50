// The reference host on the kit: the seed's richer data round-trips, the API enforces its
// permissions per item (only the creator deletes; GitHub Actions runs are not canceled here),
// the bulk endpoint acts on a match in one transaction, its actions reach every open stream, and
// another process's writes (the flipper) reach an open stream.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApi, type Api } from '../server/api';
import { config } from '../server/config';
import { flipOnce } from '../server/flipper';
import { exampleItems, seed } from '../server/seed';
import { openStore, type ExampleStore } from '../server/store';
import { startPostgres } from '../../../scripts/postgres-cluster.mjs';

const dir = mkdtempSync(join(tmpdir(), 'agentboard-host-'));
let handle: ExampleStore;
let api: Api;
let base = '';
const auth = (user = 'u_me') => ({ authorization: `Bearer ${user}` });

const post = (body: unknown, user = 'u_me') =>
  fetch(`${base}/actions`, {
    method: 'POST',
    headers: { ...auth(user), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

const list = async <T>(query: string) =>
  (await (await fetch(`${base}${query}`, { headers: auth() })).json()) as { items: T[]; total: number };

interface StreamEvent {
  event?: string;
  data: { upsert?: { id: string; status: string; meta?: Record<string, unknown> }[]; remove?: string[] };
}

/** Opens the live stream as `user` and collects its events as they arrive (a view left open). */
async function openStream(user: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}/stream`, { headers: auth(user), signal: controller.signal });
  expect(response.status).toBe(200);
  const events: StreamEvent[] = [];
  const parser = createParser({
    onEvent: (e) =>
      events.push({ ...(e.event ? { event: e.event } : {}), data: JSON.parse(e.data) as StreamEvent['data'] }),
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } catch {
      // Aborted at the end of the test.
    }
  })();
  await vi.waitFor(() => expect(events[0]?.event).toBe('ready'));
  return { events, close: () => controller.abort() };
}

const testPost = (path: string, body: unknown) =>
  fetch(`${base.replace('/api/agents', '/api/test')}/${path}`, {
    method: 'POST',
    headers: { ...auth(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (r) => (await r.json()) as { id: string });

describe.each(['sqlite', 'postgres'] as const)('the example host on the kit (%s)', (kind) => {
  let cluster: { url: string; stop(): void } | undefined;
  beforeAll(async () => {
    config.dbFile = join(dir, 'agents.db');
    if (kind === 'postgres') {
      cluster = await startPostgres();
      process.env.DATABASE_URL = cluster.url;
    } else delete process.env.DATABASE_URL;
    handle = await openStore({ readers: 1 });
    expect(handle.kind).toBe(kind);
    await seed(handle, { count: 1500, force: true });
    // The test endpoints start and flip runs of the viewer's on demand (never in a real host).
    api = createApi({ store: handle.store, testApi: true });
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/api/agents`;
  });
  afterAll(async () => {
    await api?.close();
    await handle?.close();
    delete process.env.DATABASE_URL;
    cluster?.stop();
  });

  it('seeds artifacts, sub-runs and error codes, and answers only a signed-in viewer', async () => {
    const generated = exampleItems(1500, Date.now()) as Record<string, unknown>[];
    expect(generated.some((i) => Array.isArray(i.artifacts) && i.artifacts.length > 0)).toBe(true);
    expect(generated.some((i) => typeof i.parentId === 'string')).toBe(true);
    expect(generated.some((i) => typeof i.errorCode === 'string')).toBe(true);
    expect((await list('?tab=all&limit=50')).total).toBeGreaterThan(500);
    expect((await fetch(base)).status).toBe(401);
  });

  it('cancels a working run and bulk-retries what failed today, and every open view sees both', async () => {
    const mine = await openStream('u_me');
    const teammate = await openStream('u_priya');
    try {
      const working = await testPost('runs', { title: 'Working run to cancel' });
      const failing = await testPost('runs', { title: 'Run that fails today' });
      await testPost('flip', { id: failing.id, status: 'failed' });

      const canceled = await post({ action: 'cancel', ids: [working.id] });
      expect(canceled.status).toBe(200);
      expect(canceled.body).toMatchObject({ affected: 1, upsert: [{ id: working.id, status: 'canceled' }] });

      const failedToday = { tab: 'all', filters: { statuses: ['failed'], createdOn: { preset: 'today' } } };
      const matched = await list<{ id: string }>('?tab=all&status=failed&created=today&tz=UTC&limit=500');
      expect(matched.items.map((i) => i.id)).toContain(failing.id);
      const retried = await post({ action: 'retry', match: failedToday, timeZone: 'UTC' });
      expect(retried.status).toBe(200);
      const result = retried.body as { affected: number; failed?: unknown[]; upsert: StreamEvent['data']['upsert'] };
      // Every match was either retried or refused with a reason (runs whose error a retry cannot fix).
      expect(result.affected + (result.failed?.length ?? 0)).toBe(matched.total);
      const retries = result.upsert!;
      expect(retries.length).toBe(result.affected);
      expect(retries.map((r) => r.meta?.retryOf)).toContain(failing.id);
      expect(retries.every((r) => r.status === 'queued')).toBe(true);

      for (const view of [mine, teammate]) {
        await vi.waitFor(() => {
          const upserts = view.events.flatMap((e) => e.data.upsert ?? []);
          expect(upserts).toContainEqual(expect.objectContaining({ id: working.id, status: 'canceled' }));
          // One transaction, one change: the retries arrive together in one event.
          const together = view.events.find((e) => retries.every((r) => e.data.upsert?.some((u) => u.id === r.id)));
          expect(together).toBeDefined();
        });
      }
    } finally {
      mine.close();
      teammate.close();
    }
  });

  it('lets only the creator delete, by ids and by a match', async () => {
    const page = await list<{ id: string; creator: { id: string } }>('?tab=all&limit=200');
    const theirs = page.items.find((i) => i.creator.id !== 'u_me')!;
    const mine = page.items.find((i) => i.creator.id === 'u_me')!;
    const refused = await post({ action: 'delete', ids: [theirs.id, mine.id] });
    expect(refused.status).toBe(200);
    expect(refused.body.failed).toEqual([{ id: theirs.id, message: 'Only the creator may delete a run.' }]);
    expect(refused.body.remove).toEqual([mine.id]);
    // "Delete all matching" on the All tab removes only the viewer's own matches, in one transaction.
    const before = await list<{ creator: { id: string } }>('?tab=all&q=flaky&limit=500');
    expect(before.items.some((i) => i.creator.id !== 'u_me')).toBe(true);
    const bulk = await post({ action: 'delete', match: { tab: 'all', filters: { query: 'flaky' } } });
    expect(bulk.status).toBe(200);
    const left = await list<{ creator: { id: string } }>('?tab=all&q=flaky&limit=500');
    expect(left.items.filter((i) => i.creator.id === 'u_me')).toEqual([]);
    expect(left.total).toBe(before.items.filter((i) => i.creator.id !== 'u_me').length);
  });

  it('does not cancel GitHub Actions runs, by ids or by a match', async () => {
    const running = await list<{ id: string }>('?tab=all&status=working&source=github_actions&limit=5');
    expect(running.items.length).toBeGreaterThan(0);
    const byIds = await post({ action: 'cancel', ids: [running.items[0]!.id] });
    expect(byIds.body.failed).toEqual([{ id: running.items[0]!.id, message: expect.stringMatching(/GitHub/) }]);
    const bulk = await post({ action: 'cancel', match: { tab: 'all', filters: { statuses: ['working', 'blocked'] } } });
    expect(bulk.status).toBe(200);
    expect((await list('?tab=all&status=working&source=github_actions&limit=5')).total).toBe(running.total);
    const others = await list<{ source: string }>('?tab=all&status=working&limit=500');
    expect(others.items.every((i) => i.source === 'github_actions')).toBe(true);
  });

  it('streams the flipper’s writes, made on another connection to the same database', async () => {
    const controller = new AbortController();
    const response = await fetch(`${base}/stream`, { headers: auth(), signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let text = '';
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          text += new TextDecoder().decode(value);
        }
      } catch {
        // Aborted at the end of the test.
      }
    })();
    await vi.waitFor(() => expect(text).toContain('event: ready'));
    const flipper = await openStore({ readers: 0 });
    try {
      let started: string[] = [];
      await vi.waitFor(
        async () => {
          if (started.length === 0) started = (await flipOnce(flipper.store, { count: 0, start: true })).started;
          expect(text).toContain(started[0]);
        },
        { timeout: 10_000, interval: 250 },
      );
    } finally {
      controller.abort();
      await flipper.close();
    }
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
