/**
 * The example host's HTTP API (node:http, no framework):
 *
 *   GET /api/agents?tab=…&<filtersToSearchParams output>&viewer=…&tz=…&cursor=…&limit=…
 *       → { items, nextCursor, total, facets }   (facets on the first page only)
 *   GET /api/agents/stream   Server-Sent Events: `data: { "upsert": [items…], "remove": [ids…] }`
 *   GET /api/health          → { ok: true, items }
 *
 * Only with AGENTBOARD_TEST_API=1 (the end-to-end test), so live updates happen when a test asks:
 *   POST /api/test/runs  { title? }                 → starts a running run of the viewer's, created now
 *   POST /api/test/flip  { id, status }             → sets a run's raw status (e.g. failed, succeeded)
 *   Both push the change to the streams at once, as the flipper's changes are pushed within a second.
 *
 * Live updates: another process (the flipper) writes to the same SQLite file and appends the changed
 * ids to the `changes` table; this server reads new rows of that table every second and pushes the
 * changed items to every stream. A real host would push only what each viewer may see; the view
 * checks every update against its own tab and filters anyway.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { config } from './config';
import {
  BadRequestError,
  type Db,
  getItemsByIds,
  latestChangeSeq,
  openDb,
  queryAgents,
  queryFromSearchParams,
  readChanges,
  upsertItems,
} from './db';

export interface ApiOptions {
  db: Db;
  /** How often the `changes` table is read (ms). Default 1000. */
  changePollMs?: number;
  /** Fixed clock for day filters (tests). */
  now?: () => number;
  /** Serve the test-only endpoints under /api/test (never in a real host). */
  testApi?: boolean;
}

export interface Api {
  server: Server;
  /** Reads new changes at once and pushes them (tests; the timer does it every `changePollMs`). */
  pushChanges(): number;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export function createApi(options: ApiOptions): Api {
  const { db } = options;
  const now = options.now ?? Date.now;
  const streams = new Set<ServerResponse>();
  let seq = latestChangeSeq(db);

  function pushChanges(): number {
    const changes = readChanges(db, seq);
    seq = changes.seq;
    if (changes.upsert.length === 0 && changes.remove.length === 0) return 0;
    const message = JSON.stringify({ upsert: getItemsByIds(db, changes.upsert), remove: changes.remove });
    for (const res of streams) res.write(`data: ${message}\n\n`);
    return changes.upsert.length + changes.remove.length;
  }

  const changeTimer = setInterval(() => {
    try {
      pushChanges();
    } catch (error) {
      console.error('[api] reading changes failed:', error);
    }
  }, options.changePollMs ?? 1000);
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': ping\n\n');
  }, 15_000);

  function handleStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  function handleList(url: URL, res: ServerResponse): void {
    const query = queryFromSearchParams(url.searchParams);
    if (!query.viewerId) {
      sendJson(res, 400, { error: 'The `viewer` parameter is required.' });
      return;
    }
    try {
      sendJson(res, 200, queryAgents(db, { ...query, now: now() }));
    } catch (error) {
      if (error instanceof BadRequestError) sendJson(res, 400, { error: error.message });
      else throw error;
    }
  }

  function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    return new Promise((resolveBody, rejectBody) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        text += chunk;
      });
      req.on('end', () => {
        try {
          const body: unknown = text ? JSON.parse(text) : {};
          resolveBody(body && typeof body === 'object' ? (body as Record<string, unknown>) : {});
        } catch (error) {
          rejectBody(error);
        }
      });
      req.on('error', rejectBody);
    });
  }

  let testRuns = 0;
  async function handleTest(req: IncomingMessage, url: URL, res: ServerResponse): Promise<void> {
    const body = await readJson(req).catch(() => null);
    if (!body) return sendJson(res, 400, { error: 'The body must be JSON.' });
    const at = now();
    if (url.pathname === '/api/test/runs') {
      testRuns += 1;
      const id = `test_${at.toString(36)}_${testRuns}`;
      const title = typeof body.title === 'string' ? body.title : `Test run ${testRuns}`;
      upsertItems(
        db,
        [
          {
            id,
            kind: 'ambient',
            title,
            source: 'api',
            status: 'running',
            createdAt: new Date(at).toISOString(),
            startedAt: new Date(at).toISOString(),
            creator: { id: 'u_me', name: 'Alex Morgan' },
            sessionUrl: `https://agents.example.com/sessions/${id}`,
            sessionState: 'available',
          },
        ],
        at,
      );
      pushChanges();
      return sendJson(res, 201, { id, title });
    }
    if (url.pathname === '/api/test/flip') {
      const id = typeof body.id === 'string' ? body.id : '';
      const status = typeof body.status === 'string' ? body.status : '';
      const [item] = getItemsByIds(db, [id]);
      if (!item || !status) return sendJson(res, 404, { error: `No run ${id}, or no status.` });
      upsertItems(db, [{ ...item, status, endedAt: new Date(at).toISOString() }], at);
      pushChanges();
      return sendJson(res, 200, { id, status });
    }
    sendJson(res, 404, { error: `No route for ${url.pathname}.` });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (options.testApi && req.method === 'POST' && url.pathname.startsWith('/api/test/')) {
        handleTest(req, url, res).catch((error: unknown) => {
          console.error('[api]', error);
          if (!res.headersSent) sendJson(res, 500, { error: 'The test endpoint failed.' });
        });
      } else if (req.method !== 'GET') sendJson(res, 405, { error: 'Only GET is supported.' });
      else if (url.pathname === '/api/agents') handleList(url, res);
      else if (url.pathname === '/api/agents/stream') handleStream(req, res);
      else if (url.pathname === '/api/health') {
        const { n } = db.prepare('SELECT COUNT(*) AS n FROM agents').get() as { n: number };
        sendJson(res, 200, { ok: true, items: n });
      } else sendJson(res, 404, { error: `No route for ${url.pathname}.` });
    } catch (error) {
      console.error('[api]', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'The server failed to answer; try again.' });
      else res.end();
    }
  });

  return {
    server,
    pushChanges,
    close() {
      clearInterval(changeTimer);
      clearInterval(heartbeat);
      for (const res of streams) res.end();
      streams.clear();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const db = openDb(config.dbFile);
  const api = createApi({ db, testApi: process.env.AGENTBOARD_TEST_API === '1' });
  api.server.listen(config.apiPort, config.host, () => {
    console.log(`[api] http://${config.host}:${config.apiPort}/api/agents (db ${config.dbFile})`);
  });
  const stop = () => {
    void api.close().then(() => {
      db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
