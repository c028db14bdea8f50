import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AgentManagementView, type AgentManagementViewProps } from '../../src/index';
import { generateParsedItems, SAMPLE_NOW } from '../../stories/sample-data';
import { BASE_PROPS } from './view-fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Renders as a server would: no `window` or `document` while rendering. */
function serverRender(props: AgentManagementViewProps): string {
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

async function renderThenHydrate(props: AgentManagementViewProps) {
  const html = serverRender(props);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const errors = vi.spyOn(console, 'error');
  const warnings = vi.spyOn(console, 'warn');
  const recoverable: unknown[] = [];
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => {
    root = hydrateRoot(container, <AgentManagementView {...props} />, {
      onRecoverableError: (error) => recoverable.push(error),
    });
  });
  return { html, container, errors, warnings, recoverable, unmount: () => act(() => root?.unmount()) };
}

describe('server rendering', () => {
  test('renderToString works with a fixed clock and hydrates without warnings (sample data)', async () => {
    const items = generateParsedItems({ count: 300 });
    const r = await renderThenHydrate({ items, viewerId: 'u_me', now: SAMPLE_NOW, timeZone: 'UTC', locale: 'en-US' });
    expect(r.html).toContain('ab-root');
    expect(r.html).toContain('Personal');
    expect(r.html).toContain('Needs you');
    expect(r.errors).not.toHaveBeenCalled();
    expect(r.warnings).not.toHaveBeenCalled();
    expect(r.recoverable).toEqual([]);
    expect(r.container.querySelector('[role="tab"][data-state="active"]')?.textContent).toContain('Personal');
    r.unmount();
  });

  test('every state and option server-renders and hydrates cleanly', async () => {
    const cases: AgentManagementViewProps[] = [
      { ...BASE_PROPS, defaultTab: 'all', defaultFilters: { statuses: ['failed'], sources: ['slack'] } },
      { ...BASE_PROPS, items: [], loading: true },
      { ...BASE_PROPS, items: [] },
      { ...BASE_PROPS, error: new Error('down'), onRetry: () => {} },
      { ...BASE_PROPS, colorScheme: 'dark', theme: { accent: '#7c3aed' }, unstyled: true, density: 'compact' },
    ];
    for (const props of cases) {
      const r = await renderThenHydrate(props);
      expect(r.errors).not.toHaveBeenCalled();
      expect(r.recoverable).toEqual([]);
      r.unmount();
      vi.restoreAllMocks();
      document.body.innerHTML = '';
    }
  });
});
