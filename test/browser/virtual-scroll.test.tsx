import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AgentManagementView } from '../../src';
import { CLOCK, sampleItems, VIEWER_ID } from '../../stories/story-helpers';
import { dataRows, isVisibleWithin, mount, nextFrames, scrollParent, until } from './helpers';

const ITEMS = sampleItems(10_000, 7);

async function mountTenThousand() {
  const onOpenRun = vi.fn();
  const onOpenConversation = vi.fn();
  const container = await mount(
    <AgentManagementView
      items={ITEMS}
      viewerId={VIEWER_ID}
      defaultTab="all"
      summary={false}
      onOpenRun={onOpenRun}
      onOpenConversation={onOpenConversation}
      {...CLOCK}
    />,
    { width: 1280, height: 800 },
  );
  const grid = container.querySelector<HTMLElement>('[role="grid"]')!;
  await until(() => expect(dataRows(grid).length).toBeGreaterThan(0));
  return { container, grid, onOpenRun, onOpenConversation };
}

describe('virtualised list of 10,000 rows in real Chromium', () => {
  test('the All tab really holds 10,000 rows, but the DOM only a window of them', async () => {
    const { grid } = await mountTenThousand();
    const total = ITEMS.filter((i) => i.kind === 'ambient' || i.creator.id === VIEWER_ID).length;
    expect(total).toBeGreaterThan(9_000);
    expect(grid).toHaveAttribute('aria-rowcount', String(total + 1));
    const rows = dataRows(grid);
    // A window: enough to fill 800 px plus overscan, nowhere near the whole list.
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    // The first rows are laid out where a user sees them.
    const scroller = scrollParent(rows[0]!);
    expect(isVisibleWithin(rows[0]!, scroller)).toBe(true);
  });

  test('scrolling to the end shows the last row, and the DOM still holds only a window', async () => {
    const { grid } = await mountTenThousand();
    const lastIndex = Number(grid.getAttribute('aria-rowcount'));
    const scroller = scrollParent(dataRows(grid)[0]!);
    // The scroll area is as tall as all the rows, though they are not rendered.
    expect(scroller.scrollHeight).toBeGreaterThan((lastIndex - 1) * 30);

    scroller.scrollTop = scroller.scrollHeight;
    await nextFrames(3);
    const last = await until(() => {
      const row = grid.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${lastIndex}"]`);
      expect(row).not.toBeNull();
      expect(isVisibleWithin(row!, scroller)).toBe(true);
      return row!;
    });
    expect(last.textContent).not.toBe('');
    // The rows from the top have left the DOM (the list keeps only its tab-stop row alive, so
    // keyboard focus survives scrolling), and the DOM still holds only a window.
    for (const index of [5, 10, 20, 40])
      expect(grid.querySelector(`[role="row"][aria-rowindex="${index}"]`)).toBeNull();
    expect(dataRows(grid).length).toBeLessThan(60);
  });

  test('End moves focus to the last row and brings it into view; Home goes back to the first', async () => {
    const { grid } = await mountTenThousand();
    const lastIndex = Number(grid.getAttribute('aria-rowcount'));
    const first = dataRows(grid)[0]!;
    first.focus();
    expect(first).toHaveFocus();

    await userEvent.keyboard('{End}');
    const last = await until(() => {
      const active = document.activeElement as HTMLElement;
      expect(active).toHaveAttribute('aria-rowindex', String(lastIndex));
      expect(isVisibleWithin(active, scrollParent(active))).toBe(true);
      return active;
    });
    expect(grid.contains(last)).toBe(true);

    await userEvent.keyboard('{Home}');
    await until(() => {
      const active = document.activeElement as HTMLElement;
      expect(active).toHaveAttribute('aria-rowindex', '2');
      expect(isVisibleWithin(active, scrollParent(active))).toBe(true);
    });
  });
});
