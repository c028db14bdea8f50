// Warp's agent runs: `GET /agent/runs`, as typed by Warp's TypeScript SDK (warpdotdev/oz-sdk-typescript,
// src/resources/agent/runs.ts `RunItem` and `RunListResponse`, and agent.ts `UserProfile` /
// `AmbientAgentConfig`; the 2026 API with `finished_at`, `parent_run_id`, `root_run_id`,
// `request_usage.platform_cost` and the 21 run source types, after SDK 1.1.0-alpha.1).
import { GITHUB_MARK, GITLAB_MARK, JIRA_MARK, WARP_MARK } from './icons';
import {
  adaptList,
  entries,
  get,
  meta,
  num,
  own,
  person,
  prefixed,
  pullRequest,
  repositoryOfPullRequest,
  text,
} from './shared';
import type { AdapterOptions, AdapterArtifact, AdapterFacetDefinition, AdapterItem, SourceIconData } from './types';
import type { SourceRegistry } from '../core/sources';

// Sources that are not Warp's word in lower case (LINEAR → linear, WEB_APP → web_app…).
const SOURCES: Readonly<Record<string, string>> = {
  LOCAL: 'interactive',
  SCHEDULED_AGENT: 'scheduled',
  GITHUB_ACTION: 'github_actions',
};

const WARP = { id: 'warp', name: 'Warp' };

function artifactOf(raw: unknown): AdapterArtifact | undefined {
  const type = text(get(raw, 'artifact_type'));
  const data = get(raw, 'data');
  if (type === 'PULL_REQUEST') return pullRequest(get(data, 'url'), get(data, 'status'), get(data, 'branch'));
  if (type === undefined) return undefined;
  return {
    type: type === 'EXTERNAL_REFERENCE' ? 'link' : type.toLowerCase(),
    url: text(get(data, 'url')),
    title: text(get(data, 'title')) ?? text(get(data, 'filename')),
  };
}

function adaptRun(run: unknown): AdapterItem {
  const field = (key: string) => get(run, key);
  const rawSource = text(field('source'));
  const state = text(field('state'));
  const message = field('status_message');
  const usage = field('request_usage');
  const inference = num(get(usage, 'inference_cost'));
  const compute = num(get(usage, 'compute_cost'));
  const platform = num(get(usage, 'platform_cost'));
  const config = field('agent_config');
  const creator = field('creator');
  const rawArtifacts = field('artifacts');
  const artifacts = (Array.isArray(rawArtifacts) ? rawArtifacts : [])
    .map(artifactOf)
    .filter((a): a is AdapterArtifact => !!a);
  const firstPr = artifacts.find((a) => a.type === 'pull_request');
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of entries(field('metadata'))) metadata[`metadata.${key}`] = value;

  const item: AdapterItem = {
    id: prefixed('warp', field('run_id')),
    kind: rawSource === 'LOCAL' ? 'interactive' : 'ambient',
    title: text(field('title')) ?? text(field('prompt')) ?? '',
    source: rawSource === undefined ? 'warp' : (own(SOURCES, rawSource) ?? rawSource.toLowerCase()),
    // INPROGRESS is the only state the default table does not know; respelt, it is the same word.
    status: state === 'INPROGRESS' ? 'IN_PROGRESS' : state,
    statusDetail: text(get(message, 'message')),
    createdAt: text(field('created_at')),
    startedAt: text(field('started_at')),
    endedAt: text(field('finished_at')),
    creator: person(
      'warp',
      get(creator, 'uid'),
      get(creator, 'display_name') ?? get(creator, 'email'),
      get(creator, 'photo_url'),
      WARP,
    ),
    sessionUrl: text(field('session_link')),
    conversationId: text(field('conversation_id')),
    parentId: prefixed('warp', field('parent_run_id')),
    errorCode: text(get(message, 'error_code')),
    meta: meta({
      environment: get(config, 'environment_id'),
      harness: get(get(config, 'harness'), 'type'),
      model: get(config, 'model_id'),
      skill: get(field('agent_skill'), 'name') ?? get(config, 'skill_spec'),
      agent: get(config, 'name'),
      schedule: get(field('schedule'), 'schedule_name'),
      repository: repositoryOfPullRequest(firstPr?.url),
      branch: firstPr?.branch,
      triggerUrl: field('trigger_url'),
      ...metadata,
    }),
  };
  const retryable = get(message, 'retryable');
  if (typeof retryable === 'boolean') item.retryable = retryable;
  if ((inference ?? compute ?? platform) !== undefined) {
    item.credits = (inference ?? 0) + (compute ?? 0) + (platform ?? 0);
    item.creditsBreakdown = { inference, compute, platform };
  }
  if (artifacts.length) item.artifacts = artifacts;
  // Warp says GitHub Action and local runs can never be cancelled through its API.
  if (field('is_run_type_cancellable') === false) item.permissions = { cancel: false };
  return item;
}

/**
 * Maps Warp's agent runs list (`GET /agent/runs`: `{ runs, page_info }`, or the bare `runs` array the
 * SDK's page iterator yields) onto `parseAgentItems` input. Runs created from the desktop app (`LOCAL`)
 * become interactive conversations; the rest are ambient runs. `INPROGRESS` is emitted as
 * `IN_PROGRESS`; every other state is Warp's own word. Timestamps are Warp's RFC 3339 strings, passed
 * on for the parser to read. `options.identities` gives creators the host's user ids. Never throws.
 *
 * @example
 * const runs = [];
 * for await (const run of client.agent.runs.list({ limit: 100 })) runs.push(run); // Warp's SDK
 * const { items, issues } = parseAgentItems(fromWarpRuns(runs));
 */
export function fromWarpRuns(body: unknown, options?: AdapterOptions): AdapterItem[] {
  return adaptList(body, ['runs'], adaptRun, options);
}

/**
 * Labels and groups of the sources `fromWarpRuns` emits beyond the built-ins; pass it as the view's
 * `sourceRegistry`.
 *
 * @example
 * <AgentManagementView items={items} sourceRegistry={warpSources} … />
 */
export const warpSources: SourceRegistry = {
  warp: { label: 'Warp', group: 'app' },
  web_app: { label: 'Warp web app', group: 'app' },
  cloud_mode: { label: 'Cloud Mode', group: 'app' },
  jira: { label: 'Jira', group: 'integration' },
  teams: { label: 'Microsoft Teams', group: 'integration' },
  github_webhook: { label: 'GitHub webhook', group: 'automation' },
  gitlab_webhook: { label: 'GitLab webhook', group: 'automation' },
  azure_devops_webhook: { label: 'Azure DevOps webhook', group: 'automation' },
  custom_webhook: { label: 'Custom webhook', group: 'automation' },
  self_improvement: { label: 'Self-improvement', group: 'automation' },
  autofix: { label: 'Autofix', group: 'automation' },
  run_scorer: { label: 'Run scorer', group: 'automation' },
  orchestration: { label: 'Orchestration', group: 'automation' },
  benchmark_trial: { label: 'Benchmark trial', group: 'automation' },
  create_benchmark_task: { label: 'Benchmark task authoring', group: 'automation' },
};

/**
 * Marks for Warp's own sources and the code hosts it is triggered from (simple-icons path data).
 *
 * @example
 * const { path, title } = warpSourceIcons.web_app; // <svg viewBox="0 0 24 24"><title>{title}</title><path d={path} /></svg>
 */
export const warpSourceIcons: Readonly<Record<string, SourceIconData>> = {
  warp: { path: WARP_MARK, title: 'Warp' },
  web_app: { path: WARP_MARK, title: 'Warp web app' },
  cloud_mode: { path: WARP_MARK, title: 'Cloud Mode' },
  self_improvement: { path: WARP_MARK, title: 'Self-improvement' },
  autofix: { path: WARP_MARK, title: 'Autofix' },
  run_scorer: { path: WARP_MARK, title: 'Run scorer' },
  orchestration: { path: WARP_MARK, title: 'Orchestration' },
  benchmark_trial: { path: WARP_MARK, title: 'Benchmark trial' },
  create_benchmark_task: { path: WARP_MARK, title: 'Benchmark task authoring' },
  jira: { path: JIRA_MARK, title: 'Jira' },
  github_webhook: { path: GITHUB_MARK, title: 'GitHub webhook' },
  gitlab_webhook: { path: GITLAB_MARK, title: 'GitLab webhook' },
};

/**
 * The `meta` facets `fromWarpRuns` fills, for the view's `facetDefinitions`.
 *
 * @example
 * <AgentManagementView items={items} facetDefinitions={warpFacetDefinitions} … />
 */
export const warpFacetDefinitions: readonly AdapterFacetDefinition[] = [
  { key: 'environment', label: 'Environment' },
  { key: 'harness', label: 'Harness' },
  { key: 'model', label: 'Model' },
  { key: 'skill', label: 'Skill' },
  { key: 'agent', label: 'Agent' },
  { key: 'schedule', label: 'Schedule' },
  { key: 'repository', label: 'Repository' },
  { key: 'branch', label: 'Branch' },
];
