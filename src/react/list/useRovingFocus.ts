import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { toId } from '../../core/ids';
import type { AgentItem } from '../../core/types';

/** A row's identity for focus: its id as a string (`''` when it has none), `null` for no row. */
export function rowKeyOf(item: AgentItem | undefined): string | null {
  return item ? (toId(item.id) ?? '') : null;
}

/**
 * The grid's single tab stop. It follows the focused item by id, so re-sorting or new items keep
 * focus on the same run; when that item is gone, it stays at the same position (clamped). `moveTo`
 * makes another row the tab stop and focuses it once it is rendered (`scrollTo` brings it into the
 * window first).
 *
 * @example
 * ```tsx
 * const focus = useRovingFocus(sorted, bodyRef, (i) => virtualizer.scrollToIndex(i));
 * focus.moveTo(focus.activeIndex + 1);
 * ```
 */
export function useRovingFocus(
  sorted: readonly AgentItem[],
  bodyRef: RefObject<HTMLDivElement | null>,
  scrollTo: (index: number) => void,
) {
  const count = sorted.length;
  const [active, setActive] = useState<{ key: string | null; index: number }>({ key: null, index: 0 });
  const activeIndex = useMemo(() => {
    if (count === 0) return -1;
    if (active.key !== null) {
      const found = sorted.findIndex((item) => rowKeyOf(item) === active.key);
      if (found >= 0) return found;
    }
    return Math.min(Math.max(active.index, 0), count - 1);
  }, [sorted, count, active]);

  const pendingFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number): void => {
    if (count === 0) return;
    const next = Math.min(Math.max(index, 0), count - 1);
    setActive({ key: rowKeyOf(sorted[next]), index: next });
    pendingFocus.current = next;
    scrollTo(next);
  };

  /** Called when a row gets focus some other way (a click, the host): it becomes the tab stop. */
  const noteFocused = (index: number, item: AgentItem): void => {
    const key = rowKeyOf(item);
    if (key !== active.key || index !== active.index) setActive({ key, index });
  };

  return { activeIndex, moveTo, noteFocused };
}
