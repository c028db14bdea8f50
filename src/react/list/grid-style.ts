import { useMemo, type CSSProperties } from 'react';
import type { AgentItem, AgentStatus } from '../../core/types';
import { creditChars, creditDigits } from './credits';
import { durationChars, statusChars } from './column-chars';
import type { RowSize } from './useRowSize';

export interface GridStyleInput {
  /** The header row's measured height in px. */
  headHeight: number;
  /** The Credits column's width in characters (`creditChars`). */
  creditChars: number;
  /** The Status column's width in characters (`statusChars`). */
  statusChars: number;
  locale: string | undefined;
  /** The reader's text spacing, as the probe row lays it out. */
  spacing: Pick<RowSize, 'letterSpacing' | 'wordSpacing'>;
  /** The host's `height` (the grid then stops growing with its rows). */
  height: number | string | undefined;
  /** The host's `style`, applied last. */
  style: CSSProperties | undefined;
}

/**
 * The grid element's style: the custom properties the stylesheet lays the columns and rows out
 * with, then the host's height and style.
 *
 * @example
 * listGridStyle({ headHeight: 34, creditChars: 5, statusChars: 9, locale: 'de', spacing: { letterSpacing: 0, wordSpacing: 0 }, height: undefined, style: undefined });
 * // { '--_ab-list-head-height': '34px', '--_ab-credit-chars': 5, … }
 */
export function listGridStyle(input: GridStyleInput): CSSProperties {
  const { spacing, height } = input;
  return {
    // The stylesheet carries the header's band into the scrollbar gutter beside it.
    '--_ab-list-head-height': `${input.headHeight}px`,
    // Credits is as wide as the view's widest value (tabular figures: a digit is 1ch).
    '--_ab-credit-chars': input.creditChars,
    // Duration holds the locale's longest value ("59 Min., 59 Sek." in German).
    '--_ab-duration-chars': durationChars(input.locale),
    // Status holds its longest label's badge ("Fehlgeschlagen" in German).
    '--_ab-status-chars': input.statusChars,
    // A reader's text spacing (WCAG 1.4.12) widens the fixed columns by as much as it widens their text.
    ...(spacing.letterSpacing ? { '--_ab-ls': `${spacing.letterSpacing}px` } : null),
    ...(spacing.wordSpacing ? { '--_ab-ws': `${spacing.wordSpacing}px` } : null),
    ...(height !== undefined ? { height, maxHeight: 'none' } : null),
    ...input.style,
  } as CSSProperties;
}

export interface GridStyleOptions extends Omit<GridStyleInput, 'creditChars' | 'statusChars'> {
  items: readonly AgentItem[];
  /** The list's labels: Status holds the longest of `statuses`. */
  labels: { statuses?: Readonly<Partial<Record<AgentStatus, string>>> | undefined };
}

/**
 * The grid's style (`listGridStyle`) with the column widths measured from the items and labels, and
 * the one credits precision of the view (`creditDigits`), which the cells format with.
 *
 * @example
 * const { style, digits } = useGridStyle({ items, labels, locale, headHeight, spacing, height, style });
 */
export function useGridStyle(options: GridStyleOptions): { style: CSSProperties; digits: number } {
  const { items, locale } = options;
  const statuses = options.labels.statuses;
  const digits = useMemo(() => creditDigits(items), [items]);
  const credits = useMemo(() => creditChars(items, digits, locale), [items, digits, locale]);
  const status = useMemo(() => statusChars(statuses), [statuses]);
  return { style: listGridStyle({ ...options, creditChars: credits, statusChars: status }), digits };
}
