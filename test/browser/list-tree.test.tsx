// Sub-runs in the list, in real Chromium: → / ← with real focus, the toggle by the real mouse (focus
// stays on rows, never falls to <body>), the indentation in the table and two-line layouts, and a
// virtualised tree of 10,000 items expanded near its end.
import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { AgentList, type AgentItem } from '../../src';
import { isVisibleWithin, mount, nextFrames, scrollParent, until } from './helpers';
import { RUNS_NOW, runAgo } from '../fixtures/run-items';

const NOW = RUNS_NOW;

const run = runAgo;

/** `parents` parents, newest first, each followed by `each` sub-runs. */
function forest(parents: number, each: number): AgentItem[] {
  const out: AgentItem[] = [];
  let minute = 1;
  for (let p = 0; p < parents; p++) {
    const id = `Parent ${String(p).padStart(5, '0')}`;
    out.push(run(id, minute++));
    for (let c = 0; c < each; c++) out.push(run(`${id} child ${c + 1}`, minute++, { parentId: id }));
  }
  return out;
}

const focused = () => document.activeElement as HTMLElement;
const titleOf = (row: Element | null) => row?.querySelector('.ab-title')?.textContent ?? '';
function rowOf(container: HTMLElement, title: string): HTMLElement {
  const row = Array.from(container.querySelectorAll<HTMLElement>('[role="row"][data-index]')).find(
    (r) => titleOf(r) === title,
  );
  if (!row) throw new Error(`no row ${title}`);
  return row;
}

describe('sub-runs in the list, in Chromium', () => {
  test('→ / ← expand, enter, leave and collapse with real focus; the toggle keeps focus on rows', async () => {
    await page.viewport(1280, 800);
    const onOpenRun = vi.fn();
    const container = await mount(<AgentList items={forest(3, 3)} now={NOW} onOpenRun={onOpenRun} height={400} />);
    const grid = await until(() => {
      const el = container.querySelector('[role="treegrid"]');
      if (!el) throw new Error('no treegrid');
      return el;
    });
    const first = rowOf(container, 'Parent 00000');
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await until(() => expect(first.getAttribute('aria-expanded')).toBe('true'));
    expect(focused()).toBe(first);
    // An open parent: → enters its cells (the APG treegrid), ← returns to the row, ↓ is its first sub-run.
    await userEvent.keyboard('{ArrowRight}');
    await until(() => expect(focused().parentElement).toBe(first));
    expect(focused().getAttribute('aria-colindex')).toBe('1');
    await userEvent.keyboard('{ArrowLeft}{ArrowDown}');
    await until(() => expect(titleOf(focused())).toBe('Parent 00000 child 1'));
    expect(focused().getAttribute('aria-level')).toBe('2');

    // The sub-run's title sits further in than its parent's.
    const indent = (row: HTMLElement) => row.querySelector('.ab-title')!.getBoundingClientRect().left;
    expect(indent(focused()) - indent(first)).toBeGreaterThanOrEqual(16);

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await until(() => expect(titleOf(focused())).toBe('Parent 00000 child 3'));
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => expect(focused()).toBe(first));
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => expect(first.getAttribute('aria-expanded')).toBe('false'));
    expect(focused()).toBe(first);

    // Open again, go into a sub-run, then collapse the parent with the real mouse.
    await userEvent.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}');
    await until(() => expect(titleOf(focused())).toBe('Parent 00000 child 2'));
    await userEvent.click(first.querySelector('.ab-subrun-toggle')!);
    await until(() => expect(first.getAttribute('aria-expanded')).toBe('false'));
    expect(focused()).toBe(first);
    expect(onOpenRun).not.toHaveBeenCalled();
    // The list still takes keys: focus never fell to <body>.
    await userEvent.keyboard('{ArrowDown}');
    await until(() => expect(titleOf(focused())).toBe('Parent 00001'));
    expect(grid.contains(focused())).toBe(true);
  });

  test('the two-line row layout indents a sub-run too', async () => {
    await page.viewport(600, 800);
    const container = await mount(<AgentList items={forest(2, 2)} now={NOW} height={400} />, { width: 600 });
    const parent = await until(() => rowOf(container, 'Parent 00000'));
    await userEvent.click(parent.querySelector('.ab-subrun-toggle')!);
    const child = await until(() => rowOf(container, 'Parent 00000 child 1'));
    await nextFrames(1);
    const left = (row: HTMLElement) => row.querySelector('.ab-title')!.getBoundingClientRect().left;
    expect(left(child) - left(parent)).toBeGreaterThanOrEqual(12);
    // Line two (source, creator…) is indented with it.
    const source = (row: HTMLElement) => row.querySelector('[data-column="source"]')!.getBoundingClientRect().left;
    expect(source(child) - source(parent)).toBeGreaterThanOrEqual(12);
  });

  test('a virtualised tree of 10,000 items: expanding a parent near the end keeps working', async () => {
    await page.viewport(1280, 800);
    const items = forest(2_000, 4);
    expect(items).toHaveLength(10_000);
    const container = await mount(<AgentList items={items} now={NOW} height={500} />);
    const first = await until(() => rowOf(container, 'Parent 00000'));
    first.focus();
    await userEvent.keyboard('{End}');
    await until(() => expect(titleOf(focused())).toBe('Parent 01999'));
    const last = focused();
    expect(last.getAttribute('aria-posinset')).toBe('2000');
    expect(last.getAttribute('aria-setsize')).toBe('2000');
    await userEvent.keyboard('{ArrowRight}');
    await until(() => expect(last.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.keyboard('{ArrowDown}');
    await until(() => expect(titleOf(focused())).toBe('Parent 01999 child 1'));
    await userEvent.keyboard('{End}');
    await until(() => expect(titleOf(focused())).toBe('Parent 01999 child 4'));
    await until(() => expect(isVisibleWithin(focused(), scrollParent(focused()))).toBe(true));
    expect(focused().getAttribute('aria-rowindex')).toBe(String(2_000 + 4 + 1));
    // Only a window of rows is in the DOM.
    expect(container.querySelectorAll('[role="row"][data-index]').length).toBeLessThan(60);
    // Back to the parent and closed again.
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => expect(titleOf(focused())).toBe('Parent 01999'));
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => expect(focused().getAttribute('aria-expanded')).toBe('false'));
    expect(container.querySelector('[role="treegrid"]')!.getAttribute('aria-rowcount')).toBe('2001');
  });
});
