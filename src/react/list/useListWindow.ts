import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Header row height before it is measured (matches the stylesheet). */
const HEADER_HEIGHT = 34;
/** scrollTop at or under this counts as "at the top" for `onAtTopChange`. */
const AT_TOP_PX = 4;

export interface ListWindowOptions {
  count: number;
  rowHeight: number;
  overscan: number;
  /** The row that must stay rendered (the tab stop), or -1. */
  activeIndex: number;
  /** Changes of these scroll back to the top (a new order). */
  sortId: string;
  sortDesc: boolean;
  /** Changes of these re-measure the header (the body below it appears or goes). */
  bodyShape: string;
  loading: boolean;
  onEndReached: (() => void) | undefined;
  endReachedThreshold: number;
  onAtTopChange: ((atTop: boolean) => void) | undefined;
  scrollerRef: RefObject<HTMLDivElement | null>;
  headRef: RefObject<HTMLDivElement | null>;
  bodyRef: RefObject<HTMLDivElement | null>;
}

/**
 * The virtualiser window of the list: which rows are rendered, where, and the scroll side effects.
 * The header sits in the scroller (sticky), so header and rows share one width and one horizontal
 * scroll; rows therefore start below it, and the virtualiser gets its measured height as a scroll
 * margin and as scroll padding, so a row scrolled to is never hidden under it. The focused row
 * always stays rendered, so focus is never lost to `<body>` while scrolling away.
 *
 * @example
 * ```tsx
 * const { virtualizer, headHeight } = useListWindow({ count, rowHeight, activeIndex, … });
 * virtualizer.getVirtualItems().map((v) => <AgentRow key={v.key} top={v.start - headHeight} … />);
 * ```
 */
export function useListWindow(options: ListWindowOptions) {
  const { count, rowHeight, overscan, activeIndex, sortId, sortDesc, bodyShape, loading } = options;
  const { onEndReached, endReachedThreshold, onAtTopChange, scrollerRef, headRef, bodyRef } = options;
  const [headHeight, setHeadHeight] = useState(HEADER_HEIGHT);
  const measureHead = useCallback(() => {
    const body = bodyRef.current;
    const scroller = scrollerRef.current;
    // No offsetParent: not laid out (hidden, or a DOM without layout); keep the estimate.
    if (!body || !scroller || !body.offsetParent) return;
    // Where the rows start inside the scrolled content (the header's height, as laid out).
    const measured =
      body.offsetParent === scroller
        ? body.offsetTop
        : body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (!Number.isFinite(measured) || measured < 0) return;
    setHeadHeight((prev) => (Math.abs(measured - prev) >= 1 ? measured : prev));
  }, [bodyRef, scrollerRef]);
  // Measured when the rows' body appears and whenever the header resizes — not on every render:
  // reading offsetTop after a render forces a synchronous layout, which on a tab or filter change
  // cost as much as the rest of the update together.
  useLayoutEffect(measureHead, [measureHead, bodyShape]);
  useEffect(() => {
    const head = headRef.current;
    if (!head || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => measureHead());
    observer.observe(head);
    return () => observer.disconnect();
  }, [measureHead, headRef]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  // No getItemKey: the virtualiser's keys only name its size cache, and sizes are never measured
  // here. Asking it for item ids would call back for every item (100,000 calls) on each new order,
  // and rebuild its measurements even when only the order changed. Rows take their React key from
  // their item instead.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count,
    getScrollElement: () => scrollerRef.current,
    estimateSize,
    overscan,
    rangeExtractor,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    // Server render and first client render agree on a window of rows (no hydration mismatch).
    initialRect: { width: 1024, height: rowHeight * 12 },
  });

  // Sizes are estimates, never measured: when the density changes, drop the cached ones.
  const measuredHeight = useRef(rowHeight);
  useEffect(() => {
    if (measuredHeight.current === rowHeight) return;
    measuredHeight.current = rowHeight;
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  const firstSort = useRef(true);
  useEffect(() => {
    if (firstSort.current) {
      firstSort.current = false;
      return;
    }
    virtualizer.scrollToOffset(0);
  }, [virtualizer, sortId, sortDesc]);

  const visibleEnd = virtualizer.range?.endIndex ?? -1;
  const endReachedFor = useRef(-1);
  useEffect(() => {
    if (!onEndReached || loading || count === 0) return;
    if (visibleEnd >= count - 1 - Math.max(0, endReachedThreshold) && endReachedFor.current !== count) {
      endReachedFor.current = count;
      onEndReached();
    }
  }, [onEndReached, loading, count, visibleEnd, endReachedThreshold]);

  // A passive scroll listener, not state: crossing the top re-renders nothing here.
  const onAtTopChangeRef = useRef(onAtTopChange);
  onAtTopChangeRef.current = onAtTopChange;
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let atTop = scroller.scrollTop <= AT_TOP_PX;
    const onScroll = (): void => {
      const next = scroller.scrollTop <= AT_TOP_PX;
      if (next === atTop) return;
      atTop = next;
      onAtTopChangeRef.current?.(next);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => scroller.removeEventListener('scroll', onScroll);
  }, [scrollerRef]);

  return { virtualizer, headHeight };
}
