// Realistic list responses of three platforms, as their APIs return them, for the "One list across
// platforms" story: Warp's agent runs (`GET /agent/runs`), GitHub's workflow runs
// (`GET /repos/{owner}/{repo}/actions/runs`) and Devin's sessions list. Deterministic (seeded), on
// the stories' fixed clock. The same people appear on every platform under each platform's own ids;
// `PLATFORM_IDENTITIES` maps them onto the host's user ids.
import { SAMPLE_NOW } from '../test/fixtures/sample-data';

const MIN = 60_000;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Alex (the viewer) and two teammates, as each platform knows them. */
const PEOPLE = [
  {
    host: 'u_me',
    name: 'Alex Morgan',
    warp: 'uid_alex',
    github: { id: 583231, login: 'alexmorgan' },
    devin: 'user_alex',
  },
  {
    host: 'u_priya',
    name: 'Priya Raman',
    warp: 'uid_priya',
    github: { id: 1204411, login: 'priyar' },
    devin: 'user_priya',
  },
  {
    host: 'u_jonas',
    name: 'Jonas Weber',
    warp: 'uid_jonas',
    github: { id: 77120, login: 'jweber' },
    devin: 'user_jonas',
  },
] as const;

/** Each platform's creator ids (as the adapters prefix them) → the host's user ids. */
export const PLATFORM_IDENTITIES: Readonly<Record<string, string>> = Object.fromEntries(
  PEOPLE.flatMap((p) => [
    [`warp:${p.warp}`, p.host],
    [`github:${p.github.id}`, p.host],
    [`devin:${p.devin}`, p.host],
  ]),
);

const TASKS = [
  'Fix flaky login test',
  'Bump eslint to v10',
  'Triage Sentry errors from the last deploy',
  'Add retries to the webhook worker',
  'Write the migration for billing_accounts',
  'Investigate slow dashboard query',
  'Update the onboarding docs',
  'Refactor the feature-flag client',
];

/** Warp's `RunListResponse`: `{ runs, page_info }`, newest first. */
export function warpRunsBody(count = 40, seed = 3) {
  const rnd = random(seed);
  const states = ['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'FAILED', 'INPROGRESS', 'BLOCKED', 'QUEUED', 'CANCELLED'];
  const sources = ['SLACK', 'LINEAR', 'SCHEDULED_AGENT', 'API', 'CLI', 'GITHUB_ACTION', 'WEB_APP'];
  const runs = Array.from({ length: count }, (_, i) => {
    const person = PEOPLE[i % PEOPLE.length]!;
    const state = states[Math.floor(rnd() * states.length)]!;
    const created = SAMPLE_NOW - (i * 37 + Math.floor(rnd() * 20)) * MIN;
    const started = created + 20_000;
    const done = state === 'SUCCEEDED' || state === 'FAILED' || state === 'CANCELLED';
    const branch = `agent/${TASKS[i % TASKS.length]!.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    return {
      run_id: `run_${(9000 - i).toString(36)}${i}`,
      title: TASKS[i % TASKS.length],
      prompt: TASKS[i % TASKS.length],
      state,
      source: sources[i % sources.length],
      created_at: iso(created),
      started_at: state === 'QUEUED' ? undefined : iso(started),
      finished_at: done ? iso(started + (2 + Math.floor(rnd() * 25)) * MIN) : undefined,
      creator: { uid: person.warp, display_name: person.name, type: 'USER' },
      session_link: `https://app.warp.dev/session/${i}`,
      request_usage: { inference_cost: Math.round(rnd() * 400) / 10, compute_cost: Math.round(rnd() * 80) / 10 },
      agent_config: {
        environment_id: i % 2 ? 'env_prod' : 'env_staging',
        harness: { type: 'oz' },
        model_id: 'claude-sonnet-5',
      },
      status_message:
        state === 'FAILED'
          ? { message: 'The team has no add-on credits left', error_code: 'INSUFFICIENT_CREDITS', retryable: false }
          : state === 'BLOCKED'
            ? { message: 'Waiting for approval to run `terraform apply`' }
            : undefined,
      artifacts:
        state === 'SUCCEEDED' && i % 2 === 0
          ? [
              {
                artifact_type: 'PULL_REQUEST',
                data: { url: `https://github.com/acme/web/pull/${2400 + i}`, status: 'OPEN', branch },
              },
            ]
          : [],
      is_run_type_cancellable: sources[i % sources.length] !== 'GITHUB_ACTION',
    };
  });
  return { runs, page_info: { has_next_page: false, next_cursor: null } };
}

/** GitHub's "List workflow runs for a repository": `{ total_count, workflow_runs }`, newest first. */
export function githubRunsBody(count = 30, seed = 5) {
  const rnd = random(seed);
  const outcomes: Array<[string, string | null]> = [
    ['completed', 'success'],
    ['completed', 'success'],
    ['completed', 'failure'],
    ['in_progress', null],
    ['queued', null],
    ['completed', 'cancelled'],
    ['waiting', null],
  ];
  const workflows = ['CI', 'Deploy preview', 'Nightly e2e', 'Release'];
  const workflow_runs = Array.from({ length: count }, (_, i) => {
    const person = PEOPLE[(i + 1) % PEOPLE.length]!;
    const [status, conclusion] = outcomes[Math.floor(rnd() * outcomes.length)]!;
    const created = SAMPLE_NOW - (i * 53 + 11 + Math.floor(rnd() * 30)) * MIN;
    const workflow = workflows[i % workflows.length]!;
    const id = 30433642 - i * 17;
    return {
      id,
      name: workflow,
      display_title: `${workflow}: ${TASKS[(i + 3) % TASKS.length]}`,
      run_number: 1800 - i,
      run_attempt: i % 9 === 0 ? 2 : 1,
      event: workflow === 'Nightly e2e' ? 'schedule' : i % 3 ? 'pull_request' : 'push',
      status,
      conclusion,
      head_branch: i % 3 ? `feature/${i}` : 'main',
      head_sha: `9fceb02d0ae598e95dc970b74767f19372d61af${i % 10}`,
      html_url: `https://github.com/acme/web/actions/runs/${id}`,
      created_at: iso(created),
      run_started_at: iso(created + 5_000),
      updated_at: iso(created + (3 + Math.floor(rnd() * 12)) * MIN),
      actor: { login: person.github.login, id: person.github.id, avatar_url: null },
      triggering_actor: { login: person.github.login, id: person.github.id },
      repository: { full_name: 'acme/web', html_url: 'https://github.com/acme/web' },
      pull_requests: i % 3 ? [{ number: 2300 + i, head: { ref: `feature/${i}` }, base: { ref: 'main' } }] : [],
    };
  });
  return { total_count: workflow_runs.length, workflow_runs };
}

/** Devin's sessions list: `{ sessions }`, newest first. */
export function devinSessionsBody(count = 20, seed = 7) {
  const rnd = random(seed);
  const states: Array<[string, string | undefined]> = [
    ['finished', undefined],
    ['running', undefined],
    ['blocked', 'waiting_for_user'],
    ['finished', undefined],
    ['stopped', undefined],
    ['blocked', 'waiting_for_approval'],
  ];
  const sessions = Array.from({ length: count }, (_, i) => {
    const person = PEOPLE[(i + 2) % PEOPLE.length]!;
    const [status, detail] = states[Math.floor(rnd() * states.length)]!;
    const created = SAMPLE_NOW - (i * 71 + 5 + Math.floor(rnd() * 40)) * MIN;
    return {
      session_id: `devin-${(0x5f3a + i).toString(16)}`,
      title: TASKS[(i + 5) % TASKS.length],
      status,
      status_detail: detail,
      created_at: iso(created),
      updated_at: iso(created + (4 + Math.floor(rnd() * 50)) * MIN),
      user_id: person.devin,
      requesting_user_email: `${person.name.split(' ')[0]!.toLowerCase()}@acme.dev`,
      url: `https://app.devin.ai/sessions/${i}`,
      acus_consumed: Math.round(rnd() * 60) / 10,
      tags: i % 2 ? ['backend'] : ['frontend'],
      pull_requests:
        status === 'finished' ? [{ pr_url: `https://github.com/acme/api/pull/${900 + i}`, pr_state: 'merged' }] : [],
    };
  });
  return { sessions };
}
