import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dataRows, makeItems, renderList } from './agent-list-helpers';

describe('AgentList', () => {
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
});
