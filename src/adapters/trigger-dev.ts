// Trigger.dev runs: `runs.list()` of `@trigger.dev/sdk` v3/v4, i.e. `GET /api/v1/runs`, typed by
// `ListRunResponse` / `ListRunResponseItem` in packages/core/src/v3/schemas/api.ts of
// triggerdotdev/trigger.dev (v4 `RunStatus` with PENDING_VERSION, DEQUEUED and WAITING; the v3
// statuses WAITING_FOR_DEPLOY, REATTEMPTING, FROZEN and INTERRUPTED are read too).
import { adaptList, date, entries, get, meta, num, person, prefixed, text, translateStatus } from './shared';
import type { AdapterFacetDefinition, AdapterItem, SourceIconData } from './types';
import type { SourceRegistry } from '../core/sources';

// QUEUED, COMPLETED, CANCELED, FAILED, CRASHED and TIMED_OUT are known to the default table. A run
// waits for a deploy or a version, is delayed, dequeued or (re)attempted on its way to running; a
// WAITING (v3: FROZEN) run is paused by Trigger.dev itself and resumed by it. An EXPIRED run's TTL
// passed before it started: stopped without running.
const STATUSES: Readonly<Record<string, string>> = {
  PENDING_VERSION: 'pending',
  WAITING_FOR_DEPLOY: 'pending',
  DELAYED: 'pending',
  DEQUEUED: 'queued',
  EXECUTING: 'running',
  REATTEMPTING: 'running',
  WAITING: 'running',
  FROZEN: 'running',
  SYSTEM_FAILURE: 'failed',
  INTERRUPTED: 'failed',
  EXPIRED: 'canceled',
};

// The list names no one; a development environment names its user.
const TRIGGER_DEV = { id: 'trigger_dev', name: 'Trigger.dev' };

const dollars = (cents: number | undefined) => (cents === undefined ? undefined : cents / 100);

function adaptRun(run: unknown): AdapterItem {
  const [status, detail] = translateStatus(get(run, 'status'), STATUSES);
  const env = get(run, 'env');
  const computeCents = num(get(run, 'costInCents'));
  const baseCents = num(get(run, 'baseCostInCents'));
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of entries(get(run, 'metadata'))) metadata[`metadata.${key}`] = value;
  const user = get(env, 'user');
  const item: AdapterItem = {
    id: prefixed('trigger', get(run, 'id')),
    kind: 'ambient',
    title: text(get(run, 'taskIdentifier')) ?? '',
    source: 'trigger_dev',
    status,
    statusDetail: detail,
    createdAt: date(get(run, 'createdAt')),
    startedAt: date(get(run, 'startedAt')),
    endedAt: date(get(run, 'finishedAt')) ?? date(get(run, 'expiredAt')),
    creator: person('trigger', user, user, undefined, TRIGGER_DEV),
    meta: meta({
      environment: get(env, 'name'),
      task: get(run, 'taskIdentifier'),
      version: get(run, 'version'),
      tags: get(run, 'tags'),
      test: get(run, 'isTest') === true ? 'true' : undefined,
      ...metadata,
    }),
  };
  if (computeCents !== undefined || baseCents !== undefined) {
    // Summed in cents, then converted: cents are what Trigger.dev counts in.
    item.credits = ((computeCents ?? 0) + (baseCents ?? 0)) / 100;
    item.creditsBreakdown = { compute: dollars(computeCents), platform: dollars(baseCents) };
  }
  return item;
}

/**
 * Maps a Trigger.dev runs list (`runs.list()`: `{ data, pagination }`, or the runs its page iterator
 * yields) onto `parseAgentItems` input. `credits` are US dollars: `costInCents` (compute) plus
 * `baseCostInCents` (the invocation), each divided by 100, with both in `creditsBreakdown`. The list
 * carries no link to the run and no creator (only a development environment names its user). Never throws.
 *
 * @example
 * const page = await runs.list({ limit: 50 });
 * const { items } = parseAgentItems(fromTriggerRuns(page));
 */
export function fromTriggerRuns(body: unknown): AdapterItem[] {
  return adaptList(body, ['data'], adaptRun);
}

/**
 * Label and group of the `trigger_dev` source that `fromTriggerRuns` emits.
 *
 * @example
 * <AgentManagementView items={items} sourceRegistry={triggerSources} … />
 */
export const triggerSources: SourceRegistry = {
  trigger_dev: { label: 'Trigger.dev', group: 'automation' },
};

/**
 * Marks for Trigger.dev's source: none, since simple-icons has no Trigger.dev mark (the view shows
 * its generic icon).
 *
 * @example
 * <AgentManagementView sourceIcons={{ ...renderIcons(triggerSourceIcons) }} … />
 */
export const triggerSourceIcons: Readonly<Record<string, SourceIconData>> = {};

/**
 * The `meta` facets `fromTriggerRuns` fills, for the view's `facetDefinitions`.
 *
 * @example
 * <AgentManagementView items={items} facetDefinitions={triggerFacetDefinitions} … />
 */
export const triggerFacetDefinitions: readonly AdapterFacetDefinition[] = [
  { key: 'environment', label: 'Environment' },
  { key: 'task', label: 'Task' },
  { key: 'version', label: 'Version' },
  { key: 'tags', label: 'Tags' },
];
