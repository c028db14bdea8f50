// Items for the inspecting parts' stories: pull requests in every state, a run with 12 sub-runs, a
// failing child under a green parent, and a failed run with a known error code.
import type { AgentItem, AgentStatus } from '../src';

export const INSPECT_NOW = Date.parse('2026-11-25T15:00:00Z');

function run(id: string, over: Partial<AgentItem> = {}): AgentItem {
  return {
    id,
    kind: 'ambient',
    title: id,
    source: 'api',
    status: 'success',
    rawStatus: 'SUCCEEDED',
    createdAt: new Date('2026-11-25T12:00:00Z'),
    startedAt: new Date('2026-11-25T12:00:10Z'),
    endedAt: new Date('2026-11-25T12:14:40Z'),
    creator: { id: 'u_priya', name: 'Priya Raman' },
    ...over,
  };
}

const SUB_STATUSES: AgentStatus[] = [
  'working',
  'working',
  'success',
  'success',
  'success',
  'failed',
  'blocked',
  'success',
  'canceled',
  'success',
  'working',
  'success',
];

/** A release run with 12 sub-runs in mixed states. */
export const TWELVE_SUB_RUNS: AgentItem[] = [
  run('release', { title: 'Release train 2026.11', status: 'working', rawStatus: 'IN_PROGRESS', endedAt: undefined }),
  ...SUB_STATUSES.map((status, i) =>
    run(`release-${i + 1}`, { title: `Package ${i + 1} of 12`, status, rawStatus: status, parentId: 'release' }),
  ),
];

/** A parent that succeeded while one of its sub-runs failed. */
export const GREEN_PARENT_FAILING_CHILD: AgentItem[] = [
  run('nightly', { title: 'Nightly dependency bumps' }),
  run('nightly-1', { title: 'Bump react', parentId: 'nightly' }),
  run('nightly-2', {
    title: 'Bump zod',
    status: 'failed',
    rawStatus: 'FAILED',
    statusDetail: 'Type errors in 3 files',
    parentId: 'nightly',
  }),
  run('nightly-3', { title: 'Bump vitest', parentId: 'nightly' }),
];

/** A failed run with everything the panel shows. */
export const FAILED_RUN: AgentItem = run('warp_1', {
  title: 'Fix flaky login test',
  source: 'slack',
  status: 'failed',
  rawStatus: 'FAILED',
  statusDetail: 'Your team has run out of add-on credits.',
  errorCode: 'insufficient_credits',
  retryable: false,
  credits: 12.5,
  creditsBreakdown: { inference: 9.5, compute: 2.5, platform: 0.5 },
  sessionState: 'expired',
  sessionUrl: 'https://app.warp.dev/session/1',
  artifacts: [
    {
      type: 'pull_request',
      url: 'https://github.com/acme/app/pull/1234',
      title: '#1234 Stabilise login',
      state: 'open',
      branch: 'fix/login-flake',
    },
    { type: 'plan', url: 'https://app.warp.dev/plan/9', title: 'Rollout plan' },
    { type: 'screenshot', url: 'https://example.com/shot.png', title: 'Login page' },
  ],
  parentId: 'nightly',
  meta: { environment: 'staging', harness: 'claude-code', repository: 'acme/app' },
});
