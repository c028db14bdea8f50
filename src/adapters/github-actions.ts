// GitHub Actions workflow runs: REST API "List workflow runs for a repository"
// (`GET /repos/{owner}/{repo}/actions/runs`, API version 2022-11-28; the `workflow-run` schema of
// GitHub's OpenAPI description as octokit's types carry it: `status`, `conclusion`, `event`, `actor`,
// `triggering_actor`, `run_started_at`, `pull_requests`, `head_branch`, `repository`). What each
// conclusion means is GitHub's `CheckConclusionState` (GraphQL schema, octokit/graphql-schema) and
// "Using the REST API to interact with checks" (docs.github.com/rest/guides).
import { GITHUB_ACTIONS_MARK } from './icons';
import { adaptList, at, get, ident, meta, person, prefixed, text, translateStatus } from './shared';
import type { AdapterOptions, AdapterArtifact, AdapterFacetDefinition, AdapterItem, SourceIconData } from './types';
import type { SourceRegistry } from '../core/sources';

// `status` while a run has no conclusion. queued and in_progress are known to the default table.
const STATUSES: Readonly<Record<string, string>> = {
  requested: 'queued',
  waiting: 'pending',
};

// `conclusion` once a run completed. success, failure, timed_out, cancelled and action_required
// are known to the default table. A skipped run never ran its jobs and a stale one was given up on
// by GitHub, so both read as stopped before completion; neutral is GitHub's "completed, neither
// passed nor failed", which is closest to success.
const CONCLUSIONS: Readonly<Record<string, string>> = {
  startup_failure: 'failure',
  skipped: 'canceled',
  stale: 'canceled',
  neutral: 'success',
};

// The conclusions that name why a run failed or was given up on, also emitted as `errorCode`: it
// "has timed out", "has failed at startup" (a workflow file GitHub could not run, an action the
// repository does not allow), or it "was marked stale by GitHub". A plain failure names no cause,
// and action_required leaves the run blocked, not failed.
const CODES: ReadonlySet<string> = new Set(['timed_out', 'startup_failure', 'stale']);

const GITHUB = { id: 'github', name: 'GitHub' };
const RUN_PATH = /\/actions\/runs\/.*$/;

function adaptRun(run: unknown): AdapterItem {
  const conclusion = text(get(run, 'conclusion'));
  const runStatus = text(get(run, 'status'));
  // A completed run without a conclusion has no status we could honestly name: left out, reported.
  const [status, detail] =
    conclusion !== undefined
      ? translateStatus(conclusion, CONCLUSIONS)
      : runStatus === 'completed'
        ? [undefined, undefined]
        : translateStatus(runStatus, STATUSES);
  const htmlUrl = text(get(run, 'html_url'));
  const repoUrl = text(at(run, 'repository', 'html_url')) ?? htmlUrl?.replace(RUN_PATH, '');
  const actor = get(run, 'actor') ?? get(run, 'triggering_actor');
  const prs = get(run, 'pull_requests');
  const artifacts: AdapterArtifact[] = [];
  for (const pr of Array.isArray(prs) ? prs : []) {
    const number = ident(get(pr, 'number'));
    if (number === undefined) continue;
    const artifact: AdapterArtifact = {
      type: 'pull_request',
      url: repoUrl && `${repoUrl}/pull/${number}`,
      title: `#${number}`,
      branch: text(at(pr, 'head', 'ref')),
    };
    artifacts.push(artifact);
  }
  const event = text(get(run, 'event'));
  const attempt = get(run, 'run_attempt');
  const sha = text(get(run, 'head_sha'));
  const rerunBy = text(at(run, 'triggering_actor', 'login'));

  const item: AdapterItem = {
    id: prefixed('github', get(run, 'id')),
    kind: 'ambient',
    title: text(get(run, 'display_title')) ?? text(get(run, 'name')) ?? '',
    source: event === 'schedule' ? 'scheduled' : 'github_actions',
    status,
    statusDetail: detail,
    errorCode: conclusion && CODES.has(conclusion) ? conclusion : undefined,
    createdAt: text(get(run, 'created_at')),
    startedAt: text(get(run, 'run_started_at')),
    // The list has no completion time; a completed run was last updated when it completed.
    endedAt: conclusion !== undefined ? text(get(run, 'updated_at')) : undefined,
    creator: person('github', get(actor, 'id'), get(actor, 'login'), get(actor, 'avatar_url'), GITHUB),
    sessionUrl: htmlUrl,
    meta: meta({
      repository: at(run, 'repository', 'full_name'),
      branch: get(run, 'head_branch'),
      workflow: get(run, 'name'),
      event,
      attempt: typeof attempt === 'number' && attempt > 1 ? attempt : undefined,
      commit: sha?.slice(0, 7),
      runNumber: get(run, 'run_number'),
      // A re-run by someone else: who started this attempt.
      triggeredBy: rerunBy !== text(get(actor, 'login')) ? rerunBy : undefined,
    }),
  };
  if (artifacts.length) item.artifacts = artifacts;
  return item;
}

/**
 * Maps GitHub's workflow runs list (`GET /repos/{owner}/{repo}/actions/runs`: `{ total_count,
 * workflow_runs }`, or the bare `workflow_runs` array) onto `parseAgentItems` input, reading `status`
 * and `conclusion` together. Runs from the `schedule` event get the `scheduled` source, every other
 * event `github_actions`. `options.identities` gives creators the host's user ids. Never throws.
 *
 * @example
 * const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo });
 * const { items } = parseAgentItems(fromGitHubActionsRuns(data));
 */
export function fromGitHubActionsRuns(body: unknown, options?: AdapterOptions): AdapterItem[] {
  return adaptList(body, ['workflow_runs'], adaptRun, options);
}

/**
 * Source registry for `fromGitHubActionsRuns`: empty, because both sources it emits are built-ins.
 *
 * @example
 * <AgentManagementView items={items} sourceRegistry={githubActionsSources} … />
 */
export const githubActionsSources: SourceRegistry = {};

/**
 * The GitHub Actions mark, to replace the view's generic CI icon (simple-icons path data).
 *
 * @example
 * const { path, title } = githubActionsSourceIcons.github_actions;
 */
export const githubActionsSourceIcons: Readonly<Record<string, SourceIconData>> = {
  github_actions: { path: GITHUB_ACTIONS_MARK, title: 'GitHub Actions' },
};

/**
 * The `meta` facets `fromGitHubActionsRuns` fills, for the view's `facetDefinitions`.
 *
 * @example
 * <AgentManagementView items={items} facetDefinitions={githubActionsFacetDefinitions} … />
 */
export const githubActionsFacetDefinitions: readonly AdapterFacetDefinition[] = [
  { key: 'repository', label: 'Repository' },
  { key: 'branch', label: 'Branch' },
  { key: 'workflow', label: 'Workflow' },
  { key: 'event', label: 'Event' },
];
