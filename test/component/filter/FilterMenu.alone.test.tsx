import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { FilterChips, FilterMenu, FilterMenuContent, FilterMenuSection, type AgentFilters } from '../../../src/index';
import { PRIYA, VIEWER } from '../../fixtures/view-items';
import { filterButton, section } from '../view/view-helpers';
import { facetsFor, option } from './filter-menu-helpers';

describe('FilterMenu alone', () => {
  test('uncontrolled: keeps its own filters and reports them', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    render(<FilterMenu facets={facetsFor({})} viewerId={VIEWER.id} onFiltersChange={onFiltersChange} />);
    await user.click(filterButton());
    await user.click(option('Status', 'Failed'));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ statuses: ['failed'] });
    expect((option('Status', 'Failed') as HTMLInputElement).checked).toBe(true);
    expect(filterButton().getAttribute('aria-label')).toBe('Filter, 1 active');
  });

  test('controlled: shows the prop and only asks to change', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    const filters: AgentFilters = { sources: ['slack'] };
    render(
      <FilterMenu
        filters={filters}
        facets={facetsFor(filters)}
        viewerId={VIEWER.id}
        onFiltersChange={onFiltersChange}
      />,
    );
    expect(screen.getByRole('button', { name: 'Remove Source: Slack' })).toBeTruthy();
    await user.click(filterButton());
    await user.click(option('Source', 'Linear'));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ sources: ['slack', 'linear'] });
    expect((option('Source', 'Linear') as HTMLInputElement).checked).toBe(false);
  });

  test('controlled round trip with a parent', async () => {
    const user = userEvent.setup();
    function Parent() {
      const [filters, setFilters] = useState<AgentFilters>({});
      return (
        <FilterMenu
          filters={filters}
          onFiltersChange={setFilters}
          facets={facetsFor(filters)}
          tab="all"
          viewerId={VIEWER.id}
        />
      );
    }
    render(<Parent />);
    await user.click(filterButton());
    await user.click(option('Creator', PRIYA.name));
    expect((option('Creator', PRIYA.name) as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Remove Creator: Priya Raman' })).toBeTruthy();
  });

  test('"All integrations" selects Slack and Linear together, and reads mixed when partial', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    render(
      <FilterMenu defaultFilters={{ sources: ['slack'] }} facets={facetsFor({})} onFiltersChange={onFiltersChange} />,
    );
    await user.click(filterButton());
    const integrations = option('Source', 'All integrations');
    expect(integrations.getAttribute('aria-checked')).toBe('mixed');
    await user.click(integrations);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ sources: ['slack', 'linear'] });
    await user.click(integrations);
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
  });

  test('type-ahead: a letter typed again cycles through its options; after a pause the typing starts over', () => {
    vi.useFakeTimers();
    try {
      const names = ['Alpha', 'Avocado', 'Beta', 'Banana', 'Bark'];
      render(
        <FilterMenu defaultOpen facets={facetsFor({})}>
          <FilterMenuContent>
            <FilterMenuSection
              title="Environment"
              field="facet:env"
              options={names.map((label) => ({ value: label.toLowerCase(), label, count: 1 }))}
              onToggle={() => {}}
            />
          </FilterMenuContent>
        </FilterMenu>,
      );
      const box = (name: string) => within(section('Environment')).getByRole('checkbox', { name });
      const type = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });
      box('Alpha').focus();
      type('a');
      expect(document.activeElement).toBe(box('Avocado'));
      type('a');
      expect(document.activeElement).toBe(box('Alpha'));
      vi.advanceTimersByTime(600);
      // "ba" then "r" refine from the option that has focus: Banana, then Bark.
      type('b');
      type('a');
      expect(document.activeElement).toBe(box('Banana'));
      type('r');
      expect(document.activeElement).toBe(box('Bark'));
      // No option starts with "barx": focus stays; Space is the checkbox's, never type-ahead.
      type('x');
      expect(document.activeElement).toBe(box('Bark'));
      vi.advanceTimersByTime(600);
      type(' ');
      expect(document.activeElement).toBe(box('Bark'));
    } finally {
      vi.useRealTimers();
    }
  });

  test('parts outside FilterMenu throw a clear message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<FilterChips />)).toThrow('`FilterChips` must be used within `FilterMenu`.');
    expect(() => render(<FilterMenuSection title="x" field="x" options={[]} onToggle={() => {}} />)).toThrow(
      '`FilterMenuSection` must be used within `FilterMenu`.',
    );
    vi.restoreAllMocks();
  });
});
