import type { AgentItem } from './types';

/** Where a filtered array came from: the array it was filtered from, and each element's index there. */
export interface Subset {
  source: readonly AgentItem[];
  indices: Int32Array;
}

const subsets = new WeakMap<readonly AgentItem[], Subset>();

/** Records that `out[k] === source[indices[k]]` (called by `filterAgentItems`). */
export function recordSubset(out: readonly AgentItem[], source: readonly AgentItem[], indices: Int32Array): void {
  subsets.set(out, { source, indices });
}

/**
 * The provenance of an array returned by `filterAgentItems`, if it still holds exactly the items it
 * was returned with (checked by identity, so an array changed in place is not trusted). Consumers use
 * it to reuse work done once over the source — a sort order, a column index — in O(subset) time.
 *
 * @example
 * const sub = getSubset(visibleItems); // { source: items, indices } | undefined
 */
export function getSubset(items: readonly AgentItem[]): Subset | undefined {
  const sub = subsets.get(items);
  if (sub === undefined) return undefined;
  const { source, indices } = sub;
  const n = indices.length;
  if (items.length !== n) return undefined;
  for (let k = 0; k < n; k++) if (source[indices[k] as number] !== items[k]) return undefined;
  return sub;
}
