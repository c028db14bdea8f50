import type { AgentStore, AgentStoreChange } from '../types';
import { HttpError } from './errors';

/** Who a stream is for: changes to items this viewer could not list are never sent. */
export interface StreamOptions {
  store: AgentStore;
  viewerId: string;
  /** The `Last-Event-ID` the client resumes from (absent: from now). */
  lastEventId: string | null;
  heartbeatMs: number;
  signal: AbortSignal;
  headers: Headers;
  onError(error: unknown): void;
  /** Applied to every item sent (the handler's `permissionsFor`). */
  mapItem?: (item: unknown) => unknown;
}

const encoder = new TextEncoder();

/** What an item in a change may show this viewer: their own items, and teammates' ambient ones. */
const visibleTo = (viewerId: string) => (c: { creatorId: string; kind: string }) =>
  c.creatorId === viewerId || c.kind === 'ambient';

/** A `Last-Event-ID`: the position of a change this store wrote (plain decimal), else 400. */
export function readLastEventId(value: string | null): number | null {
  if (value === null || value === '') return null;
  if (!/^[0-9]{1,15}$/.test(value)) throw new HttpError(400, 'Last-Event-ID: not an id this stream sent.');
  return Number(value);
}

/**
 * The live stream: Server-Sent Events, one per change with `id:` its position in the store's log,
 * so a client that reconnects with `Last-Event-ID` gets exactly what it missed. When the store no
 * longer keeps the changes after that id (or the id is not from this store), the stream sends
 * `event: reset` and the client queries its first page again. A comment every `heartbeatMs` lets
 * the client tell a silent stream from a dead one; `event: ready` opens it (with the position and
 * the heartbeat interval). Ends when the request is aborted or the client cancels the body.
 *
 * @example
 * return openStream({ store, viewerId: viewer.id, lastEventId: request.headers.get('last-event-id'), heartbeatMs: 15_000, signal: request.signal, headers, onError });
 */
export async function openStream(options: StreamOptions): Promise<Response> {
  const { store, viewerId, signal } = options;
  const from = readLastEventId(options.lastEventId);
  const visible = visibleTo(viewerId);
  let position = 0;
  let stop = () => {};
  let chain: Promise<void> = Promise.resolve();
  const pending: AgentStoreChange[] = [];
  let ready = false;
  let cleanup = () => {};

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };
      const sendChange = (change: AgentStoreChange) => {
        const mapItem = options.mapItem;
        const upsert = change.upsert.filter(visible).map((c) => (mapItem ? mapItem(c.item) : c.item));
        const remove = change.remove.filter(visible).map((c) => c.id);
        position = change.seq;
        if (upsert.length === 0 && remove.length === 0) return;
        send(`id: ${change.seq}\ndata: ${JSON.stringify({ upsert, remove })}\n\n`);
      };
      const reset = (seq: number) => {
        position = seq;
        send(`event: reset\nid: ${seq}\ndata: {}\n\n`);
      };
      const catchUp = async () => {
        const since = await store.changesSince(position);
        if (since.change === null) reset(since.seq);
        else if (since.change.seq > position) sendChange(since.change);
      };
      const onChange = (change: AgentStoreChange) => {
        if (!ready) return void pending.push(change);
        chain = chain
          .then(() => {
            if (closed || change.seq <= position) return;
            if (change.reset) return catchUp();
            // A change that starts where this stream is: send it. Otherwise read the gap ourselves.
            if (change.after === position) sendChange(change);
            else return catchUp();
          })
          .catch(options.onError);
      };
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), options.heartbeatMs);
      const finish = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        stop();
        signal.removeEventListener('abort', finish);
        try {
          controller.close();
        } catch {
          // Already closed or canceled by the client.
        }
      };
      cleanup = finish;
      signal.addEventListener('abort', finish, { once: true });
      if (signal.aborted) return finish();
      // Subscribe first, then read where to start: nothing written in between is lost.
      stop = store.subscribe(onChange);
      try {
        position = await store.latestSeq();
        const latest = position;
        send(
          `retry: 2000\nevent: ready\nid: ${from ?? latest}\ndata: ${JSON.stringify({ heartbeatMs: options.heartbeatMs })}\n\n`,
        );
        if (from !== null) {
          position = from;
          await catchUp();
        }
        ready = true;
        for (const change of pending.splice(0)) onChange(change);
      } catch (error) {
        options.onError(error);
        finish();
      }
    },
    cancel() {
      cleanup();
    },
  });

  const headers = options.headers;
  headers.set('content-type', 'text/event-stream; charset=utf-8');
  headers.set('cache-control', 'no-store, no-transform');
  headers.set('connection', 'keep-alive');
  // Proxies such as nginx buffer responses unless told not to: a buffered stream is a silent one.
  headers.set('x-accel-buffering', 'no');
  return new Response(body, { status: 200, headers });
}
