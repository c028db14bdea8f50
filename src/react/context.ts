import { createContext, useContext, type Context } from 'react';
import type { ColorScheme } from './types';

/**
 * A context whose consumer fails loudly when used outside its provider, with a message naming
 * both parts (STYLE.md #4).
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

export interface AgentboardRootValue {
  /** Where popovers portal to, so they inherit the root's variables and scheme. */
  portalContainer: HTMLElement | null;
  colorScheme: ColorScheme;
  unstyled: boolean;
}

/** Set by `AgentManagementView` (its root element). Parts rendered alone act as their own root. */
export const AgentboardRootContext = createContext<AgentboardRootValue | null>(null);

export function useAgentboardRoot(): AgentboardRootValue | null {
  return useContext(AgentboardRootContext);
}

/**
 * Attributes a part puts on its outer element when it is rendered on its own (outside the view),
 * so that the default stylesheet, which is scoped under `.ab-root`, still applies to it.
 */
export function useStandaloneRootProps(
  colorScheme: ColorScheme = 'system',
  unstyled = false,
): { className?: string; 'data-color-scheme'?: ColorScheme; 'data-unstyled'?: '' } {
  const root = useAgentboardRoot();
  if (root) return {};
  return { className: 'ab-root', 'data-color-scheme': colorScheme, ...(unstyled ? { 'data-unstyled': '' } : {}) };
}
