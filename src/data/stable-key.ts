/**
 * An order-independent key of plain data: objects with the same entries in another key order (and
 * `undefined` entries left out) give the same key, so `{ a, b }` and `{ b, a }` do not re-query.
 *
 * @example
 * stableKey({ statuses: ['failed'], sources: ['slack'] }) === stableKey({ sources: ['slack'], statuses: ['failed'] }) // true
 */
export function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      // Keys of one object are unique: never equal.
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
