import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AgentManagementView } from '../../../src/index';
import { BASE_PROPS } from '../../fixtures/view-items';
import { filterButton } from './view-helpers';

describe('AgentManagementView: theming', () => {
  test('theme tokens become --ab-* variables on the root; style is merged last', () => {
    const { container } = render(
      <AgentManagementView
        {...BASE_PROPS}
        theme={{ accent: '#7c3aed', radius: 12, fontFamily: 'Inter', statusFailed: 'crimson' }}
        style={{ height: 500 }}
      />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.classList.contains('ab-root')).toBe(true);
    expect(root.style.getPropertyValue('--ab-accent')).toBe('#7c3aed');
    expect(root.style.getPropertyValue('--ab-radius')).toBe('12px');
    expect(root.style.getPropertyValue('--ab-font')).toBe('Inter');
    expect(root.style.getPropertyValue('--ab-status-failed')).toBe('crimson');
    expect(root.style.height).toBe('500px');
  });

  test('colorScheme sets data-color-scheme (system by default)', () => {
    const { container, rerender } = render(<AgentManagementView {...BASE_PROPS} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('data-color-scheme')).toBe('system');
    rerender(<AgentManagementView {...BASE_PROPS} colorScheme="dark" />);
    expect(root.getAttribute('data-color-scheme')).toBe('dark');
  });

  test('className comes last; classNames reach every slot', async () => {
    const user = userEvent.setup();
    const classNames = {
      root: 'h-root',
      header: 'h-header',
      tabs: 'h-tabs',
      tab: 'h-tab',
      filterTrigger: 'h-trigger',
      filterContent: 'h-content',
      chip: 'h-chip',
      summary: 'h-summary',
      summaryItem: 'h-summary-item',
      pinned: 'h-pinned',
      list: 'h-list',
      row: 'h-row',
    };
    const { container } = render(
      <AgentManagementView
        {...BASE_PROPS}
        className="host-last"
        classNames={classNames}
        defaultFilters={{ sources: ['slack'] }}
      />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.className.split(' ').at(-1)).toBe('host-last');
    expect(root.classList.contains('h-root')).toBe(true);
    expect(container.querySelector('.ab-header')?.classList.contains('h-header')).toBe(true);
    expect(screen.getByRole('tablist').classList.contains('h-tabs')).toBe(true);
    expect(screen.getByRole('tab', { name: 'All' }).classList.contains('h-tab')).toBe(true);
    expect(filterButton().classList.contains('h-trigger')).toBe(true);
    expect(screen.getByRole('button', { name: 'Remove Source: Slack' }).classList.contains('h-chip')).toBe(true);
    expect(screen.getByRole('region', { name: 'Summary' }).classList.contains('h-summary')).toBe(true);
    expect(
      within(screen.getByRole('region', { name: 'Summary' }))
        .getByRole('button', { name: /^Failed / })
        .classList.contains('h-summary-item'),
    ).toBe(true);
    expect(screen.getByRole('grid').classList.contains('h-list')).toBe(true);
    await user.click(filterButton());
    expect(screen.getByRole('dialog', { name: 'Filters' }).classList.contains('h-content')).toBe(true);
  });

  test('classNames for the pinned section and the states', () => {
    const { unmount } = render(<AgentManagementView {...BASE_PROPS} classNames={{ pinned: 'h-pinned' }} />);
    expect(screen.getByRole('region', { name: /Needs you/ }).classList.contains('h-pinned')).toBe(true);
    unmount();
    render(<AgentManagementView {...BASE_PROPS} error="boom" classNames={{ error: 'h-error' }} />);
    expect(screen.getByRole('alert').classList.contains('h-error')).toBe(true);
  });

  test('unstyled marks the root (the stylesheet scopes its look away) and keeps everything working', async () => {
    const user = userEvent.setup();
    const { container } = render(<AgentManagementView {...BASE_PROPS} unstyled />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.hasAttribute('data-unstyled')).toBe(true);
    await user.click(filterButton());
    // The popover portals into the root, so the root's scoping covers it too.
    expect(root.contains(screen.getByRole('dialog', { name: 'Filters' }))).toBe(true);
  });

  test('data-* state on the root and parts', async () => {
    const user = userEvent.setup();
    const { container } = render(<AgentManagementView {...BASE_PROPS} density="compact" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('data-tab')).toBe('personal');
    expect(root.getAttribute('data-density')).toBe('compact');
    expect(root.getAttribute('data-state')).toBe('ready');
    await user.click(screen.getByRole('tab', { name: 'All' }));
    expect(root.getAttribute('data-tab')).toBe('all');
    expect(screen.getByRole('tab', { name: 'All' }).getAttribute('data-state')).toBe('active');
    expect(filterButton().getAttribute('data-state')).toBe('closed');
  });
});
