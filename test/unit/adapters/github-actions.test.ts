import { describe, expect, it } from 'vitest';
import { parseAgentItems } from '../../../src/core';
import { describeAgentError } from '../../../src/core/errors';
import { defaultInspectLabels } from '../../../src/react/root/inspect-labels';
import {
  fromGitHubActionsRuns,
  githubActionsFacetDefinitions,
  githubActionsSourceIcons,
  githubActionsSources,
} from '../../../src/adapters';
import { expectLabelled, parseClean, parseOne } from './helpers';

const actor = {
  login: 'octocat',
  id: 583231,
  avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4',
  type: 'User',
};

// A workflow run as "List workflow runs for a repository" returns it (trimmed of the *_url fields the
// adapter does not read).
const workflowRun = {
  id: 30433642,
  name: 'Build',
  node_id: 'MDEyOldvcmtmbG93IFJ1bjI2OTI4OQ==',
  check_suite_id: 42,
  head_branch: 'main',
  head_sha: 'acb5820ced9479c074f688cc328bf03f341a511d',
  path: '.github/workflows/build.yml@main',
  display_title: 'Update README.md',
  run_number: 562,
  run_attempt: 1,
  event: 'push',
  status: 'completed',
  conclusion: 'success',
  workflow_id: 159038,
  url: 'https://api.github.com/repos/octo-org/octo-repo/actions/runs/30433642',
  html_url: 'https://github.com/octo-org/octo-repo/actions/runs/30433642',
  pull_requests: [
    {
      id: 1,
      number: 1347,
      url: 'https://api.github.com/repos/octo-org/octo-repo/pulls/1347',
      head: { ref: 'feature-x', sha: 'abc', repo: { id: 1, url: 'x', name: 'octo-repo' } },
      base: { ref: 'main', sha: 'def', repo: { id: 1, url: 'x', name: 'octo-repo' } },
    },
  ],
  created_at: '2020-01-22T19:33:08Z',
  updated_at: '2020-01-22T19:40:08Z',
  run_started_at: '2020-01-22T19:33:10Z',
  actor,
  triggering_actor: actor,
  repository: { id: 1296269, full_name: 'octo-org/octo-repo', html_url: 'https://github.com/octo-org/octo-repo' },
  head_commit: { id: 'acb58', message: 'Update README.md' },
};

const wr = (over: Record<string, unknown>) => ({ ...workflowRun, ...over });

describe('fromGitHubActionsRuns', () => {
  it('maps every field of a documented run', () => {
    expect(fromGitHubActionsRuns({ total_count: 1, workflow_runs: [workflowRun] })).toEqual([
      {
        id: 'github:30433642',
        kind: 'ambient',
        title: 'Update README.md',
        source: 'github_actions',
        status: 'success',
        createdAt: '2020-01-22T19:33:08Z',
        startedAt: '2020-01-22T19:33:10Z',
        endedAt: '2020-01-22T19:40:08Z',
        creator: {
          id: 'github:583231',
          name: 'octocat',
          avatarUrl: 'https://avatars.githubusercontent.com/u/583231?v=4',
        },
        sessionUrl: 'https://github.com/octo-org/octo-repo/actions/runs/30433642',
        artifacts: [
          {
            type: 'pull_request',
            url: 'https://github.com/octo-org/octo-repo/pull/1347',
            title: '#1347',
            branch: 'feature-x',
          },
        ],
        meta: {
          repository: 'octo-org/octo-repo',
          branch: 'main',
          workflow: 'Build',
          event: 'push',
          commit: 'acb5820',
          runNumber: '562',
        },
      },
    ]);
    expect(parseOne(fromGitHubActionsRuns([workflowRun]))).toMatchObject({ status: 'success', rawStatus: 'success' });
  });

  it.each([
    ['queued', null, 'queued', 'working', undefined],
    ['in_progress', null, 'in_progress', 'working', undefined],
    ['pending', null, 'pending', 'working', undefined],
    ['waiting', null, 'pending', 'working', 'Waiting'],
    ['requested', null, 'queued', 'working', 'Requested'],
    ['completed', 'success', 'success', 'success', undefined],
    ['completed', 'failure', 'failure', 'failed', undefined],
    ['completed', 'timed_out', 'timed_out', 'failed', undefined],
    ['completed', 'startup_failure', 'failure', 'failed', 'Startup failure'],
    ['completed', 'cancelled', 'cancelled', 'canceled', undefined],
    ['completed', 'action_required', 'action_required', 'blocked', undefined],
    ['completed', 'skipped', 'canceled', 'canceled', 'Skipped'],
    ['completed', 'stale', 'canceled', 'canceled', 'Stale'],
    ['completed', 'neutral', 'success', 'success', 'Neutral'],
  ])('reads status %s with conclusion %s as raw %s (%s)', (status, conclusion, raw, display, detail) => {
    const item = parseOne(fromGitHubActionsRuns([wr({ status, conclusion })]));
    expect(item).toMatchObject({ rawStatus: raw, status: display });
    expect(item.statusDetail).toBe(detail);
    // Only a run with a conclusion has ended; its last update is when.
    expect(item.endedAt?.toISOString()).toBe(conclusion ? '2020-01-22T19:40:08.000Z' : undefined);
  });

  it.each([
    ['timed_out', 'failed'],
    ['startup_failure', 'failed'],
    ['stale', 'canceled'],
  ])('gives a run that ended %s that conclusion as its error code (%s)', (conclusion, display) => {
    const item = parseOne(fromGitHubActionsRuns([wr({ status: 'completed', conclusion })]));
    expect(item).toMatchObject({ status: display, errorCode: conclusion });
  });

  it('gives no error code to a conclusion that names no cause, nor to a run still going', () => {
    const runs = ['success', 'failure', 'cancelled', 'action_required', 'skipped', 'neutral'].map((conclusion, id) =>
      wr({ id, conclusion }),
    );
    runs.push(wr({ id: 9, status: 'in_progress', conclusion: null }));
    for (const item of parseClean(fromGitHubActionsRuns(runs))) expect(item.errorCode).toBeUndefined();
  });

  it('has a built-in sentence for each error code it emits', () => {
    for (const conclusion of ['timed_out', 'startup_failure', 'stale']) {
      const item = parseOne(fromGitHubActionsRuns([wr({ conclusion })]));
      const error = describeAgentError(item, defaultInspectLabels.errorMessages);
      expect(error, conclusion).toMatchObject({ known: true, code: conclusion });
      expect(error?.text).not.toBe(conclusion);
    }
  });

  it('leaves the status out of a completed run without a conclusion, and keeps an unknown one raw', () => {
    const { items, issues } = parseAgentItems(
      fromGitHubActionsRuns([wr({ conclusion: null }), wr({ id: 2, conclusion: 'exploded' })]),
    );
    expect(items.map((i) => [i.status, i.rawStatus])).toEqual([
      ['failed', ''],
      ['failed', 'exploded'],
    ]);
    expect(issues.map((i) => [i.level, i.path])).toEqual([
      ['warning', 'status'],
      ['warning', 'status'],
    ]);
  });

  it('gives runs of the schedule event the scheduled source, and every other event github_actions', () => {
    const events = ['schedule', 'push', 'pull_request', 'workflow_dispatch', 'repository_dispatch', 'workflow_run'];
    const items = parseClean(fromGitHubActionsRuns(events.map((event, id) => wr({ id, event }))));
    expect(items.map((i) => i.source)).toEqual(['scheduled', ...events.slice(1).map(() => 'github_actions')]);
    expect(items.map((i) => i.meta?.event)).toEqual(events);
    expectLabelled(['scheduled', 'github_actions'], githubActionsSources);
    expect(Object.keys(githubActionsSourceIcons)).toEqual(['github_actions']);
  });

  it('names who started a re-run when it was someone else, and the attempt', () => {
    const [rerun] = fromGitHubActionsRuns([
      wr({ run_attempt: 2, triggering_actor: { login: 'hubot', id: 2, avatar_url: 'https://x.test/h.png' } }),
    ]);
    expect(rerun?.creator.id).toBe('github:583231');
    expect(rerun?.meta).toMatchObject({ triggeredBy: 'hubot', attempt: '2' });
  });

  it('builds pull request links from the run link when the repository is missing', () => {
    const [adapted] = fromGitHubActionsRuns([wr({ repository: undefined })]);
    expect(adapted?.artifacts?.[0]?.url).toBe('https://github.com/octo-org/octo-repo/pull/1347');
    const [noLink] = fromGitHubActionsRuns([wr({ repository: undefined, html_url: undefined })]);
    expect(noLink?.artifacts?.[0]).toEqual({ type: 'pull_request', title: '#1347', branch: 'feature-x' });
  });

  it('maps a run with only its required fields, with a placeholder creator', () => {
    const item = parseOne(
      fromGitHubActionsRuns([
        { id: 7, name: 'CI', status: 'queued', conclusion: null, created_at: '2026-11-20T15:04:00Z' },
      ]),
    );
    expect(item).toMatchObject({
      id: 'github:7',
      title: 'CI',
      status: 'working',
      creator: { id: 'github', name: 'GitHub' },
      meta: { workflow: 'CI' },
    });
    expect(item.sessionUrl).toBeUndefined();
  });

  it('reads the wrapped body and the bare array alike, and nothing from other shapes', () => {
    expect(fromGitHubActionsRuns({ total_count: 1, workflow_runs: [workflowRun] })).toEqual(
      fromGitHubActionsRuns([workflowRun]),
    );
    for (const body of [undefined, null, 1, {}, { workflow_runs: {} }, { runs: [workflowRun] }]) {
      expect(fromGitHubActionsRuns(body)).toEqual([]);
    }
  });

  it('offers a facet definition for each of its facets', () => {
    const meta = fromGitHubActionsRuns([workflowRun])[0]?.meta ?? {};
    for (const { key } of githubActionsFacetDefinitions) expect(meta[key]).toBeDefined();
  });
});
