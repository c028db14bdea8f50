// fast-check arbitraries of well-formed list responses, one per platform, built from each
// platform's documented schema: every state and source, optional fields present or not.
import fc from 'fast-check';

const START = Date.parse('2024-01-01T00:00:00Z');
const END = Date.parse('2027-01-01T00:00:00Z');

/** Three ordered instants (created ≤ started ≤ ended), as epoch milliseconds. */
const times = fc
  .tuple(fc.integer({ min: START, max: END }), fc.nat({ max: 3_600_000 }), fc.nat({ max: 86_400_000 }))
  .map(([created, wait, run]) => [created, created + wait, created + wait + run] as const);

const iso = (ms: number) => new Date(ms).toISOString();
const word = fc.stringMatching(/^[a-z][a-z0-9_-]{0,11}$/);
const title = fc.stringMatching(/^[A-Z][a-z ]{2,30}[a-z]$/);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const uniqueIds = <T extends Record<string, unknown>>(key: string, runs: T[]) =>
  runs.map((run, i) => ({ ...run, [key]: `${String(run[key])}-${i}` }));

const warpRun = fc
  .record({
    run_id: fc.uuid(),
    title,
    prompt: fc.string(),
    state: fc.constantFrom(
      'QUEUED',
      'PENDING',
      'CLAIMED',
      'INPROGRESS',
      'SUCCEEDED',
      'FAILED',
      'BLOCKED',
      'ERROR',
      'CANCELLED',
    ),
    source: opt(
      fc.constantFrom(
        'LINEAR',
        'API',
        'SLACK',
        'TEAMS',
        'LOCAL',
        'SCHEDULED_AGENT',
        'WEB_APP',
        'GITHUB_ACTION',
        'CLOUD_MODE',
        'CLI',
        'JIRA',
        'SELF_IMPROVEMENT',
        'GITHUB_WEBHOOK',
        'GITLAB_WEBHOOK',
        'AZURE_DEVOPS_WEBHOOK',
        'AUTOFIX',
        'RUN_SCORER',
        'ORCHESTRATION',
        'BENCHMARK_TRIAL',
        'CREATE_BENCHMARK_TASK',
        'CUSTOM_WEBHOOK',
      ),
    ),
    times,
    ended: fc.boolean(),
    creator: opt(
      fc.record({ uid: word, display_name: opt(title), photo_url: opt(fc.constant('https://cdn.example.com/a.png')) }),
    ),
    request_usage: opt(
      fc.record(
        {
          inference_cost: fc.double({ min: 0, max: 1e4, noNaN: true }),
          compute_cost: fc.double({ min: 0, max: 1e4, noNaN: true }),
        },
        { requiredKeys: [] },
      ),
    ),
    status_message: opt(fc.record({ message: title, error_code: opt(word), retryable: opt(fc.boolean()) })),
    session_link: opt(word.map((w) => `https://app.warp.dev/session/${w}`)),
    parent_run_id: opt(fc.uuid()),
    artifacts: opt(
      fc.array(
        fc.oneof(
          fc.record({
            artifact_type: fc.constant('PULL_REQUEST'),
            data: fc.record({
              url: fc.nat().map((n) => `https://github.com/acme/web/pull/${n}`),
              branch: word,
              status: fc.constantFrom('open', 'draft', 'merged', 'closed', 'unknown'),
            }),
          }),
          fc.record({ artifact_type: fc.constant('PLAN'), data: fc.record({ document_uid: word, title: opt(title) }) }),
        ),
        { maxLength: 3 },
      ),
    ),
    agent_config: opt(
      fc.record({
        environment_id: opt(word),
        model_id: opt(word),
        harness: opt(fc.record({ type: fc.constantFrom('oz', 'claude', 'gemini', 'codex') })),
      }),
    ),
    metadata: opt(
      fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9._-]{0,9}$/), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
    ),
  })
  .map(({ times: [created, started, ended], ended: hasEnded, ...run }) => ({
    ...run,
    task_id: run.run_id,
    created_at: iso(created),
    updated_at: iso(ended),
    started_at: iso(started),
    finished_at: hasEnded ? iso(ended) : null,
  }));

export const warpBody = fc.tuple(fc.array(warpRun, { maxLength: 8 }), fc.boolean()).map(([runs, wrapped]) => {
  const unique = uniqueIds('run_id', runs);
  return wrapped ? { runs: unique, page_info: { has_next_page: false } } : unique;
});

const actor = fc.record({ id: fc.nat(), login: word, avatar_url: fc.constant('https://avatars.example.com/u/1') });
const githubRun = fc
  .record({
    id: fc.nat(),
    name: title,
    display_title: opt(title),
    head_branch: opt(word),
    head_sha: opt(fc.stringMatching(/^[0-9a-f]{40}$/)),
    event: fc.constantFrom(
      'push',
      'pull_request',
      'schedule',
      'workflow_dispatch',
      'repository_dispatch',
      'workflow_run',
    ),
    progress: fc.oneof(
      fc.record({
        status: fc.constantFrom('queued', 'in_progress', 'pending', 'waiting', 'requested'),
        conclusion: fc.constant(null),
      }),
      fc.record({
        status: fc.constant('completed'),
        conclusion: fc.constantFrom(
          'success',
          'failure',
          'neutral',
          'cancelled',
          'skipped',
          'timed_out',
          'action_required',
          'startup_failure',
          'stale',
        ),
      }),
    ),
    run_attempt: fc.integer({ min: 1, max: 3 }),
    actor: opt(actor),
    pull_requests: fc.array(fc.record({ number: fc.nat(), head: fc.record({ ref: word }) }), { maxLength: 2 }),
    times,
  })
  .map(({ progress, times: [created, started, updated], ...run }) => ({
    ...run,
    ...progress,
    html_url: `https://github.com/acme/web/actions/runs/${run.id}`,
    repository: { full_name: 'acme/web', html_url: 'https://github.com/acme/web' },
    created_at: iso(created),
    run_started_at: iso(started),
    updated_at: iso(updated),
  }));

export const githubBody = fc
  .tuple(fc.uniqueArray(githubRun, { selector: (r) => r.id, maxLength: 8 }), fc.boolean())
  .map(([runs, wrapped]) => (wrapped ? { total_count: runs.length, workflow_runs: runs } : runs));

const cursorAgent = fc.record({
  id: word.map((w) => `bc_${w}`),
  name: title,
  status: fc.constantFrom('RUNNING', 'FINISHED', 'ERROR', 'CREATING', 'EXPIRED'),
  source: fc.record(
    { repository: fc.constant('https://github.com/acme/web'), ref: opt(word) },
    { requiredKeys: ['repository'] },
  ),
  target: fc.record(
    {
      url: word.map((w) => `https://cursor.com/agents?id=${w}`),
      branchName: word,
      prUrl: fc.nat().map((n) => `https://github.com/acme/web/pull/${n}`),
      autoCreatePr: fc.boolean(),
    },
    { requiredKeys: ['url'] },
  ),
  createdAt: fc.integer({ min: START, max: END }).map(iso),
  summary: opt(fc.string()),
});

export const cursorBody = fc.tuple(fc.array(cursorAgent, { maxLength: 8 }), fc.boolean()).map(([agents, wrapped]) => {
  const unique = uniqueIds('id', agents);
  return wrapped ? { agents: unique, nextCursor: 'bc_next' } : unique;
});

const devinV1 = fc.record({
  session_id: word.map((w) => `devin-${w}`),
  status: fc.constant('running'),
  status_enum: fc.constantFrom(
    'working',
    'blocked',
    'expired',
    'finished',
    'suspend_requested',
    'suspend_requested_frontend',
    'resume_requested',
    'resume_requested_frontend',
    'resumed',
  ),
  title,
  times,
  pull_request: opt(fc.record({ url: fc.nat().map((n) => `https://github.com/acme/api/pull/${n}`) })),
  requesting_user_email: opt(word.map((w) => `${w}@example.com`)),
  tags: opt(fc.array(word, { maxLength: 3 })),
});
const devinV3 = fc.record({
  session_id: word.map((w) => `devin-${w}`),
  org_id: word,
  state: fc.oneof(
    fc.record({
      status: fc.constant('running'),
      status_detail: fc.constantFrom('working', 'waiting_for_user', 'waiting_for_approval', 'finished'),
    }),
    fc.record({
      status: fc.constant('suspended'),
      status_detail: fc.constantFrom(
        'inactivity',
        'user_request',
        'usage_limit_exceeded',
        'out_of_credits',
        'out_of_quota',
        'no_quota_allocation',
        'payment_declined',
        'org_usage_limit_exceeded',
        'total_session_limit_exceeded',
      ),
    }),
    fc.record({
      status: fc.constantFrom('new', 'claimed', 'exit', 'error', 'resuming'),
      status_detail: opt(fc.constantFrom('error', 'finished')),
    }),
  ),
  title,
  times,
  acus_consumed: fc.double({ min: 0, max: 1e3, noNaN: true }),
  pull_requests: fc.array(
    fc.record({
      pr_url: fc.nat().map((n) => `https://github.com/acme/api/pull/${n}`),
      pr_state: fc.constantFrom('open', 'closed', 'merged'),
    }),
    { maxLength: 2 },
  ),
  tags: fc.array(word, { maxLength: 3 }),
  url: word.map((w) => `https://app.devin.ai/sessions/${w}`),
  user_id: opt(word),
  origin: opt(fc.constantFrom('webapp', 'slack', 'teams', 'api', 'linear', 'jira', 'scheduled', 'other')),
  parent_session_id: opt(word),
});

export const devinBody = fc.oneof(
  fc.array(devinV1, { maxLength: 8 }).map((sessions) => ({
    sessions: uniqueIds('session_id', sessions).map(({ times: [created, , updated], ...s }) => ({
      ...s,
      created_at: iso(created),
      updated_at: iso(updated),
    })),
  })),
  fc.array(devinV3, { maxLength: 8 }).map((items) => ({
    items: uniqueIds('session_id', items).map(({ times: [created, , updated], state, ...s }) => ({
      ...s,
      ...state,
      created_at: Math.floor(created / 1000),
      updated_at: Math.ceil(updated / 1000),
    })),
    end_cursor: null,
    has_next_page: false,
  })),
);

const triggerRun = fc
  .record({
    id: word.map((w) => `run_${w}`),
    status: fc.constantFrom(
      'PENDING_VERSION',
      'QUEUED',
      'DEQUEUED',
      'EXECUTING',
      'WAITING',
      'COMPLETED',
      'CANCELED',
      'FAILED',
      'CRASHED',
      'SYSTEM_FAILURE',
      'DELAYED',
      'EXPIRED',
      'TIMED_OUT',
      'WAITING_FOR_DEPLOY',
      'REATTEMPTING',
      'FROZEN',
      'INTERRUPTED',
    ),
    taskIdentifier: word,
    version: opt(word),
    isTest: fc.boolean(),
    times,
    finished: fc.boolean(),
    asDates: fc.boolean(),
    tags: fc.array(word, { maxLength: 3 }),
    costInCents: fc.double({ min: 0, max: 1e4, noNaN: true }),
    baseCostInCents: fc.double({ min: 0, max: 1e2, noNaN: true }),
    env: fc.record(
      { id: word, name: fc.constantFrom('production', 'staging', 'dev'), user: opt(word) },
      { requiredKeys: ['id', 'name'] },
    ),
  })
  .map(({ times: [created, started, ended], finished, asDates, ...run }) => {
    const at = (ms: number) => (asDates ? new Date(ms) : iso(ms));
    return {
      ...run,
      createdAt: at(created),
      updatedAt: at(ended),
      startedAt: at(started),
      finishedAt: finished ? at(ended) : undefined,
    };
  });

export const triggerBody = fc.tuple(fc.array(triggerRun, { maxLength: 8 }), fc.boolean()).map(([runs, wrapped]) => {
  const unique = uniqueIds('id', runs);
  return wrapped ? { data: unique, pagination: {} } : unique;
});

const langSmithRun = fc
  .record({
    id: fc.uuid(),
    name: word,
    run_type: fc.constantFrom('llm', 'chain', 'tool', 'retriever', 'embedding', 'prompt', 'parser'),
    times,
    outcome: fc.constantFrom('success', 'error', 'pending', 'none'),
    parent_run_id: opt(fc.uuid()),
    total_cost: opt(
      fc.oneof(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.nat({ max: 10_000 }).map((n) => (n / 1000).toFixed(5)),
      ),
    ),
    tags: opt(fc.array(word, { maxLength: 3 })),
    app_path: opt(fc.uuid().map((u) => `/o/t/projects/p/s/r/${u}`)),
  })
  .map(({ times: [start, , end], outcome, ...run }) => ({
    ...run,
    start_time: iso(start).slice(0, -1),
    end_time: outcome === 'pending' ? null : iso(end).slice(0, -1),
    status: outcome === 'none' ? undefined : outcome,
    error: outcome === 'error' ? 'ValueError: boom' : null,
  }));

export const langSmithBody = fc
  .tuple(fc.uniqueArray(langSmithRun, { selector: (r) => r.id, maxLength: 8 }), fc.boolean())
  .map(([runs, wrapped]) => (wrapped ? { runs, cursors: {} } : runs));
