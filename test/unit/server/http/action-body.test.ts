// Reading an action request's body: the size cap (declared or streamed), the content type, the
// known shape, `ids` xor `match`, the id caps, and the match's filters through the list's checks;
// every refusal an HttpError with the status the handler answers.
import { describe, expect, it } from 'vitest';
import { readActionBody, readBody } from '../../../../src/server/http/action-body';
import { HttpError } from '../../../../src/server/http/errors';
import { DEFAULT_LIMITS, type AgentHandlerLimits } from '../../../../src/server/http/limits';
import { rejectionOf } from '../../../fixtures/rejection';

const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('https://x/api/agents/actions', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A body streamed in chunks, with no content-length. */
function streamed(chunks: string[]) {
  const encoder = new TextEncoder();
  let pulled = 0;
  let canceled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
    cancel() {
      canceled = true;
    },
  });
  const request = new Request('https://x/', { method: 'POST', body, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled, canceled: () => canceled };
}

const refusal = (promise: Promise<unknown>) => rejectionOf(promise, HttpError);

const limits = (over: Partial<AgentHandlerLimits> = {}): AgentHandlerLimits => ({ ...DEFAULT_LIMITS, ...over });

describe('readBody', () => {
  it('reads the body as UTF-8, and an absent body as empty text', async () => {
    expect(await readBody(post('{"a":"ü"}'), 100)).toBe('{"a":"ü"}');
    expect(await readBody(new Request('https://x/', { method: 'POST' }), 100)).toBe('');
  });

  it('refuses a declared length over the limit with 413 before reading', async () => {
    const error = await refusal(readBody(post('x', { 'content-length': '11' }), 10));
    expect(error.status).toBe(413);
  });

  it('stops reading and cancels the stream once the bytes passed the limit', async () => {
    const body = streamed(['12345', '67890', 'x', 'never read']);
    const error = await refusal(readBody(body.request, 10));
    expect(error.status).toBe(413);
    expect(body.canceled()).toBe(true);
    expect(body.pulled()).toBeLessThan(4);
  });

  it('accepts exactly the limit', async () => {
    expect(await readBody(streamed(['12345', '67890']).request, 10)).toBe('1234567890');
  });
});

describe('readActionBody', () => {
  it('reads ids, input and a time zone', async () => {
    const body = await readActionBody(
      post({ action: 'rename', ids: ['a'], input: { title: 'New' }, timeZone: 'Europe/Berlin' }),
      DEFAULT_LIMITS,
    );
    expect(body).toEqual({ action: 'rename', ids: ['a'], input: { title: 'New' }, timeZone: 'Europe/Berlin' });
  });

  it('defaults the zone to UTC and refuses one Intl does not know', async () => {
    expect((await readActionBody(post({ action: 'cancel', ids: ['a'] }), DEFAULT_LIMITS)).timeZone).toBe('UTC');
    const error = await refusal(
      readActionBody(post({ action: 'cancel', ids: ['a'], timeZone: 'Mars/Base' }), DEFAULT_LIMITS),
    );
    expect(error.status).toBe(400);
  });

  it('reads a match with its filters in canonical form and its exceptions', async () => {
    const body = await readActionBody(
      post({ action: 'archive', match: { tab: 'all', filters: { statuses: ['failed'], query: 'x' }, except: ['b'] } }),
      DEFAULT_LIMITS,
    );
    expect(body.match).toEqual({ tab: 'all', filters: { statuses: ['failed'], query: 'x' }, except: ['b'] });
    expect(body).not.toHaveProperty('ids');
  });

  it('refuses anything but application/json with 415', async () => {
    // No header at all: a string body goes out as text/plain.
    const wrong: Record<string, string>[] = [
      {},
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/jsonx' },
    ];
    for (const headers of wrong) {
      expect(
        (await refusal(readActionBody(post({ action: 'cancel', ids: ['a'] }, headers), DEFAULT_LIMITS))).status,
      ).toBe(415);
    }
    const ok = post({ action: 'cancel', ids: ['a'] }, { 'content-type': 'Application/JSON; charset=utf-8' });
    await expect(readActionBody(ok, DEFAULT_LIMITS)).resolves.toMatchObject({ action: 'cancel' });
  });

  it('refuses a body that is not JSON, or not the known shape, with 400 naming the field', async () => {
    const cases: [unknown, RegExp][] = [
      ['{not json', /not JSON/],
      [[], /body/],
      [{ action: 'Cancel!', ids: ['a'] }, /^action:/],
      [{ action: 'cancel', ids: [''] }, /^ids\.0:/],
      [{ action: 'cancel', ids: ['a\u0000'] }, /^ids\.0:.*NUL/],
      [{ action: 'cancel', ids: ['x'.repeat(257)] }, /^ids\.0:/],
      [{ action: 'cancel', ids: ['a'], extra: 1 }, /./],
      [{ action: 'cancel', match: { tab: 'team', filters: {} } }, /^match\.tab:/],
    ];
    for (const [body, message] of cases) {
      const error = await refusal(readActionBody(post(body), DEFAULT_LIMITS));
      expect(error.status, JSON.stringify(body)).toBe(400);
      expect(error.message).toMatch(message);
    }
  });

  it('needs either ids or match, not both and not neither', async () => {
    for (const body of [{ action: 'cancel' }, { action: 'cancel', ids: ['a'], match: { tab: 'all', filters: {} } }]) {
      const error = await refusal(readActionBody(post(body), DEFAULT_LIMITS));
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/either ids or match/);
    }
  });

  it('caps the ids and the match’s exceptions at maxActionIds', async () => {
    const capped = limits({ maxActionIds: 2 });
    await expect(readActionBody(post({ action: 'cancel', ids: ['a', 'b'] }), capped)).resolves.toBeDefined();
    expect((await refusal(readActionBody(post({ action: 'cancel', ids: ['a', 'b', 'c'] }), capped))).status).toBe(400);
    const except = { action: 'archive', match: { tab: 'all', filters: {}, except: ['a', 'b', 'c'] } };
    expect((await refusal(readActionBody(post(except), capped))).message).toContain('match.except');
  });

  it('checks the match’s filters like the list’s: over the caps refused, values the core does not read dropped', async () => {
    const odd = { action: 'archive', match: { tab: 'personal', filters: { statuses: ['nope', 'failed'], bogus: 1 } } };
    expect((await readActionBody(post(odd), DEFAULT_LIMITS)).match).toEqual({
      tab: 'personal',
      filters: { statuses: ['failed'] },
    });
    const tooMany = { action: 'archive', match: { tab: 'all', filters: { sources: ['a', 'b', 'c'] } } };
    expect((await refusal(readActionBody(post(tooMany), limits({ maxFilterValues: 2 })))).status).toBe(400);
    const tooLong = { action: 'archive', match: { tab: 'all', filters: { query: 'x'.repeat(11) } } };
    expect((await refusal(readActionBody(post(tooLong), limits({ maxValueLength: 10 })))).status).toBe(400);
  });

  it('refuses an over-long body with 413', async () => {
    const big = post({ action: 'cancel', ids: ['a'.repeat(200)] });
    expect((await refusal(readActionBody(big, limits({ maxBodyBytes: 100 })))).status).toBe(413);
  });
});
