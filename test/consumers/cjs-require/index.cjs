// CommonJS consumers: require every entry and server-render the view.
const assert = require('node:assert');
const React = require('react');
const { renderToString } = require('react-dom/server');
const core = require('agentboard/core');
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
console.log('cjs ok');
