// The Duration and Status columns' minimum widths: at least as many characters as the longest value
// a language can show, so no duration or status is cut, and no wider than that.
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/core/format';
import { STATUS_META, STATUS_ORDER } from '../../../src/core/status';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../src/core/time';
import { durationChars, statusChars } from '../../../src/react/list/column-chars';

/** Every duration the list shows below 100 days: two units at most, so one value per unit pair. */
function shownDurations(): number[] {
  const out: number[] = [];
  for (let m = 0; m < 60; m++) for (let s = 0; s < 60; s++) out.push(m * MINUTE_MS + s * 1000);
  for (let h = 1; h < 24; h++) for (let m = 0; m < 60; m++) out.push(h * HOUR_MS + m * MINUTE_MS);
  for (let d = 1; d < 100; d++) for (let h = 0; h < 24; h++) out.push(d * DAY_MS + h * HOUR_MS);
  return out;
}

describe('durationChars', () => {
  const durations = shownDurations();

  // Each unit pair is the widest somewhere: minutes and seconds in German, hours and minutes in
  // Chinese, days and hours in Hungarian.
  it.each(['en-US', 'de-DE', 'zh-CN', 'hu-HU', 'fr-FR', 'ja-JP', undefined])(
    'fits every duration under 100 days in %s, and is no wider than the longest',
    (locale) => {
      const lengths = durations.map((ms) => formatDuration(ms, locale === undefined ? undefined : { locale }).length);
      expect(durationChars(locale)).toBe(Math.max(...lengths));
    },
  );

  it('is wider in a language with longer units', () => {
    expect(durationChars('de-DE')).toBeGreaterThan(durationChars('en-US'));
  });

  it('answers the same on every call (worked out once per locale)', () => {
    expect(durationChars('fr-FR')).toBe(durationChars('fr-FR'));
  });
});

describe('statusChars', () => {
  const longest = (labels: readonly string[]) => Math.max(...labels.map((l) => l.length));
  const english = STATUS_ORDER.map((s) => STATUS_META[s].label);

  it('without labels: the longest English status label', () => {
    expect(statusChars(undefined)).toBe(longest(english));
    expect(statusChars({})).toBe(longest(english));
  });

  it('a longer translated label widens it; the others keep their English labels', () => {
    expect(statusChars({ failed: 'Fehlgeschlagen' })).toBe(Math.max('Fehlgeschlagen'.length, longest(english)));
  });

  it('a shorter translation of the longest label narrows it to the next longest', () => {
    const widest = STATUS_ORDER.reduce((a, b) => (STATUS_META[b].label.length > STATUS_META[a].label.length ? b : a));
    const rest = STATUS_ORDER.filter((s) => s !== widest).map((s) => STATUS_META[s].label);
    expect(statusChars({ [widest]: 'x' })).toBe(longest([...rest, 'x']));
  });

  it('counts every status: a long label on any one of them widens the column', () => {
    for (const status of STATUS_ORDER) {
      expect(statusChars({ [status]: 'y'.repeat(40) }), status).toBe(40);
    }
  });
});
