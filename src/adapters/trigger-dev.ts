// Trigger.dev runs: `runs.list()` of `@trigger.dev/sdk` v3/v4, i.e. `GET /api/v1/runs`, typed by
// `ListRunResponse` / `ListRunResponseItem` in packages/core/src/v3/schemas/api.ts of
// triggerdotdev/trigger.dev (v4 `RunStatus` with PENDING_VERSION, DEQUEUED and WAITING; the v3
// statuses WAITING_FOR_DEPLOY, REATTEMPTING, FROZEN and INTERRUPTED are read too). What each final
// status means is the "Runs" page of Trigger.dev's docs (trigger.dev/docs/runs).
import { adaptList, date, entries, get, meta, num, person, prefixed, rate, text, translateStatus } from './shared';
import type { AdapterOptions, AdapterFacetDefinition, AdapterItem, SourceIconData } from './types';
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

// The final statuses that name why a run did not complete, also emitted as `errorCode` (in
// Trigger.dev's spelling): it exceeded its maxDuration (TIMED_OUT), its worker process crashed
// (CRASHED, "likely due to an Out of Memory error"), an unrecoverable system error occurred
// (SYSTEM_FAILURE), the CLI disconnected in development (INTERRUPTED), or its TTL passed before it
// started (EXPIRED). FAILED and CANCELED name no cause.
const CODES: ReadonlySet<string> = new Set(['TIMED_OUT', 'CRASHED', 'SYSTEM_FAILURE', 'INTERRUPTED', 'EXPIRED']);

/** Options of `fromTriggerRuns`. */
export interface TriggerAdapterOptions extends AdapterOptions {
  /**
   * Credits per US dollar. Trigger.dev bills in dollars, which are kept in `meta.cost_usd`; with a
   * rate the run also gets `credits` (and their compute/platform split) in the host's credits.
   */
  creditsPerUsd?: number;
}

// The list names no one; a development environment names its user.
const TRIGGER_DEV = { id: 'trigger_dev', name: 'Trigger.dev' };

function adaptRun(run: unknown, perUsd: number | undefined): AdapterItem {
  const state = text(get(run, 'status'));
  const [status, detail] = translateStatus(state, STATUSES);
  const env = get(run, 'env');
  const computeCents = num(get(run, 'costInCents'));
  const baseCents = num(get(run, 'baseCostInCents'));
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of entries(get(run, 'metadata'))) metadata[`metadata.${key}`] = value;
  const user = get(env, 'user');
  // Summed in cents, then converted: cents are what Trigger.dev counts in.
  const usd =
    computeCents === undefined && baseCents === undefined ? undefined : ((computeCents ?? 0) + (baseCents ?? 0)) / 100;
  const item: AdapterItem = {
    id: prefixed('trigger', get(run, 'id')),
    kind: 'ambient',
    title: text(get(run, 'taskIdentifier')) ?? '',
    source: 'trigger_dev',
    status,
    statusDetail: detail,
    errorCode: state && CODES.has(state) ? state : undefined,
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
      cost_usd: usd,
      ...metadata,
    }),
  };
  if (usd !== undefined && perUsd !== undefined) {
    const credits = (cents: number | undefined) => (cents === undefined ? undefined : (cents / 100) * perUsd);
    item.credits = usd * perUsd;
    item.creditsBreakdown = { compute: credits(computeCents), platform: credits(baseCents) };
  }
  return item;
}

/**
 * Maps a Trigger.dev runs list (`runs.list()`: `{ data, pagination }`, or the runs its page iterator
 * yields) onto `parseAgentItems` input. The cost, `costInCents` (compute) plus `baseCostInCents` (the
 * invocation), is US dollars in `meta.cost_usd`, not credits: `credits` and `creditsBreakdown` are
 * given only with `options.creditsPerUsd`. `options.identities` gives creators the host's user ids.
 * The list carries no link to the run and no creator (only a development environment names its
 * user). Never throws.
 *
 * @example
 * const page = await runs.list({ limit: 50 });
 * const { items } = parseAgentItems(fromTriggerRuns(page));
 */
export function fromTriggerRuns(body: unknown, options?: TriggerAdapterOptions): AdapterItem[] {
  const perUsd = rate(options, 'creditsPerUsd');
  return adaptList(body, ['data'], (run) => adaptRun(run, perUsd), options);
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
