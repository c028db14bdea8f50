// The list and action endpoints refuse what they must with a 4xx and a reason, never a 500, and
// never show anyone more than their own items and teammates' ambient runs. Each probe that once
// broke the reference host is a case here.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compareNewestFirst, filterAgentItems, filterWithTabCounts, type AgentFilters } from '../../src/core';
import { createAgentHandler, toNodeListener, type AgentStore } from '../../src/server';
import { as, BASE, seededHandler, viewerFrom } from './handler-helpers';
import { readSse } from './sse';

let h: Awaited<ReturnType<typeof seededHandler>>;
beforeAll(async () => {
  h = await seededHandler();
});
afterAll(() => h?.db.close());

const message = async (response: Response) => ((await response.json()) as { error: { message: string } }).error.message;
const ids = async (response: Response) =>
  ((await response.json()) as { items: { id: string }[] }).items.map((i) => i.id);

describe('the viewer comes from getViewer only', () => {
  it('answers 401 without a viewer, on every endpoint', async () => {
    for (const [path, init] of [
      ['', {}],
      ['/stream', {}],
      ['/actions', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }],
    ] as const) {
      const response = await h.handler(new Request(`${BASE}${path}`, init));
      expect(response.status, path).toBe(401);
      expect(await message(response)).toMatch(/sign in/i);
    }
    expect((await h.get('?tab=all', 'u_intruder')).status).toBe(401);
  });

  it('never widens what is returned for a viewer in the URL: another person is 403, the same one is fine', async () => {
    const forged = await h.get('?tab=personal&viewer=u_priya&limit=500');
    expect(forged.status).toBe(403);
    const own = await h.get('?tab=personal&viewer=u_me&limit=500');
    expect(own.status).toBe(200);
    const want = filterAgentItems(
      [...h.data.items].sort(compareNewestFirst),
      {},
      { tab: 'personal', viewerId: 'u_me' },
    );
    expect(await ids(own)).toEqual(want.map((i) => i.id));
  });

  it('answers both tabs’ totals for the viewer getViewer gives, under the filters asked', async () => {
    const sorted = [...h.data.items].sort(compareNewestFirst);
    const asked: [string, string, AgentFilters][] = [
      ['u_me', '?tab=personal&status=failed', { statuses: ['failed'] }],
      ['u_priya', '?tab=personal&status=failed', { statuses: ['failed'] }],
      ['u_priya', '?tab=all&creator=u_me&creator=u_priya', { creators: ['u_me', 'u_priya'] }],
      ['u_priya', '?tab=personal&viewer=u_priya&q=fix', { query: 'fix' }],
    ];
    for (const [user, query, filters] of asked) {
      const body = (await (await h.get(query, user)).json()) as { total: number; tabTotals: unknown };
      const tab = query.includes('tab=all') ? 'all' : 'personal';
      const { counts } = filterWithTabCounts(sorted, filters, { tab, viewerId: user });
      expect(body.tabTotals, `${user} ${query}`).toEqual({ personal: counts.personal.count, all: counts.all.count });
      expect(body.total).toBe(counts[tab].count);
    }
  });

  it('never sends a teammate’s interactive conversation', async () => {
    const all = (await (await h.get('?tab=all&limit=500')).json()) as {
      items: { creator: { id: string }; kind: string }[];
    };
    expect(all.items.length).toBeGreaterThan(0);
    expect(all.items.filter((i) => i.creator.id !== 'u_me' && i.kind === 'interactive')).toEqual([]);
  });
});

describe('every parameter is checked (400 with a reason, never a 500)', () => {
  it.each([
    ['?q=%00', /NUL/],
    ['?limit=0x10', /limit/],
    ['?limit=0', /limit/],
    ['?limit=1e2', /limit/],
    ['?limit=-1', /limit/],
    ['?tz=Mars%2FOlympus', /tz/],
    ['?tz=', null],
    ['?tab=everyone', /tab/],
    ['?status=exploded', /status/],
    ['?created=yesterday-ish', /created/],
    ['?color=red', /color/],
    ['?cursor=abc', /cursor/i],
    ['?limit=10&limit=20', /more than once/],
  ])('%s', async (query, reason) => {
    const response = await h.get(query);
    if (reason === null) return expect(response.status).toBe(200);
    expect(response.status).toBe(400);
    expect(await message(response)).toMatch(reason);
  });

  it('caps a large limit at the largest page', async () => {
    const capped = createAgentHandler({ store: h.db.store, getViewer: viewerFrom, limits: { maxLimit: 7 } });
    const response = await capped(new Request(`${BASE}?limit=100000`, as('u_me')));
    expect(response.status).toBe(200);
    expect(await ids(response)).toHaveLength(7);
  });

  it('refuses 200 and 1,100 facet keys at once instead of stalling or failing in SQL, and keeps answering others', async () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `facet.k${i}=v`).join('&');
    const started = performance.now();
    const many = await h.get(`?${keys(200)}`);
    expect(many.status).toBe(400);
    expect(await message(many)).toMatch(/facet keys/);
    const huge = await h.get(`?${keys(1100)}`);
    expect([400, 414]).toContain(huge.status);
    expect((await h.get('?tab=all')).status).toBe(200);
    // Refused before any SQL: far from the ~10 s the uncapped host took (a ceiling, not a speed check).
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('caps the number of filter values and the length of a value', async () => {
    const values = Array.from({ length: 201 }, (_, i) => `source=s${i}`).join('&');
    expect((await h.get(`?${values}`)).status).toBe(400);
    expect((await h.get(`?q=${'x'.repeat(300)}`)).status).toBe(400);
  });

  it('treats SQL-injection strings in every parameter as text or refuses them', async () => {
    const evil = encodeURIComponent("' OR 1=1; DROP TABLE agent_items; --");
    for (const name of [
      'q',
      'source',
      'creator',
      'facet.environment',
      'tab',
      'tz',
      'limit',
      'cursor',
      'created',
      'status',
      'viewer',
      evil,
    ]) {
      const response = await h.get(`?${name}=${evil}`);
      expect(response.status, name).toBeGreaterThanOrEqual(200);
      expect(response.status, name).toBeLessThan(500);
      if (response.status === 200) expect(((await response.json()) as { total: number }).total, name).toBe(0);
    }
    expect(((await (await h.get('?tab=all')).json()) as { total: number }).total).toBeGreaterThan(0);
  });

  it('refuses a forged cursor with 400', async () => {
    const first = (await (await h.get('?limit=5')).json()) as { nextCursor: string };
    const [payload, mac] = first.nextCursor.split('.');
    const forged = `${Buffer.from(JSON.stringify([0, 'x'])).toString('base64url')}.${mac}`;
    expect((await h.get(`?limit=5&cursor=${forged}`)).status).toBe(400);
    expect((await h.get(`?limit=5&cursor=${payload}.AAAA`)).status).toBe(400);
    expect((await h.get(`?limit=5&cursor=${first.nextCursor}`)).status).toBe(200);
  });
});

describe('requests that go away and requests that fail', () => {
  it('passes the request’s signal to the store, so an aborted request stops its query', async () => {
    let seen: AbortSignal | undefined;
    const store = {
      query: vi.fn((_q: unknown, opts?: { signal?: AbortSignal }) => {
        seen = opts?.signal;
        return new Promise((_resolve, reject) =>
          opts?.signal?.addEventListener('abort', () =>
            reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
          ),
        );
      }),
    } as unknown as AgentStore;
    const controller = new AbortController();
    const handler = createAgentHandler({ store, getViewer: viewerFrom });
    const answer = handler(new Request(`${BASE}?tab=all`, as('u_me', { signal: controller.signal })));
    await vi.waitFor(() => expect(seen).toBeDefined());
    controller.abort();
    expect(seen!.aborted).toBe(true);
    expect((await answer).status).toBe(499);
  });

  it('stops a real SQLite query on abort (its reader thread is stopped, the next query still runs)', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      h.db.store.query({ tab: 'all', viewerId: 'u_me', filters: {} }, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect((await h.get('?tab=all')).status).toBe(200);
  });

  it('answers a store that throws with a 500 and keeps serving', async () => {
    const onError = vi.fn();
    const store = { query: () => Promise.reject(new Error('disk on fire')) } as unknown as AgentStore;
    const handler = createAgentHandler({ store, getViewer: viewerFrom, onError });
    const response = await handler(new Request(`${BASE}?tab=all`, as('u_me')));
    expect(response.status).toBe(500);
    expect(await message(response)).not.toMatch(/disk/);
    expect(onError).toHaveBeenCalledOnce();
  });

  it('survives request lines that cannot be parsed as URLs (the process stays up)', async () => {
    const server: Server = createServer(toNodeListener(h.handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const raw = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path, headers: { authorization: 'Bearer u_me' } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      for (const line of ['//[', '//127.0.0.1:99999/', '/api/agents?tz=%ZZ', '*']) {
        const status = await raw(line);
        // Answered (the list for a path it can read, 400 for one it cannot), never a crash or a 500.
        expect(status, line).toBeGreaterThanOrEqual(200);
        expect(status, line).toBeLessThan(500);
      }
      const ok = await fetch(`http://127.0.0.1:${port}/api/agents?tab=all&limit=1`, as('u_me'));
      expect(ok.status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('actions', () => {
  const post = (body: unknown, user = 'u_me', type = 'application/json') =>
    h.handler(
      new Request(
        `${BASE}/actions`,
        as(user, {
          method: 'POST',
          body: typeof body === 'string' ? body : JSON.stringify(body),
          headers: { 'content-type': type },
        }),
      ),
    );

  it('refuses an oversized body with 413, a wrong type with 415, and malformed requests with 400', async () => {
    expect((await post({ action: 'cancel', ids: ['x'.repeat(70_000)] })).status).toBe(413);
    expect((await post({ action: 'cancel', ids: ['a'] }, 'u_me', 'text/plain')).status).toBe(415);
    expect((await post('{nope')).status).toBe(400);
    expect((await post({ action: 'cancel' })).status).toBe(400);
    expect((await post({ action: 'cancel', ids: ['a'], match: { tab: 'all', filters: {} } })).status).toBe(400);
    expect((await post({ action: 'DROP TABLE', ids: ['a'] })).status).toBe(400);
    expect((await post({ action: 'explode', ids: ['a'] })).status).toBe(400);
    expect(
      (
        await post({
          action: 'cancel',
          match: { tab: 'all', filters: { statuses: ['failed'] } },
          timeZone: 'Nowhere/Land',
        })
      ).status,
    ).toBe(400);
    expect((await h.handler(new Request(`${BASE}/actions`, as('u_me')))).status).toBe(405);
  });

  it('runs the store’s action for the authenticated viewer only, and lets onAction decide first', async () => {
    const teammates = h.data.items.filter(
      (i) => i.creator.id === 'u_priya' && i.kind === 'ambient' && i.status === 'working',
    );
    const response = await post({ action: 'cancel', ids: [teammates[0]!.id] }, 'u_me');
    expect(response.status).toBe(200);
    const onAction = vi.fn(async (request: { action: string; viewerId: string; ids?: string[] }) =>
      request.action === 'delete'
        ? { failed: (request.ids ?? []).map((id) => ({ id, message: 'Only the creator may delete.' })) }
        : undefined,
    );
    const guarded = createAgentHandler({ store: h.db.store, getViewer: viewerFrom, onAction });
    const refused = await guarded(
      new Request(
        `${BASE}/actions`,
        as('u_me', {
          method: 'POST',
          body: JSON.stringify({ action: 'delete', ids: [teammates[1]!.id] }),
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    expect(((await refused.json()) as { failed: unknown[] }).failed).toHaveLength(1);
    expect(onAction.mock.calls[0]![0]).toMatchObject({ viewerId: 'u_me', action: 'delete' });
  });
});

describe('CORS', () => {
  it('answers a preflight for an allowed origin and says nothing to others', async () => {
    const handler = createAgentHandler({
      store: h.db.store,
      getViewer: viewerFrom,
      cors: { origin: ['https://app.example'], credentials: true },
    });
    const ok = await handler(new Request(BASE, { method: 'OPTIONS', headers: { origin: 'https://app.example' } }));
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await handler(new Request(BASE, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } }));
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('permissionsFor: what this viewer may do travels with each item', () => {
  const onlyCreatorDeletes = (item: { creator: { id: string } }, viewer: { id: string }) => ({
    delete: item.creator.id === viewer.id,
  });

  it('in the list: own runs may be deleted, teammates’ may not, stored permissions are kept', async () => {
    const d = await seededHandler({ permissionsFor: onlyCreatorDeletes });
    try {
      await d.db.store.upsert([
        {
          id: 'gha_1',
          kind: 'ambient',
          title: 'CI run',
          source: 'github_actions',
          status: 'in_progress',
          createdAt: '2030-01-01T00:00:00.000Z',
          creator: { id: 'u_priya', name: 'Priya' },
          permissions: { cancel: false },
        },
      ]);
      const body = (await (await d.get('?tab=all&limit=500')).json()) as {
        items: { id: string; creator: { id: string }; permissions?: Record<string, boolean> }[];
      };
      const mine = body.items.filter((i) => i.creator.id === 'u_me');
      const theirs = body.items.filter((i) => i.creator.id !== 'u_me');
      expect(mine.length).toBeGreaterThan(0);
      expect(theirs.length).toBeGreaterThan(0);
      expect(mine.every((i) => i.permissions?.delete === true)).toBe(true);
      expect(theirs.every((i) => i.permissions?.delete === false)).toBe(true);
      expect(body.items.find((i) => i.id === 'gha_1')?.permissions).toEqual({ cancel: false, delete: false });
      // Another viewer gets their own answer for the same item.
      const asPriya = (await (await d.get('?tab=all&limit=500', 'u_priya')).json()) as typeof body;
      expect(asPriya.items.find((i) => i.id === 'gha_1')?.permissions).toEqual({ cancel: false, delete: true });
    } finally {
      await d.db.close();
    }
  });

  it('in action results and on the stream', async () => {
    const d = await seededHandler({ permissionsFor: onlyCreatorDeletes });
    try {
      const stream = readSse(await d.handler(new Request(`${BASE}/stream`, as('u_me'))));
      await vi.waitFor(() => expect(stream.events[0]?.event).toBe('ready'));
      const target = { id: 'mine_working' };
      await d.db.store.upsert([
        {
          id: target.id,
          kind: 'ambient',
          title: 'Working run',
          source: 'api',
          status: 'in_progress',
          createdAt: '2030-01-01T00:00:00.000Z',
          creator: { id: 'u_me', name: 'Me' },
        },
      ]);
      const answer = await d.handler(
        new Request(
          `${BASE}/actions`,
          as('u_me', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ action: 'cancel', ids: [target.id] }),
          }),
        ),
      );
      const result = (await answer.json()) as { upsert: { id: string; permissions?: Record<string, boolean> }[] };
      expect(result.upsert.map((i) => [i.id, i.permissions?.delete])).toEqual([[target.id, true]]);
      await vi.waitFor(() => {
        const sent = stream.events
          .filter((e) => e.event === undefined)
          .flatMap((e) => (JSON.parse(e.data) as { upsert: { id: string; permissions?: object }[] }).upsert);
        expect(sent.find((i) => i.id === target.id)?.permissions).toEqual({ delete: true });
      });
      await stream.cancel();
    } finally {
      await d.db.close();
    }
  });
});
