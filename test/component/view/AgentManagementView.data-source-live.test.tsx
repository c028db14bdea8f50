/**
 * The management view wired to a data source, continued: paging on scroll, live updates, cleanup on
 * unmount, and the URL driving the query. Same controlled source as AgentManagementView.data-source.test.tsx.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AgentManagementView, useUrlFilters } from '../../../src/index';
import { controlledSource } from '../hooks/data-source-helpers';
import { NOW } from '../../fixtures/view-items';
import { dataRows, filterButton } from './view-helpers';
import {
  grid,
  input,
  page,
  pickFilter,
  renderView,
  scroller,
  scrollListTo,
  statusText,
  titles,
  withRealClockAfterEach,
  type Source,
} from './view-data-source-helpers';

const NO_FILTERS = {};

withRealClockAfterEach();

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

describe('AgentManagementView with a data source: every number from one snapshot', () => {
  const card = (name: RegExp) => screen.getByRole('button', { name }).textContent ?? '';
  const totalText = () =>
    screen.getByRole('region', { name: 'Summary' }).querySelector('[data-kind="total"]')?.textContent;

  test('live changes move the status cards, the credits and the tab count with the total', async () => {
    const source = controlledSource();
    renderView(source, { defaultTab: 'all', summary: true });
    await source.answer(source.last(), {
      items: [input('a', 1, { status: 'running', credits: 1 }), input('b', 2, { credits: 2 })],
      total: 2,
      facets: {
        statuses: [
          { value: 'working', label: 'Working', count: 1 },
          { value: 'failed', label: 'Failed', count: 1 },
        ],
      },
      summary: { credits: 3, creditsBySource: [{ value: 'slack', label: 'Slack', count: 3 }] },
    });
    expect(card(/^Working now/)).toContain('1');
    expect(card(/^Failed/)).toContain('1');
    expect(card(/^Credits total/)).toContain('3');

    // a fails (with more credits); a new run c starts.
    source.emit({
      upsert: [input('a', 1, { status: 'failed', credits: 4 }), input('c', 0, { status: 'running', credits: 0.5 })],
    });
    await waitFor(() => expect(card(/^Failed/)).toContain('2'));
    expect(card(/^Working now/)).toContain('1');
    expect(card(/^Credits total/)).toContain('6.5');
    expect(totalText()).toContain('3');
    expect(screen.getByText('Showing 3 of 3')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /^All/ }).textContent).toContain('3');

    // b is deleted: every number loses it.
    source.emit({ remove: ['b'] });
    await waitFor(() => expect(card(/^Failed/)).toContain('1'));
    expect(card(/^Credits total/)).toContain('4.5');
    expect(totalText()).toContain('2');
  });

  test('under Status: Failed, a run that stops failing leaves the total and the Failed card together', async () => {
    const source = controlledSource();
    renderView(source, { defaultFilters: { statuses: ['failed'] }, summary: true });
    await source.answer(source.last(), {
      items: [input('a', 1, { credits: 1 }), input('b', 2, { credits: 2 })],
      total: 2,
      facets: { statuses: [{ value: 'failed', label: 'Failed', count: 2 }] },
      summary: { credits: 3 },
    });
    expect(card(/^Failed/)).toContain('2');
    source.emit({ upsert: [input('a', 1, { status: 'succeeded', credits: 1 })] });
    await waitFor(() => expect(screen.getByText('Showing 1 of 1')).toBeTruthy());
    expect(card(/^Failed/)).toContain('1');
    expect(totalText()).toContain('1');
    expect(card(/^Credits total/)).toContain('2');
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

describe('AgentManagementView with a data source: the live connection', () => {
  test('says when the live stream is reconnecting or paused, and nothing once it is live again', async () => {
    const source = controlledSource();
    renderView(source);
    await source.answer(source.last(), { items: page('a', 2) });
    const connection = () => document.querySelector('.ab-live-connection');
    expect(screen.queryByText(/Reconnecting/)).toBeNull();
    source.emit({ connection: 'reconnecting' });
    expect(connection()?.textContent).toBe('Reconnecting… live updates resume when the connection is back.');
    source.emit({ connection: 'paused' });
    expect(connection()?.textContent).toBe('Live updates paused.');
    source.emit({ connection: 'live' });
    expect(screen.queryByText(/Reconnecting|paused/)).toBeNull();
  });
});
