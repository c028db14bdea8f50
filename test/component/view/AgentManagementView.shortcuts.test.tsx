// The view's own keys: `/` to the search box, `F` to the filter menu — only where no part owns the
// letter, and off with keyboardShortcuts={false}.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { AgentManagementView } from '../../../src/index';
import { BASE_PROPS } from '../../fixtures/view-items';
import { dataRows, filterButton, filterDialog } from './view-helpers';

const searchBox = () => screen.getByRole('searchbox', { name: 'Search agents' });

describe('view keys', () => {
  test('F on a row opens the filter menu with focus inside; Escape gives focus to the Filter button', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} />);
    dataRows()[2]!.focus();
    await user.keyboard('f');
    expect(filterDialog().contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Filters' })).toBeNull();
    expect(document.activeElement).toBe(filterButton());
  });

  test('/ from a tab goes to the search box, selecting what is there, and types no "/"', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultFilters={{ query: 'login' }} />);
    screen.getByRole('tab', { name: /^Personal/ }).focus();
    await user.keyboard('/');
    expect(document.activeElement).toBe(searchBox());
    expect(searchBox()).toHaveProperty('value', 'login');
    // The text was selected: typing replaces it.
    await user.keyboard('deploy');
    expect(searchBox()).toHaveProperty('value', 'deploy');
  });

  test('typing in the search box or type-ahead in the menu keeps the letters', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} />);
    await user.click(searchBox());
    await user.keyboard('fix/');
    expect(searchBox()).toHaveProperty('value', 'fix/');
    expect(screen.queryByRole('dialog', { name: 'Filters' })).toBeNull();

    await user.click(filterButton());
    const status = within(filterDialog()).getByRole('group', { name: 'Status' });
    within(status).getAllByRole('checkbox')[0]!.focus();
    await user.keyboard('f');
    // Type-ahead moved within Status (to Failed); the search box did not take focus, the menu stayed.
    expect(document.activeElement?.getAttribute('data-value')).toBe('failed');
    await user.keyboard('/');
    expect(status.contains(document.activeElement)).toBe(true);
  });

  test('with Ctrl, ⌘ or Alt, or with keyboardShortcuts={false}, the keys do nothing', async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn();
    const { rerender } = render(<AgentManagementView {...BASE_PROPS} onKeyDown={onKeyDown} />);
    const row = dataRows()[0]!;
    row.focus();
    await user.keyboard('{Control>}f{/Control}{Meta>}f{/Meta}{Alt>}/{/Alt}');
    expect(screen.queryByRole('dialog', { name: 'Filters' })).toBeNull();
    expect(document.activeElement).toBe(row);

    rerender(<AgentManagementView {...BASE_PROPS} onKeyDown={onKeyDown} keyboardShortcuts={false} />);
    row.focus();
    await user.keyboard('f/');
    expect(screen.queryByRole('dialog', { name: 'Filters' })).toBeNull();
    expect(document.activeElement).toBe(row);
    // The host's own handler still hears every key.
    expect(onKeyDown.mock.calls.map(([e]) => e.key)).toContain('/');
    expect(searchBox().hasAttribute('aria-keyshortcuts')).toBe(false);
    expect(filterButton().hasAttribute('aria-keyshortcuts')).toBe(false);
  });

  test('the keys are announced on their controls, and the "/" hint shows while the box is empty', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} />);
    expect(searchBox().getAttribute('aria-keyshortcuts')).toBe('/');
    expect(filterButton().getAttribute('aria-keyshortcuts')).toBe('F');
    const hint = () => searchBox().parentElement?.querySelector('kbd');
    expect(hint()?.textContent).toBe('/');
    expect(hint()?.getAttribute('aria-hidden')).toBe('true');
    await user.type(searchBox(), 'x');
    expect(hint()).toBeNull();
  });

  test("a host's handler that prevents the default keeps the key for itself", async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} onKeyDown={(e) => e.key === 'f' && e.preventDefault()} />);
    dataRows()[0]!.focus();
    await user.keyboard('f');
    expect(screen.queryByRole('dialog', { name: 'Filters' })).toBeNull();
  });
});
