import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { AgentManagementView, type AgentItem } from '../../../src/index';
import { BASE_PROPS, ITEMS } from '../../fixtures/view-items';
import { descriptionOf, filterButton, filterDialog, section, visibleTitles } from '../view/view-helpers';
import { option } from './filter-menu-helpers';

describe('FilterMenu in the view', () => {
  test('the trigger opens a dialog with Source, Status and Day of creation; Creator only on All', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} />);
    expect(filterButton().getAttribute('aria-expanded')).toBe('false');
    await user.click(filterButton());
    expect(filterButton().getAttribute('data-state')).toBe('open');
    const dialog = filterDialog();
    expect(within(dialog).getByRole('group', { name: 'Source' })).toBeTruthy();
    expect(within(dialog).getByRole('group', { name: 'Status' })).toBeTruthy();
    expect(within(dialog).getByRole('group', { name: 'Day of creation' })).toBeTruthy();
    expect(within(dialog).queryByRole('group', { name: 'Creator' })).toBeNull();

    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('tab', { name: 'All' }));
    await user.click(filterButton());
    expect(within(filterDialog()).getByRole('group', { name: 'Creator' })).toBeTruthy();
  });

  test('options show faceted counts from getFacets', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(filterButton());
    const slack = option('Source', 'Slack');
    expect(descriptionOf(slack)).toBe('3'); // i2, i4, i7
    expect(descriptionOf(option('Status', 'Failed'))).toBe('4'); // i2, i4, i6, i8
    expect(descriptionOf(within(section('Day of creation')).getByRole('radio', { name: 'Today' }))).toBe('6'); // all but i5 (yesterday), i7, i8

    // Faceted: selecting Slack narrows the Status counts but not the Source counts.
    await user.click(slack);
    expect(descriptionOf(option('Status', 'Failed'))).toBe('2');
    expect(descriptionOf(option('Source', 'Linear'))).toBe('2');
  });

  test('the viewer is listed first among creators, as "Me"', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(filterButton());
    const creators = within(section('Creator')).getAllByRole('checkbox');
    expect(
      creators.map(
        (c) =>
          c.getAttribute('aria-labelledby') && document.getElementById(c.getAttribute('aria-labelledby')!)?.textContent,
      ),
    ).toEqual(['Me', 'Marcus Chen', 'Priya Raman']);
    await user.click(option('Creator', 'Me'));
    expect(screen.getByRole('button', { name: 'Remove Creator: Me' })).toBeTruthy();
  });

  test('the Creator section grows a search box once there are more than eight creators', async () => {
    const user = userEvent.setup();
    const people = Array.from({ length: 10 }, (_, i) => ({
      id: `u_${i}`,
      name: `Person ${String.fromCharCode(65 + i)}`,
    }));
    const items: AgentItem[] = people.map((p, i) => ({ ...ITEMS[3]!, id: `x${i}`, creator: p }));
    render(<AgentManagementView {...BASE_PROPS} items={[...ITEMS, ...items]} defaultTab="all" />);
    await user.click(filterButton());
    const search = within(section('Creator')).getByRole('searchbox', { name: 'Search creators' });
    await user.type(search, 'person c');
    expect(within(section('Creator')).getAllByRole('checkbox').length).toBe(1);
    expect(option('Creator', 'Person C')).toBeTruthy();
  });

  test('no search box with few creators', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(filterButton());
    expect(within(section('Creator')).queryByRole('searchbox')).toBeNull();
  });

  test('the trigger names the active count; chips remove one filter each; Clear all clears', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(filterButton());
    await user.click(option('Status', 'Failed'));
    await user.click(option('Source', 'Slack'));
    await user.keyboard('{Escape}');
    expect(filterButton().getAttribute('aria-label')).toBe('Filter, 2 active');
    expect(visibleTitles()).toEqual(['Answer billing thread', 'Fix flaky login test']);

    await user.click(screen.getByRole('button', { name: 'Remove Source: Slack' }));
    expect(screen.queryByRole('button', { name: 'Remove Source: Slack' })).toBeNull();
    expect(filterButton().getAttribute('aria-label')).toBe('Filter, 1 active');
    expect(visibleTitles()).toHaveLength(4);
    // Focus moved to the remaining chip, not lost.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Status: Failed' }));

    await user.click(filterButton());
    await user.click(within(section('Day of creation')).getByRole('radio', { name: 'Today' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Remove Day of creation: Today' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.queryByRole('toolbar', { name: 'Active filters' })).toBeNull();
    expect(filterButton().getAttribute('aria-label')).toBeNull();
    expect(filterButton().textContent).toBe('Filter');
    expect(document.activeElement).toBe(filterButton());
    expect(visibleTitles()).toHaveLength(ITEMS.length);
  });

  test('the chips and "Clear all" are one tab stop: ←/→ and End move between them, Enter removes', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(filterButton());
    await user.click(option('Status', 'Failed'));
    await user.click(option('Source', 'Slack'));
    await user.keyboard('{Escape}');
    const bar = screen.getByRole('toolbar', { name: 'Active filters' });
    const [first, second, clear] = within(bar).getAllByRole('button');
    expect(clear?.textContent).toBe('Clear all');
    await user.tab();
    expect(document.activeElement).toBe(first);
    expect([first, second, clear].map((b) => b?.tabIndex)).toEqual([0, -1, -1]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(clear);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(second);
    const name = second?.getAttribute('aria-label');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: name ?? '' })).toBeNull();
    // The remaining chip holds focus and the one tab stop.
    const rest = within(screen.getByRole('toolbar', { name: 'Active filters' })).getAllByRole('button');
    expect(rest).toHaveLength(2);
    expect(document.activeElement).toBe(rest[0]);
    expect(rest.map((b) => b.tabIndex)).toEqual([0, -1]);
  });

  test('keyboard: one tab stop per section, arrows and Home/End within it, type-ahead, Space toggles, Escape returns focus', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    filterButton().focus();
    await user.keyboard('{Enter}');
    const dialog = filterDialog();
    // Radix focuses the first focusable element of the content: the Source section's first option.
    const sources = within(section('Source')).getAllByRole('checkbox');
    await waitFor(() => expect(document.activeElement).toBe(sources[0]));
    // Only the section's current option is in the tab order.
    expect(sources.filter((box) => box.tabIndex === 0)).toEqual([sources[0]]);

    // Tab leaves the Source section for the Status section, whatever its number of options.
    const statuses = within(section('Status')).getAllByRole('checkbox');
    await user.tab();
    await waitFor(() => expect(document.activeElement).toBe(statuses[0]));

    // ↓ moves within the section, End and Home jump, ↓ on the last wraps to the first.
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(statuses[1]));
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toBe(statuses.at(-1)));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(statuses[0]));
    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement).toBe(statuses[0]));

    // Typing "f" moves to "Failed"; Space ticks it.
    const failed = option('Status', 'Failed');
    await user.keyboard('f');
    expect(document.activeElement).toBe(failed);
    await user.keyboard(' ');
    expect((failed as HTMLInputElement).checked).toBe(true);
    expect(failed.tabIndex).toBe(0);

    // The section keeps only its current option in the tab order (Shift+Tab out is checked in Chromium).
    expect(statuses.filter((box) => box.tabIndex === 0)).toEqual([failed]);
    expect(dialog.contains(document.activeElement)).toBe(true);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Filters' })).toBeNull();
    expect(document.activeElement).toBe(filterButton());
    expect(filterButton().getAttribute('aria-label')).toBe('Filter, 1 active');
  });

  test('Day of creation: presets are one radio group; "A day…" and "Range…" take native date inputs', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" onFiltersChange={onFiltersChange} />);
    await user.click(filterButton());
    const day = section('Day of creation');
    const names = within(day)
      .getAllByRole('radio')
      .map((r) => document.getElementById(r.getAttribute('aria-labelledby')!)?.textContent);
    expect(names).toEqual([
      'Any time',
      'Today',
      'Yesterday',
      'Last 24 hours',
      'Past 3 days',
      'Last week',
      'A day…',
      'Range…',
    ]);

    await user.click(within(day).getByRole('radio', { name: 'A day…' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ createdOn: { day: '2026-11-25' } });
    const dayInput = within(day).getByLabelText('Day') as HTMLInputElement;
    expect(dayInput.type).toBe('date');
    fireEvent.change(dayInput, { target: { value: '2026-11-22' } });
    expect(onFiltersChange).toHaveBeenLastCalledWith({ createdOn: { day: '2026-11-22' } });
    expect(visibleTitles()).toEqual(['Summarise incidents']);

    await user.click(within(day).getByRole('radio', { name: 'Range…' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ createdOn: { from: '2026-11-19', to: '2026-11-25' } });
    expect((within(day).getByLabelText('From') as HTMLInputElement).value).toBe('2026-11-19');
    expect((within(day).getByLabelText('To') as HTMLInputElement).value).toBe('2026-11-25');

    await user.click(within(day).getByRole('radio', { name: 'Any time' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
  });

  test('host facets add sections over meta', async () => {
    const user = userEvent.setup();
    const items = ITEMS.map((it, i) => ({ ...it, meta: { environment: i % 2 ? 'staging' : 'production' } }));
    render(
      <AgentManagementView
        {...BASE_PROPS}
        items={items}
        defaultTab="all"
        facetDefinitions={[{ key: 'environment', label: 'Environment' }]}
      />,
    );
    await user.click(filterButton());
    const env = section('Environment');
    await user.click(within(env).getByRole('checkbox', { name: 'staging' }));
    expect(visibleTitles()).toHaveLength(4);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Remove Environment: staging' })).toBeTruthy();
  });
});
