import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AgentManagementView, type AgentFilters, type AgentTab } from '../../../src/index';
import { BASE_PROPS } from '../../fixtures/view-items';
import { descriptionOf, visibleTitles } from './view-helpers';

describe('AgentManagementView: tabs and filters state', () => {
  test('tab counts reflect the current filters', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} />);
    expect(descriptionOf(screen.getByRole('tab', { name: 'Personal' }))).toBe('5 items, 1 running');
    expect(descriptionOf(screen.getByRole('tab', { name: 'All' }))).toBe('9 items, 1 running');
    await user.click(within(screen.getByRole('region', { name: 'Summary' })).getByRole('button', { name: /^Failed / }));
    expect(descriptionOf(screen.getByRole('tab', { name: 'Personal' }))).toBe('2 items');
    expect(descriptionOf(screen.getByRole('tab', { name: 'All' }))).toBe('4 items');
    expect(screen.getByRole('tab', { name: 'All' }).hasAttribute('data-running')).toBe(false);
  });

  test('uncontrolled tab and filters: defaults apply and changes are reported', async () => {
    const user = userEvent.setup();
    const onTabChange = vi.fn();
    const onFiltersChange = vi.fn();
    render(
      <AgentManagementView
        {...BASE_PROPS}
        defaultTab="all"
        defaultFilters={{ sources: ['slack'] }}
        onTabChange={onTabChange}
        onFiltersChange={onFiltersChange}
      />,
    );
    expect(visibleTitles()).toHaveLength(3);
    await user.click(screen.getByRole('tab', { name: 'Personal' }));
    expect(onTabChange).toHaveBeenCalledWith('personal');
    expect(visibleTitles()).toEqual(['Fix flaky login test']);
    await user.click(screen.getByRole('button', { name: 'Remove Source: Slack' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
    expect(visibleTitles()).toHaveLength(5);
  });

  test('controlled tab and filters: the view shows the props and only asks for changes', async () => {
    const user = userEvent.setup();
    const onTabChange = vi.fn();
    const onFiltersChange = vi.fn();
    const { rerender } = render(
      <AgentManagementView
        {...BASE_PROPS}
        tab="all"
        filters={{ statuses: ['failed'] }}
        onTabChange={onTabChange}
        onFiltersChange={onFiltersChange}
      />,
    );
    expect(visibleTitles()).toHaveLength(4);
    await user.click(screen.getByRole('tab', { name: 'Personal' }));
    expect(onTabChange).toHaveBeenCalledWith('personal');
    expect(screen.getByRole('tab', { name: 'All' }).getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Remove Status: Failed' }));
    expect(onFiltersChange).toHaveBeenCalledWith({});
    expect(visibleTitles()).toHaveLength(4);
    rerender(
      <AgentManagementView
        {...BASE_PROPS}
        tab="personal"
        filters={{}}
        onTabChange={onTabChange}
        onFiltersChange={onFiltersChange}
      />,
    );
    expect(visibleTitles()).toHaveLength(5);
  });

  test('controlled round trip through a parent', async () => {
    const user = userEvent.setup();
    function Parent() {
      const [tab, setTab] = useState<AgentTab>('personal');
      const [filters, setFilters] = useState<AgentFilters>({});
      return (
        <AgentManagementView
          {...BASE_PROPS}
          tab={tab}
          onTabChange={setTab}
          filters={filters}
          onFiltersChange={setFilters}
        />
      );
    }
    render(<Parent />);
    await user.click(screen.getByRole('tab', { name: 'All' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search agents' }), 'priya');
    expect(visibleTitles()).toEqual(['Answer billing thread', 'Close stale issues', 'Run the CLI migration']);
  });

  test('switching a prop from uncontrolled to controlled warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<AgentManagementView {...BASE_PROPS} />);
    rerender(<AgentManagementView {...BASE_PROPS} filters={{ statuses: ['failed'] }} />);
    expect(warn.mock.calls.some(([m]) => /filters is changing from uncontrolled to controlled/.test(String(m)))).toBe(
      true,
    );
    warn.mockRestore();
  });

  test('the search box filters by title, creator name or id', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search agents' }), 'nightly');
    expect(visibleTitles()).toEqual(['Nightly dependency audit', 'Nightly deploy']);
  });
});
