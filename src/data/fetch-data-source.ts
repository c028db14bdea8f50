import { z } from 'zod';
import { filtersToSearchParams } from '../core';
import { AgentDataError, isAbortError, type AgentDataErrorKind } from './errors';
import { postAction } from './fetch-action';
import { followFetchStream } from './fetch-stream';
import type { AgentDataListener, AgentDataSource, AgentQuery, AgentQueryResult } from './types';

type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface FetchDataSourceOptions {
  /** The list endpoint, absolute or relative (`/api/agents`). Its own query parameters are kept. */
  url: string | URL;
  /** Defaults to the global `fetch`; pass one for auth wrappers, tests or older runtimes. */
  fetch?: typeof fetch;
  /** Sent with every request; a function is called per request (fresh tokens). */
  headers?: HeadersSource;
  /** Page size to ask for, overriding the view's (`pageSize`). */
  limit?: number;
  /**
   * Optional Server-Sent Events endpoint for live updates. Each message's data is JSON
   * `{ upsert?: AgentItemInput[], remove?: string[] }`. Read over `fetch` with the same `headers`
   * and `fetch` as the queries; resumes with `Last-Event-ID`, reconnects with a capped, jittered
   * back-off, treats a missed heartbeat as a dead stream, and reports `{ connection }` and
   * `{ reset }` updates (`agentboard/server`'s `createAgentHandler` speaks this protocol).
   */
  streamUrl?: string | URL;
  /**
   * An `EventSource` implementation to read the stream with instead of `fetch` (the browser's own
   * reconnection then applies: no headers, no connection state). Default: none, the stream is read
   * over `fetch`.
   */
  EventSource?: typeof EventSource;
  /** A stream silent for this long is reopened (default: three of the server's heartbeats, else 45 s). */
  heartbeatTimeoutMs?: number;
  /**
   * Optional action endpoint: `action()` POSTs `{ action, ids | match, input?, timeZone? }` as JSON
   * here, with the same headers, and reads back an `AgentActionResult` (an `undo` in the answer is a
   * request posted back to the same endpoint).
   */
  actionUrl?: string | URL;
}

const facetOptionSchema = z.object({ value: z.string(), label: z.string(), count: z.number() });
const facetListSchema = z.array(facetOptionSchema);
const unknownListSchema = z.array(z.unknown());

// The envelope is checked here; the items themselves are host input that `parseAgentItems`
// checks one by one later, so one bad item never fails the page.
const resultSchema = z.object({
  items: unknownListSchema,
  nextCursor: z.string().nullish(),
  total: z.number().int().nonnegative().nullish(),
  // Passed on as sent: the loader checks each tab's count (a bad one is reported and left out, so it
  // never fails the page).
  tabTotals: z.unknown().optional(),
  facets: z
    .object({
      sources: facetListSchema,
      statuses: facetListSchema,
      creators: facetListSchema,
      createdOn: facetListSchema,
      facets: z.record(z.string(), facetListSchema),
    })
    .partial()
    .nullish(),
  summary: z
    .object({
      credits: z.number().nonnegative(),
      creditsBySource: facetListSchema.optional(),
      creditsByCreator: facetListSchema.optional(),
    })
    .nullish(),
});

const updateSchema = z.object({
  upsert: unknownListSchema.optional(),
  remove: z.array(z.string()).optional(),
});

/** The query string `createFetchDataSource` sends: the filters' own parameters plus paging ones. */
export function agentQueryToSearchParams(query: Omit<AgentQuery, 'signal'>): URLSearchParams {
  const params = filtersToSearchParams({ tab: query.tab, filters: query.filters });
  // Always sent, so a server never has to assume which tab is the default.
  params.set('tab', query.tab);
  params.set('viewer', query.viewerId);
  if (query.timeZone) params.set('tz', query.timeZone);
  if (query.cursor) params.set('cursor', query.cursor);
  params.set('limit', String(query.limit));
  return params;
}

function withParams(url: string | URL, params: URLSearchParams): string {
  // The path (up to the first `?` or `#`) and the query string after it; the hash is dropped.
  const [, path = '', query = ''] = /^([^?#]*)(?:\?([^#]*))?/.exec(String(url))!;
  const merged = new URLSearchParams(query);
  params.forEach((value, key) => merged.delete(key));
  params.forEach((value, key) => merged.append(key, value));
  const search = merged.toString();
  return search ? `${path}?${search}` : path;
}

function describeIssues(error: z.ZodError): string {
  return (
    error.issues
      .slice(0, 3)
      // Only the root has an empty path: every key of the envelope has a name.
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ')
  );
}

async function readErrorDetail(response: Response): Promise<string> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return '';
  }
  try {
    // `{ message }`, `{ error: '…' }` or `{ error: { message } }`, in that order of preference.
    const json = JSON.parse(text) as { message?: unknown; error?: { message?: unknown } } | null;
    const message = [json?.message, json?.error, json?.error?.message].find((value) => typeof value === 'string');
    if (message !== undefined) return message as string;
  } catch {
    // Not JSON: fall through to the plain text.
  }
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}

/**
 * A data source over a JSON HTTP endpoint. Each query becomes
 * `GET <url>?<filtersToSearchParams output>&tab=…&viewer=…&tz=…&cursor=…&limit=…`, which must answer
 * `{ items, nextCursor?, total?, tabTotals?, facets?, summary? }` (`tabTotals` is passed on as sent, for the
 * view to check). The view's `AbortSignal` is passed to `fetch`; a non-2xx
 * answer rejects with an `AgentDataError` (`kind: 'http'`, `status`, the server's message when it
 * sent one), an unusable answer with `kind: 'parse'`, an unreachable server with `kind: 'network'`.
 *
 * @example
 * const dataSource = createFetchDataSource({
 *   url: '/api/agents',
 *   streamUrl: '/api/agents/stream',
 *   headers: () => ({ authorization: `Bearer ${getToken()}` }),
 * });
 * <AgentManagementView dataSource={dataSource} viewerId="u_1" onOpenRun={open} />
 */
export function createFetchDataSource(options: FetchDataSourceOptions): AgentDataSource {
  const { url, limit, streamUrl } = options;

  async function query(request: AgentQuery): Promise<AgentQueryResult> {
    const doFetch = options.fetch ?? globalThis.fetch;
    if (typeof doFetch !== 'function') {
      throw new AgentDataError('No fetch implementation is available: pass `fetch` to createFetchDataSource.', {
        kind: 'network',
      });
    }
    const target = withParams(url, agentQueryToSearchParams({ ...request, limit: limit ?? request.limit }));
    let response: Response | undefined;
    const failure = (kind: AgentDataErrorKind, message: string, cause?: unknown) =>
      new AgentDataError(message, { kind, status: response?.status, url: target, cause });
    const headers = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
    if (!headers.has('accept')) headers.set('accept', 'application/json');

    try {
      response = await doFetch(target, { method: 'GET', headers, signal: request.signal });
    } catch (error) {
      if (isAbortError(error) || request.signal.aborted) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw failure('network', `Could not reach the server (${reason}).`, error);
    }

    if (!response.ok) {
      const detail = await readErrorDetail(response);
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      throw failure('http', `The server answered ${response.status}${statusText}${detail ? `: ${detail}` : '.'}`);
    }

    let json: unknown;
    try {
      json = await response.json();
    } catch (error) {
      if (isAbortError(error) || request.signal.aborted) throw error;
      throw failure('parse', 'The server answered with something that is not JSON.', error);
    }

    const parsed = resultSchema.safeParse(json);
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      throw failure('parse', `The server's answer is not a page of agent items (${issues}).`, parsed.error);
    }
    const { items, nextCursor, total, tabTotals, facets, summary } = parsed.data;
    const result: AgentQueryResult = { items, nextCursor: nextCursor ?? null };
    if (typeof total === 'number') result.total = total;
    if (tabTotals !== undefined && tabTotals !== null) result.tabTotals = tabTotals as AgentQueryResult['tabTotals'];
    if (facets) result.facets = facets;
    if (summary) result.summary = summary;
    return result;
  }

  const source: AgentDataSource = { query };
  const resolveHeaders = async () =>
    new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
  const readUpdate = (data: unknown) => {
    const update = updateSchema.safeParse(data);
    return update.success ? update.data : null;
  };
  if (options.actionUrl !== undefined) {
    const actionUrl = String(options.actionUrl);
    source.action = (request) => postAction(actionUrl, request, options.fetch ?? globalThis.fetch, resolveHeaders);
  }
  if (streamUrl !== undefined && options.EventSource === undefined) {
    source.subscribe = (listener: AgentDataListener) =>
      followFetchStream({
        url: String(streamUrl),
        fetch: (...args) => (options.fetch ?? globalThis.fetch)(...args),
        headers: resolveHeaders,
        readUpdate,
        listener,
        ...(options.heartbeatTimeoutMs !== undefined ? { heartbeatTimeoutMs: options.heartbeatTimeoutMs } : {}),
      });
  } else if (streamUrl !== undefined) {
    source.subscribe = (listener: AgentDataListener) => {
      const Impl = options.EventSource!;
      if (typeof Impl !== 'function') return () => {};
      const events = new Impl(String(streamUrl));
      events.onmessage = (event: MessageEvent) => {
        let data: unknown;
        try {
          data = JSON.parse(String(event.data));
        } catch {
          return; // a malformed message is skipped; the next poll or query corrects the list
        }
        const update = readUpdate(data);
        if (update) listener(update);
      };
      return () => events.close();
    };
  }
  return source;
}
