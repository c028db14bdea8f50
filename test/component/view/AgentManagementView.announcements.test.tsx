// What the view's polite live region says (WCAG 4.1.3): the result of a tab, filter or search change
// in the grid's words, the empty state's title for no result, the sort, and nothing else.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AgentManagementView, type AgentItem, type AgentSorting } from '../../../src/index';
import { de } from '../../../src/locales/de';
import { BASE_PROPS, ITEMS } from '../../fixtures/view-items';
import { controlledSource } from '../hooks/data-source-helpers';
import { page, pickFilter, renderView, statusText } from './view-data-source-helpers';
import { visibleTitles } from './view-helpers';

afterEach(() => {
  vi.useRealTimers();
});

const status = () => screen.getByRole('status');
/** What a screen reader says: the text without the no-break space that makes a repeat a change. */
const heard = () => status().textContent?.trim();
const summaryToggle = (name: RegExp) =>
  within(screen.getByRole('region', { name: 'Summary' })).getByRole('button', { name });
const sortButton = (name: string) => within(screen.getByRole('grid')).getByRole('button', { name });
const searchBox = () => screen.getByRole('searchbox', { name: 'Search agents' });

describe('filters and tabs: the result in the grid’s words', () => {
  test('"N agent runs", the noun of the grid’s own row count; nothing on mount', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    expect(status().getAttribute('aria-live')).toBe('polite');
    expect(status().getAttribute('aria-atomic')).toBe('true');
    expect(status().textContent).toBe('');
    await user.click(summaryToggle(/^Failed /));
    expect(status().textContent).toBe('4 agent runs');
  });

  test('a change that keeps the count is said again: a new node, a text that differs only by a silent space', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(summaryToggle(/^Failed /));
    expect(status().textContent).toBe('4 agent runs');
    const first = status().firstElementChild;
    // Failed within the past 3 days: still the same four runs.
    await pickFilter(user, 'Day of creation', 'radio', 'Past 3 days');
    expect(visibleTitles()).toHaveLength(4);
    expect(heard()).toBe('4 agent runs');
    expect(status().textContent).toBe('4 agent runs\u00a0');
    expect(status().firstElementChild).not.toBe(first);
    // And a third time: the text alternates back, again in a new node.
    const second = status().firstElementChild;
    await pickFilter(user, 'Day of creation', 'radio', 'Last week');
    expect(status().textContent).toBe('4 agent runs');
    expect(status().firstElementChild).not.toBe(second);
  });

  test('a tab switch announces its result', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} />);
    await user.click(screen.getByRole('tab', { name: 'All' }));
    expect(heard()).toBe('9 agent runs');
    await user.click(screen.getByRole('tab', { name: 'Personal' }));
    expect(heard()).toBe('5 agent runs');
  });

  test('singular', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await pickFilter(user, 'Source', 'checkbox', 'CLI');
    expect(heard()).toBe('1 agent run');
  });

  test('live updates and re-renders say nothing; StrictMode mounts say nothing', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <StrictMode>
        <AgentManagementView {...BASE_PROPS} defaultTab="all" defaultSorting={{ id: 'credits', desc: true }} />
      </StrictMode>,
    );
    expect(status().textContent).toBe('');
    const extra: AgentItem = { ...ITEMS[1]!, id: 'new', title: 'Another failure' };
    rerender(
      <StrictMode>
        <AgentManagementView
          {...BASE_PROPS}
          items={[...ITEMS, extra]}
          defaultTab="all"
          defaultSorting={{ id: 'credits', desc: true }}
        />
      </StrictMode>,
    );
    expect(status().textContent).toBe('');
    await user.click(summaryToggle(/^Failed /));
    expect(heard()).toBe('5 agent runs');
    rerender(
      <StrictMode>
        <AgentManagementView {...BASE_PROPS} items={[...ITEMS]} defaultTab="all" />
      </StrictMode>,
    );
    expect(heard()).toBe('5 agent runs');
  });
});

describe('no result: the empty state’s title, never "0 agent runs"', () => {
  test('filters hide everything: "No items match these filters", the visible title', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await pickFilter(user, 'Status', 'checkbox', 'Failed');
    await pickFilter(user, 'Source', 'checkbox', 'Linear');
    expect(visibleTitles()).toEqual([]);
    expect(heard()).toBe('No items match these filters');
    await user.keyboard('{Escape}');
    expect(document.querySelector('.ab-state-title')?.textContent).toBe('No items match these filters');
  });

  test('the search alone, and the search with filters, name the search text', () => {
    vi.useFakeTimers();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    fireEvent.change(searchBox(), { target: { value: 'zzz' } });
    act(() => vi.advanceTimersByTime(500));
    expect(heard()).toBe('No items match “zzz”');
    fireEvent.click(summaryToggle(/^Failed /));
    expect(heard()).toBe('No items match “zzz” with these filters');
  });

  test('a tab with no activity at all: "No agent activity yet"', async () => {
    const user = userEvent.setup();
    render(
      <AgentManagementView
        {...BASE_PROPS}
        items={ITEMS.filter((i) => i.creator.id !== BASE_PROPS.viewerId)}
        defaultTab="all"
      />,
    );
    await user.click(screen.getByRole('tab', { name: 'Personal' }));
    expect(heard()).toBe('No agent activity yet');
  });
});

describe('search: said once the typing pauses', () => {
  test('no message per keystroke; one after a 500 ms pause, with the count at that moment', () => {
    vi.useFakeTimers();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    for (const value of ['n', 'ni', 'nig', 'nigh']) {
      fireEvent.change(searchBox(), { target: { value } });
      act(() => vi.advanceTimersByTime(200));
    }
    expect(status().textContent).toBe('');
    act(() => vi.advanceTimersByTime(299));
    expect(status().textContent).toBe('');
    act(() => vi.advanceTimersByTime(1));
    expect(heard()).toBe('2 agent runs');
    // A filter change is said at once, and cancels a pending search message.
    fireEvent.change(searchBox(), { target: { value: 'nightly' } });
    fireEvent.click(summaryToggle(/^Failed /));
    expect(heard()).toBe('1 agent run');
    act(() => vi.advanceTimersByTime(1000));
    expect(heard()).toBe('1 agent run');
  });
});

describe('sorting: the column and the direction', () => {
  test('uncontrolled: "Sorted by Credits, descending", then ascending; a first sort by a column says it too', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(sortButton('Credits'));
    expect(heard()).toBe('Sorted by Credits, descending');
    await user.click(sortButton('Credits'));
    expect(heard()).toBe('Sorted by Credits, ascending');
    await user.click(sortButton('Title'));
    expect(heard()).toBe('Sorted by Title, ascending');
    // A filter change afterwards is said in its own words.
    await user.click(summaryToggle(/^Failed /));
    expect(heard()).toBe('4 agent runs');
  });

  test('the host’s onSortingChange is still called', async () => {
    const user = userEvent.setup();
    const onSortingChange = vi.fn();
    render(<AgentManagementView {...BASE_PROPS} onSortingChange={onSortingChange} />);
    await user.click(sortButton('Duration'));
    expect(onSortingChange).toHaveBeenCalledWith({ id: 'duration', desc: true });
    expect(heard()).toBe('Sorted by Duration, descending');
  });

  test('controlled: said when the host’s sort changes, not on mount, not for a sort the host refused', async () => {
    const user = userEvent.setup();
    function Host() {
      const [sorting, setSorting] = useState<AgentSorting>({ id: 'title', desc: false });
      return <AgentManagementView {...BASE_PROPS} sorting={sorting} onSortingChange={setSorting} />;
    }
    const { unmount } = render(<Host />);
    expect(status().textContent).toBe('');
    await user.click(sortButton('Title'));
    expect(heard()).toBe('Sorted by Title, descending');
    unmount();

    const refuse = vi.fn();
    const { rerender } = render(
      <AgentManagementView {...BASE_PROPS} sorting={{ id: 'title', desc: false }} onSortingChange={refuse} />,
    );
    await user.click(sortButton('Credits'));
    expect(refuse).toHaveBeenCalledWith({ id: 'credits', desc: true });
    expect(status().textContent).toBe('');
    // The host sorts on its own (say, from its URL): said too.
    rerender(
      <AgentManagementView {...BASE_PROPS} sorting={{ id: 'createdAt', desc: true }} onSortingChange={refuse} />,
    );
    expect(heard()).toBe('Sorted by Created, descending');
    // A new object for the same sort is no change.
    rerender(
      <AgentManagementView {...BASE_PROPS} sorting={{ id: 'createdAt', desc: true }} onSortingChange={refuse} />,
    );
    expect(status().textContent).toBe('Sorted by Created, descending');
  });
});

describe('labels: hosts translate every message', () => {
  test('the German pack: count, no match, sort', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} locale="de-DE" labels={de} defaultTab="all" />);
    await user.click(
      within(screen.getByRole('region', { name: 'Übersicht' })).getByRole('button', { name: /^Fehlgeschlagen / }),
    );
    expect(heard()).toBe('4 Agentenläufe');
    await user.click(within(screen.getByRole('grid')).getByRole('button', { name: 'Credits' }));
    expect(heard()).toBe('Nach Credits absteigend sortiert');
    await user.click(screen.getByRole('button', { name: /^Filter/ }));
    await user.click(
      within(within(screen.getByRole('dialog')).getByRole('group', { name: 'Quelle' })).getByRole('checkbox', {
        name: 'Linear',
      }),
    );
    expect(heard()).toBe('Keine Einträge passen zu diesen Filtern');
  });

  test('overrides of resultCount, noMatchTitle and the sort messages are used', async () => {
    const user = userEvent.setup();
    render(
      <AgentManagementView
        {...BASE_PROPS}
        defaultTab="all"
        labels={{
          resultCount: (n, f) => `${f} result${n === 1 ? '' : 's'}`,
          noMatchTitle: 'Nothing here',
          sortedAscending: (c) => `${c} up`,
          sortedDescending: (c) => `${c} down`,
        }}
      />,
    );
    await pickFilter(user, 'Source', 'checkbox', 'CLI');
    expect(heard()).toBe('1 result');
    await pickFilter(user, 'Status', 'checkbox', 'Working');
    expect(heard()).toBe('Nothing here');
    await user.keyboard('{Escape}');
    await user.click(sortButton('Credits'));
    expect(heard()).toBe('Credits down');
  });
});

describe('with a data source: when the answer lands', () => {
  test('the count in the grid’s words, and the no-match title for an empty answer', async () => {
    const user = userEvent.setup();
    const source = controlledSource();
    renderView(source);
    await source.answer(source.last(), { items: page('a', 3), total: 3 });
    expect(statusText()).toBe('');
    await pickFilter(user, 'Status', 'checkbox', 'Failed');
    // Asked, not answered yet: nothing said.
    expect(statusText()).toBe('');
    await source.answer(source.last(), { items: page('f', 2), total: 2 });
    expect(statusText()).toBe('2 agent runs');
    await pickFilter(user, 'Status', 'checkbox', 'Working');
    await source.answer(source.last(), { items: page('g', 2), total: 2 });
    // Same count: said again.
    expect(statusText()?.trim()).toBe('2 agent runs');
    expect(statusText()).toBe('2 agent runs\u00a0');
    await pickFilter(user, 'Source', 'checkbox', 'Slack');
    await source.answer(source.last(), { items: [], total: 0 });
    expect(statusText()).toBe('No items match these filters');
  });
});

describe('Needs you: every control has its own name', () => {
  test('the summary toggle is "Needs you 2", the section disclosure "Needs you, 2 items"', () => {
    render(<AgentManagementView {...BASE_PROPS} />);
    const toggle = summaryToggle(/^Needs you/);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    // (The region is labelled by its heading, which holds the disclosure: Chromium names it the same.)
    const pinned = screen.getByRole('region', { name: /^Needs you/ });
    const disclosure = within(pinned).getByRole('button', { name: 'Needs you, 2 items' });
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('button', { name: /^Needs you/ })).toHaveLength(2);
    // The name starts with what the button shows (2.5.3 Label in Name).
    expect(disclosure.querySelector('.ab-pinned-title')?.textContent).toBe('Needs you');
    expect(disclosure.querySelector('.ab-pinned-count')?.textContent).toBe('2');
  });

  test('translated and overridden: pinnedToggle receives the title', () => {
    render(
      <AgentManagementView
        {...BASE_PROPS}
        labels={{
          pinnedTitle: 'Braucht dich',
          pinnedToggle: (title, n, f) => `${title} (${f} ${n === 1 ? 'Eintrag' : 'Einträge'})`,
        }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Braucht dich (2 Einträge)' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});
