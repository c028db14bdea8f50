/**
 * Deterministic, realistic sample data for stories, tests and benchmarks. No React here.
 *
 * `generateAgentItems` returns what a host would send (the raw input `parseAgentItems` accepts: ISO
 * strings, raw statuses like `in_progress` or `waiting_for_input`); `generateParsedItems` returns the
 * same items already as `AgentItem`s (the fast path for benchmarks). For the same options,
 * `parseAgentItems(generateAgentItems(o)).items` deep-equals `generateParsedItems(o)` with no issues.
 */
import type { AgentItemInput } from '../src/core/schema';
import { mapStatus } from '../src/core/status';
import type { AgentItem, AgentKind, AgentPerson, AgentStatus, SessionState } from '../src/core/types';

export interface SampleDataOptions {
  /** How many items (default 200). */
  count?: number;
  /** PRNG seed (default 1). The same seed gives the same items. */
  seed?: number;
  /** The viewer's id (default `u_me`). */
  viewerId?: string;
  /** The clock the items are spread back from over ~30 days (default 2026-11-25T15:00:00Z). */
  now?: Date | number;
}

/** The fixed default clock of the sample data, so stories and tests are stable. */
export const SAMPLE_NOW = Date.UTC(2026, 10, 25, 15, 0, 0);

/** The viewer of the sample data. */
export const SAMPLE_VIEWER: AgentPerson = { id: 'u_me', name: 'Alex Morgan' };

/** The viewer's twelve teammates. */
export const SAMPLE_TEAMMATES: readonly AgentPerson[] = [
  { id: 'u_priya', name: 'Priya Raman' },
  { id: 'u_marcus', name: 'Marcus Chen' },
  { id: 'u_sofia', name: 'Sofia Alvarez' },
  { id: 'u_james', name: "James O'Connor" },
  { id: 'u_aiko', name: 'Aiko Tanaka' },
  { id: 'u_david', name: 'David Okafor' },
  { id: 'u_lena', name: 'Lena Fischer' },
  { id: 'u_omar', name: 'Omar Haddad' },
  { id: 'u_grace', name: 'Grace Kim' },
  { id: 'u_tom', name: 'Tom Becker' },
  { id: 'u_nina', name: 'Nina Petrova' },
  { id: 'u_raj', name: 'Raj Patel', avatarUrl: 'https://avatars.example.com/u_raj.png' },
];

/** The viewer first, then the teammates. */
export const SAMPLE_PEOPLE: readonly AgentPerson[] = [SAMPLE_VIEWER, ...SAMPLE_TEAMMATES];

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = ReadonlyArray<readonly [T, number]>;

function picker<T>(table: Weighted<T>): (r: number) => T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  const cumulative = table.map(([, w]) => w / total);
  for (let i = 1; i < cumulative.length; i++) cumulative[i]! += cumulative[i - 1]!;
  return (r) => {
    for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]!) return table[i]![0];
    return table[table.length - 1]![0];
  };
}

const pickSource = picker<string>([
  ['slack', 24],
  ['linear', 14],
  ['github_actions', 20],
  ['scheduled', 14],
  ['cli', 16],
  ['api', 12],
]);
const pickEndStatus = picker<AgentStatus>([
  ['success', 74],
  ['failed', 13],
  ['canceled', 6],
  ['blocked', 7],
]);

const RAW_STATUSES: Record<AgentStatus, readonly string[]> = {
  working: ['in_progress', 'running', 'queued', 'claimed', 'pending'],
  blocked: ['waiting_for_input', 'blocked', 'action_required', 'needs_input'],
  canceled: ['cancelled', 'canceled', 'aborted'],
  failed: ['failed', 'error', 'timed_out', 'errored'],
  success: ['succeeded', 'success', 'completed', 'done'],
};

const SERVICES = [
  'auth-service',
  'billing worker',
  'api-gateway',
  'web app',
  'search indexer',
  'notifications',
  'payments',
  'mobile app',
  'data pipeline',
  'admin console',
];
const REPOS = ['acme/web', 'acme/api', 'acme/infra', 'acme/mobile', 'acme/data-pipeline', 'acme/docs'];
const TITLES: ReadonlyArray<(s: string, n: number) => string> = [
  (s) => `Fix flaky login test in ${s}`,
  (s) => `Triage Sentry alert: NullPointerException in ${s}`,
  (s, n) => `Review PR #${1200 + n} in ${s}`,
  (s) => `Upgrade React to 19 in the ${s}`,
  (s) => `Investigate p95 latency regression in ${s}`,
  (s, n) => `Address Linear issue ENG-${3000 + n}: pagination off by one in ${s}`,
  (s) => `Write migration to add index on events.created_at for ${s}`,
  () => 'Nightly dependency audit',
  () => 'Summarise yesterday’s incidents for the on-call handoff',
  (s) => `Add retries with backoff to ${s} webhook client`,
  (s) => `Bump Node to 20.19 in ${s} CI`,
  (s) => `Explain why the ${s} build is slow`,
  () => 'Draft release notes for v4.12',
  (s) => `Remove dead feature flags from ${s}`,
  (s) => `Reproduce customer bug: CSV export drops Unicode names in ${s}`,
];
const BLOCKED_REASONS = [
  'Waiting for approval to run `terraform apply`',
  'Needs input: which staging database should be used?',
  'Waiting for review of the proposed plan',
  'Approval required to push to a protected branch',
  'Waiting for a GitHub token with repo scope',
];
const FAILURES = [
  'Exit code 1: npm test failed in packages/api',
  'Timed out after 30m waiting for the build',
  'Merge conflict in src/server/routes.ts',
  'Rate limited by the GitHub API (403)',
  'Model context window exceeded',
  'Docker build failed: no space left on device',
];
const ENVIRONMENTS = picker<string>([
  ['production', 3],
  ['staging', 4],
  ['dev', 5],
]);
const HARNESSES = picker<string>([
  ['warp', 6],
  ['claude-code', 3],
  ['codex', 2],
]);

interface SampleRecord {
  id: string;
  kind: AgentKind;
  title: string;
  source: string;
  status: AgentStatus;
  rawStatus: string;
  statusDetail?: string;
  createdAt: number;
  startedAt?: number;
  endedAt?: number;
  creator: AgentPerson;
  credits?: number;
  sessionUrl?: string;
  sessionState?: SessionState;
  conversationId?: string;
  meta: Record<string, string | string[]>;
}

const DAY = 86_400_000;
const SPAN = 30 * DAY;

function generate(options: SampleDataOptions | undefined, emit: (r: SampleRecord) => void): void {
  const count = Math.max(0, Math.floor(options?.count ?? 200));
  const rand = mulberry32(options?.seed ?? 1);
  const viewer: AgentPerson = { ...SAMPLE_VIEWER, id: options?.viewerId ?? SAMPLE_VIEWER.id };
  const nowOpt = options?.now;
  const now = nowOpt instanceof Date ? nowOpt.getTime() : typeof nowOpt === 'number' ? nowOpt : SAMPLE_NOW;
  const teammates = SAMPLE_TEAMMATES;
  for (let i = 0; i < count; i++) {
    // Newest first; denser towards now (age grows like i^1.6), so small sets still have recent runs.
    const age = Math.floor(SPAN * Math.pow((i + rand()) / Math.max(count, 1), 1.6));
    const createdAt = now - age;
    const mine = rand() < 0.32;
    const creator = mine ? viewer : (teammates[Math.floor(rand() * teammates.length)] as AgentPerson);
    // The viewer's desktop conversations; teammates' are rare (the host should not send them at all).
    const kind: AgentKind = rand() < (mine ? 0.4 : 0.03) ? 'interactive' : 'ambient';
    const source = kind === 'interactive' ? 'interactive' : pickSource(rand());
    const recent = age < 3 * 3_600_000;
    let status: AgentStatus = recent && rand() < 0.45 ? 'working' : pickEndStatus(rand());
    if (kind === 'ambient' && status === 'blocked' && rand() < 0.5) status = 'failed';
    const raws = RAW_STATUSES[status];
    const rawStatus = raws[Math.floor(rand() * raws.length)] as string;
    const service = SERVICES[Math.floor(rand() * SERVICES.length)] as string;
    const title = (TITLES[Math.floor(rand() * TITLES.length)] as (s: string, n: number) => string)(service, i % 997);
    const id = `run_${(i + 1).toString(36).padStart(5, '0')}`;
    const record: SampleRecord = {
      id,
      kind,
      title,
      source,
      status,
      rawStatus,
      createdAt,
      creator,
      meta: {
        environment: ENVIRONMENTS(rand()),
        harness: HARNESSES(rand()),
        repository: REPOS[Math.floor(rand() * REPOS.length)] as string,
      },
    };
    if (status === 'blocked')
      record.statusDetail = BLOCKED_REASONS[Math.floor(rand() * BLOCKED_REASONS.length)] as string;
    if (status === 'failed') record.statusDetail = FAILURES[Math.floor(rand() * FAILURES.length)] as string;
    if (kind === 'ambient') {
      const startedAt = Math.min(now, createdAt + Math.floor(rand() * 30_000));
      record.startedAt = startedAt;
      if (status !== 'working' && status !== 'blocked') {
        // Log-uniform from ~3 s to ~5 h.
        const duration = Math.floor(Math.exp(8 + rand() * 8.8));
        record.endedAt = Math.min(now, startedAt + duration);
      }
      record.sessionUrl = `https://agents.example.com/sessions/${id}`;
      record.sessionState = status !== 'working' && age > 14 * DAY && rand() < 0.5 ? 'expired' : 'available';
    } else {
      record.conversationId = `conv_${(i + 1).toString(36)}`;
    }
    if (rand() >= 0.08) {
      // Log-uniform from 0.1 to 300 credits, two decimals.
      record.credits = Math.round(Math.exp(-2.3 + rand() * 8) * 100) / 100;
    }
    emit(record);
  }
}

/**
 * Generates `count` sample items in the raw form a host sends (ISO date strings, raw statuses).
 *
 * @example
 * parseAgentItems(generateAgentItems({ count: 500, seed: 7 })).items.length // 500
 */
export function generateAgentItems(options?: SampleDataOptions): AgentItemInput[] {
  const out: AgentItemInput[] = [];
  generate(options, (r) => {
    const input: AgentItemInput = {
      id: r.id,
      kind: r.kind,
      title: r.title,
      source: r.source,
      status: r.rawStatus,
      createdAt: new Date(r.createdAt).toISOString(),
      creator: r.creator.avatarUrl
        ? { id: r.creator.id, name: r.creator.name, avatarUrl: r.creator.avatarUrl }
        : { id: r.creator.id, name: r.creator.name },
      meta: r.meta,
    };
    if (r.statusDetail !== undefined) input.statusDetail = r.statusDetail;
    if (r.startedAt !== undefined) input.startedAt = new Date(r.startedAt).toISOString();
    if (r.endedAt !== undefined) input.endedAt = new Date(r.endedAt).toISOString();
    if (r.credits !== undefined) input.credits = r.credits;
    if (r.sessionUrl !== undefined) input.sessionUrl = r.sessionUrl;
    if (r.sessionState !== undefined) input.sessionState = r.sessionState;
    if (r.conversationId !== undefined) input.conversationId = r.conversationId;
    out.push(input);
  });
  return out;
}

/**
 * Generates the same items as `generateAgentItems`, directly as `AgentItem`s (no parsing).
 *
 * @example
 * const items = generateParsedItems({ count: 100_000 });
 */
export function generateParsedItems(options?: SampleDataOptions): AgentItem[] {
  const out: AgentItem[] = [];
  generate(options, (r) => {
    const item: AgentItem = {
      id: r.id,
      kind: r.kind,
      title: r.title,
      source: r.source,
      status: mapStatus(r.rawStatus),
      rawStatus: r.rawStatus,
      createdAt: new Date(r.createdAt),
      creator: r.creator.avatarUrl
        ? { id: r.creator.id, name: r.creator.name, avatarUrl: r.creator.avatarUrl }
        : { id: r.creator.id, name: r.creator.name },
    };
    // Same key order as parseAgentItems' output, so both deep-equal and share hidden classes.
    if (r.statusDetail !== undefined) item.statusDetail = r.statusDetail;
    if (r.startedAt !== undefined) item.startedAt = new Date(r.startedAt);
    if (r.endedAt !== undefined) item.endedAt = new Date(r.endedAt);
    if (r.credits !== undefined) item.credits = r.credits;
    if (r.sessionUrl !== undefined) item.sessionUrl = r.sessionUrl;
    if (r.sessionState !== undefined) item.sessionState = r.sessionState;
    if (r.conversationId !== undefined) item.conversationId = r.conversationId;
    item.meta = { ...r.meta };
    out.push(item);
  });
  return out;
}
