// CommonJS consumers: require every entry and server-render the view.
const assert = require('node:assert');
const React = require('react');
const { renderToString } = require('react-dom/server');
const core = require('agentboard/core');
const { fromGitHubActionsRuns, githubActionsFacetDefinitions } = require('agentboard/adapters');
const { AgentManagementView, parseAgentItems } = require('agentboard');
const agentboard = require('agentboard');
const data = require('agentboard/data');

// The React entry re-exports the data layer from the same chunk: one class, so `instanceof` holds
// whichever entry an error and a check come from.
assert.strictEqual(agentboard.createFetchDataSource, data.createFetchDataSource);
assert.strictEqual(agentboard.AgentDataError, data.AgentDataError);

assert.strictEqual(core.formatDuration(65_000), '1m 5s');
const { items, issues } = parseAgentItems([
  {
    id: 'r1',
    kind: 'ambient',
    title: 'Triage flaky test',
    source: 'slack',
    status: 'error',
    createdAt: '2026-11-25T10:00:00Z',
    creator: { id: 'u1', name: 'Ada' },
  },
]);
assert.strictEqual(items.length, 1);
assert.strictEqual(issues.length, 0);
const html = renderToString(
  React.createElement(AgentManagementView, {
    items,
    viewerId: 'u1',
    now: new Date('2026-11-25T12:00:00Z'),
    timeZone: 'UTC',
  }),
);
assert.ok(html.includes('Triage flaky test'), 'rendered title');

// Each language entry loads without React and holds a whole label set the view renders.
const { de } = require('agentboard/locales/de');
const { fr } = require('agentboard/locales/fr');
const { es } = require('agentboard/locales/es');
const { ja } = require('agentboard/locales/ja');
for (const labels of [de, fr, es, ja]) assert.strictEqual(typeof labels.rowCount(2, '2'), 'string');
const german = renderToString(
  React.createElement(AgentManagementView, {
    items,
    viewerId: 'u1',
    labels: de,
    locale: 'de-DE',
    now: new Date('2026-11-25T12:00:00Z'),
    timeZone: 'UTC',
  }),
);
assert.ok(german.includes('Persönlich'), 'rendered the German tab name');

// The adapters entry: a GitHub Actions list body straight into the parser.
const adapted = core.parseAgentItems(
  fromGitHubActionsRuns({
    total_count: 1,
    workflow_runs: [
      {
        id: 30433642,
        name: 'Build',
        status: 'completed',
        conclusion: 'startup_failure',
        event: 'push',
        created_at: '2026-11-25T10:00:00Z',
        updated_at: '2026-11-25T10:01:00Z',
        html_url: 'https://github.com/octo-org/octo-repo/actions/runs/30433642',
        actor: { id: 1, login: 'octocat' },
      },
    ],
  }),
);
assert.deepStrictEqual(adapted.issues, []);
assert.strictEqual(adapted.items[0].id, 'github:30433642');
assert.strictEqual(adapted.items[0].status, 'failed');
assert.strictEqual(adapted.items[0].statusDetail, 'Startup failure');
assert.ok(githubActionsFacetDefinitions.some((d) => d.key === 'repository'));
console.log('cjs ok');
