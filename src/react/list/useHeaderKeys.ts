import type { FocusEvent, KeyboardEvent } from 'react';
import { headerFocusTarget } from './useRovingFocus';

export interface HeaderKeysOptions {
  /** How many rows the grid has (↓ from the header goes to the first one). */
  count: number;
  /** How many columns the grid has. */
  columnCount: number;
  /** Row `index`, its cell in column `col`. */
  moveTo: (index: number, col?: number) => void;
  moveToHeader: (col: number) => void;
  noteHeaderFocused: (col: number) => void;
}

/** The column header (0-based) an event happened in, `null` outside the header row's cells. */
function headerColumn(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const header = target.closest('[role="columnheader"][aria-colindex]');
  if (!header || headerFocusTarget(header) !== target) return null;
  return Number(header.getAttribute('aria-colindex')) - 1;
}

/**
 * The header row of the grid as one more row of the roving tab stop: ←/→ between column headers
 * (mirrored in right-to-left text), Home/End to the ends, ↓ or PageDown to the first row, and focus
 * on a header's control makes it the tab stop.
 *
 * @example
 * ```tsx
 * const header = useHeaderKeys({ count, columnCount, moveTo, moveToHeader, noteHeaderFocused });
 * <ListHeader onKeyDown={header.onKeyDown} onFocus={header.onFocus} … />
 * ```
 */
export function useHeaderKeys(options: HeaderKeysOptions) {
  const { count, columnCount, moveTo, moveToHeader, noteHeaderFocused } = options;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const col = headerColumn(event.target);
    if (col === null || event.altKey || event.shiftKey) return;
    const rtl = getComputedStyle(event.target as Element).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (event.key === 'ArrowDown' || event.key === 'PageDown') {
      if (count === 0) return;
      event.preventDefault();
      moveTo(0, col);
      return;
    } else if (event.key === forward) next = Math.min(col + 1, columnCount - 1);
    else if (event.key === back) next = Math.max(col - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = columnCount - 1;
    else return;
    event.preventDefault();
    moveToHeader(next);
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>): void => {
    const col = headerColumn(event.target);
    if (col !== null) noteHeaderFocused(col);
  };

  return { onKeyDown, onFocus };
}
