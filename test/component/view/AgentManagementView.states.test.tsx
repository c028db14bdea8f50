/**
 * Each state of the view says what is true: a failed load claims no counts, no activity shows no
 * zero tiles and no column headers over nothing, and an empty list says whether the search, the
 * filters or both hide everything (and offers the way out that fits).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AgentManagementView, type AgentFilters } from '../../../src/index';
import { mergeAgentDataSources, type AgentDataSource } from '../../../src/data';
import { de } from '../../../src/locales/de';
import { controlledSource } from '../hooks/data-source-helpers';
import { BASE_PROPS, NOW, PRIYA } from '../../fixtures/view-items';
import { input, renderView, titles, withRealClockAfterEach } from './view-data-source-helpers';
import { descriptionOf, filterButton, visibleTitles } from './view-helpers';

withRealClockAfterEach();

const tab = (name: 'Personal' | 'All') => screen.getByRole('tab', { name });
const searchBox = () => screen.getByRole('searchbox', { name: 'Search agents' }) as HTMLInputElement;
const emptyState = () => document.querySelector<HTMLElement>('.ab-empty-state')!;

/** Neither the visible text nor the accessible description of a tab claims a count. */
function expectNoCount(name: 'Personal' | 'All') {
  const trigger = tab(name);
  expect(trigger.textContent).toBe(name);
  expect(trigger.textContent).not.toMatch(/\d/);
  expect(trigger.getAttribute('aria-describedby')).toBeNull();
  expect(descriptionOf(trigger)).toBe('');
}

describe('error: loading failed', () => {
  test('the tabs claim no count and no summary tile shows a number', () => {
    render(<AgentManagementView {...BASE_PROPS} items={[]} error={new Error('HTTP 503')} onRetry={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('Agent activity could not be loaded');
    expectNoCount('Personal');
    expectNoCount('All');
    // Hidden, as while loading: a row of "0" or "—" tiles would only repeat "we do not know".
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
  });

  test('also when the host keeps stale items beside its error: the list is replaced, so are its counts', () => {
    render(<AgentManagementView {...BASE_PROPS} error="Signed out" />);
    expectNoCount('Personal');
    expectNoCount('All');
  });

  test('a data source whose first page fails: no counts, then the counts once Retry loads', async () => {
    const source = controlledSource();
    renderView(source, { summary: true });
    await source.fail(source.last(), new Error('HTTP 502'));
    const alert = await screen.findByRole('alert');
    expectNoCount('All');
    expectNoCount('Personal');
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();

    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    await source.answer(source.last(), { items: [input('a', 1), input('b', 2)], total: 2 });
    await waitFor(() => expect(titles()).toEqual(['Run a', 'Run b']));
    expect(descriptionOf(tab('All'))).toBe('2 items');
  });
});

describe('empty: no activity at all', () => {
  test('the message in the list’s place: no zero tiles, no column headers, no sort buttons', () => {
    render(<AgentManagementView {...BASE_PROPS} items={[]} />);
    expect(screen.getByText('No agent activity yet')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.queryAllByRole('columnheader')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Created' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^(Title|Source|Status|Credits)$/ })).toBeNull();
    expect(emptyState().getAttribute('data-reason')).toBe('no-data');
    // Zero is true here: nobody has any activity.
    expect(descriptionOf(tab('Personal'))).toBe('0 items');
  });

  test('when items arrive the summary, the header and the rows come in the same place', () => {
    const { rerender, container } = render(<AgentManagementView {...BASE_PROPS} items={[]} />);
    const main = container.querySelector('.ab-view-main');
    rerender(<AgentManagementView {...BASE_PROPS} />);
    expect(container.querySelector('.ab-view-main')).toBe(main);
    expect(screen.getByRole('region', { name: 'Summary' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Created' })).toBeTruthy();
    expect(visibleTitles()).toHaveLength(5);
    expect(screen.queryByText('No agent activity yet')).toBeNull();
  });

  test('a data source with nothing at all: the same, and no stale "Showing" line', async () => {
    const source = controlledSource();
    renderView(source, { summary: true });
    await source.answer(source.last(), { items: [], total: 0 });
    expect(await screen.findByText('No agent activity yet')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
    expect(screen.queryByText(/^Showing/)).toBeNull();
  });

  test('while loading it is the skeleton under the header, not the empty message', () => {
    render(<AgentManagementView {...BASE_PROPS} items={[]} loading />);
    expect(screen.getByRole('grid').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText('No agent activity yet')).toBeNull();
    expectNoCount('Personal');
  });
});

describe('only the search hides everything', () => {
  test('the message is about the search, and Clear search empties it, back in the search box', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultFilters={{ query: 'no such thing' }} />);
    const state = emptyState();
    expect(state.getAttribute('data-reason')).toBe('no-search-match');
    expect(state.textContent).toContain('No items match “no such thing”');
    expect(state.textContent).toContain('try other words');
    expect(state.textContent).not.toMatch(/filter/i);
    expect(state.textContent).not.toContain('day range');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    // The list's header stays: the reader is refining, the columns and sort still stand.
    expect(screen.getByRole('grid')).toBeTruthy();

    await user.click(within(state).getByRole('button', { name: 'Clear search' }));
    expect(visibleTitles()).toHaveLength(5);
    expect(searchBox().value).toBe('');
    expect(document.activeElement).toBe(searchBox());
  });

  test('a filter that does not apply on this tab (Creator on Personal) narrows nothing, and Clear search keeps it', async () => {
    const user = userEvent.setup();
    const seen: AgentFilters[] = [];
    render(
      <AgentManagementView
        {...BASE_PROPS}
        defaultFilters={{ query: 'zzz', creators: [PRIYA.id] }}
        onFiltersChange={(f) => seen.push(f)}
      />,
    );
    expect(emptyState().textContent).toContain('No items match “zzz”');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(seen.at(-1)).toEqual({ creators: [PRIYA.id] });
  });

  test('a long search text is quoted shortened, whole words kept out of the layout’s way', () => {
    const long = 'deploy '.repeat(30).trim();
    render(<AgentManagementView {...BASE_PROPS} defaultFilters={{ query: long }} />);
    const title = emptyState().querySelector('.ab-state-title')!.textContent!;
    expect(title.length).toBeLessThan(90);
    expect(title).toContain('…”');
  });

  test('with a data source: an empty answer to a search says so too', async () => {
    const source = controlledSource();
    renderView(source, { defaultFilters: { query: 'nothing' } });
    await source.answer(source.last(), { items: [], total: 0 });
    expect((await screen.findByText('No items match “nothing”')).closest('.ab-empty-state')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear search' })).toBeTruthy();
  });

  test('in German', () => {
    render(<AgentManagementView {...BASE_PROPS} labels={de} locale="de-DE" defaultFilters={{ query: 'xyz' }} />);
    expect(emptyState().textContent).toContain('Keine Einträge passen zu „xyz“');
    expect(screen.getByRole('button', { name: 'Suche zurücksetzen' })).toBeTruthy();
  });
});

describe('filters hide everything', () => {
  test('the filters message, without the day range when no day filter is active; Clear filters goes back to Filter', async () => {
    const user = userEvent.setup();
    // Only Priya's run came from the CLI: nothing on Personal.
    render(<AgentManagementView {...BASE_PROPS} defaultFilters={{ sources: ['cli'] }} />);
    const state = emptyState();
    expect(state.getAttribute('data-reason')).toBe('no-match');
    expect(state.textContent).toContain('No items match these filters');
    expect(state.textContent).toContain('Try removing a filter.');
    expect(state.textContent).not.toContain('day range');
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();

    await user.click(within(state).getByRole('button', { name: 'Clear filters' }));
    expect(visibleTitles()).toHaveLength(5);
    expect(document.activeElement).toBe(filterButton());
  });

  test('the day-range hint only when the Day of creation filter is active', () => {
    // Everything of the viewer's is from today or two days ago: nothing from yesterday.
    render(<AgentManagementView {...BASE_PROPS} defaultFilters={{ createdOn: { preset: 'yesterday' } }} />);
    expect(emptyState().textContent).toContain('Try removing a filter or widening the day range.');
  });

  test('search and filters together: said so, and one button clears both', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultFilters={{ query: 'deploy', sources: ['cli'] }} />);
    const state = emptyState();
    expect(state.getAttribute('data-reason')).toBe('no-match');
    expect(state.textContent).toContain('No items match “deploy” with these filters');
    expect(state.textContent).toContain('Try other words or remove a filter.');
    expect(state.textContent).not.toContain('day range');
    expect(within(state).queryByRole('button', { name: 'Clear filters' })).toBeNull();

    await user.click(within(state).getByRole('button', { name: 'Clear search and filters' }));
    expect(visibleTitles()).toHaveLength(5);
    expect(searchBox().value).toBe('');
    expect(document.activeElement).toBe(searchBox());
  });

  test('search, filters and a day filter: the day range is part of the hint', () => {
    render(
      <AgentManagementView {...BASE_PROPS} defaultFilters={{ query: 'deploy', createdOn: { preset: 'yesterday' } }} />,
    );
    expect(emptyState().textContent).toContain('Try other words, remove a filter or widen the day range.');
  });
});

describe('a merged list with a source down', () => {
  test('"Showing n of total" says the total counts only the sources that loaded', async () => {
    const answering: AgentDataSource = {
      query: async () => ({ items: [input('warp:1', 1), input('warp:2', 2)], total: 2 }),
    };
    const failing: AgentDataSource = {
      query: async () => {
        throw new Error('HTTP 502');
      },
    };
    render(
      <AgentManagementView
        dataSource={mergeAgentDataSources([
          { name: 'Warp', source: answering },
          { name: 'GitHub Actions', source: failing },
        ])}
        viewerId="u_me"
        now={NOW}
        timeZone="UTC"
        locale="en-US"
        defaultTab="all"
        debounceMs={0}
      />,
    );
    expect(await screen.findByText('Showing 2 of 2 from the sources that loaded')).toBeTruthy();
    expect(screen.queryByText('Showing 2 of 2')).toBeNull();
  });
});
