// Type-checks a host against the published declarations (strict, NodeNext, no skipLibCheck).
import { AgentManagementView, type AgentItem } from 'agentboard';
import { filterAgentItems, parseAgentItems, type AgentFilters, type AgentStatus } from 'agentboard/core';

const { items, issues } = parseAgentItems(JSON.parse('[]') as unknown);
const status: AgentStatus = 'failed';
const filters: AgentFilters = { statuses: [status], createdOn: { preset: 'today' } };
const visible: AgentItem[] = filterAgentItems(items, filters, { tab: 'all', viewerId: 'u1', timeZone: 'UTC' });
const firstIssue: string | undefined = issues[0]?.message;

export const app = (
  <AgentManagementView
    items={visible}
    viewerId="u1"
    defaultFilters={filters}
    onOpenRun={(item: AgentItem) => console.log(item.sessionUrl, firstIssue)}
    onOpenConversation={(item) => console.log(item.conversationId)}
  />
);
