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
