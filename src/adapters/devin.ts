// Devin's sessions, from Devin's API reference (docs.devin.ai/api-reference, read 2026): v1
// `GET /v1/sessions` (`{ sessions: [SessionSummary] }`: `status_enum`, `requesting_user_email`,
// `pull_request`, ISO dates), and the v2 enterprise / v3 organization lists (`{ items: [SessionResponse] }`:
// `status` + `status_detail`, `origin`, `user_id`, `acus_consumed`, `pull_requests`, `url`,
// `parent_session_id`; v3 dates are epoch integers), as the `DevinApi.SessionResponse` SDK type names them
// (its `StatusDetail` lists the reasons: out_of_credits, out_of_quota, payment_declined…).
import { JIRA_MARK } from './icons';
import {
  adaptList,
  date,
  get,
  meta,
  num,
  own,
  person,
  prefixed,
  pullRequest,
  readable,
  text,
  translateStatus,
} from './shared';
import type { AdapterOptions, AdapterArtifact, AdapterFacetDefinition, AdapterItem, SourceIconData } from './types';
import type { SourceRegistry } from '../core/sources';

/** Options of `fromDevinSessions`. */
export interface DevinAdapterOptions extends AdapterOptions {
  /**
   * Credits per ACU. A session's ACUs (Devin's own billing unit) are kept in `meta.acus`; with a rate
   * the session also gets `credits` in the host's credits (`1` shows ACUs as credits).
   */
  creditsPerAcu?: number;
}

// v1 `status_enum`; working, blocked and finished are known to the default table. An expired
// session stopped and cannot be resumed; a suspending one waits on the user to wake it.
const V1_STATES: Readonly<Record<string, string>> = {
  expired: 'stopped',
  suspend_requested: 'blocked',
  suspend_requested_frontend: 'blocked',
  resume_requested: 'started',
  resume_requested_frontend: 'started',
  resumed: 'running',
};

// v2/v3 `status`; claimed, running and error are known to the default table. `exit` is a session that
// ended (v1 said finished or expired); a suspended one sleeps until someone wakes it, so it waits on
// the user, and `status_detail` says why (inactivity, out_of_credits…).
const STATES: Readonly<Record<string, string>> = {
  new: 'queued',
  exit: 'finished',
  suspended: 'blocked',
  resuming: 'started',
};

// `status_detail` of a running session.
const RUNNING_DETAILS: Readonly<Record<string, string>> = {
  waiting_for_user: 'waiting_for_input',
  waiting_for_approval: 'blocked',
  finished: 'finished',
};

// A pattern rather than a Set, and the terse tests below: bytes this adapter needs for its 1.5 kB budget.
const ENDED = /^(finished|error|stopped)$/;
const DEVIN = { id: 'devin', name: 'Devin' };

function adaptSession(session: unknown, perAcu: number | undefined): AdapterItem {
  const field = (key: string) => get(session, key);
  const acus = num(field('acus_consumed'));
  const v1State = text(field('status_enum'));
  const state = text(field('status'));
  const detailWord = text(field('status_detail'));
  const [stated, translated] = translateStatus(v1State ?? state, v1State ? V1_STATES : STATES);
  // A running session's detail decides between working, waiting on someone and done.
  const status = !v1State && state === 'running' && detailWord ? (own(RUNNING_DETAILS, detailWord) ?? stated) : stated;
  const said = detailWord !== 'working' && detailWord ? readable(detailWord) : undefined;
  const artifacts: AdapterArtifact[] = [];
  const prs = field('pull_requests');
  for (const pr of Array.isArray(prs) ? prs : [field('pull_request')]) {
    const artifact = pullRequest(get(pr, 'pr_url') ?? get(pr, 'url'), get(pr, 'pr_state') ?? get(pr, 'state'));
    if (artifact) artifacts.push(artifact);
  }
  const origin = text(field('origin'));
  const email = field('requesting_user_email');

  const item: AdapterItem = {
    id: prefixed('devin', field('session_id')),
    kind: 'ambient',
    title: text(field('title')) ?? '',
    // Origins are kept as Devin writes them (slack, linear, webapp…), except the catch-all.
    source: (origin !== 'other' && origin?.toLowerCase()) || 'devin',
    status,
    // A session that ended in `error` also gets its reason as `errorCode` (out_of_credits…), unless the
    // reason is only `error`. Devin documents the reasons for suspended sessions, which wait on the user
    // (blocked, not failed): those keep the reason in `statusDetail` only.
    errorCode: state === 'error' && detailWord !== state ? detailWord : undefined,
    statusDetail: state === 'suspended' ? (said ? `Suspended: ${said}` : 'Suspended') : (said ?? translated),
    createdAt: date(field('created_at')),
    endedAt: ENDED.test(status as string) ? date(field('updated_at')) : undefined,
    creator: person('devin', field('user_id') ?? email ?? field('service_user_id'), email, undefined, DEVIN),
    // A rate that is no positive number gives no credits; 0 ACUs are 0 credits.
    credits: (perAcu as number) > 0 ? acus && acus * (perAcu as number) : undefined,
    sessionUrl: text(field('url')),
    parentId: prefixed('devin', field('parent_session_id')),
    meta: meta({
      tags: field('tags'),
      playbook: field('playbook_id'),
      category: field('category'),
      organization: field('org_id'),
      archived: field('is_archived') === true && 'true',
      acus,
    }),
  };
  if (v1State === 'expired') item.sessionState = 'expired';
  if (artifacts.length) item.artifacts = artifacts;
  return item;
}

/**
 * Maps a Devin sessions list onto `parseAgentItems` input: v1 `GET /v1/sessions` (`{ sessions }`), the
 * v2 enterprise and v3 organization lists (`{ items, … }`), or a bare array of sessions. What a session
 * waits on (`status_detail`: waiting for user, waiting for approval, the reason it was suspended) becomes
 * `statusDetail`. The ACUs it consumed are in `meta.acus`, not credits: `credits` are given only with
 * `options.creditsPerAcu`. `options.identities` gives creators the host's user ids. Never throws.
 *
 * @example
 * const body = await (await fetch('https://api.devin.ai/v1/sessions', { headers })).json();
 * const { items } = parseAgentItems(fromDevinSessions(body));
 */
export function fromDevinSessions(body: unknown, options?: DevinAdapterOptions): AdapterItem[] {
  // Read here, not with `rate`: the bytes it saves keep this adapter in its budget.
  const perAcu = num(options?.creditsPerAcu);
  return adaptList(body, ['sessions', 'items'], (session) => adaptSession(session, perAcu), options);
}

/**
 * Labels and groups of the sources `fromDevinSessions` emits beyond the built-ins.
 *
 * @example
 * <AgentManagementView items={items} sourceRegistry={devinSources} … />
 */
export const devinSources: SourceRegistry = {
  devin: { label: 'Devin', group: 'app' },
  webapp: { label: 'Devin web app', group: 'app' },
  jira: { label: 'Jira', group: 'integration' },
  teams: { label: 'Microsoft Teams', group: 'integration' },
};

/**
 * Marks for Devin's sources (simple-icons has none for Devin itself or Microsoft Teams).
 *
 * @example
 * const { path, title } = devinSourceIcons.jira;
 */
export const devinSourceIcons: Readonly<Record<string, SourceIconData>> = {
  jira: { path: JIRA_MARK, title: 'Jira' },
};

/**
 * The `meta` facets `fromDevinSessions` fills, for the view's `facetDefinitions`.
 *
 * @example
 * <AgentManagementView items={items} facetDefinitions={devinFacetDefinitions} … />
 */
export const devinFacetDefinitions: readonly AdapterFacetDefinition[] = [
  { key: 'tags', label: 'Tags' },
  { key: 'playbook', label: 'Playbook' },
  { key: 'category', label: 'Category' },
  { key: 'organization', label: 'Organization' },
];
