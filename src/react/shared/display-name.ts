/**
 * Gives a component its DevTools name inside the expression that creates it. A module-level
 * `Part.displayName = …` statement is a side effect, which keeps an unused part (and everything it
 * imports) in a host's bundle; a call marked free of side effects is dropped with the part.
 *
 * @example
 * ```tsx
 * export const Panel = withDisplayName(/* @__PURE__ *\/ forwardRef(function Panel(props, ref) { … }), 'Panel');
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function withDisplayName<T extends object>(component: T, displayName: string): T {
  return Object.assign(component, { displayName });
}
