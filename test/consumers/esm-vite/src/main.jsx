import { createRoot } from 'react-dom/client';
import { AgentManagementView } from 'agentboard';
import { formatDuration, parseAgentItems } from 'agentboard/core';
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
createRoot(document.getElementById('root')).render(<AgentManagementView items={items} viewerId="u1" />);
