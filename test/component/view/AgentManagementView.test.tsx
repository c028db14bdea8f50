import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import {
  AgentManagementView,
  defaultLabels,
  type AgentFilters,
  type AgentItem,
  type AgentTab,
} from '../../../src/index';
import { generateParsedItems, SAMPLE_NOW } from '../../fixtures/sample-data';
import { expectPassedThrough, HOST_ATTRIBUTES } from '../shared/pass-through';
import { BASE_PROPS, ITEMS, PRIYA } from '../../fixtures/view-items';
import { descriptionOf, filterButton, section, visibleTitles } from './view-helpers';

function menuOption(sectionName: string, name: string) {
  return within(section(sectionName)).getByRole('checkbox', { name });
}

describe('AgentManagementView: the three questions, two clicks each after opening the menu', () => {
  test('"everything that failed today": Status Failed + Today', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(filterButton());
    await user.click(menuOption('Status', 'Failed'));
    await user.click(within(section('Day of creation')).getByRole('radio', { name: 'Today' }));
    expect(visibleTitles()).toEqual(['Answer billing thread', 'Fix flaky login test', 'Run the CLI migration']);
  });

  test('"runs from Slack": Source Slack on the All tab', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} />);
    await user.click(screen.getByRole('tab', { name: 'All' }));
    await user.click(filterButton());
    await user.click(menuOption('Source', 'Slack'));
    expect(visibleTitles()).toEqual(['Answer billing thread', 'Fix flaky login test', 'Summarise incidents']);
  });

  test('"what a teammate triggered via integrations": Creator + All integrations on All', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(filterButton());
    await user.click(menuOption('Creator', PRIYA.name));
    await user.click(menuOption('Source', 'All integrations'));
    expect(visibleTitles()).toEqual(['Answer billing thread', 'Close stale issues']);
    // The same with a single integration: Creator + Slack.
    await user.click(menuOption('Source', 'Linear'));
    expect(visibleTitles()).toEqual(['Answer billing thread']);
  });
});

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

describe('AgentManagementView: Needs you', () => {
  test("the viewer's blocked items are pinned on Personal, with what they wait on; one click opens each", async () => {
    const user = userEvent.setup();
    const onOpenConversation = vi.fn();
    const onOpenRun = vi.fn();
    render(<AgentManagementView {...BASE_PROPS} onOpenConversation={onOpenConversation} onOpenRun={onOpenRun} />);
    const pinned = screen.getByRole('region', { name: /Needs you/ });
    const disclosure = within(pinned).getByRole('button', { name: /Needs you/ });
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');

    // Named by its content: the title, then what it waits on, then its source.
    const conversation = within(pinned).getByRole('button', {
      name: /^Review the deploy plan Approve the deploy plan/,
    });
    await user.click(conversation);
    expect(onOpenConversation).toHaveBeenCalledWith(ITEMS[0]);

    const run = within(pinned).getByRole('button', { name: /^Nightly deploy Waiting for approval/ });
    await user.click(run);
    expect(onOpenRun).toHaveBeenCalledWith(ITEMS[8]);
  });

  test('collapsible; not on All; pinBlocked={false} turns it off', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<AgentManagementView {...BASE_PROPS} />);
    const pinned = screen.getByRole('region', { name: /Needs you/ });
    await user.click(within(pinned).getByRole('button', { name: /Needs you/ }));
    expect(
      within(pinned)
        .getByRole('button', { name: /Needs you/ })
        .getAttribute('aria-expanded'),
    ).toBe('false');
    expect(within(pinned).queryByRole('button', { name: /^Review the deploy plan/ })).toBeNull();
    expect(pinned.getAttribute('data-state')).toBe('closed');

    await user.click(screen.getByRole('tab', { name: 'All' }));
    expect(screen.queryByRole('region', { name: /Needs you/ })).toBeNull();

    rerender(<AgentManagementView {...BASE_PROPS} pinBlocked={false} />);
    await user.click(screen.getByRole('tab', { name: 'Personal' }));
    expect(screen.queryByRole('region', { name: /Needs you/ })).toBeNull();
  });

  test('nothing pinned when the viewer has nothing blocked', () => {
    render(<AgentManagementView {...BASE_PROPS} items={ITEMS.filter((i) => i.status !== 'blocked')} />);
    expect(screen.queryByRole('region', { name: /Needs you/ })).toBeNull();
  });
});

describe('AgentManagementView: states', () => {
  test('loading shows skeleton rows and marks the list busy', () => {
    render(<AgentManagementView {...BASE_PROPS} items={[]} loading />);
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-busy')).toBe('true');
    expect(grid.querySelectorAll('.ab-skeleton-row').length).toBeGreaterThan(0);
    expect(screen.queryByText('No agent activity yet')).toBeNull();
  });

  test('no data at all: "No agent activity yet" with a helpful line, no Clear filters', () => {
    render(<AgentManagementView {...BASE_PROPS} items={[]} />);
    expect(screen.getByText('No agent activity yet')).toBeTruthy();
    expect(screen.getByText(/will appear here/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  test('empty because of filters: "No items match these filters" and Clear filters restores the list', async () => {
    const user = userEvent.setup();
    // Only Priya's run came from the CLI: nothing of the viewer's matches.
    render(<AgentManagementView {...BASE_PROPS} defaultFilters={{ sources: ['cli'] }} />);
    expect(screen.getByText('No items match these filters')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(visibleTitles()).toHaveLength(5);
  });

  test('error: the message and a Retry button calling onRetry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<AgentManagementView {...BASE_PROPS} error={new Error('HTTP 503 from the agents API')} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Agent activity could not be loaded');
    expect(alert.textContent).toContain('HTTP 503 from the agents API');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('grid')).toBeNull();
  });
});

describe('AgentManagementView: live region', () => {
  test('announces the result count after filtering, not on mount and not when items change', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');

    await user.click(within(screen.getByRole('region', { name: 'Summary' })).getByRole('button', { name: /^Failed / }));
    expect(status.textContent).toBe('4 agent runs');

    // A live update (new items, ticking) does not re-announce.
    const extra: AgentItem = { ...ITEMS[1]!, id: 'new', title: 'Another failure' };
    rerender(<AgentManagementView {...BASE_PROPS} items={[...ITEMS, extra]} defaultTab="all" />);
    expect(visibleTitles()).toHaveLength(5);
    expect(status.textContent).toBe('4 agent runs');

    await user.click(screen.getByRole('tab', { name: 'Personal' }));
    expect(status.textContent).toBe('3 agent runs');
    await user.click(screen.getByRole('button', { name: 'Remove Status: Failed' }));
    expect(status.textContent).toBe('6 agent runs');
  });

  test('singular and localised', async () => {
    const user = userEvent.setup();
    render(
      <AgentManagementView {...BASE_PROPS} labels={{ resultCount: (n, f) => `${f} Agent${n === 1 ? '' : 'en'}` }} />,
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search agents' }), 'deploy plan');
    // Said once the typing pauses.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 Agent'));
  });
});

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

describe('AgentManagementView: labels', () => {
  test("one labels object overrides the view's and the list's strings", async () => {
    const user = userEvent.setup();
    render(
      <AgentManagementView
        {...BASE_PROPS}
        labels={{
          tabPersonal: 'Persönlich',
          tabAll: 'Alle',
          search: 'Agenten suchen',
          filter: 'Filtern',
          filterWithCount: (_n, f) => `Filtern, ${f} aktiv`,
          sectionStatus: 'Status',
          statuses: { failed: 'Fehlgeschlagen' },
          removeChip: (field, value) => `${field}: ${value} entfernen`,
          clearAll: 'Alle löschen',
          summary: 'Übersicht',
          summaryBlocked: 'Braucht dich',
          pinnedTitle: 'Braucht dich',
          columnTitle: 'Titel',
          list: 'Agentenläufe',
        }}
      />,
    );
    expect(screen.getByRole('tab', { name: 'Persönlich' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Alle' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Agenten suchen' })).toBeTruthy();
    expect(screen.getByRole('grid', { name: 'Agentenläufe' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Titel/ })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Übersicht' })).getByRole('button', { name: /^Braucht dich / }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Filtern/ }));
    await user.click(within(section('Status')).getByRole('checkbox', { name: 'Fehlgeschlagen' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Filtern, 1 aktiv' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Status: Fehlgeschlagen entfernen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alle löschen' })).toBeTruthy();
  });

  test('defaultLabels covers the list and the view', () => {
    expect(defaultLabels.tabAll).toBe('All');
    expect(defaultLabels.columnCredits).toBe('Credits');
    expect(defaultLabels.noMatchTitle).toBe('No items match these filters');
  });
});

describe('AgentManagementView: sample data', () => {
  test('renders 2,000 generated items and stays consistent across tabs', async () => {
    const user = userEvent.setup();
    const items = generateParsedItems({ count: 2000 });
    render(<AgentManagementView items={items} viewerId="u_me" now={SAMPLE_NOW} timeZone="UTC" />);
    const all = items.filter((i) => i.creator.id === 'u_me' || i.kind === 'ambient').length;
    await act(async () => {
      await user.click(screen.getByRole('tab', { name: 'All' }));
    });
    expect(descriptionOf(screen.getByRole('tab', { name: 'All' }))).toMatch(
      new RegExp(`^${all.toLocaleString('en-US')} items`),
    );
  });
});

describe('AgentManagementView: facet counts only while the filter menu is open', () => {
  test('chips name selected creators with the menu closed; counts are current the moment it opens', async () => {
    const { getFacets } = await import('../../../src/core');
    const user = userEvent.setup();
    const props = { ...BASE_PROPS, defaultTab: 'all' as const };
    const { rerender } = render(<AgentManagementView {...props} filters={{ creators: [PRIYA.id] }} />);
    expect(screen.getByRole('button', { name: `Remove Creator: ${PRIYA.name}` })).toBeTruthy();
    // Filters change while the menu is closed (no counts taken), then the menu opens.
    const next: AgentFilters = { creators: [PRIYA.id], sources: ['slack'] };
    rerender(<AgentManagementView {...props} filters={next} />);
    expect(screen.getByRole('button', { name: `Remove Creator: ${PRIYA.name}` })).toBeTruthy();
    await user.click(filterButton());
    const expected = getFacets(ITEMS, next, {
      tab: 'all',
      viewerId: BASE_PROPS.viewerId,
      now: BASE_PROPS.now,
      timeZone: 'UTC',
    });
    for (const option of expected.statuses) {
      expect(descriptionOf(menuOption('Status', option.label))).toBe(String(option.count));
    }
  });
});

describe('AgentManagementView passes the ref and host attributes', () => {
  test('to its root element, beside the root data attributes', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(<AgentManagementView ref={ref} {...HOST_ATTRIBUTES} {...BASE_PROPS} />);
    const root = container.firstElementChild;
    expectPassedThrough(ref, root, 'ab-view');
    expect(root?.getAttribute('data-tab')).toBe('personal');
    expect(root?.getAttribute('data-state')).toBe('ready');
    // The view's own options stay off the element.
    expect(root?.hasAttribute('items')).toBe(false);
    expect(root?.hasAttribute('viewerid')).toBe(false);
  });
});
