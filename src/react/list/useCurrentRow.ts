import { useEffect, useRef } from 'react';
import type { AgentItem } from '../../core/types';

export interface CurrentRowOptions {
  /** The item whose row is current (`aria-current`), or none. */
  currentId: string | null | undefined;
  /** The rows as they show. */
  rows: readonly AgentItem[];
  /** Expands the parents of a hidden sub-run; `false` when the item is not in the list at all. */
  reveal: (id: string) => boolean;
  scrollToIndex: (index: number) => void;
}

/**
 * The current item's row (the one the details panel shows): revealed under its parents and scrolled
 * into view once per new id — not again on every change of the rows, so the reader can scroll away.
 *
 * @example
 * ```ts
 * useCurrentRow({ currentId: detailsId, rows, reveal, scrollToIndex: (i) => virtualizer.scrollToIndex(i) });
 * ```
 */
export function useCurrentRow({ currentId, rows, reveal, scrollToIndex }: CurrentRowOptions): void {
  const scrolledTo = useRef<string | null>(null);
  const scroll = useRef(scrollToIndex);
  scroll.current = scrollToIndex;
  useEffect(() => {
    if (currentId == null) {
      scrolledTo.current = null;
      return;
    }
    if (scrolledTo.current === currentId) return;
    const index = rows.findIndex((item) => item.id === currentId);
    if (index < 0) {
      // Under a collapsed parent: the next rows show it. Not in the list at all: nothing to scroll to.
      if (!reveal(currentId)) scrolledTo.current = currentId;
      return;
    }
    scrolledTo.current = currentId;
    scroll.current(index);
  }, [currentId, rows, reveal]);
}
