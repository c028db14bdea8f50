import { useCallback, useState, type KeyboardEvent } from 'react';
import type { RunTreeRow } from '../../core/tree';
import { treeKeyAction } from './tree-keys';

export interface UseSubRunKeysOptions {
  /** Opens or closes a parent's sub-runs. */
  setExpanded: (id: string, expanded: boolean) => void;
  /** Moves focus to another row (the list's roving focus). */
  focusRow: (id: string) => void;
}

/**
 * The → / ← keys of a tree row, as a `keydown` handler the list puts on its rows: → expands a
 * collapsed parent (then moves into its first sub-run), ← collapses an open parent (or moves to
 * the parent of a sub-run). Handled keys are stopped; every other key goes on to the row's own
 * handler. Modified keys (Alt, Ctrl, Meta, Shift) are left alone.
 *
 * @example
 * ```tsx
 * const onTreeKey = useSubRunKeys({ setExpanded, focusRow });
 * <div role="row" aria-level={row.level} onKeyDown={(e) => onTreeKey(e, row, rows[index + 1]?.item.id)} />
 * ```
 */
export function useSubRunKeys({ setExpanded, focusRow }: UseSubRunKeysOptions) {
  return useCallback(
    (event: KeyboardEvent, row: RunTreeRow, nextRowId?: string) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Once a parent is open, the row drawn right after it is its first sub-run.
      const action = treeKeyAction(row, event.key, row.expanded ? nextRowId : undefined);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      if (action.type === 'focus') focusRow(action.id);
      else setExpanded(action.id, action.type === 'expand');
    },
    [setExpanded, focusRow],
  );
}

/**
 * The set of parents whose sub-runs show, and stable functions to change it: what
 * `flattenRunTree` takes.
 *
 * @example
 * const { expanded, setExpanded, toggle } = useExpandedRuns();
 * const rows = useMemo(() => flattenRunTree(tree, expanded), [tree, expanded]);
 */
export function useExpandedRuns(initial?: Iterable<string>) {
  const [expanded, setSet] = useState<ReadonlySet<string>>(() => new Set(initial));
  const setExpanded = useCallback((id: string, open: boolean) => {
    setSet((prev) => {
      if (prev.has(id) === open) return prev;
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const toggle = useCallback((id: string) => {
    setSet((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  return { expanded, setExpanded, toggle };
}
