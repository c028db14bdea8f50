import { createContext, useContext } from 'react';
import type { ColorScheme } from '../shared';

export interface AgentboardRootValue {
  /** Where popovers portal to, so they inherit the root's variables and scheme. */
  portalContainer: HTMLElement | null;
  colorScheme: ColorScheme;
  unstyled: boolean;
}

/** Set by `AgentboardRoot` (the view renders one). Parts rendered outside any act as their own root. */
export const AgentboardRootContext = /* @__PURE__ */ createContext<AgentboardRootValue | null>(null);
AgentboardRootContext.displayName = 'AgentboardRootContext';

/** The nearest root's element, scheme and `unstyled` flag, or `null` outside any root. */
export function useAgentboardRoot(): AgentboardRootValue | null {
  return useContext(AgentboardRootContext);
}

/**
 * Attributes a part puts on its outer element when it is rendered on its own (outside any root),
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
