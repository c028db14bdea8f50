// A handler over a seeded SQLite store, authenticated by `authorization: Bearer <user id>` for
// the users of the sample data (anything else has no viewer).
import { createAgentHandler, type AgentHandlerOptions } from '../../src/server';
import { SAMPLE_PEOPLE } from '../fixtures/sample-data';
import { sqliteStore, type TestStore } from './databases';
import { parityData } from './parity-data';

export const USERS = new Set(SAMPLE_PEOPLE.map((p) => p.id));
export const BASE = 'http://localhost/api/agents';

export function viewerFrom(request: Request) {
  const m = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '');
  return m && USERS.has(m[1]!) ? { id: m[1]! } : null;
}

export const as = (user: string, init: RequestInit = {}) => ({
  ...init,
  headers: { authorization: `Bearer ${user}`, ...(init.headers as Record<string, string> | undefined) },
});

export async function seededHandler(options: Partial<AgentHandlerOptions> = {}, db?: TestStore) {
  const opened = db ?? (await sqliteStore());
  const data = parityData(400);
  await opened.store.upsert(data.input);
  const handler = createAgentHandler({ store: opened.store, getViewer: viewerFrom, ...options });
  return {
    db: opened,
    data,
    handler,
    get: (query: string, user = 'u_me', init?: RequestInit) => handler(new Request(`${BASE}${query}`, as(user, init))),
  };
}
