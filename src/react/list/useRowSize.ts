import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height of one row as the stylesheet lays it out, read from an invisible probe element (as
 * tall as a row under the current density, font size and container width) and followed with a
 * `ResizeObserver`: a larger theme font, a doubled base size or the two-line layout of a narrow
 * container change it, and the virtualiser then places rows where they really are. One element
 * is observed, never the rows. Without layout (server, jsdom) or a stylesheet, `fallback` holds.
 *
 * @example
 * const rowHeight = useRowSize(probeRef, 40);
 */
export function useRowSize(probeRef: RefObject<HTMLElement | null>, fallback: number): number {
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const probe = probeRef.current;
    if (!probe) return;
    const read = (): void => {
      // No offsetParent: not laid out (hidden, or a DOM without layout); keep the fallback.
      if (!probe.offsetParent) return;
      const height = probe.getBoundingClientRect().height;
      // Zero: not laid out, or no stylesheet (unstyled still has the layout file, a bare host may not).
      const next = Number.isFinite(height) && height >= 8 ? Math.round(height) : undefined;
      setMeasured((prev) => (prev === next ? prev : next));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(probe);
    return () => observer.disconnect();
  }, [probeRef]);
  return measured ?? fallback;
}
