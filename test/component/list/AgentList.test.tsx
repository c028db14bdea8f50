import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgentItem } from '../../../src/core/types';
import { AgentList, type AgentListProps, type AgentSorting } from '../../../src/react/list';
import { defaultAgentListLabels } from '../../../src/react/root';
import { isMinuteTickerRunning, isTickerRunning } from '../../../src/react/shared';

// ---- fixtures -----------------------------------------------------------------------------------

/** 2026-11-25 18:00 UTC: the fixed clock of these tests. */
const NOW = Date.UTC(2026, 10, 25, 18, 0, 0);
const VIEWER = { id: 'u_me', name: 'Viewer Person' };
const TEAMMATE = { id: 'u_ada', name: 'Ada Lovelace' };

let seq = 0;

/** A finished ambient run by a teammate unless overridden. */
function makeItem(overrides: Partial<AgentItem> = {}): AgentItem {
  seq += 1;
  return {
    id: `item_${seq}`,
    kind: 'ambient',
    title: `Run ${seq}`,
    source: 'slack',
    status: 'success',
    rawStatus: 'succeeded',
    createdAt: new Date(NOW - seq * 60_000),
    startedAt: new Date(NOW - seq * 60_000),
    endedAt: new Date(NOW - seq * 60_000 + 65_000),
    creator: TEAMMATE,
    credits: seq,
    sessionState: 'available',
    ...overrides,
  };
}

/** `n` items created one minute apart; index 0 is the newest. */
function makeItems(n: number, overrides: (i: number) => Partial<AgentItem> = () => ({})): AgentItem[] {
  return Array.from({ length: n }, (_, i) =>
    makeItem({
      id: `bulk_${i}`,
      title: `Bulk run ${String(i).padStart(5, '0')}`,
      createdAt: new Date(NOW - (i + 1) * 60_000),
      ...overrides(i),
    }),
  );
}

function renderList(props: Partial<AgentListProps> & { items: AgentItem[] }) {
  return render(<AgentList now={NOW} timeZone="UTC" locale="en-US" viewerId={VIEWER.id} {...props} />);
}

/** Data rows (without the header row), in DOM order. */
function dataRows(): HTMLElement[] {
  return screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1');
}

/** A row's cells in column order (the title is the row header, the others grid cells). */
function cellsOf(row: HTMLElement): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>(':scope > [aria-colindex]'));
}

/** Data rows in visual order (by aria-rowindex), as virtualised rows may be appended out of order. */
function rowTitles(): string[] {
  return dataRows()
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) => cellsOf(row)[0]!.querySelector('.ab-title')!.textContent ?? '');
}

function rowByTitle(title: string): HTMLElement {
  const row = dataRows().find((r) => r.querySelector('.ab-title')?.textContent === title);
  if (!row) throw new Error(`no row titled ${title}`);
  return row;
}

afterEach(() => {
  vi.useRealTimers();
});

// ---- tests --------------------------------------------------------------------------------------

describe('AgentList', () => {
  it('renders a grid with the seven columns and one row per item', () => {
    const items = [
      makeItem({
        id: 'amb',
        title: 'Deploy preview',
        source: 'github_actions',
        status: 'failed',
        rawStatus: 'timed_out',
        statusDetail: 'Step "build" exceeded 10m',
        createdAt: new Date(Date.UTC(2026, 10, 25, 15, 4)),
        startedAt: new Date(Date.UTC(2026, 10, 25, 15, 4)),
        endedAt: new Date(Date.UTC(2026, 10, 25, 15, 5, 5)),
        credits: 1234.5,
      }),
      makeItem({
        id: 'int',
        kind: 'interactive',
        title: 'Refactor the parser',
        source: 'interactive',
        status: 'success',
        creator: VIEWER,
        createdAt: new Date(Date.UTC(2026, 10, 24, 9, 12)),
        credits: undefined,
      }),
    ];
    renderList({ items });

    const grid = screen.getByRole('grid', { name: 'Agent runs' });
    expect(grid.getAttribute('aria-rowcount')).toBe('3');
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Title', 'Source', 'Status', 'Creator', 'Created', 'Duration', 'Credits']);

    const amb = cellsOf(rowByTitle('Deploy preview'));
    expect(amb).toHaveLength(7);
    expect(amb[1]!.textContent).toBe('GitHub Actions');
    expect(within(amb[2]!).getByRole('img', { name: 'Failed' })).toBeTruthy();
    expect(amb[3]!.querySelector('.ab-creator-name')!.textContent).toBe('Ada Lovelace');
    expect(amb[3]!.querySelector('.ab-avatar')!.getAttribute('aria-hidden')).toBe('true');
    const time = amb[4]!.querySelector('time')!;
    expect(time.textContent).toBe('2h ago'); // relative to 18:00; data-full has the full time (the tooltip's text)
    expect(time.getAttribute('dateTime')).toBe('2026-11-25T15:04:00.000Z');
    expect(time.getAttribute('data-full')).toMatch(/2026.*3:04:00 PM.*UTC/);
    expect(amb[5]!.textContent).toBe('1m 5s');
    expect(amb[6]!.textContent).toBe('1,234.5 credits'); // the unit shows only on the two-line row
    // A value too wide for the column is cut with an ellipsis; its title keeps the whole number.
    expect(amb[6]!.querySelector('span')!.getAttribute('title')).toBe('1,234.5');

    const int = cellsOf(rowByTitle('Refactor the parser'));
    expect(int[3]!.querySelector('.ab-creator-name')!.textContent).toBe('Me');
    expect(int[4]!.textContent).toBe('Yesterday');
    expect(int[5]!.textContent).toContain('—');
    expect(int[6]!.textContent).toBe(`—${defaultAgentListLabels.notApplicable}`); // words for screen readers
    expect(rowByTitle('Refactor the parser').getAttribute('data-kind')).toBe('interactive');
  });

  it('activates ambient rows with onOpenRun and interactive rows with onOpenConversation (click, Enter, Space)', async () => {
    const user = userEvent.setup();
    const ambient = makeItem({ title: 'Ambient one', createdAt: new Date(NOW - 1000) });
    const interactive = makeItem({ title: 'Chat one', kind: 'interactive', createdAt: new Date(NOW - 2000) });
    const onOpenRun = vi.fn();
    const onOpenConversation = vi.fn();
    renderList({ items: [ambient, interactive], onOpenRun, onOpenConversation });

    await user.click(cellsOf(rowByTitle('Ambient one'))[2]!);
    expect(onOpenRun).toHaveBeenCalledTimes(1);
    expect(onOpenRun).toHaveBeenCalledWith(ambient);
    expect(onOpenConversation).not.toHaveBeenCalled();

    await user.click(rowByTitle('Chat one'));
    expect(onOpenConversation).toHaveBeenCalledWith(interactive);

    act(() => rowByTitle('Chat one').focus());
    await user.keyboard('{Enter}');
    expect(onOpenConversation).toHaveBeenCalledTimes(2);
    act(() => rowByTitle('Ambient one').focus());
    await user.keyboard(' ');
    expect(onOpenRun).toHaveBeenCalledTimes(2);
    expect(onOpenRun).toHaveBeenLastCalledWith(ambient);
  });

  it('renders the title as a real link only for safe hrefs', () => {
    const hrefs: Record<string, string> = {
      https: 'https://agents.example.com/runs/1',
      relative: '/runs/2',
      js: 'javascript:alert(1)',
      jsSpaced: ' JAVASCRIPT:alert(1)',
      data: 'data:text/html,<script>alert(1)</script>',
      encoded: 'java%73cript:alert(1)',
    };
    const items = Object.keys(hrefs).map((key, i) =>
      makeItem({ id: key, title: `Title ${key}`, createdAt: new Date(NOW - i * 1000) }),
    );
    renderList({ items, getItemHref: (item) => hrefs[item.id] });

    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://agents.example.com/runs/1', '/runs/2']);
    expect(screen.getByRole('link', { name: 'Title https' })).toBeTruthy();
    for (const key of ['js', 'jsSpaced', 'data', 'encoded']) {
      expect(rowByTitle(`Title ${key}`).querySelector('a')).toBeNull();
    }
  });

  it('sends plain link clicks to the callback but leaves modified clicks to the browser', () => {
    const item = makeItem({ title: 'Linked run' });
    const onOpenRun = vi.fn();
    renderList({ items: [item], onOpenRun, getItemHref: () => '/runs/linked' });
    const link = screen.getByRole('link', { name: 'Linked run' });
    // Record whether the list prevented the default, then stop jsdom from "navigating".
    const prevented: boolean[] = [];
    const record = (event: Event) => {
      prevented.push(event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    try {
      fireEvent.click(link);
      expect(prevented).toEqual([true]); // the host's callback navigates
      expect(onOpenRun).toHaveBeenCalledTimes(1);

      fireEvent.click(link, { metaKey: true });
      fireEvent.click(link, { ctrlKey: true });
      fireEvent.click(link, { shiftKey: true });
      expect(prevented).toEqual([true, false, false, false]); // new tab / window: the browser's
      expect(onOpenRun).toHaveBeenCalledTimes(1);
    } finally {
      window.removeEventListener('click', record);
    }
  });

  it('by keyboard too: Ctrl/⌘+Enter opens a linked row in a new tab and Shift+Enter in a new window; Enter opens it here', () => {
    const item = makeItem({ title: 'Linked run' });
    const onOpenRun = vi.fn();
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    try {
      renderList({ items: [item], onOpenRun, getItemHref: () => '/runs/linked' });
      const row = screen.getAllByRole('row').find((r) => r.hasAttribute('data-index'))!;
      row.focus();
      fireEvent.keyDown(row, { key: 'Enter', ctrlKey: true });
      fireEvent.keyDown(row, { key: 'Enter', metaKey: true });
      expect(open.mock.calls.map((c) => [new URL(String(c[0])).pathname, c[1], c[2]])).toEqual([
        ['/runs/linked', '_blank', 'noopener,noreferrer'],
        ['/runs/linked', '_blank', 'noopener,noreferrer'],
      ]);
      fireEvent.keyDown(row, { key: 'Enter', shiftKey: true });
      expect(open.mock.calls[2]?.[2]).toBe('noopener,noreferrer,popup');
      expect(onOpenRun).not.toHaveBeenCalled();
      fireEvent.keyDown(row, { key: 'Enter' });
      expect(onOpenRun).toHaveBeenCalledTimes(1);
      expect(open).toHaveBeenCalledTimes(3);
    } finally {
      open.mockRestore();
    }
  });

  it('sorts newest first by default and toggles sorting from the header buttons', async () => {
    const user = userEvent.setup();
    const items = [
      makeItem({ title: 'banana', createdAt: new Date(NOW - 3000), credits: 5 }),
      makeItem({ title: 'Apple', createdAt: new Date(NOW - 1000), credits: undefined }),
      makeItem({ title: 'cherry', createdAt: new Date(NOW - 2000), credits: 50 }),
    ];
    renderList({ items });

    const created = screen.getByRole('columnheader', { name: /Created/ });
    expect(created.getAttribute('aria-sort')).toBe('descending');
    expect(rowTitles()).toEqual(['Apple', 'cherry', 'banana']);
    expect(screen.getByRole('columnheader', { name: /Source/ }).hasAttribute('aria-sort')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(screen.getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(created.hasAttribute('aria-sort')).toBe(false);
    expect(rowTitles()).toEqual(['Apple', 'banana', 'cherry']);

    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(screen.getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('descending');
    expect(rowTitles()).toEqual(['cherry', 'banana', 'Apple']);

    // Numbers sort descending first; unknown credits stay last in both directions.
    await user.click(screen.getByRole('button', { name: 'Credits' }));
    expect(screen.getByRole('columnheader', { name: /Credits/ }).getAttribute('aria-sort')).toBe('descending');
    expect(rowTitles()).toEqual(['cherry', 'banana', 'Apple']);
    await user.click(screen.getByRole('button', { name: 'Credits' }));
    expect(rowTitles()).toEqual(['banana', 'cherry', 'Apple']);
  });

  it('sorts by Status (display order), Source (label) and Creator (name) from the header buttons', async () => {
    const user = userEvent.setup();
    const items = [
      makeItem({ title: 'one', status: 'success', source: 'slack', creator: { id: 'u_z', name: 'Zed' } }),
      makeItem({ title: 'two', status: 'working', source: 'linear', creator: { id: 'u_b', name: 'Bea' } }),
      makeItem({ title: 'three', status: 'failed', source: 'github_actions', creator: { id: 'u_a', name: 'amy' } }),
    ];
    renderList({ items });
    const onSort = async (name: string, expected: string[], direction: string) => {
      await user.click(screen.getByRole('button', { name }));
      expect(screen.getByRole('columnheader', { name: new RegExp(name) }).getAttribute('aria-sort')).toBe(direction);
      expect(rowTitles()).toEqual(expected);
    };
    await onSort('Status', ['two', 'three', 'one'], 'ascending');
    await onSort('Status', ['one', 'three', 'two'], 'descending');
    await onSort('Source', ['three', 'two', 'one'], 'ascending'); // GitHub Actions, Linear, Slack
    await onSort('Creator', ['three', 'two', 'one'], 'ascending'); // amy, Bea, Zed
    await onSort('Creator', ['one', 'two', 'three'], 'descending');
  });

  it('shows every credit value at one precision, with words for a missing one', () => {
    const items = [
      makeItem({ title: 'a', credits: 0.35, createdAt: new Date(NOW - 1000) }),
      makeItem({ title: 'b', credits: 19.4, createdAt: new Date(NOW - 2000) }),
      makeItem({ title: 'c', credits: 1, createdAt: new Date(NOW - 3000) }),
      makeItem({ title: 'd', credits: 252, createdAt: new Date(NOW - 4000) }),
      makeItem({ title: 'e', credits: undefined, createdAt: new Date(NOW - 5000) }),
    ];
    const { container, rerender } = renderList({ items });
    const credits = () =>
      [...container.querySelectorAll('.ab-row [data-column="credits"]')].map((c) =>
        (c.textContent ?? '').replace(' credits', ''),
      );
    expect(credits()).toEqual(['0.35', '19.40', '1.00', '252.00', `—${defaultAgentListLabels.notApplicable}`]);
    // Whole numbers only: no fraction digits at all.
    rerender(<AgentList now={NOW} timeZone="UTC" locale="en-US" items={items.slice(2, 4)} />);
    expect(credits()).toEqual(['1', '252']);
  });

  it('supports controlled sorting', async () => {
    const user = userEvent.setup();
    const onSortingChange = vi.fn();
    const items = [
      makeItem({ title: 'b', createdAt: new Date(NOW - 1000) }),
      makeItem({ title: 'a', createdAt: new Date(NOW - 2000) }),
    ];
    function Controlled() {
      const [sorting, setSorting] = useState<AgentSorting>({ id: 'title', desc: false });
      return (
        <AgentList
          items={items}
          now={NOW}
          sorting={sorting}
          onSortingChange={(next) => {
            onSortingChange(next);
            setSorting(next);
          }}
        />
      );
    }
    render(<Controlled />);
    expect(rowTitles()).toEqual(['a', 'b']);
    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(onSortingChange).toHaveBeenCalledWith({ id: 'title', desc: true });
    expect(rowTitles()).toEqual(['b', 'a']);

    // A controlled value that the parent does not update keeps the order.
    const stuck = vi.fn();
    render(
      <AgentList
        items={items}
        now={NOW}
        sorting={{ id: 'title', desc: false }}
        onSortingChange={stuck}
        ariaLabel="Stuck"
      />,
    );
    const stuckGrid = screen.getByRole('grid', { name: 'Stuck' });
    await user.click(within(stuckGrid).getByRole('button', { name: 'Title' }));
    expect(stuck).toHaveBeenCalledWith({ id: 'title', desc: true });
    expect(within(stuckGrid).getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('virtualises: 10,000 items render only a window of rows', () => {
    const items = makeItems(10_000);
    renderList({ items });
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('10001');
    const rows = dataRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
  });

  it('moves focus with the arrow keys, Home/End and PageUp/PageDown (one tab stop)', async () => {
    const user = userEvent.setup();
    const items = makeItems(10_000);
    const onOpenRun = vi.fn();
    renderList({ items, onOpenRun });

    // Exactly one row is in the tab order, and the sort buttons are not.
    expect(dataRows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    expect(screen.getAllByRole('button').filter((b) => b.tabIndex === 0)).toEqual([]);

    // One Tab enters the grid on its first row.
    await user.tab();
    const first = document.activeElement as HTMLElement;
    expect(first.getAttribute('role')).toBe('row');
    expect(first.getAttribute('aria-rowindex')).toBe('2');

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement!.getAttribute('aria-rowindex')).toBe('3');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(document.activeElement!.getAttribute('aria-rowindex')).toBe('4');

    const scroller = screen.getByRole('grid').querySelector<HTMLElement>('.ab-list-scroller')!;
    expect(scroller.scrollTop).toBe(0);
    await user.keyboard('{End}');
    expect(document.activeElement!.getAttribute('aria-rowindex')).toBe('10001');
    expect(scroller.scrollTop).toBeGreaterThan(9_000 * 40); // scrolled so the row is visible
    expect(document.activeElement!.textContent).toContain('Bulk run 09999');
    expect(dataRows().length).toBeLessThan(60);

    await user.keyboard('{Enter}');
    expect(onOpenRun).toHaveBeenCalledWith(items[9999]);

    await user.keyboard('{Home}');
    expect(document.activeElement!.getAttribute('aria-rowindex')).toBe('2');
    await user.keyboard('{PageDown}');
    const afterPage = Number(document.activeElement!.getAttribute('aria-rowindex'));
    expect(afterPage).toBeGreaterThan(5);
    await user.keyboard('{PageUp}');
    expect(document.activeElement!.getAttribute('aria-rowindex')).toBe('2');
    // Still one tab stop, now on the focused row.
    expect(dataRows().filter((r) => r.tabIndex === 0)).toEqual([document.activeElement]);
    // ↑ on the first row goes up to the header row.
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Title' }));
    expect(dataRows().filter((r) => r.tabIndex === 0)).toEqual([]);
  });

  it('is an APG grid: ←/→ reach each cell, ↑ from the first row reaches the header, one tab stop throughout', async () => {
    const user = userEvent.setup();
    const items = makeItems(50);
    const onOpenRun = vi.fn();
    renderList({ items, onOpenRun });
    const active = () => document.activeElement as HTMLElement;
    const tabStops = () => Array.from(screen.getByRole('grid').querySelectorAll('[tabindex="0"]'));

    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    // The first cell of the second row: the title, read as the row's header.
    expect(active().getAttribute('role')).toBe('rowheader');
    expect(active().getAttribute('aria-colindex')).toBe('1');
    expect(active().closest('[role="row"]')!.getAttribute('aria-rowindex')).toBe('3');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(active().getAttribute('role')).toBe('gridcell');
    expect(active().getAttribute('data-column')).toBe('status');
    expect(tabStops()).toEqual([active()]);

    // ↓ keeps the column; End/Home go to the row's ends; Ctrl+End to the last row, same column.
    await user.keyboard('{ArrowDown}');
    expect(active().getAttribute('data-column')).toBe('status');
    expect(active().closest('[role="row"]')!.getAttribute('aria-rowindex')).toBe('4');
    await user.keyboard('{End}');
    expect(active().getAttribute('data-column')).toBe('credits');
    await user.keyboard('{ArrowRight}');
    expect(active().getAttribute('data-column')).toBe('credits');
    await user.keyboard('{Home}');
    expect(active().getAttribute('data-column')).toBe('title');
    await user.keyboard('{Control>}{End}{/Control}');
    expect(active().getAttribute('data-column')).toBe('title');
    expect(active().closest('[role="row"]')!.getAttribute('aria-rowindex')).toBe('51');
    await user.keyboard('{Control>}{Home}{/Control}{ArrowRight}');
    expect(active().getAttribute('data-column')).toBe('source');

    // ↑ on the first row reaches the same column's header (its sort button), ←/→ move along the
    // header row, ↓ comes back to the first row.
    await user.keyboard('{ArrowUp}');
    expect(active()).toBe(screen.getByRole('button', { name: 'Source' }));
    expect(tabStops()).toEqual([active()]);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(active()).toBe(screen.getByRole('button', { name: 'Creator' }));
    await user.keyboard('{End}');
    expect(active()).toBe(screen.getByRole('button', { name: 'Credits' }));
    await user.keyboard('{ArrowDown}');
    expect(active().getAttribute('data-column')).toBe('credits');
    expect(active().closest('[role="row"]')!.getAttribute('aria-rowindex')).toBe('2');

    // ← back to the first cell, then once more to the row; Enter on a cell opens the row.
    await user.keyboard('{Home}{ArrowLeft}');
    expect(active().getAttribute('role')).toBe('row');
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onOpenRun).toHaveBeenCalledWith(items[0]);

    // Tab leaves the grid in one step, Shift+Tab comes back to the same cell.
    const cell = active();
    await user.tab();
    expect(screen.getByRole('grid').contains(active())).toBe(false);
    await user.tab({ shift: true });
    expect(active()).toBe(cell);
  });

  it('names each row by its title and marks only the sorted column with aria-sort', () => {
    renderList({ items: makeItems(3) });
    const row = dataRows()[0]!;
    expect(screen.getByRole('row', { name: row.querySelector('.ab-title')!.textContent! })).toBe(row);
    const sorted = screen.getAllByRole('columnheader').filter((h) => h.hasAttribute('aria-sort'));
    expect(sorted.map((h) => [h.textContent, h.getAttribute('aria-sort')])).toEqual([['Created', 'descending']]);
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-colcount')).toBe('7');
    expect(cellsOf(row).map((c) => c.getAttribute('aria-colindex'))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('shows an expired or unavailable session on the row and in its description', () => {
    const items = [
      makeItem({ title: 'Old run', sessionState: 'expired', createdAt: new Date(NOW - 1000) }),
      makeItem({ title: 'Gone run', sessionState: 'unavailable', createdAt: new Date(NOW - 2000) }),
      makeItem({ title: 'Fine run', sessionState: 'available', createdAt: new Date(NOW - 3000) }),
    ];
    renderList({ items });
    const old = rowByTitle('Old run');
    expect(within(old).getByText('Session expired')).toBeTruthy();
    expect(old.getAttribute('data-state')).toBe('expired');
    expect(screen.getByRole('row', { description: 'The shared session has expired.' })).toBe(old);
    expect(within(rowByTitle('Gone run')).getByText('Session unavailable')).toBeTruthy();
    expect(rowByTitle('Fine run').hasAttribute('data-state')).toBe(false);
    expect(rowByTitle('Fine run').hasAttribute('aria-describedby')).toBe(false);
  });

  it('shows the blocked reason and the error under the title, with the full text on hover', () => {
    const longError = `ECONNRESET ${'x'.repeat(500)}`;
    renderList({
      items: [
        makeItem({
          title: 'Waiting',
          status: 'blocked',
          rawStatus: 'needs_input',
          statusDetail: 'Approve the deploy plan',
        }),
        makeItem({ title: 'Broken', status: 'failed', rawStatus: 'error', statusDetail: longError }),
        makeItem({ title: 'Fine', status: 'success', statusDetail: 'should not show' }),
      ],
    });
    const waiting = rowByTitle('Waiting').querySelector('.ab-title-detail')!;
    expect(waiting.textContent).toBe('Approve the deploy plan');
    const broken = rowByTitle('Broken').querySelector('.ab-title-detail')!;
    expect(broken.textContent).toBe(longError);
    expect(broken.getAttribute('title')).toBe(longError);
    expect(rowByTitle('Fine').querySelector('.ab-title-detail')).toBeNull();
  });

  it('ticks live durations once a second without re-rendering any row', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    const renders = new Map<string, number>();
    const renderTitleExtra = (item: AgentItem) => {
      renders.set(item.id, (renders.get(item.id) ?? 0) + 1);
      return null;
    };
    const items = [
      makeItem({
        id: 'live',
        title: 'Live',
        status: 'working',
        rawStatus: 'running',
        startedAt: new Date(NOW - 5000),
        endedAt: undefined,
        createdAt: new Date(NOW - 5000),
      }),
      makeItem({ id: 'done', title: 'Done', createdAt: new Date(NOW - 60_000) }),
      makeItem({
        id: 'chat',
        title: 'Chat',
        kind: 'interactive',
        status: 'working',
        createdAt: new Date(NOW - 90_000),
      }),
    ];
    const { unmount } = render(<AgentList items={items} timeZone="UTC" renderTitleExtra={renderTitleExtra} />);
    const duration = () => cellsOf(rowByTitle('Live'))[5]!.textContent;
    expect(duration()).toBe('5s');
    const before = new Map(renders);
    expect(before.get('done')).toBeGreaterThan(0);

    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(duration()).toBe('8s');
    expect(cellsOf(rowByTitle('Done'))[5]!.textContent).toBe('1m 5s');
    expect(renders).toEqual(before); // no row re-rendered, only the live cell
    expect(isTickerRunning()).toBe(true);

    unmount();
    expect(isTickerRunning()).toBe(false);
  });

  it('does not tick with a fixed now, and runs no timer when no row is working', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW + 10_000);
    const live = makeItem({ title: 'Live', status: 'working', startedAt: new Date(NOW - 5000), endedAt: undefined });
    const { unmount } = renderList({ items: [live] });
    expect(isTickerRunning()).toBe(false);
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(cellsOf(rowByTitle('Live'))[5]!.textContent).toBe('5s');
    expect(isMinuteTickerRunning()).toBe(false);
    unmount();

    render(<AgentList items={[makeItem({ title: 'Done' })]} />);
    expect(isTickerRunning()).toBe(false);
  });

  it('keeps relative times current on the live clock without re-rendering rows, and only for recent runs', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    const renders = new Map<string, number>();
    const renderTitleExtra = (item: AgentItem) => {
      renders.set(item.id, (renders.get(item.id) ?? 0) + 1);
      return null;
    };
    const items = [
      makeItem({ id: 'fresh', title: 'Fresh', createdAt: new Date(NOW - 20_000) }),
      makeItem({ id: 'old', title: 'Old', createdAt: new Date(Date.UTC(2026, 9, 1, 12, 0)) }),
    ];
    const { unmount } = render(<AgentList items={items} timeZone="UTC" renderTitleExtra={renderTitleExtra} />);
    const created = (title: string) => within(rowByTitle(title)).getByText((_, el) => el?.tagName === 'TIME');
    expect(created('Fresh').textContent).toBe('Now');
    expect(created('Old').textContent).toBe('Oct 1');
    const before = new Map(renders);

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(created('Fresh').textContent).toBe('1m ago');
    act(() => {
      vi.advanceTimersByTime(2 * 3_600_000);
    });
    expect(created('Fresh').textContent).toBe('2h ago');
    // The full date stays for the tooltip, and no row re-rendered: only the time itself.
    expect(created('Fresh').getAttribute('data-full')).toMatch(/November 25, 2026 at 5:59/);
    expect(renders).toEqual(before);
    unmount();
    expect(isMinuteTickerRunning()).toBe(false);

    // Only runs older than a week: their labels are dates, so nothing ticks.
    render(<AgentList items={[items[1]!]} timeZone="UTC" />);
    expect(isMinuteTickerRunning()).toBe(false);
  });

  it('does not re-render rows when the parent re-renders with equal props', () => {
    const renders = new Map<string, number>();
    const renderTitleExtra = (item: AgentItem) => {
      renders.set(item.id, (renders.get(item.id) ?? 0) + 1);
      return null;
    };
    const items = makeItems(5);
    const { rerender } = render(
      <AgentList items={items} now={NOW} labels={{ me: 'Me' }} renderTitleExtra={renderTitleExtra} />,
    );
    const before = new Map(renders);
    rerender(<AgentList items={items} now={new Date(NOW)} labels={{ me: 'Me' }} renderTitleExtra={renderTitleExtra} />);
    expect(renders).toEqual(before);
  });

  it('renders skeleton rows and aria-busy while loading', () => {
    renderList({ items: [], loading: true, emptyState: <p>Nothing yet</p> });
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-busy')).toBe('true');
    expect(dataRows().filter((r) => r.getAttribute('data-state') === 'skeleton')).toHaveLength(8);
    expect(screen.queryByText('Nothing yet')).toBeNull();
  });

  it('renders the empty slot when there are no items', () => {
    renderList({ items: [], emptyState: <p>No agent activity yet</p> });
    const grid = screen.getByRole('grid');
    expect(grid.hasAttribute('aria-busy')).toBe(false);
    expect(within(grid).getByText('No agent activity yet')).toBeTruthy();
  });

  it('renders HTML in titles and details as text', () => {
    const html = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const { container } = renderList({
      items: [makeItem({ title: html, status: 'failed', statusDetail: '<script>alert(1)</script>' })],
    });
    expect(screen.getByText(html)).toBeTruthy();
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });

  it('survives odd data', () => {
    const items = [
      makeItem({ title: '' }),
      makeItem({ title: '   ' }),
      makeItem({ title: 'x'.repeat(10_000) }),
      makeItem({ title: 'مرحبا بالعالم 🚀 עברית' }),
      makeItem({ createdAt: new Date(0), startedAt: new Date(0), endedAt: new Date(Date.UTC(2100, 0, 1)) }),
      makeItem({ createdAt: new Date(Date.UTC(2100, 0, 1)) }),
      makeItem({ createdAt: new Date(Number.NaN), startedAt: undefined, endedAt: undefined }),
      makeItem({ creator: { id: '', name: '' }, credits: Number.NaN, source: 'my_custom-hook' }),
      makeItem({ id: 'dup' }),
      makeItem({ id: 'dup' }),
    ];
    renderList({ items });
    expect(dataRows()).toHaveLength(items.length);
    expect(screen.getAllByText('Untitled')).toHaveLength(2);
    expect(screen.getByText('My custom hook')).toBeTruthy();
    const rtl = screen.getByText('مرحبا بالعالم 🚀 עברית');
    expect(rtl.getAttribute('dir')).toBe('auto');
    // Invalid dates sort last under "newest first".
    expect(dataRows().at(-1)?.getAttribute('aria-rowindex')).toBe(String(items.length + 1));
  });

  it('calls onEndReached once when the end of the list is rendered', async () => {
    const user = userEvent.setup();
    const onEndReached = vi.fn();
    const items = makeItems(500);
    const { rerender } = renderList({ items, onEndReached });
    expect(onEndReached).not.toHaveBeenCalled();

    act(() => dataRows()[0]!.focus());
    await user.keyboard('{End}');
    await act(async () => {});
    expect(onEndReached).toHaveBeenCalledTimes(1);

    // More items arrive; reaching the new end asks again.
    const more = [...items, ...makeItems(20, (i) => ({ id: `more_${i}`, createdAt: new Date(NOW - 1e9 - i) }))];
    rerender(<AgentList items={more} now={NOW} timeZone="UTC" onEndReached={onEndReached} />);
    await user.keyboard('{End}');
    await act(async () => {});
    expect(onEndReached).toHaveBeenCalledTimes(2);
  });

  it('calls onAtTopChange once each time the scroller crosses the top (≤ 4 px)', () => {
    const onAtTopChange = vi.fn();
    renderList({ items: makeItems(200), onAtTopChange });
    const scroller = screen.getByRole('grid').querySelector<HTMLElement>('.ab-list-scroller')!;
    const scrollTo = (top: number) => {
      scroller.scrollTop = top;
      fireEvent.scroll(scroller);
    };
    expect(onAtTopChange).not.toHaveBeenCalled(); // not on mount

    scrollTo(3); // still the top
    expect(onAtTopChange).not.toHaveBeenCalled();
    scrollTo(5);
    expect(onAtTopChange).toHaveBeenLastCalledWith(false);
    scrollTo(400);
    scrollTo(900);
    expect(onAtTopChange).toHaveBeenCalledTimes(1);
    scrollTo(4);
    expect(onAtTopChange).toHaveBeenLastCalledWith(true);
    scrollTo(0);
    expect(onAtTopChange).toHaveBeenCalledTimes(2);
  });

  it('labels status badges from labels.statuses (missing ones keep the default)', () => {
    renderList({
      items: [
        makeItem({ title: 'A', status: 'failed', rawStatus: 'failed' }),
        makeItem({ title: 'B', status: 'success' }),
      ],
      labels: { statuses: { failed: 'Fehlgeschlagen' } },
    });
    expect(within(rowByTitle('A')).getByRole('img', { name: 'Fehlgeschlagen' })).toBeTruthy();
    expect(within(rowByTitle('B')).getByRole('img', { name: 'Success' })).toBeTruthy();
  });

  it('takes every visible string from labels', () => {
    renderList({
      items: [makeItem({ title: '', creator: VIEWER, sessionState: 'expired' })],
      labels: { columnTitle: 'Titel', untitled: 'Ohne Titel', me: 'Ich', sessionExpired: 'Sitzung abgelaufen' },
      ariaLabel: 'Agentenläufe',
    });
    expect(screen.getByRole('grid', { name: 'Agentenläufe' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Titel/ })).toBeTruthy();
    expect(screen.getByText('Ohne Titel')).toBeTruthy();
    expect(screen.getByText('Ich')).toBeTruthy();
    expect(screen.getByText('Sitzung abgelaufen')).toBeTruthy();
    expect(defaultAgentListLabels.list).toBe('Agent runs');
  });

  it('applies classNames slots and density', () => {
    renderList({
      items: [makeItem()],
      density: 'compact',
      classNames: { list: 'L', headerCell: 'H', row: 'R', cell: 'C', badge: 'B', avatar: 'A' },
    });
    const grid = screen.getByRole('grid');
    expect(grid.classList.contains('L')).toBe(true);
    expect(grid.getAttribute('data-density')).toBe('compact');
    expect(screen.getAllByRole('columnheader')[0]!.classList.contains('H')).toBe(true);
    const row = dataRows()[0]!;
    expect(row.classList.contains('R')).toBe(true);
    expect(row.style.height).toBe('32px');
    expect(cellsOf(row)[0]!.classList.contains('C')).toBe(true);
    expect(row.querySelector('.ab-status-badge.B')).not.toBeNull();
    expect(row.querySelector('.ab-avatar.A')).not.toBeNull();
  });

  it('renders on the server with a fixed now and hydrates without warnings', async () => {
    const items = [
      ...makeItems(40),
      makeItem({ title: 'Live', status: 'working', endedAt: undefined, sessionState: 'expired' }),
    ];
    const element = <AgentList items={items} now={NOW} timeZone="UTC" locale="en-US" viewerId={VIEWER.id} />;
    const html = renderToString(element);
    expect(html).toContain('role="grid"');
    expect(html).toContain('Bulk run 00000');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root!.unmount());
    container.remove();
  });
});
