import type { AgentItem, AgentStatus } from './types';

/** How the sub-runs under one parent stand: every descendant, by status. */
export interface SubRunRollup {
  /** Sub-runs counted (children, their children, …). */
  total: number;
  byStatus: Record<AgentStatus, number>;
  /** How many of them failed. */
  failed: number;
  /** The parent succeeded while at least one sub-run failed: its own status hides a failure. */
  succeededWithFailures: boolean;
}

/** Sub-runs nested under their parents, over a list already filtered and sorted. */
export interface RunTree {
  /** The top-level rows, in the list's order: items without a parent in the list. */
  readonly roots: readonly AgentItem[];
  /** The sub-runs of an item that are in the list, in the list's order (empty when none). */
  childrenOf(id: string): readonly AgentItem[];
  /** How an item's sub-runs stand, or `undefined` when it has none. */
  rollupOf(id: string): SubRunRollup | undefined;
  /**
   * For a top-level row that is a sub-run of an item not in the list: that parent's title (from
   * `context`) or, unknown, its id. `undefined` for every other row.
   */
  missingParentOf(id: string): string | undefined;
}

/** One row the virtualiser draws: an item and where it sits in the tree (the treegrid's ARIA). */
export interface RunTreeRow {
  item: AgentItem;
  /** `aria-level`: 1 for a top-level row. */
  level: number;
  /** It has sub-runs in the list (its row shows the toggle). */
  hasChildren: boolean;
  /** Its sub-runs are shown. Always false without children. */
  expanded: boolean;
  /** `aria-posinset` / `aria-setsize` among its siblings. */
  posInSet: number;
  setSize: number;
  /** The id of the row it sits under, when it is nested. */
  parentId?: string;
}

export interface BuildRunTreeOptions {
  /**
   * Every item the view knows, filtered or not. Rollups count sub-runs from it (so a parent that
   * passes a Status filter still warns about a sub-run that failed and was filtered out), and a
   * sub-run whose parent is filtered out names that parent by its title. Default: the list itself.
   */
  context?: readonly AgentItem[];
}

const NO_ITEMS: readonly AgentItem[] = Object.freeze([]);

/** Parent index of each item in `items` (−1: none in the list), with cycles broken. */
function parentIndexes(items: readonly AgentItem[], indexOf: Map<string, number>): Int32Array {
  const n = items.length;
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const pid = items[i]!.parentId;
    if (pid === undefined || pid === items[i]!.id) continue;
    const p = indexOf.get(pid);
    if (p !== undefined) parent[i] = p;
  }
  // A cycle (a → b → a) would hide its items from every root: walk each chain once and cut the
  // link that closes a loop, so every item still shows exactly once.
  const state = new Uint8Array(n); // 0 unseen, 1 on the current path, 2 settled
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    let i = start;
    while (i !== -1 && state[i] === 0) {
      state[i] = 1;
      path.push(i);
      const p = parent[i]!;
      if (p !== -1 && state[p] === 1) {
        parent[i] = -1;
        break;
      }
      i = p;
    }
    for (const j of path) state[j] = 2;
    path.length = 0;
  }
  return parent;
}

/**
 * Nests sub-runs under their parents. `items` is the list as shown — already filtered and sorted —
 * and stays in that order at every level: top-level rows in the list's order, each parent's
 * sub-runs in the list's order under it. Filters apply to every row on its own: a parent that is
 * filtered out takes nothing with it, and its sub-runs that match show as top-level rows naming
 * their parent ("Sub-run of …"), exactly like a sub-run whose parent is not in the list at all; a
 * parent that matches shows only the sub-runs that match, while its rollup counts every sub-run in
 * `context`. A self-reference or a cycle of parents is cut so every item shows once. O(n).
 *
 * @example
 * const tree = buildRunTree(visibleItems, { context: allItems });
 * tree.roots;                       // top-level rows
 * tree.rollupOf('run_1');           // { total: 3, byStatus: { working: 2, failed: 1, … }, … }
 * flattenRunTree(tree, new Set(['run_1'])); // rows for the virtualiser
 */
export function buildRunTree(items: readonly AgentItem[], options: BuildRunTreeOptions = {}): RunTree {
  const n = items.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(items[i]!.id, i);
  const parent = parentIndexes(items, indexOf);

  // Children as one array grouped by parent (a counting sort keeps the list's order inside each group).
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (parent[i]! !== -1) start[parent[i]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const order = new Int32Array(start[n]!);
  const rootIndexes: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    if (p === -1) rootIndexes.push(i);
    else order[fill[p]!++] = i;
  }
  const roots = rootIndexes.map((i) => items[i]!);

  const childCache = new Map<number, readonly AgentItem[]>();
  const childrenAt = (i: number): readonly AgentItem[] => {
    const from = start[i]!;
    const to = start[i + 1]!;
    if (from === to) return NO_ITEMS;
    let list = childCache.get(i);
    if (!list) {
      const out: AgentItem[] = new Array<AgentItem>(to - from);
      for (let k = from; k < to; k++) out[k - from] = items[order[k]!]!;
      childCache.set(i, (list = out));
    }
    return list;
  };

  let rollups: Map<string, SubRunRollup> | undefined;
  const context = options.context;
  let contextById: Map<string, AgentItem> | undefined;
  const byId = (id: string) => {
    if (!context) {
      const i = indexOf.get(id);
      return i === undefined ? undefined : items[i];
    }
    if (!contextById) {
      contextById = new Map();
      for (const item of context) contextById.set(item.id, item);
    }
    return contextById.get(id);
  };

  const tree: RunTree = {
    roots,
    childrenOf: (id) => {
      const i = indexOf.get(id);
      return i === undefined ? NO_ITEMS : childrenAt(i);
    },
    // Counted on first use: a list without sub-runs, or one no row asks about, never pays for it.
    rollupOf: (id) => (rollups ??= context ? computeRollups(context) : computeRollups(items, indexOf, parent)).get(id),
    missingParentOf: (id) => {
      const i = indexOf.get(id);
      if (i === undefined || parent[i]! !== -1) return undefined;
      const pid = items[i]!.parentId;
      if (pid === undefined || pid === id || indexOf.has(pid)) return undefined;
      return byId(pid)?.title || pid;
    },
  };
  INTERNALS.set(tree, { items, start, order, rootIndexes });
  return tree;
}

interface TreeInternals {
  items: readonly AgentItem[];
  start: Int32Array;
  order: Int32Array;
  rootIndexes: readonly number[];
}

// What flattening reads: the grouped child indexes, kept out of the public shape.
const INTERNALS = /* @__PURE__ */ new WeakMap<RunTree, TreeInternals>();

const STATUS_CODE: Record<AgentStatus, number> = { working: 0, blocked: 1, canceled: 2, failed: 3, success: 4 };
const STATUSES: readonly AgentStatus[] = ['working', 'blocked', 'canceled', 'failed', 'success'];

/**
 * Every parent's descendants by status, in one bottom-up pass: each item adds its own status and
 * its descendants' counts to its parent, deepest first, so the cost is O(n) whatever the depth.
 */
function computeRollups(
  items: readonly AgentItem[],
  known?: Map<string, number>,
  knownParent?: Int32Array,
): Map<string, SubRunRollup> {
  const n = items.length;
  let indexOf = known;
  if (!indexOf) {
    indexOf = new Map();
    for (let i = 0; i < n; i++) indexOf.set(items[i]!.id, i);
  }
  const parent = knownParent ?? parentIndexes(items, indexOf);
  const depth = new Int32Array(n).fill(-1);
  let maxDepth = 0;
  for (let i = 0; i < n; i++) {
    // Walk up to a node of known depth, then write the depths back down the path.
    let j = i;
    let steps = 0;
    while (j !== -1 && depth[j]! === -1) {
      j = parent[j]!;
      steps++;
    }
    let d = (j === -1 ? -1 : depth[j]!) + steps;
    for (let k = i; k !== j; k = parent[k]!) depth[k] = d--;
    if (depth[i]! > maxDepth) maxDepth = depth[i]!;
  }
  const byDepth: number[][] = Array.from({ length: maxDepth + 1 }, () => []);
  for (let i = 0; i < n; i++) byDepth[depth[i]!]!.push(i);
  const counts = new Int32Array(n * 5);
  const totals = new Int32Array(n);
  for (let d = maxDepth; d >= 1; d--) {
    for (const i of byDepth[d]!) {
      const p = parent[i]!;
      counts[p * 5 + STATUS_CODE[items[i]!.status]!]!++;
      for (let s = 0; s < 5; s++) counts[p * 5 + s]! += counts[i * 5 + s]!;
      totals[p]! += totals[i]! + 1;
    }
  }
  const out = new Map<string, SubRunRollup>();
  for (let i = 0; i < n; i++) {
    if (totals[i]! === 0) continue;
    const byStatus = {} as Record<AgentStatus, number>;
    for (let s = 0; s < 5; s++) byStatus[STATUSES[s]!] = counts[i * 5 + s]!;
    out.set(items[i]!.id, {
      total: totals[i]!,
      byStatus,
      failed: byStatus.failed,
      succeededWithFailures: items[i]!.status === 'success' && byStatus.failed > 0,
    });
  }
  return out;
}

/**
 * The rows to draw, in order: each top-level row, and under every expanded parent its sub-runs
 * (recursively, for expanded sub-runs), each with its level, whether it has sub-runs and is
 * expanded, and its position among its siblings. A collapsed parent's sub-runs are skipped
 * without being visited, so the cost follows the rows drawn.
 *
 * @example
 * const rows = flattenRunTree(buildRunTree(items), expandedIds);
 * rows[0]; // { item, level: 1, hasChildren: true, expanded: true, posInSet: 1, setSize: 40 }
 */
export function flattenRunTree(tree: RunTree, expanded: ReadonlySet<string>): RunTreeRow[] {
  const internals = INTERNALS.get(tree);
  if (!internals) throw new TypeError('flattenRunTree takes a tree made by buildRunTree');
  const { items, start, order, rootIndexes } = internals;
  const rows: RunTreeRow[] = [];
  const push = (i: number, level: number, posInSet: number, setSize: number, parentId: string | undefined) => {
    const item = items[i]!;
    const hasChildren = start[i + 1]! > start[i]!;
    const open = hasChildren && expanded.size > 0 && expanded.has(item.id);
    const row: RunTreeRow = { item, level, hasChildren, expanded: open, posInSet, setSize };
    if (parentId !== undefined) row.parentId = parentId;
    rows.push(row);
    if (open) {
      const from = start[i]!;
      const size = start[i + 1]! - from;
      for (let k = 0; k < size; k++) push(order[from + k]!, level + 1, k + 1, size, item.id);
    }
  };
  const rootCount = rootIndexes.length;
  for (let r = 0; r < rootCount; r++) push(rootIndexes[r]!, 1, r + 1, rootCount, undefined);
  return rows;
}

/**
 * Index of the row a nested row sits under in flattened rows: the nearest row above it one level
 * up (−1 for a top-level row).
 *
 * @example
 * parentRowIndex(flattenRunTree(tree, new Set(['p'])), 1); // 0: the parent `p` above its first sub-run
 */
export function parentRowIndex(rows: readonly RunTreeRow[], index: number): number {
  const row = rows[index];
  if (!row) return -1;
  const level = row.level;
  for (let i = index - 1; i >= 0; i--) if (rows[i]!.level < level) return i;
  return -1;
}
