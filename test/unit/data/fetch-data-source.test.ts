import { describe, expect, it, vi } from 'vitest';
import { AgentDataError, createFetchDataSource } from '../../../src/data';
import type { AgentQuery } from '../../../src/data';

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });
}

function query(overrides: Partial<AgentQuery> = {}): AgentQuery {
  return {
    tab: 'all',
    viewerId: 'u_1',
    filters: {},
    limit: 50,
    signal: new AbortController().signal,
    ...overrides,
  };
}

const page = { items: [{ id: 'a' }], nextCursor: 'c2', total: 10 };

describe('createFetchDataSource', () => {
  it('sends tab, filters, viewer, time zone, cursor and limit as query parameters', async () => {
    const fetch = vi.fn(async () => json(page));
    const source = createFetchDataSource({ url: '/api/agents?team=t1', fetch });
    await source.query(
      query({
        filters: { statuses: ['failed'], sources: ['slack', 'cli'], createdOn: { preset: 'today' }, query: 'deploy' },
        cursor: 'abc',
        timeZone: 'Europe/Paris',
      }),
    );
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url.startsWith('/api/agents?')).toBe(true);
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(params.get('team')).toBe('t1');
    expect(params.get('tab')).toBe('all');
    expect(params.getAll('source')).toEqual(['slack', 'cli']);
    expect(params.getAll('status')).toEqual(['failed']);
    expect(params.get('created')).toBe('today');
    expect(params.get('q')).toBe('deploy');
    expect(params.get('viewer')).toBe('u_1');
    expect(params.get('tz')).toBe('Europe/Paris');
    expect(params.get('cursor')).toBe('abc');
    expect(params.get('limit')).toBe('50');
    expect(init.method).toBe('GET');
    expect(new Headers(init.headers).get('accept')).toBe('application/json');
  });

  it('writes the tab even for personal, leaves out an absent cursor, and lets `limit` override the page size', async () => {
    const fetch = vi.fn(async (_url: string) => json(page));
    const source = createFetchDataSource({
      url: 'http://127.0.0.1:9/api/agents',
      fetch: fetch as unknown as typeof globalThis.fetch,
      limit: 25,
    });
    await source.query(query({ tab: 'personal' }));
    const url = new URL(fetch.mock.calls[0]![0]);
    expect(url.searchParams.get('tab')).toBe('personal');
    expect(url.searchParams.has('cursor')).toBe(false);
    expect(url.searchParams.get('limit')).toBe('25');
  });

  it('returns items, nextCursor (null when absent), total and facets', async () => {
    const facets = { statuses: [{ value: 'failed', label: 'Failed', count: 3 }] };
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(json({ ...page, facets }))
      .mockResolvedValueOnce(json({ items: [] }));
    const source = createFetchDataSource({ url: '/api', fetch });
    await expect(source.query(query())).resolves.toEqual({ items: [{ id: 'a' }], nextCursor: 'c2', total: 10, facets });
    await expect(source.query(query())).resolves.toEqual({ items: [], nextCursor: null });
  });

  it('passes tabTotals on as the server sent them (the loader checks them), and a bad one never fails the page', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(json({ ...page, tabTotals: { personal: 4, all: 10 } }))
      .mockResolvedValueOnce(json({ ...page, tabTotals: { all: -1, personal: 'x' } }))
      .mockResolvedValueOnce(json({ ...page, tabTotals: null }));
    const source = createFetchDataSource({ url: '/api', fetch });
    await expect(source.query(query())).resolves.toEqual({ ...page, tabTotals: { personal: 4, all: 10 } });
    await expect(source.query(query())).resolves.toEqual({ ...page, tabTotals: { all: -1, personal: 'x' } });
    await expect(source.query(query())).resolves.toEqual(page);
  });

  it('calls a headers function per request', async () => {
    let token = 0;
    const fetch = vi.fn(async () => json(page));
    const source = createFetchDataSource({
      url: '/api',
      fetch,
      headers: async () => ({ authorization: `Bearer ${++token}` }),
    });
    await source.query(query());
    await source.query(query());
    const auth = fetch.mock.calls.map((call) =>
      new Headers((call as unknown as [string, RequestInit])[1].headers).get('authorization'),
    );
    expect(auth).toEqual(['Bearer 1', 'Bearer 2']);
  });

  it('passes the AbortSignal to fetch, and an abort rejects with the AbortError itself', async () => {
    const fetch = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const controller = new AbortController();
    const source = createFetchDataSource({ url: '/api', fetch: fetch as unknown as typeof globalThis.fetch });
    const pending = source.query(query({ signal: controller.signal }));
    expect((fetch.mock.calls[0]![1] as RequestInit).signal).toBe(controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('turns an HTTP error into an AgentDataError with the status and the server message', async () => {
    const fetch = vi.fn(async () =>
      json({ error: 'Database is locked' }, { status: 503, statusText: 'Service Unavailable' }),
    );
    const source = createFetchDataSource({ url: '/api', fetch });
    const error = await source.query(query()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentDataError);
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect((error as Error).message).toBe('The server answered 503 Service Unavailable: Database is locked');
  });

  it('keeps an HTML error page readable and short', async () => {
    const body = `<html><body><h1>Bad gateway</h1>${'x'.repeat(500)}</body></html>`;
    const fetch = vi.fn(async () => new Response(body, { status: 502 }));
    const source = createFetchDataSource({ url: '/api', fetch });
    const error = (await source.query(query()).catch((e: unknown) => e)) as AgentDataError;
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/^The server answered 502: Bad gateway x+…$/);
    expect(error.message.length).toBeLessThan(260);
  });

  it('rejects an answer that is not JSON', async () => {
    const fetch = vi.fn(async () => new Response('<!doctype html><p>login</p>', { status: 200 }));
    const source = createFetchDataSource({ url: '/api', fetch });
    await expect(source.query(query())).rejects.toMatchObject({
      name: 'AgentDataError',
      kind: 'parse',
      message: 'The server answered with something that is not JSON.',
    });
  });

  it('rejects JSON of the wrong shape, naming the field', async () => {
    const fetch = vi.fn(async () => json({ data: [] }));
    const source = createFetchDataSource({ url: '/api', fetch });
    const error = (await source.query(query()).catch((e: unknown) => e)) as AgentDataError;
    expect(error.kind).toBe('parse');
    expect(error.message).toMatch(/not a page of agent items \(items: /);

    const fetch2 = vi.fn(async () => json({ items: [], total: 'many' }));
    const error2 = (await createFetchDataSource({ url: '/api', fetch: fetch2 })
      .query(query())
      .catch((e: unknown) => e)) as AgentDataError;
    expect(error2.message).toMatch(/total: /);
  });

  it('turns an unreachable server into a network error', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const source = createFetchDataSource({ url: '/api', fetch });
    await expect(source.query(query())).rejects.toMatchObject({
      kind: 'network',
      message: 'Could not reach the server (fetch failed).',
    });
  });

  it('subscribes to a Server-Sent Events stream and closes it on unsubscribe', () => {
    const instances: FakeEventSource[] = [];
    class FakeEventSource {
      onmessage: ((event: MessageEvent) => void) | null = null;
      closed = false;
      constructor(readonly url: string) {
        instances.push(this);
      }
      close() {
        this.closed = true;
      }
    }
    const source = createFetchDataSource({
      url: '/api',
      fetch: vi.fn(),
      streamUrl: '/api/stream',
      EventSource: FakeEventSource as unknown as typeof EventSource,
    });
    const listener = vi.fn();
    const unsubscribe = source.subscribe!(listener);
    const events = instances[0]!;
    expect(events.url).toBe('/api/stream');
    events.onmessage!({ data: JSON.stringify({ upsert: [{ id: 'a' }], remove: ['b'] }) } as MessageEvent);
    events.onmessage!({ data: 'not json' } as MessageEvent);
    events.onmessage!({ data: JSON.stringify({ remove: [1] }) } as MessageEvent);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ upsert: [{ id: 'a' }], remove: ['b'] });
    unsubscribe();
    expect(events.closed).toBe(true);
  });

  it('has no subscribe without a stream URL', () => {
    expect(createFetchDataSource({ url: '/api' }).subscribe).toBeUndefined();
  });
});
