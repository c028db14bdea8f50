import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AgentManagementView, type AgentItem } from '../../../src/index';
import { BASE_PROPS, ITEMS } from '../../fixtures/view-items';
import { visibleTitles } from './view-helpers';

describe('AgentManagementView: live region', () => {
  test('announces the result count after filtering, not on mount and not when items change', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');

    await user.click(within(screen.getByRole('region', { name: 'Summary' })).getByRole('button', { name: /^Failed / }));
    expect(status.textContent).toBe('4 agent runs');

    // A live update (new items, ticking) does not re-announce.
    const extra: AgentItem = { ...ITEMS[1]!, id: 'new', title: 'Another failure' };
    rerender(<AgentManagementView {...BASE_PROPS} items={[...ITEMS, extra]} defaultTab="all" />);
    expect(visibleTitles()).toHaveLength(5);
    expect(status.textContent).toBe('4 agent runs');

    await user.click(screen.getByRole('tab', { name: 'Personal' }));
    expect(status.textContent).toBe('3 agent runs');
    await user.click(screen.getByRole('button', { name: 'Remove Status: Failed' }));
    expect(status.textContent).toBe('6 agent runs');
  });

  test('singular and localised', async () => {
    const user = userEvent.setup();
    render(
      <AgentManagementView {...BASE_PROPS} labels={{ resultCount: (n, f) => `${f} Agent${n === 1 ? '' : 'en'}` }} />,
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search agents' }), 'deploy plan');
    // Said once the typing pauses.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 Agent'));
  });
});
