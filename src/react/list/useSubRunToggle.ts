import { useCallback, useRef, type RefObject } from 'react';
import { parentRowIndex, type RunTreeRow } from '../../core/tree';
import type { AgentItem } from '../../core/types';

export interface SubRunToggleOptions {
  /** Each row's place among the sub-runs, by index (`null`: a flat grid). */
  treeRows: readonly RunTreeRow[] | null;
  /** The row that holds the tab stop. */
  activeIndex: number;
  moveTo: (index: number) => void;
  noteFocused: (index: number, item: AgentItem) => void;
  /** Opens or closes a parent's sub-runs in the list's tree state. */
  setExpanded: (id: string, open: boolean) => void;
  bodyRef: RefObject<HTMLDivElement | null>;
}

/**
 * The one stable handler that opens or closes a parent's sub-runs (cells get it through the list's
 * render context, which must not change while rows stay still). When closing hides the row that
 * holds the tab stop, the tab stop moves to the parent — and focus with it when it was in the grid —
 * so it never stays on a row that is gone.
 *
 * @example
 * ```ts
 * const setSubRunsExpanded = useSubRunToggle({ treeRows, activeIndex, moveTo, noteFocused, setExpanded, bodyRef });
 * setSubRunsExpanded('run_1', false); // a focused sub-run of run_1 hands focus to run_1's row
 * ```
 */
export function useSubRunToggle(options: SubRunToggleOptions): (id: string, open: boolean) => void {
  const { setExpanded, bodyRef } = options;
  // Read when the handler runs, so the handler itself never changes.
  const latest = useRef(options);
  latest.current = options;
  return useCallback(
    (id: string, open: boolean): void => {
      const now = latest.current;
      const tree = now.treeRows;
      let at = open || !tree ? -1 : now.activeIndex;
      while (at >= 0 && tree && tree[at]!.item.id !== id) at = parentRowIndex(tree, at);
      setExpanded(id, open);
      if (at < 0 || at === now.activeIndex || !tree) return;
      // Rows above the parent do not move, so its index stays the same once its sub-runs are gone.
      const active = typeof document === 'undefined' ? null : document.activeElement;
      if (active && bodyRef.current?.contains(active)) now.moveTo(at);
      else now.noteFocused(at, tree[at]!.item);
    },
    [setExpanded, bodyRef],
  );
}
