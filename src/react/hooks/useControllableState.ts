import { useCallback, useEffect, useRef, useState } from 'react';

export interface UseControllableStateOptions<T> {
  /** The controlled value. `undefined` means the state is uncontrolled. */
  prop?: T | undefined;
  /** The initial value while uncontrolled. */
  defaultProp: T;
  /** Called with every new value, in both modes. */
  onChange?: ((value: T) => void) | undefined;
  /** Names the state in the development warning, e.g. `AgentTabs.tab`. */
  name?: string;
}

export type SetStateFn<T> = (next: T | ((prev: T) => T)) => void;

// Module-scoped declarations: the library's type build must not depend on Node's or the DOM's
// typings. `process` may not exist at runtime (browsers without a bundler define), hence `typeof`.
declare const process: { env?: { NODE_ENV?: string } } | undefined;
declare const console: { warn(...args: unknown[]): void };

const isDev = (): boolean =>
  typeof process !== 'undefined' && typeof process.env !== 'undefined' && process.env.NODE_ENV !== 'production';

/**
 * One state that is either controlled (the caller passes `prop`) or uncontrolled (kept here,
 * starting at `defaultProp`), the way Radix Primitives do it. `onChange` fires in both modes; the
 * setter is stable and accepts a value or an updater. Switching between the two modes during a
 * component's life is a bug in the caller, so it logs a warning in development.
 *
 * @example
 * ```tsx
 * function Toggle(props: { on?: boolean; defaultOn?: boolean; onOnChange?: (on: boolean) => void }) {
 *   const [on, setOn] = useControllableState({
 *     prop: props.on, defaultProp: props.defaultOn ?? false, onChange: props.onOnChange, name: 'Toggle.on',
 *   });
 *   return <button aria-pressed={on} onClick={() => setOn((v) => !v)}>Toggle</button>;
 * }
 * ```
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
  name = 'state',
}: UseControllableStateOptions<T>): [T, SetStateFn<T>] {
  const [uncontrolled, setUncontrolled] = useState<T>(defaultProp);
  const isControlled = prop !== undefined;
  const value = isControlled ? (prop as T) : uncontrolled;

  // Refs let the setter stay stable while reading the latest value and callback. `latest` is also
  // advanced by the setter itself so that two updaters in one event chain like React's own.
  const latest = useRef(value);
  const onChangeRef = useRef(onChange);
  const controlledRef = useRef(isControlled);
  latest.current = value;
  onChangeRef.current = onChange;
  controlledRef.current = isControlled;

  const wasControlled = useRef(isControlled);
  useEffect(() => {
    if (wasControlled.current !== isControlled && isDev()) {
      const from = wasControlled.current ? 'controlled' : 'uncontrolled';
      const to = isControlled ? 'controlled' : 'uncontrolled';
      console.warn(
        `agentboard: ${name} is changing from ${from} to ${to}. Decide between using a controlled or ` +
          `uncontrolled value for the lifetime of the component (pass a value other than undefined to control it).`,
      );
    }
    wasControlled.current = isControlled;
  }, [isControlled, name]);

  const setValue = useCallback<SetStateFn<T>>((next) => {
    const prev = latest.current;
    const resolved = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
    if (Object.is(resolved, prev)) return;
    latest.current = resolved;
    if (!controlledRef.current) setUncontrolled(resolved);
    onChangeRef.current?.(resolved);
  }, []);

  return [value, setValue];
}
