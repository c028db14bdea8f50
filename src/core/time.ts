/**
 * Time-zone arithmetic without per-call `Intl` work: a zone's UTC offset is read once per epoch hour
 * (and verified to be constant over that hour) from a cached `Intl.DateTimeFormat`, then day keys and
 * day boundaries are derived arithmetically.
 */

import { MAX_EPOCH_MS } from './epoch';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
const FOUR_CENTURIES_MS = 146_097 * DAY_MS;
const MAX_CACHED_HOURS = 200_000;

interface ZoneCache {
  dtf: Intl.DateTimeFormat | null; // null: UTC, offset always 0
  hours: Map<number, number>;
}

const zones = new Map<string, ZoneCache>();
const validity = new Map<string, string>();
let runtimeZone: string | undefined;

/**
 * The runtime's IANA time zone (what `Intl` uses when none is given), or `UTC` when it cannot be read.
 *
 * @example
 * getRuntimeTimeZone() // e.g. 'Europe/Berlin'
 */
export function getRuntimeTimeZone(): string {
  if (runtimeZone === undefined) {
    try {
      runtimeZone = new Intl.DateTimeFormat('en-US').resolvedOptions().timeZone || 'UTC';
    } catch {
      runtimeZone = 'UTC';
    }
  }
  return runtimeZone;
}

/**
 * Resolves a time-zone option: a valid IANA name is returned as given, `undefined` becomes the
 * runtime's zone, and anything `Intl` rejects falls back to the runtime's zone (never throws).
 *
 * @example
 * resolveTimeZone('America/New_York') // 'America/New_York'
 * resolveTimeZone('Not/AZone') // the runtime's zone
 */
export function resolveTimeZone(timeZone?: string): string {
  if (typeof timeZone !== 'string' || timeZone === '') return getRuntimeTimeZone();
  let resolved = validity.get(timeZone);
  if (resolved === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      resolved = timeZone;
    } catch {
      resolved = getRuntimeTimeZone();
    }
    validity.set(timeZone, resolved);
  }
  return resolved;
}

function zoneCache(timeZone: string): ZoneCache {
  let cache = zones.get(timeZone);
  if (!cache) {
    const isUtc = /^(?:utc|etc\/utc|etc\/gmt|gmt|etc\/universal|universal|etc\/zulu|zulu|etc\/uct|uct)$/i.test(
      timeZone,
    );
    cache = {
      dtf: isUtc
        ? null
        : new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            era: 'short',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          }),
      hours: new Map(),
    };
    zones.set(timeZone, cache);
  }
  return cache;
}

/** Date.UTC for any proleptic Gregorian year, including 0–99 (which Date.UTC maps to 19xx). */
function utc(year: number, month: number, day: number, h = 0, m = 0, s = 0): number {
  if (year >= 0 && year < 100) return Date.UTC(year + 400, month, day, h, m, s) - FOUR_CENTURIES_MS;
  return Date.UTC(year, month, day, h, m, s);
}

function computeOffset(dtf: Intl.DateTimeFormat, epoch: number): number {
  const parts = dtf.formatToParts(epoch);
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value.charAt(0) === 'B';
        break;
      default:
        break;
    }
  }
  if (bc) year = 1 - year;
  const wholeSeconds = epoch - (((epoch % 1000) + 1000) % 1000);
  return utc(year, month - 1, day, hour, minute, second) - wholeSeconds;
}

/**
 * The UTC offset (ms, local − UTC) of `timeZone` at instant `epoch`. Cached per zone and epoch hour;
 * an hour holding a transition is never cached, so the value is exact.
 *
 * @example
 * getTimeZoneOffsetMs(Date.UTC(2026, 0, 15), 'America/New_York') // -18000000
 */
export function getTimeZoneOffsetMs(epoch: number, timeZone?: string): number {
  if (!Number.isFinite(epoch) || Math.abs(epoch) > MAX_EPOCH_MS) return 0;
  const cache = zoneCache(resolveTimeZone(timeZone));
  const dtf = cache.dtf;
  if (dtf === null) return 0;
  const hour = Math.floor(epoch / HOUR_MS);
  const hit = cache.hours.get(hour);
  if (hit !== undefined) return hit;
  const start = hour * HOUR_MS;
  const end = Math.min(start + HOUR_MS - 1, MAX_EPOCH_MS);
  const atStart = computeOffset(dtf, Math.max(start, -MAX_EPOCH_MS));
  const atEnd = computeOffset(dtf, end);
  if (atStart === atEnd) {
    if (cache.hours.size >= MAX_CACHED_HOURS) cache.hours.clear();
    cache.hours.set(hour, atStart);
    return atStart;
  }
  return computeOffset(dtf, epoch);
}

/**
 * The local calendar day number (days since 1970-01-01 in the zone's wall clock) of an instant.
 *
 * @example
 * localDayNumber(Date.UTC(1970, 0, 2, 3), 'UTC') // 1
 */
export function localDayNumber(epoch: number, timeZone?: string): number {
  return Math.floor((epoch + getTimeZoneOffsetMs(epoch, timeZone)) / DAY_MS);
}

const keyCache = new Map<number, string>();

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

/**
 * Formats a day number (days since 1970-01-01) as 'YYYY-MM-DD' (proleptic Gregorian).
 *
 * @example
 * dayNumberToKey(0) // '1970-01-01'
 */
export function dayNumberToKey(dayNumber: number): string {
  const cached = keyCache.get(dayNumber);
  if (cached !== undefined) return cached;
  // Howard Hinnant's civil_from_days.
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
  const key = `${year}-${pad(m, 2)}-${pad(d, 2)}`;
  if (keyCache.size > 100_000) keyCache.clear();
  keyCache.set(dayNumber, key);
  return key;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a 'YYYY-MM-DD' day key into its day number, or `undefined` when it is not a real date.
 *
 * @example
 * dayKeyToDayNumber('1970-01-02') // 1
 * dayKeyToDayNumber('2026-02-30') // undefined
 */
export function dayKeyToDayNumber(key: unknown): number | undefined {
  if (typeof key !== 'string') return undefined;
  const m = DAY_KEY.exec(key);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const epoch = utc(y, mo - 1, d);
  const n = Math.floor(epoch / DAY_MS);
  return dayNumberToKey(n) === key ? n : undefined;
}

/**
 * The first instant (epoch ms) of a local calendar day in a zone. Handles midnights skipped by a DST
 * change (the day then starts at the transition) and repeated ones (the earlier instant).
 *
 * @example
 * startOfLocalDay(dayKeyToDayNumber('2026-11-20')!, 'UTC') // Date.UTC(2026, 10, 20)
 */
export function startOfLocalDay(dayNumber: number, timeZone?: string): number {
  const wall = dayNumber * DAY_MS;
  const before = getTimeZoneOffsetMs(wall - DAY_MS, timeZone);
  const after = getTimeZoneOffsetMs(wall + DAY_MS, timeZone);
  let best: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = wall - offset;
    if (candidate + getTimeZoneOffsetMs(candidate, timeZone) === wall) {
      if (best === undefined || candidate < best) best = candidate;
    }
  }
  if (best !== undefined) return best;
  // Midnight does not exist: find the first instant whose wall clock is at or past it.
  let lo = wall - Math.max(before, after);
  let hi = wall - Math.min(before, after);
  const wallAt = (t: number) => t + getTimeZoneOffsetMs(t, timeZone);
  if (wallAt(lo) >= wall) return lo;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallAt(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The calendar day of an instant in a time zone, as 'YYYY-MM-DD' (default zone: the runtime's). An
 * invalid date gives ''. Fast enough for hot loops: one cached offset lookup and integer arithmetic.
 *
 * @example
 * toDayKey(new Date('2026-11-21T07:30:00Z'), 'America/Los_Angeles') // '2026-11-20'
 * toDayKey(new Date('2026-11-21T07:30:00Z'), 'UTC') // '2026-11-21'
 */
export function toDayKey(date: Date | number, timeZone?: string): string {
  const epoch = typeof date === 'number' ? date : date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(epoch) || Math.abs(epoch) > MAX_EPOCH_MS) return '';
  return dayNumberToKey(localDayNumber(epoch, timeZone));
}
