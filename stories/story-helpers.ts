/**
 * What every story shares: one fixed clock, one fixed time zone and one viewer, so screenshots of
 * any story are stable, plus the sample items parsed the way a host's data would be.
 */
import { parseAgentItems } from '../src/core';
import type { AgentItem, AgentStatus } from '../src/core/types';
import { generateAgentItems, SAMPLE_NOW, SAMPLE_VIEWER } from '../test/fixtures/sample-data';

/** 2026-11-25T15:00:00Z: the stories' "now". */
export const STORY_NOW = new Date(SAMPLE_NOW);
/** A fixed zone (UTC+0 in November), so "Today" and the times shown never depend on the machine. */
export const STORY_TIME_ZONE = 'Europe/London';
export const STORY_LOCALE = 'en-US';
export const VIEWER_ID = SAMPLE_VIEWER.id;

/** The props every story of a time-aware part passes. */
export const CLOCK = { now: STORY_NOW, timeZone: STORY_TIME_ZONE, locale: STORY_LOCALE } as const;

// The sample data gives one teammate a picture on an external host. The network is closed (and a
// story should not depend on it), so that picture is served by Storybook itself (.storybook/public).
const EXTERNAL_AVATAR = /^https:\/\/avatars\.example\.com\/(.+)\.png$/;

function localAvatars(items: AgentItem[]): AgentItem[] {
  for (const item of items) {
    const match = item.creator.avatarUrl ? EXTERNAL_AVATAR.exec(item.creator.avatarUrl) : null;
    if (match) item.creator = { ...item.creator, avatarUrl: `./avatars/${match[1]}.svg` };
  }
  return items;
}

const cache = new Map<string, AgentItem[]>();

/**
 * `count` sample items through the host path (`generateAgentItems` → `parseAgentItems`), cached so
 * re-rendering a story (or the docs page showing them all) does not regenerate them.
 */
export function sampleItems(count: number, seed = 1): AgentItem[] {
  const key = `${count}:${seed}`;
  let items = cache.get(key);
  if (!items) {
    const parsed = parseAgentItems(generateAgentItems({ count, seed, viewerId: VIEWER_ID, now: STORY_NOW }));
    items = localAvatars(parsed.items);
    cache.set(key, items);
  }
  return items;
}

/** The sample items with their credits removed: a host that reports no credits at all. */
export function withoutCredits(items: readonly AgentItem[]): AgentItem[] {
  return items.map(({ credits: _credits, ...rest }) => rest);
}

/** The sample items with credits scaled up to a total in the hundreds of millions. */
export function withHugeCredits(items: readonly AgentItem[]): AgentItem[] {
  return items.map((item) => (item.credits === undefined ? item : { ...item, credits: item.credits * 1_234_567.89 }));
}

const BLOCKED_WAITS = [
  'Waiting for approval to run `terraform apply` on production',
  'Needs input: which staging database should be used?',
  'Waiting for review of the proposed migration plan',
  'Approval required to push to a protected branch (main)',
  'Waiting for a GitHub token with repo scope',
];

/**
 * The sample items with many of the viewer's recent conversations blocked on them: the "Needs you"
 * case. Every third of the viewer's items from the last three days waits on the viewer.
 */
export function withManyBlocked(items: readonly AgentItem[]): AgentItem[] {
  const since = SAMPLE_NOW - 3 * 86_400_000;
  let n = 0;
  return items.map((item) => {
    if (item.creator.id !== VIEWER_ID || item.createdAt.getTime() < since) return item;
    n += 1;
    if (n % 3 !== 0 && item.kind !== 'interactive') return item;
    const blocked: AgentStatus = 'blocked';
    const { endedAt: _endedAt, ...rest } = item;
    return {
      ...rest,
      status: blocked,
      rawStatus: 'waiting_for_input',
      statusDetail: BLOCKED_WAITS[n % BLOCKED_WAITS.length],
    };
  });
}

/** One hand-written item per status and kind, for the parts' all-states stories. */
export function itemsInEveryState(): AgentItem[] {
  const at = (minutesAgo: number) => new Date(SAMPLE_NOW - minutesAgo * 60_000);
  const me = SAMPLE_VIEWER;
  const priya = { id: 'u_priya', name: 'Priya Raman' };
  const raj = { id: 'u_raj', name: 'Raj Patel', avatarUrl: './avatars/u_raj.svg' };
  return [
    {
      id: 'run_working',
      kind: 'ambient',
      title: 'Investigate p95 latency regression in api-gateway',
      source: 'slack',
      status: 'working',
      rawStatus: 'in_progress',
      createdAt: at(12),
      startedAt: at(11),
      creator: priya,
      credits: 3.2,
      sessionUrl: 'https://agents.example.com/sessions/run_working',
      sessionState: 'available',
    },
    {
      id: 'conv_blocked',
      kind: 'interactive',
      title: 'Migrate the billing worker to the new queue',
      source: 'interactive',
      status: 'blocked',
      rawStatus: 'waiting_for_input',
      statusDetail: 'Waiting for approval to run `terraform apply`',
      createdAt: at(40),
      creator: me,
      credits: 12.75,
      conversationId: 'conv_blocked',
    },
    {
      id: 'run_failed',
      kind: 'ambient',
      title: 'Fix flaky login test in auth-service',
      source: 'github_actions',
      status: 'failed',
      rawStatus: 'timed_out',
      statusDetail: 'Timed out after 30m waiting for the build',
      createdAt: at(95),
      startedAt: at(94),
      endedAt: at(64),
      creator: me,
      credits: 41.07,
      sessionUrl: 'https://agents.example.com/sessions/run_failed',
      sessionState: 'available',
    },
    {
      id: 'run_canceled',
      kind: 'ambient',
      title: 'Nightly dependency audit',
      source: 'scheduled',
      status: 'canceled',
      rawStatus: 'cancelled',
      createdAt: at(60 * 9),
      startedAt: at(60 * 9 - 1),
      endedAt: at(60 * 9 - 7),
      creator: raj,
      sessionUrl: 'https://agents.example.com/sessions/run_canceled',
      sessionState: 'expired',
    },
    {
      id: 'run_success',
      kind: 'ambient',
      title: 'Address Linear issue ENG-3141: pagination off by one in search indexer',
      source: 'linear',
      status: 'success',
      rawStatus: 'succeeded',
      createdAt: at(60 * 26),
      startedAt: at(60 * 26),
      endedAt: at(60 * 26 - 83),
      creator: priya,
      credits: 0.004,
      sessionUrl: 'https://agents.example.com/sessions/run_success',
      sessionState: 'available',
    },
    {
      id: 'run_cli',
      kind: 'ambient',
      title: 'Explain why the web app build is slow',
      source: 'cli',
      status: 'success',
      rawStatus: 'done',
      createdAt: at(60 * 24 * 6),
      startedAt: at(60 * 24 * 6),
      endedAt: at(60 * 24 * 6 - 2),
      creator: me,
      credits: 1234.5,
      sessionUrl: 'https://agents.example.com/sessions/run_cli',
      sessionState: 'unavailable',
    },
    {
      id: 'run_api_unknown',
      kind: 'ambient',
      title: 'Summarise yesterday’s incidents for the on-call handoff',
      source: 'api',
      status: 'failed',
      rawStatus: 'exploded',
      statusDetail: 'Unrecognised status from the host: "exploded"',
      createdAt: at(60 * 24 * 40),
      startedAt: at(60 * 24 * 40),
      creator: raj,
      sessionUrl: 'https://agents.example.com/sessions/run_api_unknown',
      sessionState: 'available',
    },
  ];
}

const PR_STATES = ['open', 'draft', 'merged', 'closed'] as const;
const REPOS = ['acme/api-gateway', 'acme/web', 'acme/billing', 'acme/infra'];
const KNOWN_ERRORS = [
  { errorCode: 'insufficient_credits', retryable: false },
  { errorCode: 'resource_unavailable', retryable: true },
] as const;

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32);
}

/**
 * The sample items with what runs produce and how they relate, deterministically (no randomness:
 * the same items every time): pull requests in every state with their branches, plans,
 * screenshots and files on ambient runs; known error codes (and whether a retry may help) on some
 * failed runs; and sub-runs — every 15th ambient run is a parent, and the next ambient runs of the
 * same person started within two hours after it (up to four) are its sub-runs.
 */
export function withInspectData(items: readonly AgentItem[]): AgentItem[] {
  const out = items.map((item) => ({ ...item }));
  let ambient = 0;
  let failed = 0;
  for (const item of out) {
    if (item.kind !== 'ambient') continue;
    ambient += 1;
    const repo = REPOS[ambient % REPOS.length] as string;
    const branch = `agent/${slug(item.title)}`;
    if (item.status === 'failed') {
      failed += 1;
      if (failed % 3 === 0) Object.assign(item, KNOWN_ERRORS[(failed / 3) % KNOWN_ERRORS.length]);
      else item.retryable = failed % 3 === 1;
    }
    if (item.status === 'working' && ambient % 4 === 0) item.artifacts = [{ type: 'branch', branch }];
    if (item.status !== 'success' || ambient % 3 === 0) continue;
    const number = 1000 + ambient;
    item.artifacts = [
      {
        type: 'pull_request',
        url: `https://github.com/${repo}/pull/${number}`,
        title: `#${number} ${item.title}`,
        state: PR_STATES[ambient % PR_STATES.length],
        branch,
      },
    ];
    if (ambient % 5 === 0)
      item.artifacts.push(
        item.sessionUrl
          ? { type: 'plan', title: 'Plan', url: `${item.sessionUrl}#plan` }
          : { type: 'plan', title: 'Plan' },
      );
    if (ambient % 7 === 0)
      item.artifacts.push({
        type: 'screenshot',
        title: 'After the fix',
        url: `https://example.com/shots/${item.id}.png`,
      });
    if (ambient % 11 === 0) item.artifacts.push({ type: 'file', title: 'report.md' });
  }
  // Sub-runs: every 15th ambient run (oldest first) is a parent; the three ambient runs after it
  // become its sub-runs, started by it: same person and source, a few minutes after it.
  const byAge = out.filter((item) => item.kind === 'ambient').sort((a, b) => +a.createdAt - +b.createdAt);
  const shift = (date: Date | undefined, by: number) => (date ? new Date(date.getTime() + by) : undefined);
  for (let p = 0; p + 3 < byAge.length; p += 15) {
    const parent = byAge[p] as AgentItem;
    if (parent.createdAt.getTime() + 10 * 60_000 > SAMPLE_NOW) continue;
    for (let j = 1; j <= 3; j += 1) {
      const child = byAge[p + j] as AgentItem;
      const by = parent.createdAt.getTime() + j * 2 * 60_000 - child.createdAt.getTime();
      Object.assign(child, {
        parentId: parent.id,
        creator: parent.creator,
        source: parent.source,
        createdAt: shift(child.createdAt, by),
        startedAt: shift(child.startedAt, by),
        endedAt: shift(child.endedAt, by),
      });
      if (child.endedAt === undefined) delete child.endedAt;
      if (child.startedAt === undefined) delete child.startedAt;
    }
  }
  return out;
}

/** `sampleItems(count)` with artifacts, error codes and sub-runs (`withInspectData`), cached. */
export function inspectSampleItems(count: number, seed = 1): AgentItem[] {
  const key = `inspect:${count}:${seed}`;
  let items = cache.get(key);
  if (!items) {
    items = withInspectData(sampleItems(count, seed));
    cache.set(key, items);
  }
  return items;
}
