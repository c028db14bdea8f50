import { DAY_MS, HOUR_MS, localDayNumber, MINUTE_MS, resolveTimeZone } from '../../core/time';

const rtfs = new Map<string, Intl.RelativeTimeFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

function rtfFor(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let rtf = rtfs.get(key);
  if (!rtf) {
    const options: Intl.RelativeTimeFormatOptions = { style: 'narrow', numeric: 'auto' };
    try {
      rtf = new Intl.RelativeTimeFormat(locale, options);
    } catch {
      rtf = new Intl.RelativeTimeFormat('en-US', options);
    }
    rtfs.set(key, rtf);
  }
  return rtf;
}

function dateFor(locale: string | undefined, timeZone: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone}|${withYear ? 1 : 0}`;
  let format = dates.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', timeZone };
    if (withYear) options.year = 'numeric';
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en-US', options);
    }
    dates.set(key, format);
  }
  return format;
}

function capitalise(s: string, locale: string | undefined): string {
  try {
    return s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
  } catch {
    return s.charAt(0).toUpperCase() + s.slice(1);
  }
}

/**
 * A short relative time for a list cell, in the view's locale and time zone: `Now`, `3m ago`,
 * `2h ago` (the same calendar day), `Yesterday`, `3d ago` (under a week), then `Nov 20`, and
 * `Nov 20, 2025` in another year. A time in the future (a skewed clock) under a minute away reads
 * `Now`, further ones as a date. The full date, time and zone belong in the cell's tooltip.
 *
 * @example
 * formatRelativeTime(Date.UTC(2026, 10, 25, 17, 57), Date.UTC(2026, 10, 25, 18, 0), { timeZone: 'UTC' }) // '3m ago'
 */
export function formatRelativeTime(
  epoch: number,
  now: number,
  opts: { locale?: string | undefined; timeZone?: string | undefined },
): string {
  const timeZone = resolveTimeZone(opts.timeZone);
  const ago = now - epoch;
  const rtf = rtfFor(opts.locale);
  if (ago < MINUTE_MS && ago > -MINUTE_MS) return capitalise(rtf.format(0, 'second'), opts.locale);
  if (ago > 0) {
    const days = localDayNumber(now, timeZone) - localDayNumber(epoch, timeZone);
    if (ago < HOUR_MS) return rtf.format(-Math.floor(ago / MINUTE_MS), 'minute');
    if (days === 0) return rtf.format(-Math.floor(ago / HOUR_MS), 'hour');
    if (days === 1) return capitalise(rtf.format(-1, 'day'), opts.locale);
    if (days < 7) return rtf.format(-days, 'day');
  }
  const year = (t: number) =>
    dateFor('en-US', timeZone, true)
      .formatToParts(t)
      .find((p) => p.type === 'year')?.value;
  const sameYear = Math.abs(ago) < 366 * DAY_MS && year(epoch) === year(now);
  return dateFor(opts.locale, timeZone, !sameYear).format(epoch);
}
