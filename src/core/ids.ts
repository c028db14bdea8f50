/**
 * An identifier as the core reads one from host data: a non-blank string as it is, a finite number
 * as its decimal string, anything else `undefined` (so `''`, `'  '`, NaN and objects never pass for
 * an id).
 *
 * @example
 * toId('run_1') // 'run_1'
 * toId(42) // '42'
 * toId('  ') // undefined
 */
export function toId(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
