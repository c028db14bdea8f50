import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  EMPTY_SELECTION,
  getSelectionState,
  isSelected as isIn,
  prune,
  selectAllMatching as allMatching,
  selectRange,
  toggle as toggleOne,
  toggleAll as toggleEvery,
  type AgentSelection,
  type SelectionState,
} from '../../core/selection';
import { useControllableState } from '../hooks';

export interface UseAgentSelectionOptions {
  /** The selection (controlled). */
  selection?: AgentSelection | undefined;
  defaultSelection?: AgentSelection | undefined;
  onSelectionChange?: ((selection: AgentSelection) => void) | undefined;
  /** The loaded rows in the list's current order (ranges follow it; sorting never changes what is selected). */
  orderedIds: readonly string[];
  /**
   * The ids still in the list; selected ids missing from it drop out. `undefined` while loading, so a
   * selection is not pruned against a list that has not arrived yet. Defaults to `orderedIds`.
   */
  presentIds?: readonly string[] | undefined;
  /** The data source's count of all matching items (for "all matching"). */
  total?: number | undefined;
}

export interface AgentSelectionApi extends SelectionState {
  selection: AgentSelection;
  isSelected: (id: string) => boolean;
  /**
   * A checkbox or `x`: toggles `id`; with `range` (Shift+click) selects from the last toggled row to
   * it, in `orderedIds` (the list passes the order it shows, which may be sorted differently).
   */
  toggle: (id: string, options?: { range?: boolean; orderedIds?: readonly string[] }) => void;
  /** The header checkbox ("Select all"): every row of `orderedIds` (default: the hook's). */
  toggleAll: (orderedIds?: readonly string[]) => void;
  selectAllMatching: () => void;
  clear: () => void;
  /** The ids the last prune dropped (for a polite "2 selected runs left the list"); empty otherwise. */
  pruned: readonly string[];
}

/**
 * The selection of a list, controlled (`selection` / `onSelectionChange`) or not (`defaultSelection`),
 * by id — so it survives sorting and live updates — or as "all matching". Selected ids that leave the
 * list drop out and are reported in `pruned`.
 *
 * @example
 * ```tsx
 * const sel = useAgentSelection({ orderedIds: rows.map((r) => r.id), total });
 * <input type="checkbox" aria-label={`Select ${row.title}`} checked={sel.isSelected(row.id)}
 *   onChange={(e) => sel.toggle(row.id, { range: (e.nativeEvent as MouseEvent).shiftKey })} />
 * ```
 */
export function useAgentSelection(options: UseAgentSelectionOptions): AgentSelectionApi {
  const { orderedIds, total } = options;
  const presentIds = 'presentIds' in options ? options.presentIds : orderedIds;
  const [selection, setSelection] = useControllableState<AgentSelection>({
    prop: options.selection,
    defaultProp: options.defaultSelection ?? EMPTY_SELECTION,
    onChange: options.onSelectionChange,
    name: 'useAgentSelection.selection',
  });
  const [pruned, setPruned] = useState<readonly string[]>(EMPTY_SELECTION);
  const anchor = useRef<string | null>(null);
  const order = useRef(orderedIds);
  useEffect(() => {
    order.current = orderedIds;
  }, [orderedIds]);

  // Built once per list, not once per checked row (a prune runs on every selection change).
  const present = useMemo(() => (presentIds === undefined ? undefined : new Set(presentIds)), [presentIds]);
  useEffect(() => {
    if (present === undefined) return;
    const result = prune(selection, present);
    if (result.removed.length > 0) {
      setSelection(result.selection);
      setPruned(result.removed);
    }
  }, [present, selection, setSelection]);

  const toggle = useCallback(
    (id: string, opts?: { range?: boolean; orderedIds?: readonly string[] }) => {
      const from = anchor.current;
      const ids = opts?.orderedIds ?? order.current;
      setSelection((prev) => (opts?.range ? selectRange(prev, from, id, ids) : toggleOne(prev, id)));
      anchor.current = id;
    },
    [setSelection],
  );
  const toggleAll = useCallback(
    (orderedIds?: readonly string[]) => setSelection((prev) => toggleEvery(prev, orderedIds ?? order.current)),
    [setSelection],
  );
  const selectAllMatching = useCallback(() => setSelection(allMatching()), [setSelection]);
  const clear = useCallback(() => {
    anchor.current = null;
    setSelection(EMPTY_SELECTION);
  }, [setSelection]);
  const state = useMemo(() => getSelectionState(selection, orderedIds, total), [selection, orderedIds, total]);
  const isSelected = useCallback((id: string) => isIn(selection, id), [selection]);
  return { selection, ...state, isSelected, toggle, toggleAll, selectAllMatching, clear, pruned };
}
