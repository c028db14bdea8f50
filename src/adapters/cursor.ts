// Cursor's background agents: `GET https://api.cursor.com/v0/agents` ("List Agents" of Cursor's
// Background Agent API reference, docs.cursor.com/background-agent/api/list-agents, as published in
// 2025: `{ agents: [{ id, name, status, source: { repository, ref }, target: { url, branchName,
// prUrl, autoCreatePr }, createdAt, summary }], nextCursor }`).
import { CURSOR_MARK } from './icons';
import { adaptList, at, get, meta, prefixed, pullRequest, repositoryName, text, translateStatus } from './shared';
import type { AdapterOptions, AdapterFacetDefinition, AdapterItem, SourceIconData } from './types';
import type { SourceRegistry } from '../core/sources';

// RUNNING, FINISHED and ERROR are known to the default table. CREATING is the agent's environment
// being set up. Cursor does not say whether an EXPIRED agent had finished its work; what is certain is
// that it stopped and its environment is gone, so it reads as stopped with an expired session.
// Neither is emitted as an `errorCode`: an ERROR agent's cause is in its own words (`summary`, its
// detail), and the reference lists EXPIRED without saying it is a failure, or what it means beyond
// the word (Trigger.dev's `EXPIRED`, the code with a sentence, means a TTL that passed before a start).
const STATUSES: Readonly<Record<string, string>> = {
  CREATING: 'pending',
  EXPIRED: 'stopped',
};

// Cursor's list names no one: every agent belongs to the API key's user.
const CURSOR = { id: 'cursor', name: 'Cursor' };

function adaptAgent(agent: unknown): AdapterItem {
  const [status, detail] = translateStatus(get(agent, 'status'), STATUSES);
  const target = get(agent, 'target');
  const branch = text(get(target, 'branchName'));
  const pr = pullRequest(get(target, 'prUrl'), undefined, branch);
  const summary = text(get(agent, 'summary'));
  const item: AdapterItem = {
    id: prefixed('cursor', get(agent, 'id')),
    kind: 'ambient',
    title: text(get(agent, 'name')) ?? '',
    source: 'cursor',
    status,
    statusDetail: status === 'ERROR' ? (summary ?? detail) : detail,
    createdAt: text(get(agent, 'createdAt')),
    creator: { ...CURSOR },
    sessionUrl: text(get(target, 'url')),
    meta: meta({
      repository: repositoryName(at(agent, 'source', 'repository')),
      baseBranch: at(agent, 'source', 'ref'),
      branch,
      summary,
    }),
  };
  if (status === 'stopped') item.sessionState = 'expired';
  // The pull request carries its branch; a branch alone is an artifact of its own.
  if (pr !== undefined) item.artifacts = [pr];
  else if (branch !== undefined) item.artifacts = [{ type: 'branch', branch, title: branch }];
  return item;
}

/**
 * Maps Cursor's background agents list (`GET /v0/agents`: `{ agents, nextCursor }`, or the bare
 * `agents` array) onto `parseAgentItems` input. Cursor's list names no creator: every item gets the
 * placeholder creator `{ id: 'cursor', name: 'Cursor' }` (the API key's owner), and the `cursor`
 * source, since the list does not say where an agent was launched from. `options.identities` gives creators the host's user ids. Never throws.
 *
 * @example
 * const body = await (await fetch('https://api.cursor.com/v0/agents', { headers })).json();
 * const { items } = parseAgentItems(fromCursorAgents(body));
 */
export function fromCursorAgents(body: unknown, options?: AdapterOptions): AdapterItem[] {
  return adaptList(body, ['agents'], adaptAgent, options);
}

/**
 * Label and group of the `cursor` source that `fromCursorAgents` emits.
 *
 * @example
 * <AgentManagementView items={items} sourceRegistry={cursorSources} … />
 */
export const cursorSources: SourceRegistry = {
  cursor: { label: 'Cursor', group: 'app' },
};

/**
 * The Cursor mark for the `cursor` source (simple-icons path data).
 *
 * @example
 * const { path, title } = cursorSourceIcons.cursor;
 */
export const cursorSourceIcons: Readonly<Record<string, SourceIconData>> = {
  cursor: { path: CURSOR_MARK, title: 'Cursor' },
};

/**
 * The `meta` facets `fromCursorAgents` fills, for the view's `facetDefinitions`.
 *
 * @example
 * <AgentManagementView items={items} facetDefinitions={cursorFacetDefinitions} … />
 */
export const cursorFacetDefinitions: readonly AdapterFacetDefinition[] = [
  { key: 'repository', label: 'Repository' },
  { key: 'baseBranch', label: 'Base branch' },
  { key: 'branch', label: 'Branch' },
];
