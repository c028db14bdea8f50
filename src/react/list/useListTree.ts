import { useCallback, useEffect, useMemo } from 'react';
import { buildRunTree, flattenRunTree, type RunTree, type RunTreeRow } from '../../core/tree';
import type { AgentItem } from '../../core/types';
import { useExpandedRuns } from '../sub-runs';

export interface ListTreeOptions {
  /** The list's items, sorted: the tree keeps this order at every level. */
  sorted: readonly AgentItem[];
  /** `buildRunTree`'s `context` (every item the host knows); `undefined` = the list itself. */
  context: readonly AgentItem[] | undefined;
  /** The unsorted items: scanned for a `parentId` (so is `context`). */
  items: readonly AgentItem[];
  /** `nestSubRuns`. */
  enabled: boolean;
  /** Told the rows in display order after each change (for the host's `j` / `k`). */
  onRowsChange?: ((rows: readonly AgentItem[]) => void) | undefined;
}

export interface ListTree {
  /** The rows in display order: what the virtualiser, focus, selection ranges and events index into. */
  rows: readonly AgentItem[];
  /** Each row's place in the tree, by index; `null` when no row nests (a flat grid). */
  treeRows: readonly RunTreeRow[] | null;
  /** Rollups and missing parents; `null` when no item the host knows is a sub-run. */
  tree: RunTree | null;
  expanded: ReadonlySet<string>;
  setExpanded: (id: string, open: boolean) => void;
  /**
   * Expands every collapsed parent above `id` in the list, so its row shows; `true` when it opened
   * any (the row shows after the next render). O(n): for a change of the current item, not a render.
   */
  reveal: (id: string) => boolean;
}

function hasSubRun(items: readonly AgentItem[]): boolean {
  for (let i = 0; i < items.length; i++) if (typeof items[i]!.parentId === 'string') return true;
  return false;
}

/**
 * The list's rows with sub-runs nested under their parents: the tree is built once per change of
 * the sorted items or the context (and not at all when no item is a sub-run, so a flat list of
 * 100,000 keeps `sorted` itself as its rows), flattened once per change of it or of the expanded set.
 * The expanded set is by id, so it survives sorting and live updates. `onRowsChange` hears the rows
 * after each change (an effect: it never re-renders anything).
 *
 * @example
 * const { rows, treeRows, tree, setExpanded } = useListTree({ sorted, context, items, enabled: true });
 */
export function useListTree({ sorted, context, items, enabled, onRowsChange }: ListTreeOptions): ListTree {
  const { expanded, setExpanded } = useExpandedRuns();
  const anySubRun = useMemo(
    () => enabled && (hasSubRun(items) || (context !== undefined && hasSubRun(context))),
    [enabled, items, context],
  );
  const tree = useMemo(
    () => (anySubRun ? buildRunTree(sorted, context ? { context } : {}) : null),
    [anySubRun, sorted, context],
  );
  // Only a tree where something nests changes the rows; sub-runs of missing parents stay a flat grid.
  const nests = tree !== null && tree.roots.length < sorted.length;
  const treeRows = useMemo(() => (tree && nests ? flattenRunTree(tree, expanded) : null), [tree, nests, expanded]);
  const rows = useMemo(() => (treeRows ? treeRows.map((row) => row.item) : sorted), [treeRows, sorted]);
  useEffect(() => {
    onRowsChange?.(rows);
  }, [rows, onRowsChange]);

  const reveal = useCallback(
    (id: string): boolean => {
      if (!tree || !nests) return false;
      const byId = new Map<string, AgentItem>();
      for (const item of sorted) byId.set(item.id, item);
      let item = byId.get(id);
      const seen = new Set<string>([id]);
      let opened = false;
      while (item && typeof item.parentId === 'string' && !seen.has(item.parentId)) {
        const parent = byId.get(item.parentId);
        if (!parent) break;
        seen.add(parent.id);
        if (!expanded.has(parent.id)) {
          setExpanded(parent.id, true);
          opened = true;
        }
        item = parent;
      }
      return opened;
    },
    [tree, nests, sorted, expanded, setExpanded],
  );

  return { rows, treeRows, tree, expanded, setExpanded, reveal };
}
