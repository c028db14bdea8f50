import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AgentManagementViewProps } from '../../../src/index';
import { generateParsedItems, SAMPLE_NOW } from '../../fixtures/sample-data';
import { BASE_PROPS } from '../../fixtures/view-items';
import { renderThenHydrate } from './ssr-helpers';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('server rendering', () => {
  test('renderToString works with a fixed clock and hydrates without warnings (sample data)', async () => {
    const items = generateParsedItems({ count: 300 });
    const r = await renderThenHydrate({ items, viewerId: 'u_me', now: SAMPLE_NOW, timeZone: 'UTC', locale: 'en-US' });
    expect(r.html).toContain('ab-root');
    expect(r.html).toContain('Personal');
    expect(r.html).toContain('Needs you');
    expect(r.messages()).toEqual([]);
    expect(r.recoverable).toEqual([]);
    expect(r.container.querySelector('[role="tab"][data-state="active"]')?.textContent).toContain('Personal');
    expect(r.unmount()).toEqual([]);
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
      expect(r.recoverable).toEqual([]);
      expect(r.unmount()).toEqual([]);
    }
  });
});
