import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Density } from '../shared';

/** Row heights before the probe is measured (no layout): the stylesheet's at 13 px (0.8125rem of a 16 px root). */
const ROW_HEIGHTS: Record<Density, number> = { comfortable: 40, compact: 32 };

/** What the list reads from its probe: the row height and the text's extra spacing, in px. */
export interface RowSize {
  /** The height of one row as the stylesheet lays it out. */
  height: number;
  /** The letter spacing the text has (0 unless a reader's or host's style adds some). */
  letterSpacing: number;
  /** The word spacing the text has (0 unless a reader's or host's style adds some). */
  wordSpacing: number;
}

/** `letter-spacing` / `word-spacing` as computed: px, or `normal` (nothing added). */
function spacing(value: string): number {
  const px = parseFloat(value);
  return Number.isFinite(px) && px > 0 ? Math.round(px * 100) / 100 : 0;
}

/**
 * The height of one row as the stylesheet lays it out, read from an invisible probe element (as
 * tall as a row under the current density, font size, line height and container width) and followed
 * with a `ResizeObserver`: a larger theme font, a doubled base size or the two-line layout of a narrow
 * container change it, and the virtualiser then places rows where they really are. The probe also
 * carries a few characters of the list's text, so a reader's text-spacing style (WCAG 1.4.12: letter
 * and word spacing) resizes it too; that spacing is read with the height, and the list widens its
 * fixed columns by it. One element is observed, never the rows. Without layout (server, jsdom) or a
 * stylesheet, the density's stylesheet height at the default font holds and no spacing is added.
 *
 * @example
 * const { height: rowHeight, letterSpacing } = useRowSize(probeRef, 'compact');
 */
export function useRowSize(probeRef: RefObject<HTMLElement | null>, density: Density): RowSize {
  const [measured, setMeasured] = useState<RowSize | undefined>(undefined);
  useLayoutEffect(() => {
    const probe = probeRef.current;
    if (!probe) return;
    const read = (): void => {
      // No offsetParent: not laid out (hidden, or a DOM without layout); keep the fallback.
      if (!probe.offsetParent) return;
      const height = probe.getBoundingClientRect().height;
      // Zero: not laid out, or no stylesheet (unstyled still has the layout file, a bare host may not).
      if (!Number.isFinite(height) || height < 8) {
        setMeasured(undefined);
        return;
      }
      const style = getComputedStyle(probe);
      const next: RowSize = {
        height: Math.round(height),
        letterSpacing: spacing(style.letterSpacing),
        wordSpacing: spacing(style.wordSpacing),
      };
      setMeasured((prev) =>
        prev &&
        prev.height === next.height &&
        prev.letterSpacing === next.letterSpacing &&
        prev.wordSpacing === next.wordSpacing
          ? prev
          : next,
      );
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(probe);
    return () => observer.disconnect();
  }, [probeRef]);
  return measured ?? { height: ROW_HEIGHTS[density] ?? ROW_HEIGHTS.comfortable, letterSpacing: 0, wordSpacing: 0 };
}
