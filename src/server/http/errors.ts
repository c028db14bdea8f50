/** A request the handler refuses: answered with `status` and `{ error: { message } }`. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A JSON response with the handler's common headers.
 *
 * @example
 * json(200, { ok: true })
 */
export function json(status: number, body: unknown, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set('content-type', 'application/json; charset=utf-8');
  h.set('cache-control', 'no-store');
  h.set('x-content-type-options', 'nosniff');
  return new Response(JSON.stringify(body), { status, headers: h });
}

/**
 * The JSON error answer every refusal uses: `{ error: { message } }` (what `createFetchDataSource`
 * reads into its `AgentDataError`).
 *
 * @example
 * errorResponse(400, 'limit must be a whole number between 1 and 500')
 */
export function errorResponse(status: number, message: string, headers?: HeadersInit): Response {
  return json(status, { error: { message } }, headers);
}
