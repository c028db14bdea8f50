// The handler's refusals and JSON answers: `{ error: { message } }` with the status, never cached,
// never sniffed, the headers a caller adds kept (what createFetchDataSource reads back).
import { describe, expect, it } from 'vitest';
import { errorResponse, HttpError, json } from '../../../../src/server/http/errors';

describe('HttpError', () => {
  it('is an Error carrying the status to answer with', () => {
    const error = new HttpError(413, 'Too big.');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'HttpError', status: 413, message: 'Too big.' });
  });
});

describe('json / errorResponse', () => {
  it('answers JSON with the status and the common headers', async () => {
    const response = json(201, { ok: true });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('keeps the caller’s headers but not its content type', () => {
    const response = json(200, {}, { 'retry-after': '5', 'content-type': 'text/html' });
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
  });

  it('an error answer is { error: { message } }', async () => {
    const response = errorResponse(503, 'Try again.', { 'retry-after': '5' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({ error: { message: 'Try again.' } });
  });
});
