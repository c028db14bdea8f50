import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { toId } from '../../core/ids';
import type { AgentItem } from '../../core/types';

/** A row's identity for focus: its id as a string (`''` when it has none), `null` for no row. */
export function rowKeyOf(item: AgentItem | undefined): string | null {
  return item ? (toId(item.id) ?? '') : null;
}

/** What a column header's focus lands on: its control (sort button, "Select all"), else the header. */
export function headerFocusTarget(header: Element): HTMLElement | null {
  return header.querySelector<HTMLElement>('button, input') ?? (header instanceof HTMLElement ? header : null);
}

/** The cell of `row` in column `col` (0-based), `null` when it has none. */
export function cellOf(row: Element, col: number): HTMLElement | null {
  return row.querySelector<HTMLElement>(`:scope > [aria-colindex="${col + 1}"]`);
}

type Pending = { row: number; col: number } | { header: number } | null;

/**
 * The grid's single tab stop, as the APG grid has it: a row (`activeCol` −1), one of its cells
 * (`activeCol` 0…), or a column header (`headCol`, once the reader went up to the header row; the
 * header holds it also while there are no rows). It follows the focused item by id, so re-sorting
 * or new items keep focus on the same run; when that item is gone, it stays at the same position
 * (clamped). `moveTo` makes another row (or cell) the tab stop and focuses it once it is rendered
 * (`scrollTo` brings it into the window first); `moveToHeader` focuses a column header.
 *
 * @example
 * ```tsx
 * const focus = useRovingFocus(sorted, bodyRef, headRef, (i) => virtualizer.scrollToIndex(i));
 * focus.moveTo(focus.activeIndex + 1); // the next row, same column
 * focus.moveToHeader(2);
 * ```
 */
export function useRovingFocus(
  sorted: readonly AgentItem[],
  bodyRef: RefObject<HTMLDivElement | null>,
  headRef: RefObject<HTMLDivElement | null>,
  scrollTo: (index: number) => void,
) {
  const count = sorted.length;
  const [active, setActive] = useState<{ key: string | null; index: number; col: number; head: number | null }>({
    key: null,
    index: 0,
    col: -1,
    head: null,
  });
  const activeIndex = useMemo(() => {
    if (count === 0) return -1;
    if (active.key !== null) {
      const found = sorted.findIndex((item) => rowKeyOf(item) === active.key);
      if (found >= 0) return found;
    }
    return Math.min(Math.max(active.index, 0), count - 1);
  }, [sorted, count, active]);
  // No rows: the header is the grid's way in (its first column), whatever was focused before.
  const headCol = count === 0 ? (active.head ?? 0) : active.head;

  const pendingFocus = useRef<Pending>(null);
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (pending === null) return;
    let target: HTMLElement | null;
    if ('header' in pending) {
      const header = headRef.current?.querySelector(`[role="columnheader"][aria-colindex="${pending.header + 1}"]`);
      target = header ? headerFocusTarget(header) : null;
    } else {
      const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${pending.row}"]`);
      target = row && pending.col >= 0 ? cellOf(row, pending.col) : (row ?? null);
    }
    if (target) {
      pendingFocus.current = null;
      target.focus({ preventScroll: true });
    }
  });

  /** Focuses row `index` (clamped): its cell in column `col`, the row itself at −1 (default: the column focused now). */
  const moveTo = (index: number, col: number = active.head === null ? active.col : -1): void => {
    if (count === 0) return;
    const next = Math.min(Math.max(index, 0), count - 1);
    setActive({ key: rowKeyOf(sorted[next]), index: next, col, head: null });
    pendingFocus.current = { row: next, col };
    scrollTo(next);
  };

  // Rows are recycled (row-slots.ts): a focused row whose run went away (a filter, a delete) shows
  // another run now. Focus goes where the tab stop went, the row now at that position, which reads
  // as a move to screen readers instead of a silent change under the focus.
  const focusedRow = useRef<{ row: Element; key: string | null } | null>(null);
  useLayoutEffect(() => {
    const el = typeof document === 'undefined' ? null : document.activeElement;
    const row = el && bodyRef.current?.contains(el) ? el.closest<HTMLElement>('[role="row"][data-index]') : null;
    const key = row ? rowKeyOf(sorted[Number(row.dataset.index)]) : null;
    const before = focusedRow.current;
    focusedRow.current = row ? { row, key } : null;
    if (row && before?.row === row && before.key !== key && activeIndex >= 0) {
      if (el instanceof HTMLElement) el.blur();
      moveTo(activeIndex);
    }
  });

  /** Focuses the header of column `col` (0-based). */
  const moveToHeader = (col: number): void => {
    setActive((now) => ({ ...now, head: col }));
    pendingFocus.current = { header: col };
  };

  /** A row or cell got focus some other way (a click, the host): it becomes the tab stop. */
  const noteFocused = (index: number, item: AgentItem, col = -1): void => {
    const key = rowKeyOf(item);
    if (key !== active.key || index !== active.index || col !== active.col || active.head !== null) {
      setActive({ key, index, col, head: null });
    }
  };

  /** A column header got focus some other way (a click on its sort button). */
  const noteHeaderFocused = (col: number): void => {
    if (active.head !== col) setActive((now) => ({ ...now, head: col }));
  };

  return { activeIndex, activeCol: active.col, headCol, moveTo, moveToHeader, noteFocused, noteHeaderFocused };
}
