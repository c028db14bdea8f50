import { useRef } from 'react';

function shallowEqual(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Keeps the previous reference while the value is shallowly equal to it, so an inline
 * `labels={{…}}` or `classNames={{…}}` from a host does not count as a change: memoised rows and
 * contexts keyed on it stay still.
 *
 * @example
 * ```tsx
 * const classNames = useShallowStable(props.classNames); // same object until a slot changes
 * const ctx = useMemo(() => ({ classNames }), [classNames]);
 * ```
 */
export function useShallowStable<T extends object | undefined>(value: T): T {
  const ref = useRef(value);
  if (!shallowEqual(ref.current, value)) ref.current = value;
  return ref.current;
}
