import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { AgentManagementView } from '../../../src/index';
import { BASE_PROPS } from '../../fixtures/view-items';
import { visibleTitles } from './view-helpers';

describe('AgentManagementView: states', () => {
  test('loading shows skeleton rows and marks the list busy', () => {
    render(<AgentManagementView {...BASE_PROPS} items={[]} loading />);
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-busy')).toBe('true');
    expect(grid.querySelectorAll('.ab-skeleton-row').length).toBeGreaterThan(0);
    expect(screen.queryByText('No agent activity yet')).toBeNull();
  });

  test('no data at all: "No agent activity yet" with a helpful line, no Clear filters', () => {
    render(<AgentManagementView {...BASE_PROPS} items={[]} />);
    expect(screen.getByText('No agent activity yet')).toBeTruthy();
    expect(screen.getByText(/will appear here/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  test('empty because of filters: "No items match these filters" and Clear filters restores the list', async () => {
    const user = userEvent.setup();
    // Only Priya's run came from the CLI: nothing of the viewer's matches.
    render(<AgentManagementView {...BASE_PROPS} defaultFilters={{ sources: ['cli'] }} />);
    expect(screen.getByText('No items match these filters')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(visibleTitles()).toHaveLength(5);
  });

  test('error: the message and a Retry button calling onRetry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<AgentManagementView {...BASE_PROPS} error={new Error('HTTP 503 from the agents API')} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Agent activity could not be loaded');
    expect(alert.textContent).toContain('HTTP 503 from the agents API');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('grid')).toBeNull();
  });
});
