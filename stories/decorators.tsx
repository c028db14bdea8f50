import type { Decorator } from '@storybook/react-vite';
import { useMemo, useState, type ReactNode } from 'react';
import { AgentboardRootContext, type AgentboardRootValue } from '../src/react/context';

type Scheme = 'light' | 'dark';

/**
 * A part shown on its own gets the same themed root it has inside `AgentManagementView`: an
 * `.ab-root` element in the toolbar's color scheme that its popovers portal into. (Parts rendered
 * outside the view otherwise make themselves a root in the `system` scheme, which would not follow
 * the toolbar.)
 */
function StoryRoot({ scheme, children }: { scheme: Scheme; children: ReactNode }) {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const value = useMemo<AgentboardRootValue>(
    () => ({ portalContainer: el, colorScheme: scheme, unstyled: false }),
    [el, scheme],
  );
  return (
    <div ref={setEl} className="ab-root" data-color-scheme={scheme}>
      <AgentboardRootContext.Provider value={value}>{children}</AgentboardRootContext.Provider>
    </div>
  );
}

export const withAgentboardRoot: Decorator = (Story, context) => (
  <StoryRoot scheme={context.globals.colorScheme === 'dark' ? 'dark' : 'light'}>
    <Story />
  </StoryRoot>
);

/** A host panel of a given size (outlined), to show how a part or the view lays out in it. */
export function withFrame(width: number | string, height?: number | string): Decorator {
  return (Story) => (
    <div className="sb-agentboard-frame" data-outlined="" style={{ width, height }}>
      <Story />
    </div>
  );
}

/**
 * The whole canvas: the view fills its container, so the container must have a height (the
 * viewport's in a story, a fixed one on a docs page where many stories stack).
 */
export const withFullCanvas: Decorator = (Story, context) => (
  <div className="sb-agentboard-frame" style={{ width: '100%', height: context.viewMode === 'docs' ? 560 : '100vh' }}>
    <Story />
  </div>
);
