import { createContext, useContext, type Context } from 'react';

/**
 * A context whose consumer fails loudly when used outside its provider, with a message naming both
 * parts, so a misplaced part says what it needs instead of rendering half a view.
 *
 * @example
 * ```tsx
 * const [TabsContext, useTabsContext] = createNamedContext<{ tab: string }>('AgentTabs');
 * function AgentTabsList() {
 *   const { tab } = useTabsContext('AgentTabsList'); // throws "`AgentTabsList` must be used within `AgentTabs`."
 *   return <span>{tab}</span>;
 * }
 * ```
 */
export function createNamedContext<T>(rootName: string): [Context<T | null>, (partName: string) => T] {
  const Ctx = createContext<T | null>(null);
  Ctx.displayName = `${rootName}Context`;
  function useNamed(partName: string): T {
    const value = useContext(Ctx);
    if (value === null) throw new Error(`\`${partName}\` must be used within \`${rootName}\`.`);
    return value;
  }
  return [Ctx, useNamed];
}
