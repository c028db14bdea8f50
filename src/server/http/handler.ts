import { InvalidQueryError } from '../conditions';
import { InvalidCursorError } from '../cursor';
import { QueryTimeoutError } from '../sqlite-readers';
import { ActionRequestError } from '../store-actions';
import type { AgentStore, AgentStoreActionRequest, AgentStoreActionResult } from '../types';
import type { AgentPermissions } from '../../core/types';
import { readActionBody } from './action-body';
import { errorResponse, HttpError, json } from './errors';
import { DEFAULT_LIMITS, type AgentHandlerLimits } from './limits';
import { readListParams } from './params';
import { openStream } from './stream';

/** The signed-in person, as the host's authentication knows them. */
export interface AgentViewer {
  id: string;
}

/** What `onAction` is given: the checked request (the viewer from `getViewer`) and the store. */
export interface AgentActionContext {
  viewer: AgentViewer;
  store: AgentStore;
  request: Request;
}

/** Cross-origin access: which origins may call the handler from a browser. */
export interface AgentHandlerCors {
  /** An origin, a list of them, or a test. Requests from other origins get no CORS headers. */
  origin: string | readonly string[] | ((origin: string) => boolean);
  /** Allow cookies and `authorization` (`Access-Control-Allow-Credentials`). */
  credentials?: boolean;
}

/** An item as the server sends it (the host's JSON): its id, kind and creator are always there. */
export interface AgentServedItem {
  id: string;
  kind: string;
  creator: { id: string; name?: string };
  permissions?: AgentPermissions;
  [key: string]: unknown;
}

export interface AgentHandlerOptions {
  store: AgentStore;
  /** The host's authentication: the viewer of a request, or null (401). The only source of the viewer. */
  getViewer(request: Request): Promise<AgentViewer | null> | AgentViewer | null;
  /**
   * Decides or performs an action before the store would: return a result to answer with it, or
   * `undefined` to let `store.act` run it (cancel, retry, archive, delete with the default rules).
   * Throwing an `HttpError` answers with its status.
   */
  onAction?(
    request: AgentStoreActionRequest,
    context: AgentActionContext,
  ): Promise<AgentStoreActionResult | undefined> | AgentStoreActionResult | undefined;
  /**
   * What this viewer may do with an item, sent with it — in the list, the stream and action results —
   * so the view offers only that (`{ delete: item.creator.id === viewer.id }`). Merged over the
   * item's stored `permissions`. It informs the view only: enforce the same rule in `onAction`.
   */
  permissionsFor?(item: AgentServedItem, viewer: AgentViewer): AgentPermissions | undefined;
  cors?: AgentHandlerCors;
  limits?: Partial<AgentHandlerLimits>;
  /** Called with every failure that becomes a 500 (default: console.error). */
  onError?(error: unknown, request: Request): void;
}

function corsHeaders(cors: AgentHandlerCors | undefined, request: Request): Headers {
  const headers = new Headers();
  const origin = request.headers.get('origin');
  if (!cors || origin === null) return headers;
  const allowed =
    typeof cors.origin === 'function'
      ? cors.origin(origin)
      : typeof cors.origin === 'string'
        ? cors.origin === '*' || cors.origin === origin
        : cors.origin.includes(origin);
  if (!allowed) return headers;
  headers.set('access-control-allow-origin', cors.origin === '*' && !cors.credentials ? '*' : origin);
  headers.set('vary', 'origin');
  if (cors.credentials) headers.set('access-control-allow-credentials', 'true');
  return headers;
}

/** How a failure is answered: the request's fault is a 4xx with its reason, anything else a 500. */
function failure(
  error: unknown,
  request: Request,
  headers: Headers,
  onError: AgentHandlerOptions['onError'],
  retryAfterSeconds: number,
): Response {
  if (error instanceof HttpError) return errorResponse(error.status, error.message, headers);
  if (
    error instanceof InvalidCursorError ||
    error instanceof InvalidQueryError ||
    error instanceof ActionRequestError
  ) {
    return errorResponse(400, error.message, headers);
  }
  if (error instanceof QueryTimeoutError) {
    // The database is busy, not the request wrong: the client may ask again after a pause.
    headers.set('retry-after', String(retryAfterSeconds));
    return errorResponse(503, error.message, headers);
  }
  if ((error as { name?: string } | null)?.name === 'AbortError' || request.signal.aborted) {
    // Nobody reads this answer: the client went away and its query was stopped.
    return errorResponse(499, 'The request was aborted.', headers);
  }
  (onError ?? ((e) => console.error('agentboard/server: a request failed', e)))(error, request);
  return errorResponse(500, 'The server could not answer this request.', headers);
}

/**
 * The HTTP side of the server kit as a Fetch API handler, `(request) => Promise<Response>`: mount
 * it in a Next.js route handler, Hono, Bun or Deno as it is, or in Node's `http` and Express through
 * `toNodeListener`. It speaks `createFetchDataSource`'s protocol on one base path:
 * `GET <base>` the list (the filters' URL parameters plus `tab`, `tz`, `cursor`, `limit`),
 * `GET <base>/stream` the live stream (SSE with ids; `Last-Event-ID` resumes),
 * `POST <base>/actions` an action (JSON `{ action, ids | match, input?, timeZone? }`).
 * The viewer is whoever `getViewer` says (401 without one); a `viewer` parameter must equal them
 * (403 otherwise). Every parameter is checked (400 with `{ error: { message } }`), the caps of
 * `limits` apply, an aborted request stops its query, and no failure escapes as a thrown error.
 *
 * @example
 * const handler = createAgentHandler({
 *   store: createSqliteAgentStore(new Database('agents.db')),
 *   getViewer: async (request) => (await auth(request))?.user ?? null,
 * });
 * export const GET = handler; export const POST = handler; // app/api/agents/[[...path]]/route.ts
 */
export function createAgentHandler(options: AgentHandlerOptions): (request: Request) => Promise<Response> {
  const { store } = options;
  const limits: AgentHandlerLimits = { ...DEFAULT_LIMITS, ...options.limits };

  async function serve(request: Request, url: URL, headers: Headers): Promise<Response> {
    const path = url.pathname.replace(/\/+$/, '');
    const isStream = path.endsWith('/stream');
    const isAction = path.endsWith('/actions');
    if (request.method === 'OPTIONS') {
      headers.set('access-control-allow-methods', 'GET, POST, OPTIONS');
      headers.set('access-control-allow-headers', 'authorization, content-type, last-event-id');
      headers.set('access-control-max-age', '600');
      return new Response(null, { status: 204, headers });
    }
    if (isAction ? request.method !== 'POST' : request.method !== 'GET') {
      headers.set('allow', isAction ? 'POST' : 'GET');
      return errorResponse(405, `${request.method} is not allowed here.`, headers);
    }
    const viewer = await options.getViewer(request);
    if (!viewer || typeof viewer.id !== 'string' || viewer.id === '') {
      return errorResponse(401, 'Sign in to see agent runs.', headers);
    }

    const permissionsFor = options.permissionsFor;
    const withPermissions = permissionsFor
      ? (item: unknown): unknown => {
          const served = item as AgentServedItem;
          const own = permissionsFor(served, viewer);
          return own ? { ...served, permissions: { ...served.permissions, ...own } } : item;
        }
      : undefined;
    const decorate = <T extends { upsert?: unknown[]; items?: unknown[] }>(result: T): T =>
      withPermissions === undefined
        ? result
        : {
            ...result,
            ...(result.items ? { items: result.items.map(withPermissions) } : {}),
            ...(result.upsert ? { upsert: result.upsert.map(withPermissions) } : {}),
          };

    if (isStream) {
      return openStream({
        store,
        viewerId: viewer.id,
        ...(withPermissions ? { mapItem: withPermissions } : {}),
        lastEventId: request.headers.get('last-event-id'),
        heartbeatMs: limits.heartbeatSeconds * 1000,
        signal: request.signal,
        headers,
        onError: (error) => options.onError?.(error, request),
      });
    }
    if (isAction) {
      const body = await readActionBody(request, limits);
      const asked: AgentStoreActionRequest = { ...body, viewerId: viewer.id };
      const decided = await options.onAction?.(asked, { viewer, store, request });
      return json(200, decorate(decided ?? (await store.act(asked))), headers);
    }
    const params = readListParams(url, viewer.id, limits);
    const result = await store.query({ ...params, viewerId: viewer.id }, { signal: request.signal });
    return json(200, decorate(result), headers);
  }

  return async function agentHandler(request: Request): Promise<Response> {
    let headers = new Headers();
    try {
      headers = corsHeaders(options.cors, request);
      const raw = String(request.url);
      if (raw.length > limits.maxUrlLength) return errorResponse(414, 'The request URL is too long.', headers);
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return errorResponse(400, 'The request URL is malformed.', headers);
      }
      return await serve(request, url, headers);
    } catch (error) {
      try {
        return failure(error, request, headers, options.onError, limits.retryAfterSeconds);
      } catch {
        return new Response('{"error":{"message":"The server could not answer this request."}}', { status: 500 });
      }
    }
  };
}
