// Type-checks a host against the published declarations (strict, NodeNext, no skipLibCheck).
import { AgentManagementView, type AgentItem } from 'agentboard';
import { filterAgentItems, parseAgentItems, type AgentFilters, type AgentStatus } from 'agentboard/core';
import { AgentDataError, createFetchDataSource, type AgentDataSource, type AgentQuery } from 'agentboard/data';

const { items, issues } = parseAgentItems(JSON.parse('[]') as unknown);
const status: AgentStatus = 'failed';
const filters: AgentFilters = { statuses: [status], createdOn: { preset: 'today' } };
const visible: AgentItem[] = filterAgentItems(items, filters, { tab: 'all', viewerId: 'u1', timeZone: 'UTC' });
const firstIssue: string | undefined = issues[0]?.message;

const dataSource: AgentDataSource = createFetchDataSource({ url: '/api/agents', streamUrl: '/api/agents/stream' });
export const firstPage = (query: AgentQuery) =>
  dataSource.query(query).catch((error: unknown) => (error instanceof AgentDataError ? error.kind : 'other'));

export const remote = <AgentManagementView dataSource={dataSource} viewerId="u1" />;

export const app = (
  <AgentManagementView
    items={visible}
    viewerId="u1"
    defaultFilters={filters}
    onOpenRun={(item: AgentItem) => console.log(item.sessionUrl, firstIssue)}
    onOpenConversation={(item) => console.log(item.conversationId)}
  />
);
