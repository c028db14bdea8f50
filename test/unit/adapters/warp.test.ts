import { describe, expect, it } from 'vitest';
import { parseAgentItems } from '../../../src/core';
import { fromWarpRuns, warpFacetDefinitions, warpSources } from '../../../src/adapters';
import { expectLabelled, parseClean, parseOne } from './helpers';

// A run as Warp's SDK types it (RunItem), with every optional field the list may carry.
const fullRun = {
  run_id: 'b3f1c2d4-0000-4000-8000-000000000001',
  task_id: 'b3f1c2d4-0000-4000-8000-000000000001',
  root_run_id: 'a0000000-0000-4000-8000-000000000000',
  parent_run_id: 'a0000000-0000-4000-8000-000000000000',
  title: 'Fix flaky login test',
  prompt: 'The login test fails one run in ten; find out why and fix it.',
  state: 'FAILED',
  source: 'SLACK',
  created_at: '2026-11-20T15:04:00Z',
  updated_at: '2026-11-20T15:20:00Z',
  started_at: '2026-11-20T15:04:30Z',
  finished_at: '2026-11-20T15:19:00.123456789Z',
  session_link: 'https://app.warp.dev/session/b3f1c2d4',
  session_id: 'sess-1',
  conversation_id: 'conv-1',
  creator: {
    uid: 'u_ada',
    display_name: 'Ada Lovelace',
    email: 'ada@example.com',
    photo_url: 'https://cdn.example.com/ada.png',
    type: 'user',
  },
  agent_config: {
    environment_id: 'env_prod',
    harness: { type: 'claude' },
    model_id: 'claude-sonnet-4',
    name: 'nightly-dependency-check',
    worker_host: 'warp',
  },
  agent_skill: { name: 'Fix tests', full_path: 'acme/web:.warp/skills/fix/SKILL.md' },
  schedule: { schedule_id: 's1', schedule_name: 'Nightly', cron_schedule: '0 3 * * *' },
  request_usage: { inference_cost: 12.5, compute_cost: 2.25, platform_cost: 0.25 },
  status_message: {
    message: 'Team has no remaining add-on credits',
    error_code: 'insufficient_credits',
    retryable: false,
  },
  artifacts: [
    {
      artifact_type: 'PULL_REQUEST',
      created_at: '2026-11-20T15:18:00Z',
      data: { url: 'https://github.com/acme/web/pull/1234', branch: 'warp/fix-login', status: 'open' },
    },
    {
      artifact_type: 'PLAN',
      created_at: '2026-11-20T15:05:00Z',
      data: { document_uid: 'd1', title: 'Plan: fix login', url: 'https://app.warp.dev/drive/d1' },
    },
  ],
  is_run_type_cancellable: true,
  metadata: { ticket_id: 'ENG-42', ticket_source: 'linear' },
  trigger_url: 'https://acme.slack.com/archives/C1/p1',
};

const run = (over: Record<string, unknown>) => ({
  run_id: 'r1',
  task_id: 'r1',
  title: 'Run',
  prompt: 'Do it',
  state: 'SUCCEEDED',
  source: 'API',
  created_at: '2026-11-20T15:04:00Z',
  updated_at: '2026-11-20T15:04:00Z',
  ...over,
});

describe('fromWarpRuns', () => {
  it('maps every field of a documented run', () => {
    expect(fromWarpRuns({ runs: [fullRun], page_info: { has_next_page: false } })).toEqual([
      {
        id: 'warp:b3f1c2d4-0000-4000-8000-000000000001',
        kind: 'ambient',
        title: 'Fix flaky login test',
        source: 'slack',
        status: 'FAILED',
        statusDetail: 'Team has no remaining add-on credits',
        createdAt: '2026-11-20T15:04:00Z',
        startedAt: '2026-11-20T15:04:30Z',
        endedAt: '2026-11-20T15:19:00.123456789Z',
        creator: { id: 'warp:u_ada', name: 'Ada Lovelace', avatarUrl: 'https://cdn.example.com/ada.png' },
        sessionUrl: 'https://app.warp.dev/session/b3f1c2d4',
        conversationId: 'conv-1',
        parentId: 'warp:a0000000-0000-4000-8000-000000000000',
        errorCode: 'insufficient_credits',
        retryable: false,
        credits: 15,
        creditsBreakdown: { inference: 12.5, compute: 2.25, platform: 0.25 },
        artifacts: [
          {
            type: 'pull_request',
            url: 'https://github.com/acme/web/pull/1234',
            title: '#1234',
            state: 'open',
            branch: 'warp/fix-login',
          },
          { type: 'plan', url: 'https://app.warp.dev/drive/d1', title: 'Plan: fix login' },
        ],
        meta: {
          environment: 'env_prod',
          harness: 'claude',
          model: 'claude-sonnet-4',
          skill: 'Fix tests',
          agent: 'nightly-dependency-check',
          schedule: 'Nightly',
          repository: 'acme/web',
          branch: 'warp/fix-login',
          triggerUrl: 'https://acme.slack.com/archives/C1/p1',
          'metadata.ticket_id': 'ENG-42',
          'metadata.ticket_source': 'linear',
        },
      },
    ]);
    const item = parseOne(fromWarpRuns([fullRun]));
    expect(item).toMatchObject({ status: 'failed', rawStatus: 'FAILED', credits: 15 });
    expect(item.endedAt?.toISOString()).toBe('2026-11-20T15:19:00.123Z');
  });

  it.each([
    ['QUEUED', 'QUEUED', 'working'],
    ['PENDING', 'PENDING', 'working'],
    ['CLAIMED', 'CLAIMED', 'working'],
    ['INPROGRESS', 'IN_PROGRESS', 'working'],
    ['SUCCEEDED', 'SUCCEEDED', 'success'],
    ['FAILED', 'FAILED', 'failed'],
    ['BLOCKED', 'BLOCKED', 'blocked'],
    ['ERROR', 'ERROR', 'failed'],
    ['CANCELLED', 'CANCELLED', 'canceled'],
  ])('maps the state %s (raw %s) to %s without an issue', (state, raw, status) => {
    const item = parseOne(fromWarpRuns([run({ state })]));
    expect(item.rawStatus).toBe(raw);
    expect(item.status).toBe(status);
    expect(item.statusDetail).toBeUndefined();
  });

  it('keeps a state Warp has not documented raw, so the parser reports it', () => {
    const adapted = fromWarpRuns([run({ state: 'PAUSED' })]);
    expect(adapted[0]?.status).toBe('PAUSED');
    const { items, issues } = parseAgentItems(adapted);
    expect(items[0]).toMatchObject({ status: 'failed', rawStatus: 'PAUSED' });
    expect(issues).toEqual([expect.objectContaining({ level: 'warning', path: 'status' })]);
  });

  const SOURCES: [string, string][] = [
    ['LINEAR', 'linear'],
    ['API', 'api'],
    ['SLACK', 'slack'],
    ['TEAMS', 'teams'],
    ['LOCAL', 'interactive'],
    ['SCHEDULED_AGENT', 'scheduled'],
    ['WEB_APP', 'web_app'],
    ['GITHUB_ACTION', 'github_actions'],
    ['CLOUD_MODE', 'cloud_mode'],
    ['CLI', 'cli'],
    ['JIRA', 'jira'],
    ['SELF_IMPROVEMENT', 'self_improvement'],
    ['GITHUB_WEBHOOK', 'github_webhook'],
    ['GITLAB_WEBHOOK', 'gitlab_webhook'],
    ['AZURE_DEVOPS_WEBHOOK', 'azure_devops_webhook'],
    ['AUTOFIX', 'autofix'],
    ['RUN_SCORER', 'run_scorer'],
    ['ORCHESTRATION', 'orchestration'],
    ['BENCHMARK_TRIAL', 'benchmark_trial'],
    ['CREATE_BENCHMARK_TASK', 'create_benchmark_task'],
    ['CUSTOM_WEBHOOK', 'custom_webhook'],
  ];

  it('maps each of the 21 run source types, and the registry labels every one that is not built in', () => {
    const items = parseClean(fromWarpRuns(SOURCES.map(([source], i) => run({ run_id: `r${i}`, source }))));
    expect(items.map((i) => i.source)).toEqual(SOURCES.map(([, s]) => s));
    expectLabelled([...SOURCES.map(([, s]) => s), 'warp'], warpSources);
    expect(warpSources.teams?.label).toBe('Microsoft Teams');
    expect(warpSources.web_app?.label).toBe('Warp web app');
  });

  it('reads a run without a source as coming from Warp, and an unknown source in lower case', () => {
    const [none, unknown] = parseClean(
      fromWarpRuns([run({ source: undefined }), run({ run_id: 'r2', source: 'DISCORD' })]),
    );
    expect(none?.source).toBe('warp');
    expect(unknown?.source).toBe('discord');
  });

  it('makes a run created from the desktop app an interactive conversation', () => {
    const item = parseOne(
      fromWarpRuns([run({ source: 'LOCAL', conversation_id: 'conv-9', is_run_type_cancellable: false })]),
    );
    expect(item).toMatchObject({ kind: 'interactive', source: 'interactive', conversationId: 'conv-9' });
    expect(fromWarpRuns([run({ source: 'LOCAL', is_run_type_cancellable: false })])[0]?.permissions).toEqual({
      cancel: false,
    });
  });

  it('maps error codes and retryability of failed and errored runs', () => {
    const [transient] = fromWarpRuns([
      run({
        state: 'ERROR',
        status_message: {
          message: 'Transient infrastructure issue',
          error_code: 'resource_unavailable',
          retryable: true,
        },
      }),
    ]);
    expect(transient).toMatchObject({
      status: 'ERROR',
      statusDetail: 'Transient infrastructure issue',
      errorCode: 'resource_unavailable',
      retryable: true,
    });
    const [blocked] = fromWarpRuns([run({ state: 'BLOCKED', status_message: { message: 'Approve the plan' } })]);
    expect(blocked).toMatchObject({ statusDetail: 'Approve the plan' });
    expect(blocked?.retryable).toBeUndefined();
    expect(blocked?.errorCode).toBeUndefined();
  });

  it('maps every artifact type; an unknown one keeps its own word', () => {
    const [adapted] = fromWarpRuns([
      run({
        artifacts: [
          {
            artifact_type: 'PULL_REQUEST',
            data: { url: 'https://github.com/a/b/pull/7', branch: 'x', status: 'merged' },
          },
          {
            artifact_type: 'PULL_REQUEST',
            data: { url: 'https://github.com/a/b/pull/8', branch: 'y', status: 'unknown' },
          },
          {
            artifact_type: 'SCREENSHOT',
            data: { artifact_uid: 's1', mime_type: 'image/png', description: 'Login page' },
          },
          { artifact_type: 'FILE', data: { artifact_uid: 'f1', filename: 'report.md', filepath: 'out/report.md' } },
          { artifact_type: 'FILE', data: { artifact_uid: 'f2', filename: 'rec.mp4', title: 'Recording' } },
          {
            artifact_type: 'EXTERNAL_REFERENCE',
            data: { reference_type: 'linear_issue', url: 'https://linear.app/a/ENG-1', title: 'ENG-1' },
          },
          { artifact_type: 'VIDEO', data: {} },
          { data: { url: 'https://example.com/no-type' } },
          'garbage',
        ],
      }),
    ]);
    expect(adapted?.artifacts).toEqual([
      { type: 'pull_request', url: 'https://github.com/a/b/pull/7', title: '#7', state: 'merged', branch: 'x' },
      { type: 'pull_request', url: 'https://github.com/a/b/pull/8', title: '#8', branch: 'y' },
      { type: 'screenshot' },
      { type: 'file', title: 'report.md' },
      { type: 'file', title: 'Recording' },
      { type: 'link', url: 'https://linear.app/a/ENG-1', title: 'ENG-1' },
      { type: 'video' },
    ]);
    expect(adapted?.meta).toMatchObject({ repository: 'a/b', branch: 'x' });
  });

  it('sums the credits it knows and keeps the split', () => {
    const [inferenceOnly, none, zero] = fromWarpRuns([
      run({ request_usage: { inference_cost: 3 } }),
      run({ request_usage: {} }),
      run({ request_usage: { inference_cost: 0, compute_cost: 0 } }),
    ]);
    expect(inferenceOnly).toMatchObject({ credits: 3, creditsBreakdown: { inference: 3 } });
    expect(none?.credits).toBeUndefined();
    expect(none?.creditsBreakdown).toBeUndefined();
    expect(zero?.credits).toBe(0);
  });

  it('reads the wrapped body and the bare array alike, and nothing from other shapes', () => {
    const runs = [fullRun, run({ run_id: 'r2' })];
    expect(fromWarpRuns({ runs, page_info: { has_next_page: true, next_cursor: 'c1' } })).toEqual(fromWarpRuns(runs));
    for (const body of [undefined, null, 42, 'runs', {}, { runs: 'x' }, { data: runs }]) {
      expect(fromWarpRuns(body)).toEqual([]);
    }
  });

  it('maps a run with only its required fields, with a placeholder creator', () => {
    const minimal = {
      run_id: 'r1',
      task_id: 'r1',
      title: 'Minimal',
      prompt: 'p',
      state: 'QUEUED',
      created_at: '2026-11-20T15:04:00Z',
      updated_at: '2026-11-20T15:04:00Z',
      finished_at: null,
      started_at: null,
    };
    const item = parseOne(fromWarpRuns([minimal]));
    expect(item).toMatchObject({
      id: 'warp:r1',
      source: 'warp',
      status: 'working',
      creator: { id: 'warp', name: 'Warp' },
    });
    expect(item.meta).toBeUndefined();
    expect(item.startedAt).toBeUndefined();
  });

  it('falls back to the prompt for a title, and to the email for a name', () => {
    const [adapted] = fromWarpRuns([run({ title: '', creator: { uid: 'u2', email: 'bo@example.com' } })]);
    expect(adapted).toMatchObject({ title: 'Do it', creator: { id: 'warp:u2', name: 'bo@example.com' } });
  });

  it('offers a facet definition for every meta key it fills', () => {
    const keys = Object.keys(fromWarpRuns([fullRun])[0]?.meta ?? {}).filter((k) => !k.startsWith('metadata.'));
    const defined = warpFacetDefinitions.map((d) => d.key);
    expect(keys.filter((k) => k !== 'triggerUrl').sort()).toEqual([...defined].sort());
  });
});
