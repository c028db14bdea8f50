import { ARTIFACT_FILTER_LABELS } from '../../core/fields/artifacts';
import type { AgentArtifactType, AgentStatus, PullRequestState, SessionState } from '../../core/types';

const { none: _none, ...ARTIFACT_TYPE_NAMES } = ARTIFACT_FILTER_LABELS;

/**
 * The strings of the inspecting parts: artifacts, sub-runs, errors and the details panel. Part of
 * `AgentboardLabels`, so the view's `labels` prop overrides them like any other; `errorMessages`
 * merges code by code, so a host adds its own codes and keeps the built-in ones.
 */
export interface AgentInspectLabels {
  /** Accessible name of an artifact list. */
  artifacts: string;
  /** A pull request link; `title` falls back to its branch, then nothing. */
  pullRequest: (title: string) => string;
  pullRequestStates: Record<PullRequestState, string>;
  /** The button that copies a branch name. */
  copyBranch: (branch: string) => string;
  /** Announced once the branch is on the clipboard (the view shows it as a toast). */
  branchCopied: (branch: string) => string;
  /** Shown (as an error toast in the view) when the clipboard refused the branch. */
  branchCopyFailed: (branch: string) => string;
  /** Name of any other artifact: its type's name, then its title. */
  artifactName: (type: string, title: string | undefined) => string;
  artifactTypeNames: Record<AgentArtifactType, string>;
  /** The "+2" after the compact artifacts: visible text, and its accessible name. */
  moreArtifacts: (count: number, formatted: string) => string;
  moreArtifactsName: (count: number, formatted: string) => string;

  /** The sub-run toggle: "Show 3 sub-runs"; its state is `aria-expanded`. */
  showSubRuns: (count: number, formatted: string) => string;
  /** How the sub-runs stand, one status at a time: "2 working". */
  subRunCount: (status: AgentStatus, count: number, formatted: string) => string;
  /** Joins those parts: "2 working · 1 failed". */
  subRunSeparator: string;
  /** A parent that succeeded while some of its sub-runs failed. */
  subRunsFailedWarning: (count: number, formatted: string) => string;
  /** A sub-run whose parent is not in the list. */
  subRunOf: (parent: string) => string;

  /** A known error code in words; keys are codes in lower case (`insufficient_credits`). */
  errorMessages: Record<string, string>;
  /** An error shown with its code: "Out of credits: … (insufficient_credits)". */
  errorWithCode: (message: string, code: string) => string;
  /** What a failure says when it has neither words nor a code. */
  errorUnknown: string;

  detailsClose: string;
  detailsStatus: string;
  detailsError: string;
  detailsRetry: string;
  retryMayHelp: string;
  retryWontHelp: string;
  detailsSource: string;
  detailsCreator: string;
  detailsCreated: string;
  detailsStarted: string;
  detailsEnded: string;
  detailsDuration: string;
  detailsCredits: string;
  creditParts: Record<'inference' | 'compute' | 'platform', string>;
  detailsSession: string;
  sessionStates: Record<SessionState, string>;
  detailsArtifacts: string;
  detailsParent: string;
  detailsSubRuns: string;
  detailsMeta: string;
  /** The hint under the panel's title. */
  detailsKeys: string;
}

export const defaultInspectLabels: AgentInspectLabels = {
  artifacts: 'Artifacts',
  pullRequest: (title) => (title ? `Pull request ${title}` : 'Pull request'),
  pullRequestStates: { open: 'Open', draft: 'Draft', merged: 'Merged', closed: 'Closed' },
  copyBranch: (branch) => `Copy branch ${branch}`,
  branchCopied: (branch) => `Copied ${branch}`,
  branchCopyFailed: (branch) => `Could not copy ${branch}`,
  artifactName: (type, title) => (title ? `${type} ${title}` : type),
  // The names the "Has artifact" filter gives the types (the core's), without its "No artifact".
  artifactTypeNames: ARTIFACT_TYPE_NAMES,
  moreArtifacts: (_count, formatted) => `+${formatted}`,
  moreArtifactsName: (count, formatted) => `Show ${formatted} more ${count === 1 ? 'artifact' : 'artifacts'}`,

  showSubRuns: (count, formatted) => `Show ${formatted} ${count === 1 ? 'sub-run' : 'sub-runs'}`,
  subRunCount: (status, _count, formatted) =>
    `${formatted} ${{ working: 'working', blocked: 'blocked', canceled: 'canceled', failed: 'failed', success: 'succeeded' }[status]}`,
  subRunSeparator: ' · ',
  subRunsFailedWarning: (count, formatted) =>
    `Succeeded, but ${formatted} ${count === 1 ? 'sub-run' : 'sub-runs'} failed`,
  subRunOf: (parent) => `Sub-run of ${parent}`,

  errorMessages: {
    // Warp's `error_code`.
    insufficient_credits: 'Out of credits: the team has no add-on credits left',
    resource_unavailable: 'No capacity: the platform could not start a sandbox and retries it by itself',
    // GitHub Actions' conclusions and Trigger.dev's final statuses (timed_out is both platforms' word).
    timed_out: 'Timed out: the run went past its time limit and was stopped',
    startup_failure:
      'Startup failure: the workflow could not start; check its file and which actions the repository allows',
    stale: 'Stale: GitHub gave up on the run and marked it stale',
    crashed: 'Crashed: the worker process crashed during the run, often from running out of memory',
    system_failure: 'System failure: an unrecoverable error on the platform stopped the run',
    interrupted: 'Interrupted: the development CLI disconnected while the run was executing',
    expired: 'Expired: the run did not start before its time to live passed',
    // Devin's `status_detail` of a session that ended in error.
    out_of_credits: 'Out of credits: no credits are left to continue the session',
    out_of_quota: 'Out of quota: the usage included in the plan is used up',
    no_quota_allocation: 'No quota allocated: no usage is allocated to run the session',
    payment_declined: 'Payment declined: the payment was refused; check the payment method',
    usage_limit_exceeded: 'Usage limit reached: the session used as much as a usage limit allows',
    org_usage_limit_exceeded:
      'Organization limit reached: the organization used its usage limit for this billing cycle',
  },
  errorWithCode: (message, code) => `${message} (${code})`,
  errorUnknown: 'The run failed without saying why',

  detailsClose: 'Close details',
  detailsStatus: 'Status',
  detailsError: 'Error',
  detailsRetry: 'Retry',
  retryMayHelp: 'A retry may succeed',
  retryWontHelp: 'A retry will not help',
  detailsSource: 'Source',
  detailsCreator: 'Creator',
  detailsCreated: 'Created',
  detailsStarted: 'Started',
  detailsEnded: 'Ended',
  detailsDuration: 'Duration',
  detailsCredits: 'Credits',
  creditParts: { inference: 'Inference', compute: 'Compute', platform: 'Platform' },
  detailsSession: 'Session',
  sessionStates: {
    available: 'Available',
    expired: 'Expired: its logs and messages are no longer kept',
    unavailable: 'Unavailable: the platform did not share it',
  },
  detailsArtifacts: 'Artifacts',
  detailsParent: 'Started by',
  detailsSubRuns: 'Sub-runs',
  detailsMeta: 'More',
  detailsKeys: 'j / k: next / previous · Esc: close',
};
