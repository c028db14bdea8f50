import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { AgentManagementView, AgentSummary, summarize, type AgentItem } from '../../../src/index';
import { BASE_PROPS, ITEMS, PRIYA } from '../../fixtures/view-items';
import { filterButton, section, visibleTitles } from '../view/view-helpers';

function summaryRegion() {
  return screen.getByRole('region', { name: 'Summary' });
}
/** Summary buttons are named by their label, then their number ("Failed 4"). */
function toggle(label: string) {
  return within(summaryRegion()).getByRole('button', { name: new RegExp(`^${label} `) });
}
function valueOf(el: HTMLElement) {
  return el.querySelector('.ab-summary-value')?.textContent;
}

describe('AgentSummary', () => {
  test('counts the visible items: total, working now (live), needs you, failed, credits', () => {
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    const region = summaryRegion();
    expect(within(region).getByText('Total').nextElementSibling?.textContent).toBe('9');
    expect(toggle('Working now').textContent).toBe('Working now 1');
    expect(valueOf(toggle('Working now'))).toBe('1');
    expect(toggle('Working now').hasAttribute('data-live')).toBe(true);
    expect(toggle('Working now').querySelector('.ab-live-dot')).not.toBeNull();
    expect(valueOf(toggle('Needs you'))).toBe('2');
    expect(valueOf(toggle('Failed'))).toBe('4');
    expect(within(region).getByRole('button', { name: 'Credits total 34' })).toBeTruthy();
  });

  test('the toggles and the credits total are one tab stop: a toolbar the arrow keys move through', async () => {
    const user = userEvent.setup();
    render(<AgentSummary summary={summarize(ITEMS)} />);
    const bar = screen.getByRole('toolbar', { name: 'Summary' });
    const buttons = within(bar).getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/[\d.,\s]+$/, ''))).toEqual([
      'Working now',
      'Needs you',
      'Failed',
      'Credits total',
    ]);
    await user.tab();
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(buttons[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(buttons[3]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(buttons[3]);
    // The summary is left in one press, whichever card holds the stop.
    await user.tab();
    expect(bar.contains(document.activeElement)).toBe(false);
  });

  test('no live indicator when nothing runs', () => {
    render(<AgentManagementView {...BASE_PROPS} items={ITEMS.filter((i) => i.status !== 'working')} />);
    expect(toggle('Working now').hasAttribute('data-live')).toBe(false);
    expect(toggle('Working now').querySelector('.ab-live-dot')).toBeNull();
  });

  test('a status toggle applies exactly that status filter, like the menu, and the chips follow', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" onFiltersChange={onFiltersChange} />);
    const failed = toggle('Failed');
    expect(failed.getAttribute('aria-pressed')).toBe('false');
    await user.click(failed);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ statuses: ['failed'] });
    expect(toggle('Failed').getAttribute('aria-pressed')).toBe('true');
    expect(toggle('Failed').getAttribute('data-state')).toBe('on');
    expect(screen.getByRole('button', { name: 'Remove Status: Failed' })).toBeTruthy();
    expect(visibleTitles()).toHaveLength(4);

    // The menu shows the same state: its Failed option is checked.
    await user.click(filterButton());
    expect((within(section('Status')).getByRole('checkbox', { name: 'Failed' }) as HTMLInputElement).checked).toBe(
      true,
    );
    // Toggling it in the menu turns the summary toggle off again: one shared state.
    await user.click(within(section('Status')).getByRole('checkbox', { name: 'Failed' }));
    await user.keyboard('{Escape}');
    expect(toggle('Failed').getAttribute('aria-pressed')).toBe('false');
    expect(onFiltersChange).toHaveBeenLastCalledWith({});

    // Two toggles combine (OR within the field) and each removes only itself.
    await user.click(toggle('Needs you'));
    await user.click(toggle('Working now'));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ statuses: ['blocked', 'working'] });
    await user.click(toggle('Needs you'));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ statuses: ['working'] });
    expect(screen.queryByRole('button', { name: 'Remove Status: Blocked' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove Status: Working' })).toBeTruthy();
  });

  test('the credits total opens a breakdown by source and by creator that sums to the total', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(toggle('Credits total'));
    const dialog = screen.getByRole('dialog', { name: 'Credits breakdown' });
    const bySource = within(dialog).getByRole('table', { name: 'By source' });
    const byCreator = within(dialog).getByRole('table', { name: 'By creator' });
    const sum = (table: HTMLElement) =>
      within(table)
        .getAllByRole('cell')
        .reduce((s, c) => s + Number(c.getAttribute('data-credits')), 0);
    expect(sum(bySource)).toBeCloseTo(34, 6);
    expect(sum(byCreator)).toBeCloseTo(34, 6);
    expect(within(byCreator).getByRole('rowheader', { name: /^Me/ })).toBeTruthy();
    expect(within(byCreator).getByRole('rowheader', { name: new RegExp(PRIYA.name) })).toBeTruthy();
    expect(within(bySource).getByRole('rowheader', { name: /Slack/ })).toBeTruthy();
  });

  test('more than seven sources or creators: the top five and "Others", still summing to the total', async () => {
    const user = userEvent.setup();
    const sources = ['slack', 'linear', 'cli', 'api', 'scheduled', 'github_actions', 'pagerduty', 'jira', 'zendesk'];
    const items: AgentItem[] = sources.map((source, i) => ({
      ...ITEMS[3]!,
      id: `s${i}`,
      source,
      creator: { id: `u_${i}`, name: `Person ${i}` },
      credits: 1000 * (i + 1) + 0.25,
    }));
    const summary = summarize(items);
    render(<AgentSummary summary={summary} locale="en-US" />);
    await user.click(screen.getByRole('button', { name: /^Credits total/ }));
    const dialog = screen.getByRole('dialog', { name: 'Credits breakdown' });
    const bySource = within(dialog).getByRole('table', { name: 'By source' });
    expect(within(bySource).getAllByRole('row')).toHaveLength(6);
    expect(within(bySource).getByRole('rowheader', { name: 'Others' })).toBeTruthy();
    const cells = within(bySource).getAllByRole('cell');
    expect(cells.reduce((s, c) => s + Number(c.getAttribute('data-credits')), 0)).toBeCloseTo(summary.credits, 6);
    // Localised: grouping separators, and the total in the header.
    expect(within(dialog).getByText('45,002.25')).toBeTruthy();
  });

  test('numbers follow the locale and labels override the words', () => {
    const summary = summarize(Array.from({ length: 1200 }, (_, i) => ({ ...ITEMS[4]!, id: `n${i}`, credits: 1.5 })));
    render(
      <AgentSummary
        summary={summary}
        locale="de-DE"
        labels={{ summaryTotal: 'Gesamt', summaryFailed: 'Fehlgeschlagen', summaryCredits: 'Guthaben' }}
      />,
    );
    expect(screen.getByText('Gesamt').nextElementSibling?.textContent).toBe('1.200');
    expect(screen.getByRole('button', { name: 'Fehlgeschlagen 0' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guthaben 1.800' })).toBeTruthy();
  });

  test('alone: uncontrolled toggles keep their own state and report it', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    render(<AgentSummary summary={summarize(ITEMS)} onFiltersChange={onFiltersChange} />);
    await user.click(screen.getByRole('button', { name: /^Needs you/ }));
    expect(screen.getByRole('button', { name: /^Needs you/ }).getAttribute('aria-pressed')).toBe('true');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ statuses: ['blocked'] });
  });

  test('a huge total shows compact in the card and in full in the breakdown', async () => {
    const user = userEvent.setup();
    const summary = summarize([{ ...ITEMS[3]!, credits: 12_345_678.9 }]);
    render(<AgentSummary summary={summary} locale="en-US" />);
    const button = screen.getByRole('button', { name: /^Credits total/ });
    expect(button.textContent).toBe('Credits total 12.3M');
    await user.click(button);
    expect(
      within(screen.getByRole('dialog', { name: 'Credits breakdown' })).getAllByText('12,345,678.9').length,
    ).toBeGreaterThan(0);
  });

  test('no credits data: the tile reads "—", not "0", says why, and the breakdown says so', async () => {
    const user = userEvent.setup();
    const summary = summarize(ITEMS.map(({ credits: _c, ...rest }) => rest as AgentItem));
    expect(summary.creditsKnown).toBe(0);
    render(<AgentSummary summary={summary} />);
    const tile = screen.getByRole('button', { name: 'Credits total, no data' });
    expect(tile.querySelector('.ab-summary-value')?.textContent).toBe('—');
    expect(tile.textContent).not.toMatch(/\d/);
    expect(tile.getAttribute('title')).toBe('No credits reported');
    expect(tile.hasAttribute('data-empty')).toBe(true);
    await user.click(tile);
    const dialog = screen.getByRole('dialog', { name: 'Credits breakdown' });
    expect(within(dialog).getByText('No credit usage reported')).toBeTruthy();
    expect(dialog.textContent).not.toMatch(/\d/);
  });

  test('no credits data in the full view: "—" for the visible set, a number again once items with credits show', async () => {
    const user = userEvent.setup();
    // Only the viewer's items lack credits: Personal has no data, All has Priya's and Marcus's.
    const items = ITEMS.map((item) =>
      item.creator.id === BASE_PROPS.viewerId ? (({ credits: _c, ...rest }) => rest as AgentItem)(item) : item,
    );
    render(<AgentManagementView {...BASE_PROPS} items={items} />);
    expect(within(summaryRegion()).getByRole('button', { name: 'Credits total, no data' }).textContent).toContain('—');
    await user.click(screen.getByRole('tab', { name: 'All' }));
    expect(within(summaryRegion()).getByRole('button', { name: 'Credits total 22' })).toBeTruthy();
  });

  test('a reported zero is data: the tile reads "0"', () => {
    render(<AgentSummary summary={summarize(ITEMS.map((item) => ({ ...item, credits: 0 })))} />);
    expect(screen.getByRole('button', { name: 'Credits total 0' })).toBeTruthy();
  });

  test("the credits tile is named apart from the list's Credits column (both stay findable)", async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    const tile = screen.getByRole('button', { name: /^Credits total/ });
    expect(summaryRegion().contains(tile)).toBe(true);
    // The name contains the visible text (label in name).
    expect(tile.textContent).toBe('Credits total 34');
    // The column's sort button is the only button named exactly "Credits".
    const sort = screen.getByRole('button', { name: 'Credits' });
    expect(screen.getByRole('columnheader', { name: /Credits/ }).contains(sort)).toBe(true);
    await user.click(tile);
    expect(screen.getByRole('dialog', { name: 'Credits breakdown' })).toBeTruthy();
  });

  test('"Others" folds three or more entries: up to seven (every built-in source) are shown by name', async () => {
    const user = userEvent.setup();
    const make = (n: number) =>
      summarize(
        ['slack', 'linear', 'cli', 'api', 'scheduled', 'github_actions', 'interactive', 'pagerduty']
          .slice(0, n)
          .map((source, i) => ({
            ...ITEMS[3]!,
            id: `s${i}`,
            source,
            creator: { id: `u_${i}`, name: `Person ${i}` },
            credits: 10 * (i + 1),
          })),
      );
    const bySource = () =>
      within(screen.getByRole('dialog', { name: 'Credits breakdown' })).getByRole('table', { name: 'By source' });
    const { unmount } = render(<AgentSummary summary={make(7)} />);
    await user.click(screen.getByRole('button', { name: /^Credits total/ }));
    expect(within(bySource()).getAllByRole('row')).toHaveLength(7);
    expect(within(bySource()).queryByRole('rowheader', { name: 'Others' })).toBeNull();
    expect(within(bySource()).getByRole('rowheader', { name: 'Slack' })).toBeTruthy();
    unmount();

    render(<AgentSummary summary={make(8)} />);
    await user.click(screen.getByRole('button', { name: /^Credits total/ }));
    const others = within(bySource()).getByRole('rowheader', { name: 'Others' });
    expect(others.closest('tr')?.hasAttribute('data-others')).toBe(true);
    expect(within(bySource()).getAllByRole('row')).toHaveLength(6);
  });

  test('on Personal, where every credit is the viewer\'s, the breakdown leaves out "By creator: Me 100%"', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="personal" />);
    await user.click(toggle('Credits total'));
    const dialog = screen.getByRole('dialog', { name: 'Credits breakdown' });
    expect(within(dialog).getByRole('table', { name: 'By source' })).toBeTruthy();
    expect(within(dialog).queryByRole('table', { name: 'By creator' })).toBeNull();
  });

  test('summary={false} hides it', () => {
    render(<AgentManagementView {...BASE_PROPS} summary={false} />);
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
  });
});
