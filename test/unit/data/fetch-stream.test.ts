// The live stream over fetch: resume with Last-Event-ID, a capped jittered back-off, a missed
// heartbeat treated as a dead stream, `paused` when the server refuses, `reset` passed on, and
// nothing left running after unsubscribe.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFetchDataSource } from '../../../src/data';
import type { AgentDataUpdate } from '../../../src/data/types';

interface Call {
  headers: Headers;
  signal: AbortSignal;
  push(text: string): void;
  end(): void;
}

function fakeServer(status = 200) {
  const calls: Call[] = [];
  const encoder = new TextEncoder();
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    const signal = init!.signal!;
    signal.addEventListener('abort', () =>
      controller.error(Object.assign(new Error('aborted'), { name: 'AbortError' })),
    );
    calls.push({
      headers: new Headers(init?.headers),
      signal,
      push: (text) => controller.enqueue(encoder.encode(text)),
      end: () => controller.close(),
    });
    return new Response(status === 200 ? body : null, { status });
  });
  return { calls, fetch: fetch as unknown as typeof globalThis.fetch };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const open = (server: ReturnType<typeof fakeServer>, extra = {}) => {
  const updates: AgentDataUpdate[] = [];
  const source = createFetchDataSource({
    url: '/api/agents',
    streamUrl: '/api/agents/stream',
    fetch: server.fetch,
    headers: () => ({ authorization: 'Bearer t0ken' }),
    ...extra,
  });
  const stop = source.subscribe!((u) => updates.push(u));
  return { updates, stop };
};

describe('createFetchDataSource stream', () => {
  it('sends the queries’ headers, reports live, passes updates on and resumes with Last-Event-ID after a drop', async () => {
    const server = fakeServer();
    const { updates, stop } = open(server);
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    const first = server.calls[0]!;
    expect(first.headers.get('authorization')).toBe('Bearer t0ken');
    expect(first.headers.get('last-event-id')).toBeNull();
    first.push('event: ready\nid: 7\ndata: {"heartbeatMs":15000}\n\n');
    first.push('id: 8\ndata: {"upsert":[{"id":"a"}],"remove":["b"]}\n\n');
    first.push('data: not json\n\n');
    await vi.waitFor(() => expect(updates).toHaveLength(2));
    expect(updates).toEqual([{ connection: 'live' }, { upsert: [{ id: 'a' }], remove: ['b'] }]);
    first.end();
    await vi.waitFor(() => expect(updates.at(-1)).toEqual({ connection: 'reconnecting' }));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(server.calls).toHaveLength(2));
    expect(server.calls[1]!.headers.get('last-event-id')).toBe('8');
    expect(server.calls[1]!.headers.get('authorization')).toBe('Bearer t0ken');
    server.calls[1]!.push('event: reset\nid: 20\ndata: {}\n\n');
    await vi.waitFor(() => expect(updates.at(-1)).toEqual({ reset: true }));
    stop();
    expect(server.calls[1]!.signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.calls).toHaveLength(2);
  });

  it('treats a missed heartbeat as a dead stream and reconnects', async () => {
    const server = fakeServer();
    const { updates, stop } = open(server);
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    server.calls[0]!.push('event: ready\nid: 1\ndata: {"heartbeatMs":1000}\n\n');
    await vi.waitFor(() => expect(updates).toEqual([{ connection: 'live' }]));
    await vi.advanceTimersByTimeAsync(2500);
    server.calls[0]!.push(': heartbeat\n\n');
    await vi.advanceTimersByTimeAsync(2500);
    expect(server.calls[0]!.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls[0]!.signal.aborted).toBe(true);
    expect(updates.at(-1)).toEqual({ connection: 'reconnecting' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(2);
    stop();
  });

  it('backs off with doubling, capped, jittered delays while the server keeps failing', async () => {
    const server = fakeServer(502);
    const { stop } = open(server);
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    const times: number[] = [];
    let last = Date.now();
    for (let i = 0; i < 8; i++) {
      const before = server.calls.length;
      while (server.calls.length === before) await vi.advanceTimersByTimeAsync(100);
      times.push(Date.now() - last);
      last = Date.now();
    }
    // Each wait is within [half, all] of min(30 s, 1 s × 2^n), never above the cap.
    times.forEach((t, n) => {
      const full = Math.min(30_000, 1000 * 2 ** n);
      expect(t).toBeGreaterThanOrEqual(full / 2 - 100);
      expect(t).toBeLessThanOrEqual(full + 100);
    });
    stop();
  });

  it('pauses when the server refuses the stream (signed out) instead of retrying forever', async () => {
    const server = fakeServer(401);
    const { updates, stop } = open(server);
    await vi.waitFor(() => expect(updates).toEqual([{ connection: 'paused' }]));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.calls).toHaveLength(1);
    stop();
  });
});

describe('createFetchDataSource action', () => {
  it('posts the action as JSON with the headers and turns an undo into a function', async () => {
    const bodies: unknown[] = [];
    const fetch = vi.fn(async (_url: unknown, init?: RequestInit) => {
      bodies.push(JSON.parse(String(init!.body)));
      expect(new Headers(init!.headers).get('authorization')).toBe('Bearer t0ken');
      return Response.json(
        bodies.length === 1 ? { remove: ['a'], undo: { action: 'unarchive', ids: ['a'] } } : { upsert: [{ id: 'a' }] },
      );
    });
    const source = createFetchDataSource({
      url: '/api/agents',
      actionUrl: '/api/agents/actions',
      fetch: fetch as unknown as typeof globalThis.fetch,
      headers: { authorization: 'Bearer t0ken' },
    });
    const result = await source.action!({ action: 'archive', ids: ['a'], signal: new AbortController().signal });
    expect(result.remove).toEqual(['a']);
    expect(bodies[0]).toEqual({ action: 'archive', ids: ['a'] });
    expect(await result.undo!()).toEqual({ upsert: [{ id: 'a' }] });
    expect(bodies[1]).toEqual({ action: 'unarchive', ids: ['a'] });
  });

  it('rejects with the server’s message on an error answer', async () => {
    const fetch = vi.fn(async () =>
      Response.json({ error: { message: 'Only the creator may delete.' } }, { status: 403 }),
    );
    const source = createFetchDataSource({
      url: '/x',
      actionUrl: '/x/actions',
      fetch: fetch as unknown as typeof globalThis.fetch,
    });
    await expect(
      source.action!({ action: 'delete', ids: ['a'], signal: new AbortController().signal }),
    ).rejects.toMatchObject({
      kind: 'http',
      status: 403,
      message: expect.stringContaining('Only the creator may delete.'),
    });
  });
});
