import { z } from 'zod';
import { AgentDataError, isAbortError } from './errors';
import type { AgentActionRequest, AgentActionResult } from './types';

const resultSchema = z.object({
  upsert: z.array(z.unknown()).optional(),
  remove: z.array(z.string()).optional(),
  failed: z.array(z.object({ id: z.string(), message: z.string() })).optional(),
  affected: z.number().int().nonnegative().optional(),
  undo: z.object({ action: z.string(), ids: z.array(z.string()) }).optional(),
});

/**
 * POSTs an action to `url` as JSON (`{ action, ids | match, input?, timeZone? }`) with the source's
 * headers and the request's signal, and reads the answer as an `AgentActionResult`. An `undo` in
 * the answer (`{ action, ids }`) becomes a function that posts it back. Failures reject with an
 * `AgentDataError` like the queries' (`http` with the server's message, `network`, `parse`).
 *
 * @example
 * const result = await postAction('/api/agents/actions', { action: 'cancel', ids: ['run_1'], signal }, fetch, headers);
 */
export async function postAction(
  url: string,
  request: AgentActionRequest,
  doFetch: typeof fetch,
  headers: () => Promise<Headers>,
): Promise<AgentActionResult> {
  const { signal, action, ids, match, input, timeZone } = request;
  const body = JSON.stringify({ action, ids, match, input, timeZone });
  const h = await headers();
  h.set('content-type', 'application/json');
  if (!h.has('accept')) h.set('accept', 'application/json');
  let response: Response;
  try {
    response = await doFetch(url, { method: 'POST', headers: h, body, signal });
  } catch (error) {
    if (isAbortError(error) || signal?.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AgentDataError(`Could not reach the server (${reason}).`, { kind: 'network', url, cause: error });
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (isAbortError(error) || signal?.aborted) throw error;
    json = undefined;
  }
  if (!response.ok) {
    const message = (json as { error?: { message?: unknown } } | undefined)?.error?.message;
    throw new AgentDataError(
      `The server answered ${response.status}${typeof message === 'string' ? `: ${message}` : '.'}`,
      { kind: 'http', status: response.status, url },
    );
  }
  const parsed = resultSchema.safeParse(json);
  if (!parsed.success) {
    throw new AgentDataError('The server’s answer to the action is not an action result.', { kind: 'parse', url });
  }
  const { undo, ...rest } = parsed.data;
  const result: AgentActionResult = rest;
  if (undo) {
    result.undo = () =>
      postAction(url, { action: undo.action, ids: undo.ids, signal: new AbortController().signal }, doFetch, headers);
  }
  return result;
}
