/**
 * The largest distance from the epoch, in ms, that a JavaScript `Date` can hold (±100,000,000 days):
 * outside it `new Date(ms)` is invalid, so every reader of instants treats it as the edge of time.
 */
export const MAX_EPOCH_MS = 8.64e15;

/**
 * Reads a `Date | number` clock value as epoch ms; anything unusable (an invalid `Date`, NaN,
 * ±Infinity, any other type) becomes `fallback` (NaN unless given).
 *
 * @example
 * toEpoch(new Date(5)) // 5
 * toEpoch(undefined, Date.now()) // now
 * toEpoch(new Date(NaN), undefined) // undefined
 */
export function toEpoch(value: unknown): number;
export function toEpoch<T>(value: unknown, fallback: T): number | T;
export function toEpoch(value: unknown, ...fallback: [] | [unknown]): unknown {
  const n = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Number.NaN;
  if (Number.isFinite(n)) return n;
  // Read from the rest so that an explicit `undefined` fallback is kept (a default would replace it).
  return fallback.length > 0 ? fallback[0] : Number.NaN;
}
