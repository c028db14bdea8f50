import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AgentItem } from '../../../src/core/types';
import { AgentList, type AgentListProps } from '../../../src/react/list';
import { RUNS_NOW, runAgo } from '../../fixtures/run-items';

// ---- fixtures -----------------------------------------------------------------------------------

const NOW = RUNS_NOW;

/** A finished ambient run; `minutesAgo` sets the default (newest first) order. */
const run = (id: string, minutesAgo: number, over: Partial<AgentItem> = {}): AgentItem =>
  runAgo(id, minutesAgo, { credits: 1, ...over });

/** Newest first: Alpha (3 sub-runs, one failed, itself green), Beta (none), Gamma (1 sub-run). */
function family(): AgentItem[] {
  return [
    run('Alpha', 1),
    run('Alpha one', 2, { parentId: 'Alpha' }),
    run('Alpha two', 3, { parentId: 'Alpha', status: 'failed', rawStatus: 'error', statusDetail: 'Tests failed' }),
    run('Alpha three', 4, { parentId: 'Alpha', status: 'working', rawStatus: 'running', endedAt: undefined }),
    run('Beta', 5),
    run('Gamma', 6),
    run('Gamma one', 7, { parentId: 'Gamma' }),
  ];
}

function renderList(props: Partial<AgentListProps> & { items: readonly AgentItem[] }) {
  return render(<AgentList now={NOW} timeZone="UTC" locale="en-US" {...props} />);
}

function dataRows(): HTMLElement[] {
  return screen
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1')
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
}

function titles(): string[] {
  return dataRows().map((row) => row.querySelector('.ab-title')!.textContent ?? '');
}

function rowOf(title: string): HTMLElement {
  const row = dataRows().find((r) => r.querySelector('.ab-title')?.textContent === title);
  if (!row) throw new Error(`no row titled ${title}`);
  return row;
}

// ---- tests --------------------------------------------------------------------------------------

describe('AgentList with sub-runs', () => {
  it('is a treegrid only when a row has sub-runs in the list, with the tree ARIA on rows', () => {
    const { unmount } = renderList({ items: [run('Solo', 1), run('Other', 2)] });
    expect(screen.getByRole('grid')).toBeTruthy();
    expect(screen.queryByRole('treegrid')).toBeNull();
    expect(rowOf('Solo').hasAttribute('aria-level')).toBe(false);
    unmount();

    renderList({ items: family() });
    const grid = screen.getByRole('treegrid');
    expect(grid.getAttribute('aria-rowcount')).toBe('4'); // three top-level rows + the header
    expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']);
    const alpha = rowOf('Alpha');
    expect(alpha.getAttribute('aria-level')).toBe('1');
    expect(alpha.getAttribute('aria-posinset')).toBe('1');
    expect(alpha.getAttribute('aria-setsize')).toBe('3');
    expect(alpha.getAttribute('aria-expanded')).toBe('false');
    expect(rowOf('Beta').hasAttribute('aria-expanded')).toBe(false);
    expect(rowOf('Gamma').getAttribute('aria-posinset')).toBe('3');
  });

  it('expands by the toggle without opening the run, indenting the sub-runs', async () => {
    const user = userEvent.setup();
    const onOpenRun = vi.fn();
    renderList({ items: family(), onOpenRun });
    const toggle = within(rowOf('Alpha')).getByRole('button', { name: 'Show 3 sub-runs' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.tabIndex).toBe(-1);
    await user.click(toggle);
    expect(onOpenRun).not.toHaveBeenCalled();
    expect(titles()).toEqual(['Alpha', 'Alpha one', 'Alpha two', 'Alpha three', 'Beta', 'Gamma']);
    expect(rowOf('Alpha').getAttribute('aria-expanded')).toBe('true');
    expect(within(rowOf('Alpha')).getByRole('button', { name: 'Show 3 sub-runs' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    const child = rowOf('Alpha two');
    expect(child.getAttribute('aria-level')).toBe('2');
    expect(child.getAttribute('aria-posinset')).toBe('2');
    expect(child.getAttribute('aria-setsize')).toBe('3');
    expect(child.style.getPropertyValue('--_ab-level')).toBe('1');
    expect(rowOf('Alpha').style.getPropertyValue('--_ab-level')).toBe('');
    // Focus stayed on the row (the tab stop), not on the button.
    expect(document.activeElement).toBe(rowOf('Alpha'));
    await user.click(within(rowOf('Alpha')).getByRole('button', { name: 'Show 3 sub-runs' }));
    expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(onOpenRun).not.toHaveBeenCalled();
    // A click elsewhere on the row still opens it.
    await user.click(rowOf('Beta').querySelector('.ab-title')!);
    expect(onOpenRun).toHaveBeenCalledTimes(1);
  });

  it('→ expands, then enters the cells; ← goes back to the row, to the parent, then collapses (the APG treegrid)', async () => {
    const user = userEvent.setup();
    renderList({ items: family() });
    act(() => rowOf('Alpha').focus());
    await user.keyboard('{ArrowRight}');
    expect(rowOf('Alpha').getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(rowOf('Alpha'));
    // An open parent: → moves into its first cell, ← returns to the row.
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement!.parentElement).toBe(rowOf('Alpha'));
    expect(document.activeElement!.getAttribute('aria-colindex')).toBe('1');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(rowOf('Alpha'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowOf('Alpha one'));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(rowOf('Alpha three'));
    // A leaf: → enters its cells too.
    await user.keyboard('{ArrowRight}{ArrowLeft}');
    expect(document.activeElement).toBe(rowOf('Alpha three'));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(rowOf('Alpha'));
    await user.keyboard('{ArrowLeft}');
    expect(rowOf('Alpha').getAttribute('aria-expanded')).toBe('false');
    expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(document.activeElement).toBe(rowOf('Alpha'));
    // ↓ steps through the rows as they show.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowOf('Beta'));
  });

  it('moves focus to the parent when its sub-runs collapse under the focused row', async () => {
    const user = userEvent.setup();
    renderList({ items: family() });
    const toggle = () => within(rowOf('Alpha')).getByRole('button', { name: 'Show 3 sub-runs' });
    act(() => rowOf('Alpha').focus());
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(rowOf('Alpha two'));
    // A click on the toggle that does not move focus first (assistive technology, a script).
    fireEvent.click(toggle());
    expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(document.activeElement).toBe(rowOf('Alpha'));
    expect(rowOf('Alpha').tabIndex).toBe(0);
  });

  it('rolls up how the sub-runs stand and warns of a green parent with a failed sub-run', () => {
    renderList({ items: family() });
    const alpha = rowOf('Alpha');
    const summary = alpha.querySelector('.ab-subrun-summary')!;
    expect(summary.textContent).toContain('1 working');
    expect(summary.textContent).toContain('1 failed');
    expect(within(alpha).getByText('Succeeded, but 1 sub-run failed')).toBeTruthy();
    expect(rowOf('Gamma').textContent).not.toContain('Succeeded, but');
  });

  it('counts sub-runs from subRunContext and names a parent that is not in the list', () => {
    const all = family();
    // Filtered: Alpha's failed sub-run and Gamma are out.
    const visible = all.filter((item) => item.id !== 'Alpha two' && item.id !== 'Gamma');
    renderList({ items: visible, subRunContext: all });
    expect(within(rowOf('Alpha')).getByRole('button', { name: 'Show 2 sub-runs' })).toBeTruthy();
    expect(within(rowOf('Alpha')).getByText('Succeeded, but 1 sub-run failed')).toBeTruthy();
    const orphan = rowOf('Gamma one');
    expect(orphan.getAttribute('aria-level')).toBe('1');
    expect(within(orphan).getByText('Sub-run of Gamma')).toBeTruthy();
  });

  it('shows "Sub-run of" even when nothing nests (a flat grid)', () => {
    renderList({ items: [run('Lonely child', 1, { parentId: 'gone' })], subRunContext: [] });
    expect(screen.getByRole('grid')).toBeTruthy();
    expect(within(rowOf('Lonely child')).getByText('Sub-run of gone')).toBeTruthy();
  });

  it('sorts siblings and keeps sub-runs under their parents; expanded parents stay open', async () => {
    const user = userEvent.setup();
    const { rerender } = renderList({ items: family() });
    await user.click(within(rowOf('Alpha')).getByRole('button', { name: 'Show 3 sub-runs' }));
    // Created, oldest first.
    await user.click(screen.getByRole('button', { name: 'Created' }));
    expect(titles()).toEqual(['Gamma', 'Beta', 'Alpha', 'Alpha three', 'Alpha two', 'Alpha one']);
    // A live update (a new sub-run) keeps the parent open.
    const next = [...family(), run('Alpha four', 0.5, { parentId: 'Alpha' })];
    rerender(<AgentList now={NOW} timeZone="UTC" locale="en-US" items={next} />);
    expect(titles()).toEqual(['Gamma', 'Beta', 'Alpha', 'Alpha three', 'Alpha two', 'Alpha one', 'Alpha four']);
    expect(within(rowOf('Alpha')).getByRole('button', { name: 'Show 4 sub-runs' })).toBeTruthy();
  });

  it('shows every item as its own row with nestSubRuns={false}', () => {
    renderList({ items: family(), nestSubRuns: false });
    expect(screen.getByRole('grid')).toBeTruthy();
    expect(titles()).toHaveLength(7);
    expect(screen.queryByRole('button', { name: /sub-runs/ })).toBeNull();
    expect(rowOf('Alpha one').hasAttribute('aria-level')).toBe(false);
  });

  it('selection ranges follow the rows as they show', async () => {
    const user = userEvent.setup();
    const toggle = vi.fn();
    const rowSelection = {
      selection: { type: 'ids' as const, ids: new Set<string>() },
      isSelected: () => false,
      toggle,
      toggleAll: vi.fn(),
      clear: vi.fn(),
      someSelected: false,
      allSelected: false,
      count: 0,
    };
    renderList({ items: family(), rowSelection: rowSelection as unknown as AgentListProps['rowSelection'] });
    await user.click(within(rowOf('Alpha')).getByRole('button', { name: 'Show 3 sub-runs' }));
    await user.click(within(rowOf('Alpha two')).getByRole('checkbox'));
    expect(toggle).toHaveBeenCalledWith('Alpha two', {
      range: false,
      orderedIds: ['Alpha', 'Alpha one', 'Alpha two', 'Alpha three', 'Beta', 'Gamma'],
    });
  });
});

describe('AgentList and the details panel', () => {
  it('marks the current row, expands its parents, and reports the rows in display order', async () => {
    const user = userEvent.setup();
    const onRowsChange = vi.fn();
    const { rerender } = renderList({ items: family(), onRowsChange });
    expect(onRowsChange.mock.lastCall![0].map((item: AgentItem) => item.id)).toEqual(['Alpha', 'Beta', 'Gamma']);

    const items = family();
    rerender(
      <AgentList
        now={NOW}
        timeZone="UTC"
        locale="en-US"
        items={items}
        onRowsChange={onRowsChange}
        currentId="Gamma one"
      />,
    );
    // Gamma opened to show its sub-run.
    expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma', 'Gamma one']);
    const current = rowOf('Gamma one');
    expect(current.getAttribute('aria-current')).toBe('true');
    expect(current.hasAttribute('data-current')).toBe(true);
    expect(rowOf('Gamma').hasAttribute('aria-current')).toBe(false);
    expect(onRowsChange.mock.lastCall![0].map((item: AgentItem) => item.id)).toEqual([
      'Alpha',
      'Beta',
      'Gamma',
      'Gamma one',
    ]);
    // The reader may collapse it again: the current id does not force it open.
    await user.click(within(rowOf('Gamma')).getByRole('button', { name: 'Show 1 sub-run' }));
    expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('scrolls the current row into view when the id changes', () => {
    const items = Array.from({ length: 5_000 }, (_, i) => run(`Run ${i}`, i + 1));
    const { rerender } = renderList({ items });
    const scroller = screen.getByRole('grid').querySelector<HTMLElement>('.ab-list-scroller')!;
    expect(scroller.scrollTop).toBe(0);
    rerender(<AgentList now={NOW} timeZone="UTC" locale="en-US" items={items} currentId="Run 4000" />);
    expect(scroller.scrollTop).toBeGreaterThan(3_000 * 40);
    fireEvent.scroll(scroller); // jsdom fires no scroll event of its own
    expect(rowOf('Run 4000').getAttribute('aria-current')).toBe('true');
  });

  it('`i` calls onShowDetails without row actions, and takes precedence over rowActions.onShowDetails', async () => {
    const user = userEvent.setup();
    const onShowDetails = vi.fn();
    const { rerender } = renderList({ items: family(), onShowDetails });
    act(() => rowOf('Beta').focus());
    await user.keyboard('i');
    expect(onShowDetails).toHaveBeenCalledWith(expect.objectContaining({ id: 'Beta' }));

    const fromActions = vi.fn();
    const rowActions = { onAction: vi.fn(), onShowDetails: fromActions };
    rerender(<AgentList now={NOW} items={family()} rowActions={rowActions} onShowDetails={onShowDetails} />);
    act(() => rowOf('Gamma').focus());
    await user.keyboard('i');
    expect(onShowDetails).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'Gamma' }));
    expect(fromActions).not.toHaveBeenCalled();

    // The row actions' own still works alone.
    rerender(<AgentList now={NOW} items={family()} rowActions={rowActions} />);
    act(() => rowOf('Gamma').focus());
    await user.keyboard('i');
    expect(fromActions).toHaveBeenCalledWith(expect.objectContaining({ id: 'Gamma' }));
  });
});
