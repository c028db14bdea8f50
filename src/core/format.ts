import { MAX_EPOCH_MS, toEpoch } from './epoch';
import { getTimeZoneOffsetMs, localDayNumber, resolveTimeZone, DAY_MS, HOUR_MS, MINUTE_MS } from './time';

/** Placeholder shown for a missing or unusable value. */
export const EMPTY_VALUE = '—';
const DEFAULT_LOCALE = 'en-US';

// Formatters are costly to build: one per (kind, locale, zone), kept for the life of the module.
const cache = new Map<string, unknown>();
const locales = new Map<string, string>();

function resolveLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale === '') return DEFAULT_LOCALE;
  let resolved = locales.get(locale);
  if (resolved === undefined) {
    try {
      resolved = Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
    } catch {
      resolved = DEFAULT_LOCALE;
    }
    locales.set(locale, resolved);
  }
  return resolved;
}

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function numberFormat(locale: string, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${kind}|${locale}`, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(locale: string, timeZone: string, kind: string, options: Intl.DateTimeFormatOptions) {
  return cached(`d|${kind}|${locale}|${timeZone}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));
}

// ICU puts a narrow no-break space before "AM/PM"; browsers and Node disagree about it depending on
// their ICU version, which breaks server-rendered text on hydration. A plain space renders the same.
const NARROW_SPACES = /[\u202f\u2009]/g;
const clean = (s: string) => s.replace(NARROW_SPACES, ' ');

type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

function unit(locale: string, u: DurationUnit, value: number): string {
  return numberFormat(locale, `unit-${u}`, {
    style: 'unit',
    unit: u,
    unitDisplay: 'narrow',
    maximumFractionDigits: 0,
  }).format(value);
}

function joinUnits(locale: string, parts: string[]): string {
  if (parts.length === 1) return parts[0] as string;
  const list = cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }));
  return list.format(parts);
}

/**
 * Formats a duration in ms compactly with the locale's narrow units, truncating to the two largest
 * units: `<1s`, `45s`, `1m 5s`, `1h 2m`, `2d 3h`; a zero second unit is dropped (`5m`, `1h`). Missing,
 * NaN, negative or infinite values give `—`. Never throws.
 *
 * @example
 * formatDuration(65_000) // '1m 5s'
 * formatDuration(3_720_000) // '1h 2m'
 * formatDuration(null) // '—'
 */
export function formatDuration(ms: number | null | undefined, opts?: { locale?: string }): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return EMPTY_VALUE;
  const locale = resolveLocale(opts?.locale);
  if (ms < 1000) return `<${unit(locale, 'second', 1)}`;
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return unit(locale, 'second', seconds);
  if (ms < HOUR_MS) {
    const m = Math.floor(ms / MINUTE_MS);
    const s = seconds - m * 60;
    return s ? joinUnits(locale, [unit(locale, 'minute', m), unit(locale, 'second', s)]) : unit(locale, 'minute', m);
  }
  if (ms < DAY_MS) {
    const h = Math.floor(ms / HOUR_MS);
    const m = Math.floor((ms - h * HOUR_MS) / MINUTE_MS);
    return m ? joinUnits(locale, [unit(locale, 'hour', h), unit(locale, 'minute', m)]) : unit(locale, 'hour', h);
  }
  const d = Math.floor(ms / DAY_MS);
  const h = Math.max(0, Math.min(23, Math.floor((ms - d * DAY_MS) / HOUR_MS)));
  return h ? joinUnits(locale, [unit(locale, 'day', d), unit(locale, 'hour', h)]) : unit(locale, 'day', d);
}

/**
 * Formats AI credits: `0`, `<0.01` for tiny positive values, otherwise at most two fraction digits with
 * the locale's grouping (`1,234.5`); `compact` abbreviates from a thousand up (`12.3K`). Missing, NaN,
 * negative or infinite values give `—`. Never throws.
 *
 * @example
 * formatCredits(1234.5) // '1,234.5'
 * formatCredits(0.004) // '<0.01'
 * formatCredits(12_345, { compact: true }) // '12.3K'
 */
export function formatCredits(value: number | null | undefined, opts?: { locale?: string; compact?: boolean }): string {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return EMPTY_VALUE;
  const locale = resolveLocale(opts?.locale);
  const plain = numberFormat(locale, 'credits', { maximumFractionDigits: 2 });
  const v = value + 0; // -0 → 0
  if (v > 0 && v < 0.01) return `<${plain.format(0.01)}`;
  if (opts?.compact && v >= 1000) {
    return numberFormat(locale, 'credits-compact', { notation: 'compact', maximumFractionDigits: 1 }).format(v);
  }
  return plain.format(v);
}

function capitalise(s: string, locale: string): string {
  return s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
}

/**
 * Formats when an item was created, relative to `now` in the view's time zone: `Today, 3:04 PM`,
 * `Yesterday, 9:12 AM`, `Nov 20, 3:04 PM`, and `Nov 20, 2025, 3:04 PM` when the year differs from
 * now's. An invalid date gives `—`. Never throws.
 *
 * @example
 * formatCreatedAt(new Date('2026-11-25T15:04:00Z'), { timeZone: 'UTC', now: Date.UTC(2026, 10, 25, 18) })
 * // 'Today, 3:04 PM'
 */
export function formatCreatedAt(
  date: Date,
  opts?: { locale?: string; timeZone?: string; now?: Date | number },
): string {
  const epoch = toEpoch(date);
  if (Number.isNaN(epoch) || Math.abs(epoch) > MAX_EPOCH_MS) return EMPTY_VALUE;
  const locale = resolveLocale(opts?.locale);
  const timeZone = resolveTimeZone(opts?.timeZone);
  const now = toEpoch(opts?.now, Date.now());
  const dayDiff = localDayNumber(now, timeZone) - localDayNumber(epoch, timeZone);
  if (dayDiff === 0 || dayDiff === 1) {
    const time = dateFormat(locale, timeZone, 'time', { hour: 'numeric', minute: '2-digit' }).format(epoch);
    const rel = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
    return clean(`${capitalise(rel.format(-dayDiff, 'day'), locale)}, ${time}`);
  }
  const yearOf = (t: number) => new Date(t + getTimeZoneOffsetMs(t, timeZone)).getUTCFullYear();
  const sameYear = yearOf(epoch) === yearOf(now);
  const fmt = sameYear
    ? dateFormat(locale, timeZone, 'md-time', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })
    : dateFormat(locale, timeZone, 'ymd-time', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      });
  return clean(fmt.format(epoch));
}

/**
 * Formats a full date and time with the time-zone name, for tooltips and `<time title>`:
 * `Friday, November 20, 2026 at 3:04:05 PM PST`. An invalid date gives `—`. Never throws.
 *
 * @example
 * formatFullDate(new Date('2026-11-20T23:04:05Z'), { timeZone: 'America/Los_Angeles' })
 * // 'Friday, November 20, 2026 at 3:04:05 PM PST'
 */
export function formatFullDate(date: Date | number, opts?: { locale?: string; timeZone?: string }): string {
  const epoch = toEpoch(date);
  if (Number.isNaN(epoch) || Math.abs(epoch) > MAX_EPOCH_MS) return EMPTY_VALUE;
  const locale = resolveLocale(opts?.locale);
  const timeZone = resolveTimeZone(opts?.timeZone);
  return clean(dateFormat(locale, timeZone, 'full', { dateStyle: 'full', timeStyle: 'long' }).format(epoch));
}

/**
 * Formats an integer count with the locale's grouping (`1,234`); one cached formatter per locale,
 * `en-US` when none is given or the locale is unusable.
 *
 * @example
 * formatCount(12345) // '12,345'
 * formatCount(12345, 'de-DE') // '12.345'
 */
export function formatCount(value: number, locale?: string): string {
  return numberFormat(resolveLocale(locale), 'count', { maximumFractionDigits: 0 }).format(value);
}
