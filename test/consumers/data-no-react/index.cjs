// `agentboard/data` from CommonJS in a project without React (installed with `--omit=peer`).
const assert = require('node:assert/strict');
const { AgentDataError, createFetchDataSource } = require('agentboard/data');

assert.throws(() => require.resolve('react'), 'React must not be installed in this project');

async function main() {
  const source = createFetchDataSource({
    url: '/api/agents',
    fetch: async (url) => Response.json({ items: [], nextCursor: null, echo: String(url) }),
  });
  const page = await source.query({
    tab: 'all',
    viewerId: 'u1',
    filters: { sources: ['slack'] },
    limit: 20,
    signal: new AbortController().signal,
  });
  assert.deepEqual(page, { items: [], nextCursor: null });

  const broken = createFetchDataSource({ url: '/api/agents', fetch: async () => new Response('not json') });
  await assert.rejects(
    broken.query({ tab: 'all', viewerId: 'u1', filters: {}, limit: 20, signal: new AbortController().signal }),
    (error) => error instanceof AgentDataError && error.kind === 'parse',
  );
  console.log('data cjs ok');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
