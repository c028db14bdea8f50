import { act } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { AgentManagementView, type AgentManagementViewProps } from '../../../src/index';
import { guardConsole } from './hardening-helpers';

/** Renders as a server would: no `window` or `document` while rendering. */
export function serverRender(props: AgentManagementViewProps): string {
  const g = globalThis as Record<string, unknown>;
  const saved = { window: g.window, document: g.document };
  g.window = undefined;
  g.document = undefined;
  try {
    return renderToString(<AgentManagementView {...props} />);
  } finally {
    g.window = saved.window;
    g.document = saved.document;
  }
}

/**
 * Server-renders the view, puts the markup in the page and hydrates it with the same props.
 * `messages` holds every console.error/warn and `recoverable` every hydration error reported so far;
 * `unmount()` tears the root down and returns the messages collected until then.
 */
export async function renderThenHydrate(props: AgentManagementViewProps) {
  const html = serverRender(props);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const guard = guardConsole();
  const recoverable: unknown[] = [];
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => {
    root = hydrateRoot(container, <AgentManagementView {...props} />, {
      onRecoverableError: (error) => recoverable.push(error),
    });
  });
  return {
    html,
    container,
    recoverable,
    messages: () => guard.messages(),
    unmount(): string[] {
      act(() => root?.unmount());
      const messages = guard.messages();
      guard.restore();
      container.remove();
      return messages;
    },
  };
}
