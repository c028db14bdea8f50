import { createParser } from 'eventsource-parser';
import type { AgentDataListener, AgentDataUpdate, AgentLiveConnection } from './types';

/** How the live stream is read and reconnected; every field has a default. */
export interface FetchStreamOptions {
  url: string;
  fetch: typeof fetch;
  /** Resolved per connection (fresh tokens), like the queries' headers. */
  headers: () => Promise<Headers>;
  /** Checks one message's JSON; `null` skips it. */
  readUpdate: (data: unknown) => AgentDataUpdate | null;
  listener: AgentDataListener;
  /** No byte for this long means a dead stream (default: three of the server's heartbeats, else 45 s). */
  heartbeatTimeoutMs?: number;
  /** First reconnect delay and its cap (1 s, 30 s); each try doubles it, with jitter. */
  reconnectMs?: number;
  maxReconnectMs?: number;
  /** Jitter source (tests). */
  random?: () => number;
}

/** Answers after which trying again cannot help without the reader (signed out, no such stream). */
const GIVE_UP = new Set([400, 401, 403, 404, 405, 410]);

/**
 * Follows a Server-Sent Events stream over `fetch`, so it sends the same headers, `fetch` and abort
 * as the queries. Keeps the last event id and sends it back as `Last-Event-ID` when it reconnects
 * (the server then sends what was missed, or `event: reset`, which becomes `{ reset: true }`: query
 * the first page again). Reconnects after a drop, an error answer or a missed heartbeat, with a
 * doubling, capped, jittered delay, and reports the connection as `{ connection }` updates: `live`
 * once the server opened the stream, `reconnecting` while it tries again, `paused` when the server
 * refused it (401, 403, 404…: retrying cannot help). Returns the stop, which ends everything.
 *
 * @example
 * const stop = followFetchStream({ url: '/api/agents/stream', fetch, headers, readUpdate, listener });
 */
export function followFetchStream(options: FetchStreamOptions): () => void {
  const base = options.reconnectMs ?? 1000;
  const cap = options.maxReconnectMs ?? 30_000;
  const random = options.random ?? Math.random;
  let silenceMs = options.heartbeatTimeoutMs ?? 45_000;
  let lastEventId: string | null = null;
  let failures = 0;
  let stopped = false;
  let state: AgentLiveConnection | null = null;
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;

  const report = (next: AgentLiveConnection) => {
    if (stopped || state === next) return;
    state = next;
    options.listener({ connection: next });
  };
  const emit = (update: AgentDataUpdate) => {
    if (!stopped) options.listener(update);
  };

  const retry = () => {
    controller?.abort();
    controller = null;
    clearTimeout(silenceTimer);
    if (stopped) return;
    report('reconnecting');
    const delay = Math.min(cap, base * 2 ** failures) * (0.5 + random() / 2);
    failures += 1;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void connect(), delay);
  };

  async function connect() {
    if (stopped) return;
    const own = (controller = new AbortController());
    const armSilence = () => {
      clearTimeout(silenceTimer);
      silenceTimer = setTimeout(() => own === controller && retry(), silenceMs);
    };
    try {
      const headers = await options.headers();
      headers.set('accept', 'text/event-stream');
      if (lastEventId !== null) headers.set('last-event-id', lastEventId);
      armSilence();
      const response = await options.fetch(options.url, { method: 'GET', headers, signal: own.signal });
      if (!response.ok || !response.body) {
        void response.body?.cancel().catch(() => {});
        if (GIVE_UP.has(response.status)) {
          clearTimeout(silenceTimer);
          return report('paused');
        }
        return retry();
      }
      const parser = createParser({
        onEvent(event) {
          if (event.id !== undefined) lastEventId = event.id;
          if (event.event === 'ready') {
            failures = 0;
            const heartbeat = (JSON.parse(event.data || '{}') as { heartbeatMs?: unknown }).heartbeatMs;
            if (options.heartbeatTimeoutMs === undefined && typeof heartbeat === 'number' && heartbeat > 0) {
              silenceMs = heartbeat * 3;
              armSilence();
            }
            return report('live');
          }
          if (event.event === 'reset') return emit({ reset: true });
          if (event.event !== undefined && event.event !== 'message') return;
          let data: unknown;
          try {
            data = JSON.parse(event.data);
          } catch {
            return; // a malformed message is skipped; the next query corrects the list
          }
          const update = options.readUpdate(data);
          if (update) emit(update);
        },
      });
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        armSilence();
        parser.feed(decoder.decode(value, { stream: true }));
      }
      if (own === controller) retry();
    } catch {
      if (own === controller) retry();
    }
  }

  void connect();
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    clearTimeout(silenceTimer);
    controller?.abort();
    controller = null;
  };
}
