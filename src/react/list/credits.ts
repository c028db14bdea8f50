import { formatCredits } from '../../core/format';
import type { AgentItem } from '../../core/types';

/** The most fraction digits a credit value shows (the core's own precision). */
const MAX_DIGITS = 2;

/**
 * How many fraction digits the credits of a whole view show: the most any item needs, up to two,
 * so a column reads `0.35 · 19.40 · 1.00 · 252.00` rather than `0.35 · 19.4 · 1 · 252`. Computed
 * over every item, not the rendered window, so the precision does not change while scrolling.
 *
 * @example
 * creditDigits([{ credits: 1 }, { credits: 19.4 }]) // 1
 */
export function creditDigits(items: readonly Pick<AgentItem, 'credits'>[]): number {
  let digits = 0;
  for (let i = 0, n = items.length; i < n && digits < MAX_DIGITS; i += 1) {
    const value = items[i]?.credits;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) continue;
    // Rounded to the core's precision first: 0.1 + 0.2 counts as one digit, not seventeen.
    const hundredths = Math.round(value * 100);
    if (hundredths % 100 === 0) continue;
    digits = Math.max(digits, hundredths % 10 === 0 ? 1 : 2);
  }
  return digits;
}

const formats = new Map<string, Intl.NumberFormat>();

function formatFor(locale: string | undefined, digits: number): Intl.NumberFormat {
  const key = `${locale ?? ''}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en-US', options);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * One credit value at the view's precision (`creditDigits`): missing values and values under 0.01
 * read as the core formats them (`—`, `<0.01`), everything else with exactly `digits` fraction digits.
 *
 * @example
 * formatCreditsAt(1, 2, 'en-US') // '1.00'
 */
export function formatCreditsAt(value: number | null | undefined, digits: number, locale: string | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (value > 0 && value < 0.01)) {
    return formatCredits(value, { locale });
  }
  return formatFor(locale, digits).format(value + 0);
}

/** Past this many characters a credits value ends in an ellipsis (its title keeps it whole). */
const MAX_CREDIT_CHARS = 12;

/**
 * How many characters the widest credits value of a view shows, up to twelve (`1,234,567.89`): the
 * Credits column is sized to it, so it is as wide as its content rather than as wide as the largest
 * value any view could hold. Like `creditDigits`, computed over every item, so the column does not
 * change width while scrolling.
 *
 * @example
 * creditChars([{ credits: 1234.5 }], 2, 'en-US') // 8 ("1,234.50")
 */
export function creditChars(
  items: readonly Pick<AgentItem, 'credits'>[],
  digits: number,
  locale: string | undefined,
): number {
  let largest = 0;
  for (let i = 0, n = items.length; i < n; i += 1) {
    const value = items[i]?.credits;
    if (typeof value === 'number' && Number.isFinite(value) && value > largest) largest = value;
  }
  return Math.min(MAX_CREDIT_CHARS, formatCreditsAt(largest, digits, locale).length);
}
