// POSTing an action: the body and headers sent, the answer read as an action result, an `undo`
// turned into a function that posts it back, and each failure as the AgentDataError kind the
// view shows.
import { describe, expect, it, vi } from 'vitest';
import { AgentDataError } from '../../../src/data/errors';
import { postAction } from '../../../src/data/fetch-action';
import { rejectionOf } from '../../fixtures/rejection';

const URL_ = '/api/agents/actions';

function server(...answers: (Response | Error)[]) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    const next = answers.shift() ?? new Response('{}', { status: 200 });
    if (next instanceof Error) throw next;
    return next;
  });
  return { fetch, doFetch: fetch as unknown as typeof globalThis.fetch };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const headers = () => Promise.resolve(new Headers({ authorization: 'Bearer t' }));
const signal = () => new AbortController().signal;

const rejection = (promise: Promise<unknown>) => rejectionOf(promise, AgentDataError);

describe('postAction', () => {
  it('POSTs the request as JSON with the source’s headers and the request’s signal', async () => {
    const { fetch, doFetch } = server(json({ remove: ['a'] }));
    const s = signal();
    const result = await postAction(
      URL_,
      { action: 'archive', ids: ['a'], input: { why: 'tidy' }, timeZone: 'Europe/Berlin', signal: s },
      doFetch,
      headers,
    );
    expect(result).toEqual({ remove: ['a'] });
    expect(result).not.toHaveProperty('undo');
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(URL_);
    expect(init).toMatchObject({ method: 'POST', signal: s });
    expect(JSON.parse(init!.body as string)).toEqual({
      action: 'archive',
      ids: ['a'],
      input: { why: 'tidy' },
      timeZone: 'Europe/Berlin',
    });
    const sent = init!.headers as Headers;
    expect(sent.get('authorization')).toBe('Bearer t');
    expect(sent.get('content-type')).toBe('application/json');
    expect(sent.get('accept')).toBe('application/json');
  });

  it('keeps an accept header the host set', async () => {
    const { fetch, doFetch } = server(json({}));
    await postAction(URL_, { action: 'cancel', ids: ['a'], signal: signal() }, doFetch, () =>
      Promise.resolve(new Headers({ accept: 'application/vnd.agents+json' })),
    );
    expect((fetch.mock.calls[0]![1]!.headers as Headers).get('accept')).toBe('application/vnd.agents+json');
  });

  it('turns an undo into a function that posts it back', async () => {
    const { fetch, doFetch } = server(json({ remove: ['a'], undo: { action: 'unarchive', ids: ['a'] } }), json({}));
    const result = await postAction(URL_, { action: 'archive', ids: ['a'], signal: signal() }, doFetch, headers);
    expect(result.remove).toEqual(['a']);
    expect(result.undo).toBeTypeOf('function');
    await result.undo!();
    expect(JSON.parse(fetch.mock.calls[1]![1]!.body as string)).toEqual({ action: 'unarchive', ids: ['a'] });
    expect(fetch.mock.calls[1]![1]!.signal).toBeInstanceOf(AbortSignal);
  });

  it('an error answer is an http error with the status and the server’s message', async () => {
    const { doFetch } = server(json({ error: { message: 'Not yours' } }, 403), new Response('oops', { status: 502 }));
    const withMessage = await rejection(
      postAction(URL_, { action: 'delete', ids: ['a'], signal: signal() }, doFetch, headers),
    );
    expect(withMessage).toMatchObject({ kind: 'http', status: 403, url: URL_ });
    expect(withMessage.message).toContain('403');
    expect(withMessage.message).toContain('Not yours');
    const bare = await rejection(
      postAction(URL_, { action: 'delete', ids: ['a'], signal: signal() }, doFetch, headers),
    );
    expect(bare).toMatchObject({ kind: 'http', status: 502 });
  });

  it('a fetch that throws is a network error naming the reason', async () => {
    const cause = new TypeError('Failed to fetch');
    const { doFetch } = server(cause);
    const error = await rejection(
      postAction(URL_, { action: 'cancel', ids: ['a'], signal: signal() }, doFetch, headers),
    );
    expect(error).toMatchObject({ kind: 'network', url: URL_, cause });
    expect(error.message).toContain('Failed to fetch');
  });

  it('an abort rejects as the abort, not as a network error', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    const { doFetch } = server(abort);
    await expect(postAction(URL_, { action: 'cancel', ids: ['a'], signal: signal() }, doFetch, headers)).rejects.toBe(
      abort,
    );
  });

  it('an answer that is not JSON or not an action result is a parse error', async () => {
    const answers = [
      new Response('not json', { status: 200 }),
      json([]),
      json({ remove: [1] }),
      json({ failed: [{ id: 'a' }] }),
      json({ affected: -1 }),
      json({ affected: 1.5 }),
      json({ undo: { action: 'x' } }),
    ];
    const { doFetch } = server(...answers);
    for (let i = 0; i < answers.length; i++) {
      const error = await rejection(
        postAction(URL_, { action: 'cancel', ids: ['a'], signal: signal() }, doFetch, headers),
      );
      expect(error.kind).toBe('parse');
    }
  });

  it('keeps what a valid answer says and drops keys it does not know', async () => {
    const body = { upsert: [{ id: 'a' }], failed: [{ id: 'b', message: 'locked' }], affected: 3, extra: true };
    const { doFetch } = server(json(body));
    const result = await postAction(
      URL_,
      { action: 'retry', match: { tab: 'all', filters: {} }, signal: signal() },
      doFetch,
      headers,
    );
    expect(result).toEqual({ upsert: [{ id: 'a' }], failed: [{ id: 'b', message: 'locked' }], affected: 3 });
  });
});
