// The library on React 18 (a peer range we promise): server-render the full view.
import assert from 'node:assert';
import React from 'react';
import { renderToString } from 'react-dom/server';
import { AgentManagementView, parseAgentItems } from 'agentboard';

assert.ok(React.version.startsWith('18.'), `expected React 18, got ${React.version}`);
const { items } = parseAgentItems([
  {
    id: 'r1',
    kind: 'ambient',
    title: 'Deploy preview',
    source: 'github_actions',
    status: 'running',
    createdAt: '2026-11-25T10:00:00Z',
    startedAt: '2026-11-25T10:00:05Z',
    creator: { id: 'u1', name: 'Ada' },
  },
  {
    id: 'c1',
    kind: 'interactive',
    title: 'Refactor the billing module',
    source: 'interactive',
    status: 'waiting_for_input',
    statusDetail: 'Approve the migration plan',
    createdAt: '2026-11-25T09:00:00Z',
    creator: { id: 'u1', name: 'Ada' },
  },
]);
const html = renderToString(
  React.createElement(AgentManagementView, {
    items,
    viewerId: 'u1',
    now: new Date('2026-11-25T12:00:00Z'),
    timeZone: 'UTC',
  }),
);
assert.ok(html.includes('Deploy preview'));
assert.ok(html.includes('Refactor the billing module'));
console.log('react 18 ok');
