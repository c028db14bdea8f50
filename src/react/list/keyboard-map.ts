/** What a key pressed on a row does: move the focus to another row, open the row, or nothing. */
export type ListKeyAction = { move: number } | { open: true } | null;

/** Where the focused row is, how many rows there are and how many make a page. */
export interface ListKeyPosition {
  index: number;
  count: number;
  page: number;
}

/**
 * The list's keyboard map, as data: ↑/↓ move one row, Home/End jump to the first/last row,
 * PageUp/PageDown move a page, Enter and Space open the row. A target past either end is clamped,
 * so a held ArrowDown stops at the last row. Any other key does nothing, so the browser keeps it
 * (Tab leaves the list, letters reach the host's shortcuts).
 *
 * @example
 * ```ts
 * listKeyAction('PageDown', { index: 3, count: 100, page: 9 }); // { move: 12 }
 * listKeyAction('Enter', { index: 3, count: 100, page: 9 });    // { open: true }
 * listKeyAction('a', { index: 3, count: 100, page: 9 });        // null
 * ```
 */
export function listKeyAction(key: string, { index, count, page }: ListKeyPosition): ListKeyAction {
  if (key === 'Enter' || key === ' ') return { open: true };
  let target: number;
  switch (key) {
    case 'ArrowDown':
      target = index + 1;
      break;
    case 'ArrowUp':
      target = index - 1;
      break;
    case 'Home':
      target = 0;
      break;
    case 'End':
      target = count - 1;
      break;
    case 'PageDown':
      target = index + page;
      break;
    case 'PageUp':
      target = index - page;
      break;
    default:
      return null;
  }
  if (count <= 0) return null;
  return { move: Math.min(Math.max(target, 0), count - 1) };
}

/**
 * What a key does in the grid, the APG grid's map: a row is focused (`col` −1, "row mode") or one
 * of its cells (`col` 0…`cols`−1). ↑/↓, PageUp/PageDown keep the column; ↑ on the first row reaches
 * the header row (`header`: the column header to focus). →/← move between cells in reading order
 * (the caller swaps them in right-to-left text): → from the row enters its first cell, ← from the
 * first cell returns to the row. Home/End go to the first/last cell of the row (in row mode, the
 * first/last row); with Ctrl (⌘) to the first/last row. Enter and Space open (the caller decides
 * what a cell's Enter does). Targets clamp, so a held key stops at an edge.
 */
export type GridKeyAction = { move: number; col: number } | { header: number } | { open: true } | null;

/** Where focus is in the grid's body, for `gridKeyAction`. */
export interface GridKeyPosition extends ListKeyPosition {
  /** The focused cell's column (0-based), or −1 when the row itself is focused. */
  col: number;
  /** How many columns a row has. */
  cols: number;
  /** Ctrl or ⌘ is held. */
  ctrl?: boolean;
}

/**
 * @example
 * ```ts
 * gridKeyAction('ArrowRight', { index: 3, count: 100, page: 9, col: -1, cols: 7 }); // { move: 3, col: 0 }
 * gridKeyAction('ArrowUp', { index: 0, count: 100, page: 9, col: 2, cols: 7 });     // { header: 2 }
 * gridKeyAction('End', { index: 3, count: 100, page: 9, col: 2, cols: 7, ctrl: true }); // { move: 99, col: 2 }
 * ```
 */
export function gridKeyAction(key: string, position: GridKeyPosition): GridKeyAction {
  const { index, count, col, cols, ctrl = false } = position;
  if (count <= 0) return null;
  const last = cols - 1;
  const at = (row: number, column: number) => ({
    move: Math.min(Math.max(row, 0), count - 1),
    col: Math.min(Math.max(column, -1), last),
  });
  switch (key) {
    case 'ArrowRight':
      return cols > 0 ? at(index, Math.min(col + 1, last)) : null;
    case 'ArrowLeft':
      return col >= 0 ? at(index, col - 1) : null;
    case 'ArrowUp':
      return index === 0 ? { header: Math.max(col, 0) } : at(index - 1, col);
    case 'Home':
      return ctrl || col < 0 ? at(0, col) : at(index, 0);
    case 'End':
      return ctrl || col < 0 ? at(count - 1, col) : at(index, last);
    default: {
      const action = listKeyAction(key, position);
      if (action === null || 'open' in action) return action;
      return at(action.move, col);
    }
  }
}
