// `agentboard/server` in a plain Node project without React: a SQLite store behind the handler on
// node:http, asked over HTTP the way createFetchDataSource asks.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import Database from 'better-sqlite3';
import { createAgentHandler, createSqliteAgentStore, toNodeListener } from 'agentboard/server';

await assert.rejects(import('react'), 'React must not be installed in this project');

const store = createSqliteAgentStore(new Database(':memory:'));
await store.migrate();
const { written } = await store.upsert([
  {
    id: 'r1',
    kind: 'ambient',
    title: 'Nightly build',
    source: 'scheduled',
    status: 'failed',
    createdAt: new Date().toISOString(),
    creator: { id: 'u1', name: 'Ada' },
  },
]);
assert.equal(written, 1);
const handler = createAgentHandler({
  store,
  getViewer: (request) => (request.headers.get('authorization') === 'Bearer u1' ? { id: 'u1' } : null),
});
const server = createServer(toNodeListener(handler));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/api/agents`;
const page = await fetch(`${base}?tab=all&status=failed&tz=UTC&limit=10`, { headers: { authorization: 'Bearer u1' } });
assert.equal(page.status, 200);
const body = await page.json();
assert.deepEqual(
  body.items.map((i) => i.id),
  ['r1'],
);
assert.equal(body.total, 1);
assert.equal((await fetch(base)).status, 401);
server.close();
await store.close();
console.log('agentboard/server on SQLite: ok');
