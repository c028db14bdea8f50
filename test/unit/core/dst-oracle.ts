// An oracle for calendar days and "Created" labels across DST changes (northern and southern
// hemisphere, and a zone with a 30-minute offset *and* DST) and on the 2028 leap day, built from
// Intl.DateTimeFormat#formatToParts — independent of core's offset arithmetic and of reference.ts.
// format.test.ts and fields/created-on.test.ts check the core against it.
import type { AgentItem } from '../../../src/core';

export const H = 3_600_000;
export const D = 24 * H;

// ---- the oracle -------------------------------------------------------------------------------

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function parts(epoch: number, timeZone: string): Record<string, string> {
  let f = partsFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    });
    partsFormats.set(timeZone, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(epoch)) out[p.type] = p.value;
  return out;
}
/** Local calendar day as a day count since 1970-01-01 (calendar arithmetic, no offsets). */
export function oracleDay(epoch: number, timeZone: string): number {
  const p = parts(epoch, timeZone);
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / D;
}
export function oracleKey(epoch: number, timeZone: string): string {
  const p = parts(epoch, timeZone);
  return `${p.year!.padStart(4, '0')}-${p.month!.padStart(2, '0')}-${p.day!.padStart(2, '0')}`;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** What DESIGN.md says the Created column shows, assembled from parts. */
export function oracleCreatedAt(epoch: number, now: number, timeZone: string): string {
  const p = parts(epoch, timeZone);
  const time = `${p.hour}:${p.minute} ${p.dayPeriod}`;
  const diff = oracleDay(now, timeZone) - oracleDay(epoch, timeZone);
  if (diff === 0) return `Today, ${time}`;
  if (diff === 1) return `Yesterday, ${time}`;
  const md = `${MONTHS[Number(p.month) - 1]} ${p.day}`;
  return p.year === parts(now, timeZone).year ? `${md}, ${time}` : `${md}, ${p.year}, ${time}`;
}
export const norm = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

// ---- the cases --------------------------------------------------------------------------------

/** DST changes (UTC instants) in 2026, plus 2028 around the leap day. */
export const TRANSITIONS: Array<[zone: string, utc: number, what: string]> = [
  ['America/New_York', Date.UTC(2026, 2, 8, 7), 'spring forward'],
  ['America/New_York', Date.UTC(2026, 10, 1, 6), 'fall back'],
  ['Europe/Berlin', Date.UTC(2026, 2, 29, 1), 'spring forward'],
  ['Europe/Berlin', Date.UTC(2026, 9, 25, 1), 'fall back'],
  ['Australia/Sydney', Date.UTC(2026, 3, 4, 16), 'fall back (April)'],
  ['Australia/Sydney', Date.UTC(2026, 9, 3, 16), 'spring forward (October)'],
  ['Australia/Adelaide', Date.UTC(2026, 3, 4, 16, 30), 'fall back, +10:30 → +9:30'],
  ['Australia/Adelaide', Date.UTC(2026, 9, 3, 16, 30), 'spring forward, +9:30 → +10:30'],
  ['Asia/Kolkata', Date.UTC(2028, 1, 28, 18, 30), 'leap day midnight, +5:30, no DST'],
  ['America/New_York', Date.UTC(2028, 2, 1, 5), 'the day after the leap day'],
];
export const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Adelaide', 'Asia/Kolkata'];

export const mk = (id: string, epoch: number): AgentItem => ({
  id,
  kind: 'ambient',
  title: id,
  source: 'api',
  status: 'success',
  rawStatus: 'done',
  createdAt: new Date(epoch),
  creator: { id: 'u', name: 'U' },
});
