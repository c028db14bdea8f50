// Type-checks a host against the published declarations (strict, NodeNext, no skipLibCheck).
import { AgentManagementView, type AgentItem } from 'agentboard';
import { filterAgentItems, parseAgentItems, type AgentFilters, type AgentStatus } from 'agentboard/core';
import {
  fromWarpRuns,
  warpFacetDefinitions,
  warpSourceIcons,
  warpSources,
  type AdapterItem,
  type SourceIconData,
} from 'agentboard/adapters';
import { AgentDataError, createFetchDataSource, type AgentDataSource, type AgentQuery } from 'agentboard/data';
import { de } from 'agentboard/locales/de';
import { es } from 'agentboard/locales/es';
import { fr } from 'agentboard/locales/fr';
import { ja } from 'agentboard/locales/ja';

const { items, issues } = parseAgentItems(JSON.parse('[]') as unknown);
const status: AgentStatus = 'failed';
const filters: AgentFilters = { statuses: [status], createdOn: { preset: 'today' } };
const visible: AgentItem[] = filterAgentItems(items, filters, { tab: 'all', viewerId: 'u1', timeZone: 'UTC' });
const firstIssue: string | undefined = issues[0]?.message;
const warp: AdapterItem[] = fromWarpRuns(JSON.parse('{"runs":[]}') as unknown);
const warpItems: AgentItem[] = parseAgentItems(warp).items;
const mark: SourceIconData | undefined = warpSourceIcons.web_app;

const dataSource: AgentDataSource = createFetchDataSource({ url: '/api/agents', streamUrl: '/api/agents/stream' });
export const firstPage = (query: AgentQuery) =>
  dataSource.query(query).catch((error: unknown) => (error instanceof AgentDataError ? error.kind : 'other'));

export const remote = <AgentManagementView dataSource={dataSource} viewerId="u1" />;

// A language entry is a whole label set; a host overrides single keys on top of it.
export const localized = [fr, es, ja].map((labels) => (
  <AgentManagementView items={visible} viewerId="u1" labels={labels} />
));
export const german = (
  <AgentManagementView items={visible} viewerId="u1" labels={{ ...de, tabAll: 'Alle Läufe' }} locale="de-DE" />
);

export const app = (
  <AgentManagementView
    items={visible}
    viewerId="u1"
    defaultFilters={filters}
    onOpenRun={(item: AgentItem) => console.log(item.sessionUrl, firstIssue)}
    onOpenConversation={(item) => console.log(item.conversationId)}
  />
);

export const warpView = (
  <AgentManagementView
    items={warpItems}
    viewerId="warp:u1"
    sourceRegistry={warpSources}
    facetDefinitions={warpFacetDefinitions}
    sourceIcons={{
      web_app: (
        <svg viewBox="0 0 24 24">
          <title>{mark?.title}</title>
          <path d={mark?.path} />
        </svg>
      ),
    }}
  />
);
