import { useLayoutEffect, useState, type RefObject } from 'react';

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
 * stylesheet, `fallback` holds and no spacing is added.
 *
 * @example
 * const { height: rowHeight, letterSpacing } = useRowSize(probeRef, 40);
 */
export function useRowSize(probeRef: RefObject<HTMLElement | null>, fallback: number): RowSize {
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
  return measured ?? { height: fallback, letterSpacing: 0, wordSpacing: 0 };
}
