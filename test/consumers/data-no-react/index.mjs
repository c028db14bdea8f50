// `agentboard/data` from an ES module in a project without React (installed with `--omit=peer`):
// nothing in the entry's module graph may need React, or this import fails.
import assert from 'node:assert/strict';
import {
  AgentDataError,
  agentQueryToSearchParams,
  compareNewestFirst,
  createFetchDataSource,
  isAbortError,
} from 'agentboard/data';

await assert.rejects(import('react'), 'React must not be installed in this project');

// The language entries are plain data too: a server can read them without React.
for (const lang of ['de', 'fr', 'es', 'ja']) {
  const labels = (await import(`agentboard/locales/${lang}`))[lang];
  assert.equal(typeof labels.tabAll, 'string');
}

const requested = [];
const source = createFetchDataSource({
  url: 'https://agents.example/api/agents?team=t1',
  fetch: async (url) => {
    requested.push(String(url));
    return Response.json({ items: [{ id: 'r1' }], nextCursor: 'c2', total: 1 });
  },
});
const page = await source.query({
  tab: 'all',
  viewerId: 'u1',
  filters: { statuses: ['failed'] },
  limit: 50,
  signal: new AbortController().signal,
  timeZone: 'UTC',
});
assert.deepEqual(page, { items: [{ id: 'r1' }], nextCursor: 'c2', total: 1 });
const params = new URL(requested[0]).searchParams;
assert.equal(params.get('team'), 't1');
assert.equal(params.get('status'), 'failed');
assert.equal(params.get('tz'), 'UTC');
assert.equal(params.get('limit'), '50');

const failing = createFetchDataSource({
  url: '/api/agents',
  fetch: async () => Response.json({ message: 'maintenance' }, { status: 503 }),
});
await assert.rejects(
  failing.query({ tab: 'all', viewerId: 'u1', filters: {}, limit: 10, signal: new AbortController().signal }),
  (error) => error instanceof AgentDataError && error.kind === 'http' && error.status === 503,
);

assert.ok(isAbortError(new DOMException('stopped', 'AbortError')));
assert.equal(
  agentQueryToSearchParams({ tab: 'personal', viewerId: 'u1', filters: {}, limit: 5 }).get('tab'),
  'personal',
);
const newest = [
  { id: 'a', createdAt: new Date(1) },
  { id: 'b', createdAt: new Date(2) },
].sort(compareNewestFirst);
assert.deepEqual(
  newest.map((item) => item.id),
  ['b', 'a'],
);
console.log('data esm ok');
