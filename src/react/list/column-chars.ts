import { formatDuration } from '../../core/format';
import { STATUS_META, STATUS_ORDER } from '../../core/status';
import type { AgentStatus } from '../../core/types';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/time';

/** The widest value of each unit pair: `59m 59s`, `23h 59m`, `99d 23h`. */
const WIDEST = [59 * MINUTE_MS + 59_000, 23 * HOUR_MS + 59 * MINUTE_MS, 99 * DAY_MS + 23 * HOUR_MS];

const byLocale = new Map<string, number>();

/**
 * How many characters the longest duration takes in a locale (`59m 59s` is 7 in English, `59 Min.,
 * 59 Sek.` 16 in German): the Duration column is at least that wide, so no language's durations are
 * cut. Worked out once per locale.
 *
 * @example
 * durationChars('de-DE') // 16
 */
export function durationChars(locale: string | undefined): number {
  const key = locale ?? '';
  let chars = byLocale.get(key);
  if (chars === undefined) {
    chars = Math.max(...WIDEST.map((ms) => formatDuration(ms, { locale }).length));
    byLocale.set(key, chars);
  }
  return chars;
}

/**
 * How many characters the longest status label takes ("Canceled" is 8, German's "Fehlgeschlagen" 14):
 * the Status column is at least as wide as that badge, so no language's status is cut.
 *
 * @example
 * statusChars({ failed: 'Fehlgeschlagen' }) // 14 (the others keep their English labels)
 */
export function statusChars(statuses: Readonly<Partial<Record<AgentStatus, string>>> | undefined): number {
  let chars = 0;
  for (const status of STATUS_ORDER) chars = Math.max(chars, (statuses?.[status] ?? STATUS_META[status].label).length);
  return chars;
}
