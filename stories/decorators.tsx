import type { Decorator } from '@storybook/react-vite';
import { AgentboardRoot } from '../src';

/**
 * A part shown on its own gets the same themed root it has inside `AgentManagementView`: the public
 * `<AgentboardRoot>` in the toolbar's color scheme, which its popovers portal into. (Parts rendered
 * outside any root otherwise make themselves a root in the `system` scheme, which would not follow
 * the toolbar.)
 */
export const withAgentboardRoot: Decorator = (Story, context) => (
  <AgentboardRoot colorScheme={context.globals.colorScheme === 'dark' ? 'dark' : 'light'}>
    <Story />
  </AgentboardRoot>
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
