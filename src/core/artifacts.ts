import type { AgentArtifactType, PullRequestState } from './types';

/** Every artifact type, in the order the view lists them (the "Has artifact" filter, the details). */
export const ARTIFACT_TYPES = [
  'pull_request',
  'branch',
  'plan',
  'screenshot',
  'file',
  'link',
] as const satisfies readonly AgentArtifactType[];

/** Every pull request state, from the earliest to the last. */
export const PULL_REQUEST_STATES = ['draft', 'open', 'merged', 'closed'] as const satisfies readonly PullRequestState[];

/** The permission flags an item may carry, one per action that can be gated. */
export const PERMISSION_KEYS = ['cancel', 'retry', 'delete', 'archive', 'share', 'rename', 'forkLocally'] as const;

/** The parts of a credits breakdown. */
export const CREDIT_PARTS = ['inference', 'compute', 'platform'] as const;

/** The fields of one artifact that parsing reads; anything else a host sends on an artifact is ignored. */
export const ARTIFACT_FIELDS = ['type', 'url', 'title', 'state', 'branch'] as const;

const TYPE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(ARTIFACT_TYPES);
const STATE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(PULL_REQUEST_STATES);

/**
 * Whether a value is one of the artifact types.
 *
 * @example
 * isArtifactType('pull_request') // true
 * isArtifactType('video') // false
 */
export function isArtifactType(value: unknown): value is AgentArtifactType {
  return typeof value === 'string' && TYPE_SET.has(value);
}

/**
 * Whether a value is one of the pull request states.
 *
 * @example
 * isPullRequestState('merged') // true
 */
export function isPullRequestState(value: unknown): value is PullRequestState {
  return typeof value === 'string' && STATE_SET.has(value);
}

/** Marks an artifact that was not an object, removed after a repair round (indices stay valid during it). */
export const DROPPED_ARTIFACT = /* @__PURE__ */ Symbol('dropped artifact');

/**
 * Repairs the artifact an issue points at, in place, and says how (the end of the warning), or
 * returns `undefined` when nothing changed. An artifact is never dropped for a bad optional field:
 * an unknown type or an unsafe URL keeps it as a plain link without its URL; a bad title, state or
 * branch loses that field only. Only a value that is not an object at all is removed.
 *
 * @example
 * const list = [{ type: 'video', url: 'https://x/v.mp4', title: 'Demo' }];
 * repairArtifact(list, 0, 'type') // '; kept as a link without its URL' — list[0] is { type: 'link', title: 'Demo' }
 */
export function repairArtifact(list: unknown[], index: number, key: PropertyKey | undefined): string | undefined {
  const artifact = list[index];
  if (artifact === DROPPED_ARTIFACT) return undefined;
  if (typeof artifact !== 'object' || artifact === null || Array.isArray(artifact) || key === undefined) {
    list[index] = DROPPED_ARTIFACT;
    return '; dropped';
  }
  const record = artifact as Record<string, unknown>;
  if (key === 'type') {
    if (record.type === 'link' && record.url === undefined) return undefined;
    record.type = 'link';
    delete record.url;
    return '; kept as a link without its URL';
  }
  if (typeof key === 'string' && key in record) {
    delete record[key];
    return key === 'url' ? '; kept without its link' : '; dropped';
  }
  return undefined;
}
