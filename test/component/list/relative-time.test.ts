import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from '../../../src/react/list/relative-time';

/** 2026-11-25 18:00 UTC. */
const NOW = Date.UTC(2026, 10, 25, 18, 0, 0);
const MIN = 60_000;
const utc = { locale: 'en-US', timeZone: 'UTC' };

describe('formatRelativeTime', () => {
  it('reads minutes and hours of today, then Yesterday, days of the week, then dates', () => {
    expect(formatRelativeTime(NOW - 20_000, NOW, utc)).toBe('Now');
    expect(formatRelativeTime(NOW - 3 * MIN, NOW, utc)).toBe('3m ago');
    expect(formatRelativeTime(NOW - 59 * MIN, NOW, utc)).toBe('59m ago');
    expect(formatRelativeTime(NOW - 2 * 60 * MIN, NOW, utc)).toBe('2h ago');
    expect(formatRelativeTime(Date.UTC(2026, 10, 25, 0, 5), NOW, utc)).toBe('17h ago');
    expect(formatRelativeTime(Date.UTC(2026, 10, 24, 23, 59), NOW, utc)).toBe('Yesterday');
    expect(formatRelativeTime(Date.UTC(2026, 10, 22, 9, 0), NOW, utc)).toBe('3d ago');
    expect(formatRelativeTime(Date.UTC(2026, 10, 2, 9, 0), NOW, utc)).toBe('Nov 2');
    expect(formatRelativeTime(Date.UTC(2025, 10, 20, 9, 0), NOW, utc)).toBe('Nov 20, 2025');
  });

  it('counts calendar days in the view’s time zone', () => {
    // 01:00 UTC on the 25th is today in UTC, but 17:00 on the 24th in Los Angeles (where now is 10:00).
    const early = Date.UTC(2026, 10, 25, 1, 0);
    expect(formatRelativeTime(early, NOW, utc)).toBe('17h ago');
    expect(formatRelativeTime(early, NOW, { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe('Yesterday');
  });

  it('reads a near future as now and a far one as a date; follows the locale', () => {
    expect(formatRelativeTime(NOW + 30_000, NOW, utc)).toBe('Now');
    expect(formatRelativeTime(Date.UTC(2026, 11, 3), NOW, utc)).toBe('Dec 3');
    expect(formatRelativeTime(NOW - 3 * MIN, NOW, { locale: 'de-DE', timeZone: 'UTC' })).toBe('vor 3 m');
    expect(formatRelativeTime(NOW - 3 * MIN, NOW, { locale: 'not a locale', timeZone: 'UTC' })).toBe('3m ago');
  });
});
