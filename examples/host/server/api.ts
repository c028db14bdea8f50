/**
 * The example host's HTTP API: agentboard's server kit on node:http.
 *
 *   GET  /api/agents?<filtersToSearchParams output>&tab=…&tz=…&cursor=…&limit=…  the list
 *   GET  /api/agents/stream    live updates (SSE with ids; Last-Event-ID resumes)
 *   POST /api/agents/actions   { action, ids | match, … }: cancel / retry / archive / delete,
 *                              by ids or on everything a filter matches, in one transaction
 *   GET  /api/health           → { ok: true, seq } (the store answers; its latest change)
 *
 * The viewer comes from `authorization: Bearer <user id>` (the example's stand-in for a session;
 * the app sends the sample viewer's). Permissions per item: only the creator may delete, and
 * GitHub Actions runs cannot be canceled from here (their own UI does that).
 *
 * Only with AGENTBOARD_TEST_API=1 (the end-to-end test), so live updates happen when a test asks:
 *   POST /api/test/runs  { title? }       → starts a running run of the viewer's, created now
 *   POST /api/test/flip  { id, status, statusDetail?, credits?, sessionState? }
 *                                        → sets a run's raw status (e.g. failed, succeeded), ended now,
 *                                          and what else is given (what a finished run reports)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BUILT_IN_SOURCES } from '../../../src/core/sources';
import {
  createAgentHandler,
  toNodeListener,
  type AgentStore,
  type AgentStoreActionRequest,
  type AgentStoreActionResult,
} from '../../../src/server';
import { SAMPLE_PEOPLE } from '../../../test/fixtures/sample-data';
import { config } from './config';
import { openStore } from './store';

export interface ApiOptions {
  store: AgentStore;
  /** Serve the test-only endpoints under /api/test (never in a real host). */
  testApi?: boolean;
}

export interface Api {
  server: Server;
  close(): Promise<void>;
}

const PEOPLE = new Set(SAMPLE_PEOPLE.map((p) => p.id));

/** The host's permissions, decided before the store's default rules run. */
export async function decideAction(
  store: AgentStore,
  request: AgentStoreActionRequest,
): Promise<AgentStoreActionResult | undefined> {
  const guarded = request.action === 'delete' || request.action === 'cancel';
  if (!guarded) return undefined;
  if (request.match) {
    // On a match, the rule becomes part of the question: only own items, or no GitHub Actions runs.
    const { filters } = request.match;
    const match =
      request.action === 'delete'
        ? { ...request.match, tab: 'personal' as const }
        : {
            ...request.match,
            filters: {
              ...filters,
              sources: (filters.sources?.length ? filters.sources : [...BUILT_IN_SOURCES]).filter(
                (s) => s !== 'github_actions',
              ),
            },
          };
    return store.act({ ...request, match });
  }
  const items = (await store.getItems(request.ids ?? [])) as { id: string; source: string; creator: { id: string } }[];
  const refused = items.filter((item) =>
    request.action === 'delete' ? item.creator.id !== request.viewerId : item.source === 'github_actions',
  );
  if (refused.length === 0) return undefined;
  const message =
    request.action === 'delete' ? 'Only the creator may delete a run.' : 'GitHub Actions runs are canceled in GitHub.';
  const rest = (request.ids ?? []).filter((id) => !refused.some((item) => item.id === id));
  const done = rest.length > 0 ? await store.act({ ...request, ids: rest }) : { affected: 0 };
  return { ...done, failed: [...(done.failed ?? []), ...refused.map((item) => ({ id: item.id, message }))] };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 10_000) return null;
  }
  try {
    const body: unknown = text ? JSON.parse(text) : {};
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function createApi(options: ApiOptions): Api {
  const { store } = options;
  const handler = createAgentHandler({
    store,
    getViewer: (request) => {
      const m = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '');
      return m && PEOPLE.has(m[1]!) ? { id: m[1]! } : null;
    },
    onAction: (request) => decideAction(store, request),
    // The same rule decideAction enforces, sent with each item so the menu does not offer it.
    permissionsFor: (item, viewer) => ({ delete: item.creator.id === viewer.id }),
  });
  const kit = toNodeListener(handler);

  let testRuns = 0;
  async function handleTest(req: IncomingMessage, path: string, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    if (!body) return sendJson(res, 400, { error: { message: 'The body must be JSON.' } });
    const at = Date.now();
    if (path === '/api/test/runs') {
      testRuns += 1;
      const id = `test_${at.toString(36)}_${testRuns}`;
      const title = typeof body.title === 'string' ? body.title : `Test run ${testRuns}`;
      await store.upsert([
        {
          id,
          kind: 'ambient',
          title,
          source: 'api',
          status: 'running',
          createdAt: new Date(at).toISOString(),
          startedAt: new Date(at).toISOString(),
          creator: { id: config.viewerId, name: 'Alex Morgan' },
          sessionUrl: `https://agents.example.com/sessions/${id}`,
          sessionState: 'available',
        },
      ]);
      return sendJson(res, 201, { id, title });
    }
    if (path === '/api/test/flip') {
      const id = typeof body.id === 'string' ? body.id : '';
      const status = typeof body.status === 'string' ? body.status : '';
      const [item] = await store.getItems([id]);
      if (!item || !status) return sendJson(res, 404, { error: { message: `No run ${id}, or no status.` } });
      const also = {
        ...(typeof body.statusDetail === 'string' ? { statusDetail: body.statusDetail } : {}),
        ...(typeof body.credits === 'number' ? { credits: body.credits } : {}),
        ...(typeof body.sessionState === 'string' ? { sessionState: body.sessionState } : {}),
      };
      await store.upsert([{ ...item, status, endedAt: new Date(at).toISOString(), ...also }]);
      return sendJson(res, 200, { id, status, ...also });
    }
    sendJson(res, 404, { error: { message: `No route for ${path}.` } });
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/api/agents' || path.startsWith('/api/agents/')) return kit(req, res);
    if (options.testApi && req.method === 'POST' && path.startsWith('/api/test/')) {
      handleTest(req, path, res).catch((error: unknown) => {
        console.error('[api]', error);
        if (!res.headersSent) sendJson(res, 500, { error: { message: 'The test endpoint failed.' } });
      });
      return;
    }
    if (path === '/api/health') {
      // Cheap on purpose (a probe must not cost a full count): the store answers, and where its log is.
      store
        .latestSeq()
        .then((seq) => sendJson(res, 200, { ok: true, seq }))
        .catch(() => sendJson(res, 503, { ok: false }));
      return;
    }
    sendJson(res, 404, { error: { message: `No route for ${path}.` } });
  });

  return {
    server,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const handle = await openStore();
  const api = createApi({ store: handle.store, testApi: process.env.AGENTBOARD_TEST_API === '1' });
  api.server.listen(config.apiPort, config.host, () => {
    console.log(`[api] http://${config.host}:${config.apiPort}/api/agents (${handle.kind})`);
  });
  const stop = () => void api.close().then(() => handle.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
