/**
 * "Every item that matches the current tab and filters", minus the ones the reader deselected since.
 * It names a query, not ids: a bulk action on it goes to the data source as a `match`.
 */
export interface AgentMatchingSelection {
  readonly matching: true;
  readonly except: readonly string[];
}

/**
 * Which items are selected: a plain list of ids (in the order they were selected), or every item
 * matching the current query (`{ matching: true, except }`).
 */
export type AgentSelection = readonly string[] | AgentMatchingSelection;

/** Nothing selected. One shared constant, so an empty selection keeps its identity. */
export const EMPTY_SELECTION: readonly string[] = [];

/** Whether a selection is the "all matching" shape. */
export function isMatchingSelection(selection: AgentSelection): selection is AgentMatchingSelection {
  return !Array.isArray(selection);
}

// A selection is immutable, so its lookup set can be built once per value.
const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
function setOf(ids: readonly string[]): ReadonlySet<string> {
  let set = sets.get(ids);
  if (set === undefined) {
    set = new Set(ids);
    sets.set(ids, set);
  }
  return set;
}

/**
 * Whether `id` is selected.
 *
 * @example
 * isSelected(['a', 'b'], 'b') // true
 * isSelected({ matching: true, except: ['b'] }, 'b') // false
 */
export function isSelected(selection: AgentSelection, id: string): boolean {
  return isMatchingSelection(selection) ? !setOf(selection.except).has(id) : setOf(selection).has(id);
}

function without(ids: readonly string[], drop: ReadonlySet<string>): readonly string[] {
  const out = ids.filter((id) => !drop.has(id));
  return out.length === ids.length ? ids : out.length === 0 ? EMPTY_SELECTION : out;
}

// Linear in both lists ("Select all" over 100,000 rows once took minutes with an `indexOf` per id).
function withAll(ids: readonly string[], add: readonly string[]): readonly string[] {
  if (ids.length === 0) {
    // From nothing ("Select all" on a fresh list): the rows' ids themselves, once each.
    const set = new Set(add);
    if (set.size === 0) return EMPTY_SELECTION;
    const out = set.size === add.length ? add : [...set];
    sets.set(out, set);
    return out;
  }
  const known = setOf(ids);
  let have: Set<string> | null = null;
  const extra: string[] = [];
  for (const id of add) {
    if (known.has(id) || have?.has(id)) continue;
    (have ??= new Set(known)).add(id);
    extra.push(id);
  }
  if (extra.length === 0) return ids;
  const out = [...ids, ...extra];
  sets.set(out, have!);
  return out;
}

/**
 * Selects `id` if it was not selected, deselects it otherwise (in "all matching", it joins or leaves
 * `except`).
 *
 * @example
 * toggle(['a'], 'b') // ['a', 'b']
 * toggle(['a', 'b'], 'a') // ['b']
 */
export function toggle(selection: AgentSelection, id: string): AgentSelection {
  if (isMatchingSelection(selection)) {
    const except = isSelected(selection, id)
      ? withAll(selection.except, [id])
      : without(selection.except, new Set([id]));
    return { matching: true, except };
  }
  return isSelected(selection, id) ? without(selection, new Set([id])) : withAll(selection, [id]);
}

/**
 * Shift+click: selects every id from `anchor` to `id` in the list's current order, both included,
 * keeping what was selected already. Without an anchor in the list it selects `id` alone.
 *
 * @example
 * selectRange(['a'], 'a', 'c', ['a', 'b', 'c', 'd']) // ['a', 'b', 'c']
 */
export function selectRange(
  selection: AgentSelection,
  anchor: string | null | undefined,
  id: string,
  orderedIds: readonly string[],
): AgentSelection {
  const to = orderedIds.indexOf(id);
  const from = anchor == null ? -1 : orderedIds.indexOf(anchor);
  const range = to < 0 ? [id] : from < 0 ? [id] : orderedIds.slice(Math.min(from, to), Math.max(from, to) + 1);
  if (isMatchingSelection(selection)) return { matching: true, except: without(selection.except, new Set(range)) };
  return withAll(selection, range);
}

/**
 * The header checkbox: selects every id of `orderedIds` (the loaded rows) if any of them is not
 * selected, deselects them all otherwise.
 *
 * @example
 * toggleAll(['a'], ['a', 'b']) // ['a', 'b']
 * toggleAll(['a', 'b'], ['a', 'b']) // []
 */
export function toggleAll(selection: AgentSelection, orderedIds: readonly string[]): AgentSelection {
  const state = getSelectionState(selection, orderedIds);
  if (state.allSelected) {
    return isMatchingSelection(selection) ? EMPTY_SELECTION : without(selection, new Set(orderedIds));
  }
  if (isMatchingSelection(selection)) return { matching: true, except: without(selection.except, new Set(orderedIds)) };
  return withAll(selection, orderedIds);
}

/**
 * "Select all {total} matching": every item of the query, none excepted.
 *
 * @example
 * selectAllMatching() // { matching: true, except: [] }
 */
export function selectAllMatching(): AgentMatchingSelection {
  return { matching: true, except: EMPTY_SELECTION };
}

/** Clears the selection. @example clear() // [] */
export function clear(): readonly string[] {
  return EMPTY_SELECTION;
}

/** What `prune` kept and which ids dropped out. */
export interface PruneResult {
  /** The same value when nothing dropped out. */
  selection: AgentSelection;
  removed: string[];
}

/**
 * Drops the selected ids that are no longer in the list (removed by a live update or an action), so
 * a bulk action never reaches an item the reader can no longer see. "All matching" is a query and
 * stays as it is.
 *
 * @example
 * prune(['a', 'b'], ['b', 'c']) // { selection: ['b'], removed: ['a'] }
 */
export function prune(selection: AgentSelection, presentIds: Iterable<string>): PruneResult {
  if (isMatchingSelection(selection) || selection.length === 0) return { selection, removed: [] };
  const present = presentIds instanceof Set ? (presentIds as ReadonlySet<string>) : new Set(presentIds);
  const removed = selection.filter((id) => !present.has(id));
  if (removed.length === 0) return { selection, removed };
  return { selection: without(selection, new Set(removed)), removed };
}

/** What the header checkbox and the bulk toolbar show. */
export interface SelectionState {
  /** How many are selected: the ids, or `total − except` for "all matching" (`undefined` without a total). */
  count: number | undefined;
  /** Any of `orderedIds` selected, but not all: the header checkbox is indeterminate. */
  someSelected: boolean;
  /** Every one of `orderedIds` selected (and there is at least one). */
  allSelected: boolean;
}

/**
 * The derived state of a selection over the loaded rows `orderedIds`; `total` is the data source's
 * count of all matching items.
 *
 * @example
 * getSelectionState(['a'], ['a', 'b']) // { count: 1, someSelected: true, allSelected: false }
 */
export function getSelectionState(
  selection: AgentSelection,
  orderedIds: readonly string[],
  total?: number,
): SelectionState {
  let selected = 0;
  if (isMatchingSelection(selection)) {
    const except = setOf(selection.except);
    for (const id of orderedIds) if (!except.has(id)) selected++;
  } else if (selection.length > 0) {
    // One checked row among 100,000 costs the selection's length, not the list's: the rows' lookup
    // set is built once per `orderedIds` array.
    const rows = setOf(orderedIds);
    for (const id of setOf(selection)) if (rows.has(id)) selected++;
  }
  const allSelected = orderedIds.length > 0 && selected === orderedIds.length;
  const count = isMatchingSelection(selection)
    ? total === undefined
      ? undefined
      : Math.max(0, total - selection.except.length)
    : selection.length;
  return { count, someSelected: selected > 0 && !allSelected, allSelected };
}

/**
 * The selected ids among `orderedIds`, in list order (for "all matching", the loaded rows not excepted).
 *
 * @example
 * selectedIn({ matching: true, except: ['b'] }, ['a', 'b', 'c']) // ['a', 'c']
 */
export function selectedIn(selection: AgentSelection, orderedIds: readonly string[]): string[] {
  return orderedIds.filter((id) => isSelected(selection, id));
}
