// The live stream: an id per event, resume with Last-Event-ID (every change in a gap exactly once),
// `reset` when the store no longer has the gap, heartbeats, only what the viewer may see, and an
// end when the request is aborted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAgentHandler } from '../../src/server';
import { postgresStore, sqliteStore, type TestStore } from './databases';
import { as, BASE, viewerFrom } from './handler-helpers';
import { readSse } from './sse';

const run = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  kind: 'ambient',
  title: `Run ${id}`,
  source: 'slack',
  status: 'in_progress',
  createdAt: '2026-11-25T12:00:00.000Z',
  creator: { id: 'u_me', name: 'Alex Morgan' },
  ...over,
});
const dataOf = (events: { data: string; event?: string }[]) =>
  events
    .filter((e) => e.event === undefined)
    .map((e) => JSON.parse(e.data) as { upsert: { id: string }[]; remove: string[] });
const upserted = (events: { data: string; event?: string }[]) =>
  dataOf(events).flatMap((d) => d.upsert.map((i) => i.id));

describe.each([
  ['sqlite', () => sqliteStore()],
  ['postgres', () => postgresStore()],
] as const)('%s stream', (_name, open) => {
  let db: TestStore | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  const connect = (user: string, init: RequestInit & { lastEventId?: string } = {}, heartbeatSeconds = 15) => {
    const controller = new AbortController();
    const handler = createAgentHandler({ store: db!.store, getViewer: viewerFrom, limits: { heartbeatSeconds } });
    const headers: Record<string, string> = init.lastEventId ? { 'last-event-id': init.lastEventId } : {};
    const response = handler(new Request(`${BASE}/stream`, as(user, { headers, signal: controller.signal })));
    return { response, abort: () => controller.abort() };
  };

  it('sends each change with an id, only to viewers who may see it, and ends when the request is aborted', async () => {
    db = await open();
    const me = connect('u_me');
    const priya = connect('u_priya');
    const meEvents = readSse(await me.response);
    const priyaEvents = readSse(await priya.response);
    expect((await me.response).headers.get('content-type')).toMatch(/text\/event-stream/);
    await vi.waitFor(() => expect(meEvents.events[0]?.event).toBe('ready'));
    await vi.waitFor(() => expect(priyaEvents.events[0]?.event).toBe('ready'));
    await db.store.upsert([run('mine_private', { kind: 'interactive', source: 'interactive' }), run('mine_ambient')]);
    await vi.waitFor(() => expect(upserted(meEvents.events).sort()).toEqual(['mine_ambient', 'mine_private']));
    await vi.waitFor(() => expect(upserted(priyaEvents.events)).toEqual(['mine_ambient']));
    const withIds = meEvents.events.filter((e) => e.event === undefined);
    expect(withIds.every((e) => /^\d+$/.test(e.id ?? ''))).toBe(true);
    me.abort();
    priya.abort();
    await meEvents.ended;
    await priyaEvents.ended;
  });

  it('resumes from Last-Event-ID with every change of the gap exactly once', async () => {
    db = await open();
    const first = connect('u_me');
    const events = readSse(await first.response);
    await vi.waitFor(() => expect(events.events[0]?.event).toBe('ready'));
    await db.store.upsert([run('before')]);
    await vi.waitFor(() => expect(upserted(events.events)).toEqual(['before']));
    const lastId = events.events.at(-1)!.id!;
    first.abort();
    await events.ended;
    // The outage: three writes nobody is connected for.
    await db.store.upsert([run('gap_1')]);
    await db.store.upsert([run('gap_2')]);
    await db.store.remove(['before']);
    const second = connect('u_me', { lastEventId: lastId });
    const resumed = readSse(await second.response);
    await vi.waitFor(() => expect(dataOf(resumed.events).length).toBeGreaterThan(0));
    await db.store.upsert([run('after')]);
    await vi.waitFor(() => expect(upserted(resumed.events)).toContain('after'));
    expect(upserted(resumed.events).sort()).toEqual(['after', 'gap_1', 'gap_2']);
    expect(dataOf(resumed.events).flatMap((d) => d.remove)).toEqual(['before']);
    second.abort();
    await resumed.ended;
  });

  it('says reset when it cannot resume (an id it no longer keeps, or never wrote) and refuses a malformed id', async () => {
    db = await open();
    const far = connect('u_me', { lastEventId: '999999' });
    const events = readSse(await far.response);
    await vi.waitFor(() => expect(events.events.some((e) => e.event === 'reset')).toBe(true));
    far.abort();
    await events.ended;
    const bad = await connect('u_me', { lastEventId: '1 OR 1=1' }).response;
    expect(bad.status).toBe(400);
  });

  it('sends heartbeats on a quiet stream', async () => {
    db = await open();
    const quiet = connect('u_me', {}, 0.05);
    const events = readSse(await quiet.response);
    await vi.waitFor(() =>
      expect(events.comments.filter((c) => c.includes('heartbeat')).length).toBeGreaterThanOrEqual(2),
    );
    quiet.abort();
    await events.ended;
  });
});
