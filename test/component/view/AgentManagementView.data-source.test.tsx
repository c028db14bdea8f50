/**
 * The management view wired to a data source, tested through roles and labels like a user: a fake
 * source whose answers the test releases by hand (in any order, or as failures) and whose live
 * listener the test calls.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { controlledSource } from '../hooks/data-source-helpers';
import { descriptionOf, filterButton, section } from './view-helpers';
import {
  grid,
  input,
  page,
  pickFilter,
  renderView,
  statusText,
  titles,
  withRealClockAfterEach,
} from './view-data-source-helpers';

withRealClockAfterEach();

describe('AgentManagementView with a data source: the tab not shown', () => {
  const personalTab = () => screen.getByRole('tab', { name: 'Personal' });
  const allTab = () => screen.getByRole('tab', { name: 'All' });

  test('shows its count when the answer tells it (tabTotals), with no live dot; none when it does not', async () => {
    const source = controlledSource();
    const { unmount } = renderView(source);
    await source.answer(source.last(), {
      items: page('a', 3),
      total: 12_345,
      tabTotals: { personal: 40, all: 12_345 },
    });
    expect(descriptionOf(allTab())).toBe('12,345 items');
    expect(descriptionOf(personalTab())).toBe('40 items');
    // The count beside the name (hidden from the accessible name, which stays "Personal").
    expect(personalTab().querySelector('[aria-hidden="true"]')?.textContent).toBe('40');
    expect(personalTab().hasAttribute('data-running')).toBe(false);
    unmount();

    const untold = controlledSource();
    renderView(untold, { defaultTab: 'personal' });
    await untold.answer(untold.last(), { items: page('a', 3), total: 3 });
    expect(descriptionOf(personalTab())).toBe('3 items');
    expect(descriptionOf(allTab())).toBe('');
    expect(allTab().textContent).toBe('All');
    expect(allTab().hasAttribute('aria-describedby')).toBe(false);
  });

  test('shows no count for a bad number, and reports it to onDataIssues', async () => {
    const source = controlledSource();
    const onDataIssues = vi.fn();
    renderView(source, { onDataIssues });
    await source.answer(source.last(), { items: page('a', 3), total: 3, tabTotals: { personal: -2 } });
    expect(descriptionOf(personalTab())).toBe('');
    expect(titles()).toHaveLength(3);
    expect(onDataIssues).toHaveBeenCalledWith([expect.objectContaining({ path: 'tabTotals.personal' })]);
  });

  test('moves with a live run that lands on it, like the current tab’s count', async () => {
    const source = controlledSource();
    renderView(source);
    await source.answer(source.last(), { items: page('a', 3), total: 30, tabTotals: { personal: 10, all: 30 } });
    // A new run of the viewer's is on both tabs; a teammate's new run on All only.
    source.emit({ upsert: [input('mine', 0)] });
    source.emit({ upsert: [input('theirs', 0, { creator: { id: 'u_priya', name: 'Priya Raman' } })] });
    expect(descriptionOf(allTab())).toBe('32 items');
    expect(descriptionOf(personalTab())).toBe('11 items');
  });

  test('shows no count of an earlier question while the new one loads', async () => {
    const user = userEvent.setup();
    const source = controlledSource();
    renderView(source);
    await source.answer(source.last(), { items: page('a', 3), total: 30, tabTotals: { personal: 10, all: 30 } });
    await pickFilter(user, 'Status', 'checkbox', 'Failed');
    expect(descriptionOf(personalTab())).toBe('');
    await source.answer(source.last(), { items: page('f', 2), total: 2, tabTotals: { personal: 1, all: 2 } });
    expect(descriptionOf(personalTab())).toBe('1 item');

    await user.click(personalTab());
    expect(descriptionOf(allTab())).toBe('');
    await source.answer(source.last(), { items: page('p', 1), total: 1, tabTotals: { personal: 1, all: 2 } });
    expect(descriptionOf(personalTab())).toBe('1 item');
    expect(descriptionOf(allTab())).toBe('2 items');
  });
});

describe('AgentManagementView with a data source: querying', () => {
  test('asks for the first page, shows its rows, the total and the tab count; skeleton rows until then', async () => {
    const source = controlledSource();
    renderView(source, { pageSize: 3 });
    expect(grid().getAttribute('aria-busy')).toBe('true');
    expect(grid().getAttribute('data-state')).toBe('loading');
    expect(source.calls).toHaveLength(1);
    expect(source.last().query).toMatchObject({ tab: 'all', viewerId: 'u_me', filters: {}, limit: 3, timeZone: 'UTC' });

    await source.answer(source.last(), { items: page('a', 3), nextCursor: 'c2', total: 12_345 });
    expect(titles()).toEqual(['Run a000', 'Run a001', 'Run a002']);
    expect(screen.getByText('Showing 3 of 12,345')).toBeTruthy();
    expect(descriptionOf(screen.getByRole('tab', { name: 'All' }))).toBe('12,345 items');
    // The answer did not count the other tab (no `tabTotals`): none is shown rather than a wrong one.
    expect(descriptionOf(screen.getByRole('tab', { name: 'Personal' }))).toBe('');
    expect(grid().getAttribute('aria-busy')).toBeNull();
  });

  test('the summary counts every match (total, status facets); credits only when the host sums them', async () => {
    const source = controlledSource();
    const { unmount } = renderView(source, { summary: true });
    await source.answer(source.last(), {
      items: page('a', 2),
      total: 40,
      facets: {
        statuses: [
          { value: 'working', label: 'Working', count: 10 },
          { value: 'failed', label: 'Failed', count: 30 },
        ],
      },
      summary: { credits: 1234.5, creditsBySource: [{ value: 'slack', label: 'Slack', count: 1234.5 }] },
    });
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary.querySelector('[data-kind="total"]')?.textContent).toContain('40');
    expect(within(summary).getByRole('button', { name: /^Failed / }).textContent).toContain('30');
    expect(within(summary).getByRole('button', { name: /^Working now / }).textContent).toContain('10');
    expect(within(summary).getByRole('button', { name: /^Credits total/ }).textContent).toContain('1,234.5');
    unmount();

    // No sums from the host: the loaded rows' sum would understate the credits, so none is shown.
    const other = controlledSource();
    renderView(other, { summary: true });
    await other.answer(other.last(), { items: page('a', 2), total: 40 });
    expect(
      within(screen.getByRole('region', { name: 'Summary' })).queryByRole('button', { name: /^Credits total/ }),
    ).toBeNull();
  });

  test('pins no "Needs you" by default: a page holds only some of the blocked items', async () => {
    const source = controlledSource();
    const blocked = { status: 'needs_input', kind: 'interactive', source: 'interactive' };
    const { unmount } = renderView(source, { defaultTab: 'personal' });
    await source.answer(source.last(), { items: [input('b', 1, blocked)], total: 1 });
    expect(screen.queryByRole('region', { name: /Needs you/ })).toBeNull();
    unmount();
    const other = controlledSource();
    renderView(other, { defaultTab: 'personal', pinBlocked: true });
    await other.answer(other.last(), { items: [input('b', 1, blocked)], total: 1 });
    expect(screen.getByRole('region', { name: /Needs you/ })).toBeTruthy();
  });

  test('shows only the answer to the latest question when answers arrive out of order', async () => {
    const user = userEvent.setup();
    const source = controlledSource({ honorAbort: false });
    renderView(source);
    const initial = source.last();
    await pickFilter(user, 'Status', 'checkbox', 'Failed');
    const failedOnly = source.last();
    await pickFilter(user, 'Day of creation', 'radio', 'Today');
    const failedToday = source.last();
    expect(source.calls).toHaveLength(3);
    expect(failedToday.query.filters).toEqual({ statuses: ['failed'], createdOn: { preset: 'today' } });

    await source.answer(failedToday, { items: [input('latest', 5)], total: 1 });
    await source.answer(failedOnly, { items: [input('stale', 5)], total: 1 });
    await source.answer(initial, { items: page('old', 3), total: 3 });
    expect(titles()).toEqual(['Run latest']);
  });

  test('aborts the request in flight when the filters change, queries again after the debounce and announces the new count', async () => {
    // The debounce runs on the fake clock, so how long the clicks take on a busy machine cannot
    // matter. Clicks go through fireEvent: user-event runs inside Testing Library's async wrapper,
    // which waits for a setTimeout(0) that only Jest's fake clock is advanced for.
    vi.useFakeTimers();
    const passes = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
    const check = (sectionName: string, name: string) => {
      if (!screen.queryByRole('dialog', { name: 'Filters' })) fireEvent.click(filterButton());
      fireEvent.click(within(section(sectionName)).getByRole('checkbox', { name }));
    };
    const source = controlledSource();
    renderView(source, { debounceMs: 300 });
    await source.answer(source.last(), { items: page('a', 2), total: 2 });
    expect(statusText()).toBe(''); // nothing announced on mount
    check('Status', 'Failed');
    expect(source.calls).toHaveLength(1); // debounced
    await passes(299);
    expect(source.calls).toHaveLength(1);
    await passes(1);
    expect(source.calls).toHaveLength(2);
    const inFlight = source.last();
    expect(inFlight.query.filters).toEqual({ statuses: ['failed'] });
    expect(inFlight.query.signal.aborted).toBe(false);

    check('Source', 'Slack');
    // The answer to the old question is not waited for: its request is aborted at once.
    expect(inFlight.query.signal.aborted).toBe(true);
    expect(source.calls).toHaveLength(2);
    await passes(300);
    expect(source.calls).toHaveLength(3);
    expect(source.last().query.filters).toEqual({ statuses: ['failed'], sources: ['slack'] });
    await source.answer(source.last(), { items: [input('s', 1)], total: 1 });
    expect(titles()).toEqual(['Run s']);
    expect(statusText()).toBe('1 agent run');
  });

  test('a failing answer shows the error state; Retry asks again and shows the rows', async () => {
    const source = controlledSource();
    renderView(source);
    await source.fail(source.last(), new Error('The agents API answered 503.'));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Agent activity could not be loaded');
    expect(alert.textContent).toContain('The agents API answered 503.');
    expect(screen.queryByRole('grid')).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(source.calls).toHaveLength(2);
    await source.answer(source.last(), { items: page('a', 2), total: 2 });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(titles()).toEqual(['Run a000', 'Run a001']);
  });

  test('the host’s own `error` and `onRetry` take precedence over the source’s', async () => {
    const source = controlledSource();
    const onRetry = vi.fn();
    renderView(source, { error: new Error('Signed out'), onRetry });
    await source.answer(source.last(), { items: page('a', 2), total: 2 });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Signed out');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(source.calls).toHaveLength(1);
  });

  test('items the host sent wrongly go to onDataIssues; the others show', async () => {
    const source = controlledSource();
    const onDataIssues = vi.fn();
    renderView(source, { onDataIssues });
    await source.answer(source.last(), { items: [input('ok', 1), { id: 'broken', title: 3 }], total: 2 });
    expect(titles()).toEqual(['Run ok']);
    expect(onDataIssues).toHaveBeenCalledTimes(1);
    expect(onDataIssues.mock.calls[0]![0][0]).toMatchObject({ id: 'broken', level: 'error' });
  });

  test('an empty answer with filters offers "Clear filters"; without filters it is "No agent activity yet"', async () => {
    const source = controlledSource();
    const { unmount } = renderView(source, { defaultFilters: { statuses: ['failed'] } });
    await source.answer(source.last(), { items: [], total: 0 });
    expect(screen.getByText('No items match these filters')).toBeTruthy();
    unmount();
    const other = controlledSource();
    renderView(other);
    await other.answer(other.last(), { items: [], total: 0 });
    expect(screen.getByText('No agent activity yet')).toBeTruthy();
  });
});
