import type { AgentItem } from './types';
import { toEpoch } from './epoch';

/**
 * How long an item ran, in ms, for the Duration column. Interactive conversations have none (`null`).
 * An ambient run counts from `startedAt` (else `createdAt`) to `endedAt`, or to `now` while it is
 * working (so it ticks live); a finished run without `endedAt` is `null`. Never negative: clock skew
 * on a working run reads as 0; an `endedAt` before the start is `null`.
 *
 * @example
 * getDurationMs({ ...run, startedAt: new Date(0), endedAt: new Date(65_000) }, Date.now()) // 65000
 */
export function getDurationMs(item: AgentItem, now: Date | number): number | null {
  if (!item || item.kind !== 'ambient') return null;
  const start = toEpoch(item.startedAt, toEpoch(item.createdAt));
  if (Number.isNaN(start)) return null;
  const end = toEpoch(item.endedAt);
  if (!Number.isNaN(end)) return end >= start ? end - start : null;
  if (item.status !== 'working') return null;
  const nowMs = toEpoch(now);
  if (Number.isNaN(nowMs)) return null;
  return Math.max(0, nowMs - start);
}
