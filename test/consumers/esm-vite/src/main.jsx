import { createRoot } from 'react-dom/client';
import { AgentManagementView } from 'agentboard';
import { formatDuration, parseAgentItems } from 'agentboard/core';
import { createFetchDataSource } from 'agentboard/data';
import 'agentboard/styles.css';

const { items } = parseAgentItems([
  {
    id: 'r1',
    kind: 'ambient',
    title: 'Nightly dependency bump',
    source: 'scheduled',
    status: 'succeeded',
    createdAt: '2026-11-25T10:00:00Z',
    creator: { id: 'u1', name: 'Ada' },
  },
]);
document.title = `agentboard ${formatDuration(65_000)}`;
// Both entries in one app: the bundle must carry the data layer once (see check-build.mjs).
window.agentSource = createFetchDataSource({ url: '/api/agents' });
createRoot(document.getElementById('root')).render(<AgentManagementView items={items} viewerId="u1" />);
