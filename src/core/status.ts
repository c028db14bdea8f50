import type { AgentStatus } from './types';

/** Display metadata of one status: its visible label and a one-sentence description (tooltips, legends). */
export interface StatusMeta {
  label: string;
  description: string;
}

/** The display statuses in their canonical order (summary, facets, legends). */
export const STATUS_ORDER: readonly AgentStatus[] = /* @__PURE__ */ Object.freeze([
  'working',
  'blocked',
  'canceled',
  'failed',
  'success',
]);

/**
 * Labels and descriptions of the five display statuses, in display order.
 *
 * @example
 * STATUS_META.failed.label // 'Failed'
 */
export const STATUS_META: Readonly<Record<AgentStatus, StatusMeta>> = /* @__PURE__ */ Object.freeze({
  working: { label: 'Working', description: 'The agent is queued or running right now.' },
  blocked: {
    label: 'Blocked',
    description: 'The agent is waiting on you or on a required step before it can continue.',
  },
  canceled: { label: 'Canceled', description: 'The run was stopped before it completed.' },
  failed: { label: 'Failed', description: 'Something went wrong and the run did not complete.' },
  success: { label: 'Success', description: 'The run completed successfully.' },
});

/** The default raw-status table (keys already normalised: lower case, `_` as the only separator). */
export const DEFAULT_STATUS_MAP: Readonly<Record<string, AgentStatus>> = /* @__PURE__ */ Object.freeze({
  queued: 'working',
  pending: 'working',
  claimed: 'working',
  in_progress: 'working',
  running: 'working',
  working: 'working',
  started: 'working',
  waiting_for_events: 'working',
  transient_error: 'working',
  blocked: 'blocked',
  waiting_for_input: 'blocked',
  needs_input: 'blocked',
  input_required: 'blocked',
  action_required: 'blocked',
  canceled: 'canceled',
  cancelled: 'canceled',
  aborted: 'canceled',
  stopped: 'canceled',
  failed: 'failed',
  failure: 'failed',
  error: 'failed',
  errored: 'failed',
  timed_out: 'failed',
  crashed: 'failed',
  success: 'success',
  succeeded: 'success',
  done: 'success',
  completed: 'success',
  finished: 'success',
});

const SEPARATORS = /[\s_\-.:/]+/g;
const EDGE_UNDERSCORES = /^_+|_+$/g;

/**
 * Normalises a raw status for lookup: lower case, any run of spaces, `-`, `_`, `.`, `:` or `/` becomes
 * one `_`, and leading/trailing separators go. Used for both raw statuses and `statusMap` keys.
 *
 * @example
 * normalizeStatusKey(' In-Progress ') // 'in_progress'
 */
export function normalizeStatusKey(raw: string): string {
  return String(raw).toLowerCase().replace(SEPARATORS, '_').replace(EDGE_UNDERSCORES, '');
}

const normalisedMaps = new WeakMap<object, Map<string, AgentStatus>>();
const STATUS_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(STATUS_ORDER);

function normaliseMap(statusMap: Record<string, AgentStatus>): Map<string, AgentStatus> {
  let map = normalisedMaps.get(statusMap);
  if (!map) {
    map = new Map();
    for (const key of Object.keys(statusMap)) {
      const value = statusMap[key];
      if (typeof value === 'string' && STATUS_SET.has(value)) map.set(normalizeStatusKey(key), value);
    }
    normalisedMaps.set(statusMap, map);
  }
  return map;
}

/**
 * Looks a raw status up: the host's `statusMap` first, then the default table. Returns `undefined` when
 * neither knows it (`mapStatus` then shows it as `failed`; `parseAgentItems` warns).
 *
 * @example
 * lookupStatus('IN_PROGRESS') // 'working'
 * lookupStatus('mystery') // undefined
 */
export function lookupStatus(raw: unknown, statusMap?: Record<string, AgentStatus>): AgentStatus | undefined {
  if (typeof raw !== 'string') return undefined;
  // Raw statuses repeat item after item: remember each one's answer (per statusMap, bounded; a
  // statusMap is treated as immutable, like the items).
  const custom = statusMap && typeof statusMap === 'object' ? statusMap : undefined;
  let memo = custom ? customMemos.get(custom) : defaultMemo;
  if (memo === undefined) {
    memo = new Map();
    customMemos.set(custom as object, memo);
  }
  const hit = memo.get(raw);
  if (hit !== undefined) return hit === null ? undefined : hit;
  const key = normalizeStatusKey(raw);
  let status: AgentStatus | undefined = custom ? normaliseMap(custom).get(key) : undefined;
  if (status === undefined && Object.prototype.hasOwnProperty.call(DEFAULT_STATUS_MAP, key))
    status = DEFAULT_STATUS_MAP[key];
  if (memo.size >= 10_000) memo.clear();
  memo.set(raw, status ?? null);
  return status;
}

const defaultMemo = new Map<string, AgentStatus | null>();
const customMemos = new WeakMap<object, Map<string, AgentStatus | null>>();

/**
 * Maps a raw host status onto the display set, case- and separator-insensitively (`In Progress`,
 * `in-progress` and `IN_PROGRESS` are all `working`). The host's `statusMap` extends or overrides the
 * default table; anything unrecognised is shown as `failed`, as Warp shows its Unknown state.
 *
 * @example
 * mapStatus('succeeded') // 'success'
 * mapStatus('paused', { paused: 'blocked' }) // 'blocked'
 * mapStatus('???') // 'failed'
 */
export function mapStatus(raw: string, statusMap?: Record<string, AgentStatus>): AgentStatus {
  return lookupStatus(raw, statusMap) ?? 'failed';
}

/**
 * Whether a value is one of the five display statuses.
 *
 * @example
 * isAgentStatus('failed') // true
 */
export function isAgentStatus(value: unknown): value is AgentStatus {
  return typeof value === 'string' && STATUS_SET.has(value);
}
