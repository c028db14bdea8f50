/**
 * The management view wired to a data source, tested through roles and labels like a user: a fake
 * source whose answers the test releases by hand (in any order, or as failures) and whose live
 * listener the test calls.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AgentManagementView, useUrlFilters, type AgentManagementViewProps } from '../../src/index';
import { controlledSource, type ControlledSource } from './data-source-helpers';
import { NOW } from './view-fixtures';
import { dataRows, descriptionOf, filterButton, section } from './view-helpers';

const MIN = 60_000;
const NO_FILTERS = {};

/** Host input for one item, created `minutesAgo` before NOW (ids sort the same way as times here). */
function input(id: string, minutesAgo: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'ambient',
    title: `Run ${id}`,
    source: 'slack',
    status: 'failed',
    createdAt: new Date(NOW - minutesAgo * MIN).toISOString(),
    creator: { id: 'u_me', name: 'Alex Morgan' },
    ...extra,
  };
}

/** `count` items, newest first, ids `${prefix}000…`, one minute apart from `from` minutes ago. */
function page(prefix: string, count: number, from = 1) {
  return Array.from({ length: count }, (_, i) => input(`${prefix}${String(i).padStart(3, '0')}`, from + i));
}

type Source = ControlledSource;

function renderView(source: Source, props: Partial<AgentManagementViewProps> = {}) {
  return render(
    <AgentManagementView
      dataSource={source.dataSource}
      viewerId="u_me"
      now={NOW}
      timeZone="UTC"
      locale="en-US"
      defaultTab="all"
      debounceMs={0}
      summary={false}
      {...props}
    />,
  );
}

const titles = () => dataRows().map((row) => row.querySelector('.ab-title')?.textContent ?? '');
const grid = () => screen.getByRole('grid');
const scroller = () => grid().querySelector<HTMLElement>('.ab-list-scroller')!;
const statusText = () => screen.getByRole('status').textContent;

function scrollListTo(top: number) {
  act(() => {
    scroller().scrollTop = top;
    fireEvent.scroll(scroller());
  });
}

async function pickFilter(
  user: ReturnType<typeof userEvent.setup>,
  sectionName: string,
  role: 'checkbox' | 'radio',
  name: string,
) {
  if (!screen.queryByRole('dialog', { name: 'Filters' })) await user.click(filterButton());
  await user.click(within(section(sectionName)).getByRole(role, { name }));
}

afterEach(() => {
  vi.useRealTimers();
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
    // The other tab's count would take another query: none is shown rather than a wrong one.
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
    expect(statusText()).toBe('1 agent');
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

describe('AgentManagementView with a data source: paging', () => {
  test('scrolling near the end loads the second page once; the row count grows', async () => {
    const source = controlledSource();
    renderView(source, { pageSize: 50 });
    await source.answer(source.last(), { items: page('a', 50), nextCursor: 'c2', total: 75 });
    expect(grid().getAttribute('aria-rowcount')).toBe('51');
    expect(source.calls).toHaveLength(1); // the end is not in view yet

    scrollListTo(50 * 52);
    await waitFor(() => expect(source.calls).toHaveLength(2));
    expect(source.last().query.cursor).toBe('c2');
    scrollListTo(50 * 52 + 10); // still near the end while the page loads: no second request
    expect(source.calls).toHaveLength(2);

    await source.answer(source.last(), { items: page('b', 25, 100), nextCursor: null, total: 75 });
    expect(grid().getAttribute('aria-rowcount')).toBe('76');
    expect(screen.getByText('Showing 75 of 75')).toBeTruthy();
    scrollListTo(75 * 52);
    expect(source.calls).toHaveLength(2); // no more pages
  });

  test('a failed next page keeps the loaded rows and offers Retry above them', async () => {
    const source = controlledSource();
    renderView(source, { pageSize: 50 });
    await source.answer(source.last(), { items: page('a', 50), nextCursor: 'c2', total: 75 });
    scrollListTo(50 * 52);
    await waitFor(() => expect(source.calls).toHaveLength(2));
    await source.fail(source.last(), new Error('503'));
    expect(grid().getAttribute('aria-rowcount')).toBe('51');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('More items could not be loaded.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(source.last().query.cursor).toBe('c2');
    await source.answer(source.last(), { items: page('b', 25, 100), nextCursor: null, total: 75 });
    expect(grid().getAttribute('aria-rowcount')).toBe('76');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('AgentManagementView with a data source: live updates', () => {
  test('upserts replace rows by id: no duplicates, the status changes in place', async () => {
    const source = controlledSource();
    renderView(source);
    await source.answer(source.last(), { items: [input('a', 1, { status: 'running' }), input('b', 2)], total: 2 });
    expect(source.subscribed).toBe(true);

    source.emit({ upsert: [input('a', 1, { status: 'failed', statusDetail: 'Out of memory' })] });
    source.emit({ upsert: [input('a', 1, { status: 'failed', statusDetail: 'Out of memory' })] });
    expect(titles()).toEqual(['Run a', 'Run b']);
    expect(dataRows()[0]!.getAttribute('data-status')).toBe('failed');

    // A new item while the reader is at the top goes straight in, once, however often it comes.
    source.emit({ upsert: [input('new', 0)] });
    source.emit({ upsert: [input('new', 0)] });
    expect(titles()).toEqual(['Run new', 'Run a', 'Run b']);
    expect(screen.getByText('Showing 3 of 3')).toBeTruthy();

    source.emit({ remove: ['b'] });
    expect(titles()).toEqual(['Run new', 'Run a']);
  });

  test('new items while scrolled down wait behind "N new items": rows do not move until asked', async () => {
    const source = controlledSource();
    renderView(source, { pageSize: 60 });
    await source.answer(source.last(), { items: page('a', 60), nextCursor: 'c2', total: 200 });
    scrollListTo(10 * 52);
    const firstRendered = () => {
      const row = dataRows().find((r) => r.getAttribute('data-index') === '12');
      return row?.querySelector('.ab-title')?.textContent;
    };
    const before = firstRendered();
    expect(before).toBe('Run a012');

    source.emit({ upsert: [input('fresh1', 0.5), input('fresh2', 0.2)] });
    expect(firstRendered()).toBe(before);
    expect(grid().getAttribute('aria-rowcount')).toBe('61');
    const button = screen.getByRole('button', { name: '2 new items' });

    fireEvent.click(button);
    expect(screen.queryByRole('button', { name: /new item/ })).toBeNull();
    expect(grid().getAttribute('aria-rowcount')).toBe('63');
    expect(scroller().scrollTop).toBe(0);
    await waitFor(() => expect(titles().slice(0, 3)).toEqual(['Run fresh2', 'Run fresh1', 'Run a000']));
  });

  test('a row that leaves the filters is kept, tagged and announced, until "Hide it"', async () => {
    const source = controlledSource();
    renderView(source, { defaultFilters: { statuses: ['failed'] } });
    await source.answer(source.last(), { items: [input('a', 1), input('b', 2)], total: 2 });
    expect(screen.getByText('Showing 2 of 2')).toBeTruthy();

    source.emit({ upsert: [input('a', 1, { status: 'succeeded' })] });
    expect(titles()).toEqual(['Run a', 'Run b']);
    const row = dataRows()[0]!;
    expect(row.getAttribute('data-status')).toBe('success');
    const tag = within(row).getByText('No longer matches');
    expect(tag.getAttribute('data-state')).toBe('left-filter');
    expect(statusText()).toBe('1 item no longer matches the filters');
    expect(screen.getByText('Showing 1 of 1')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Hide it' }));
    expect(titles()).toEqual(['Run b']);
    expect(screen.queryByText('No longer matches')).toBeNull();
  });
});

describe('AgentManagementView with a data source: cleanup', () => {
  test('unmounting stops everything: no timers, no subscription, the request in flight aborted', async () => {
    vi.useFakeTimers();
    const source = controlledSource();
    const { rerender, unmount } = render(
      <StrictMode>
        <AgentManagementView
          dataSource={source.dataSource}
          viewerId="u_me"
          now={NOW}
          timeZone="UTC"
          pollIntervalMs={5_000}
          filters={NO_FILTERS}
        />
      </StrictMode>,
    );
    await source.answer(source.last(), { items: [input('a', 1)], total: 1 });
    // A filter change now leaves a debounce timer and then a request in flight.
    rerender(
      <StrictMode>
        <AgentManagementView
          dataSource={source.dataSource}
          viewerId="u_me"
          now={NOW}
          timeZone="UTC"
          pollIntervalMs={5_000}
          filters={{ statuses: ['failed'] }}
        />
      </StrictMode>,
    );
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    const inFlight = source.last();
    expect(inFlight.query.filters).toEqual({ statuses: ['failed'] });
    unmount();
    expect(inFlight.query.signal.aborted).toBe(true);
    expect(source.subscribed).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('AgentManagementView with a data source and useUrlFilters', () => {
  function UrlApp({ source }: { source: Source }) {
    const url = useUrlFilters();
    return (
      <AgentManagementView
        dataSource={source.dataSource}
        viewerId="u_me"
        now={NOW}
        timeZone="UTC"
        debounceMs={0}
        summary={false}
        tab={url.tab}
        onTabChange={url.setTab}
        filters={url.filters}
        onFiltersChange={url.setFilters}
      />
    );
  }

  afterEach(() => window.history.replaceState(null, '', '/'));

  test('the address bar drives the query; Back and Forward restore the filters and query again', async () => {
    window.history.replaceState(null, '', '/agents?tab=all&status=failed');
    const user = userEvent.setup();
    const source = controlledSource();
    render(<UrlApp source={source} />);
    expect(source.last().query).toMatchObject({ tab: 'all', filters: { statuses: ['failed'] } });
    await source.answer(source.last(), { items: [input('f', 1)], total: 1 });

    await pickFilter(user, 'Day of creation', 'radio', 'Today');
    expect(new URLSearchParams(window.location.search).get('created')).toBe('today');
    expect(source.last().query.filters).toEqual({ statuses: ['failed'], createdOn: { preset: 'today' } });
    await source.answer(source.last(), { items: [input('t', 1)], total: 1 });
    expect(titles()).toEqual(['Run t']);
    await user.keyboard('{Escape}');

    // Back: the previous URL, its filters, a query for them and their answer on screen.
    await act(async () => {
      window.history.back();
    });
    await waitFor(() => expect(window.location.search).toBe('?tab=all&status=failed'));
    await waitFor(() => expect(source.last().query.filters).toEqual({ statuses: ['failed'] }));
    expect(screen.getByRole('tab', { name: 'All' }).getAttribute('aria-selected')).toBe('true');
    await source.answer(source.last(), { items: [input('f', 1), input('g', 2)], total: 2 });
    expect(titles()).toEqual(['Run f', 'Run g']);

    // Forward: today again.
    await act(async () => {
      window.history.forward();
    });
    await waitFor(() =>
      expect(source.last().query.filters).toEqual({ statuses: ['failed'], createdOn: { preset: 'today' } }),
    );
    await source.answer(source.last(), { items: [input('t', 1)], total: 1 });
    expect(titles()).toEqual(['Run t']);
    expect(filterButton().textContent).toContain('2');
  });
});
