// The inspecting parts in real Chromium: the details panel (non-modal, focus return, j/k) and the
// sub-run toggle by mouse and keys; screenshots of their stories in light and dark for a person
// to look at (test-results/screenshots/inspect-*.png).
import '../../src/styles/index.css';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TreeHarness } from '../component/sub-runs/sub-runs-harness';
import { AgentboardRoot, AgentDetails, AgentManagementView, useDetailsNavigation, type AgentItem } from '../../src';
import { useState } from 'react';
import { nextFrames } from './helpers';
import { cleanupStory, artifacts, details, runStory, subRuns, type RunnableStory } from './stories';
import { GREEN_PARENT_FAILING_CHILD, TWELVE_SUB_RUNS } from '../../stories/inspect-fixtures';
import { CLOCK, inspectSampleItems, VIEWER_ID } from '../../stories/story-helpers';

let root: Root | undefined;
beforeEach(async () => {
  await page.viewport(1024, 700);
});
afterEach(async () => {
  act(() => root?.unmount());
  root = undefined;
  await cleanupStory();
});

function mount(node: React.ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<AgentboardRoot colorScheme="light">{node}</AgentboardRoot>));
}

const ORDER: AgentItem[] = TWELVE_SUB_RUNS.slice(0, 4);

function DetailsHarness() {
  const [open, setOpen] = useState<string | null>(null);
  const nav = useDetailsNavigation({
    orderedIds: ORDER.map((i) => i.id),
    details: open,
    onDetailsChange: setOpen,
    getRowElement: (id) => document.querySelector<HTMLElement>(`[data-row="${id}"]`),
  });
  const item = ORDER.find((i) => i.id === open);
  return (
    <div style={{ display: 'flex', gap: 16 }}>
      <div>
        {ORDER.map((i) => (
          <button key={i.id} data-row={i.id} onClick={(e) => nav.open(i.id, e.currentTarget)}>
            {i.title}
          </button>
        ))}
      </div>
      {item ? (
        <AgentDetails item={item} onClose={nav.close} onStep={nav.step} returnFocusTo={nav.returnFocusTo} />
      ) : null}
    </div>
  );
}

describe('the details panel in Chromium', () => {
  test('non-modal: Tab leaves it for the page; j / k step; Escape returns focus to the row shown', async () => {
    mount(<DetailsHarness />);
    await userEvent.click(page.getByRole('button', { name: ORDER[0]!.title }));
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toHaveAccessibleName(ORDER[0]!.title);
    expect(dialog.element().getAttribute('aria-modal')).toBeNull();
    expect(document.activeElement).toBe(dialog.element());
    await userEvent.keyboard('j');
    await expect.element(page.getByRole('dialog')).toHaveAccessibleName(ORDER[1]!.title);
    // No trap: Shift+Tab from the panel reaches the buttons before it.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement?.closest('[role="dialog"]')).toBeNull();
    await userEvent.click(page.getByRole('dialog'));
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement?.textContent).toBe(ORDER[1]!.title);
  });
});

describe("the view's details panel in Chromium", () => {
  function mountView(width: number) {
    const host = document.createElement('div');
    host.style.cssText = `width:${width}px;height:640px`;
    document.body.append(host);
    root = createRoot(host);
    act(() =>
      root!.render(
        <AgentManagementView
          items={inspectSampleItems(300)}
          viewerId={VIEWER_ID}
          defaultTab="all"
          onAction={() => undefined}
          {...CLOCK}
        />,
      ),
    );
    return host;
  }
  const list = () => document.querySelector<HTMLElement>('[role="grid"], [role="treegrid"]')!;
  const rowAt = (index: number) => list().querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`)!;
  const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
  const nameOf = (el: HTMLElement | null) =>
    el ? document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent : null;
  const titleOf = (row: HTMLElement) => row.querySelector('.ab-title')?.textContent;

  test('wide: `i` opens it beside the list with focus; j steps to the next row shown; Escape returns to it', async () => {
    mountView(1280);
    await nextFrames(2);
    rowAt(2).focus();
    await userEvent.keyboard('i');
    await expect.poll(() => nameOf(dialog())).toBe(titleOf(rowAt(2)));
    expect(document.activeElement).toBe(dialog());
    // Beside the list, not over it.
    const panelBox = dialog()!.getBoundingClientRect();
    const listBox = list().getBoundingClientRect();
    expect(panelBox.left).toBeGreaterThanOrEqual(listBox.right - 1);
    expect(panelBox.width).toBeGreaterThan(300);
    await userEvent.keyboard('j');
    await expect.poll(() => nameOf(dialog())).toBe(titleOf(rowAt(3)));
    expect(rowAt(3).getAttribute('aria-current')).toBe('true');
    expect(dialog()!.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog()).toBeNull();
    expect(document.activeElement).toBe(rowAt(3));
  });

  test('"Show details" in a row menu opens it, and the closing menu leaves focus in the panel', async () => {
    mountView(1280);
    await nextFrames(2);
    const title = titleOf(rowAt(1))!;
    await userEvent.click(page.getByRole('button', { name: `Actions for ${title}` }));
    await userEvent.click(page.getByRole('menuitem', { name: /Show details/ }));
    await expect.poll(() => nameOf(dialog())).toBe(title);
    // Radix gives focus back to the trigger a tick after closing: it must not here.
    await nextFrames(3);
    expect(dialog()!.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog()).toBeNull();
    expect(document.activeElement).toBe(rowAt(1));
  });

  test('narrow (390 px): a sheet over the list, within the container', async () => {
    const host = mountView(390);
    await nextFrames(2);
    rowAt(0).focus();
    await userEvent.keyboard('i');
    await expect.poll(() => dialog()).not.toBeNull();
    const panelBox = dialog()!.getBoundingClientRect();
    const hostBox = host.getBoundingClientRect();
    const listBox = list().getBoundingClientRect();
    // Over the list (not pushed below or beside it), and inside the container.
    expect(panelBox.left).toBeLessThan(listBox.right - 100);
    expect(panelBox.right).toBeLessThanOrEqual(hostBox.right + 1);
    expect(panelBox.left).toBeGreaterThanOrEqual(hostBox.left - 1);
    expect(getComputedStyle(dialog()!).position).toBe('absolute');
    // At phone width it is the whole body under the tabs and search, summary included, not a sheet
    // that starts below the summary; the tabs and the search stay above it.
    const bodyBox = host.querySelector<HTMLElement>('.ab-body')!.getBoundingClientRect();
    const summaryBox = host.querySelector<HTMLElement>('.ab-body > :first-child')!.getBoundingClientRect();
    const searchBox = page.getByRole('searchbox').element().getBoundingClientRect();
    expect(panelBox.top).toBeLessThanOrEqual(summaryBox.top + 1);
    expect(panelBox.top).toBeGreaterThanOrEqual(searchBox.bottom - 1);
    expect(panelBox.width).toBeGreaterThanOrEqual(bodyBox.width - 1);
    expect(panelBox.height).toBeGreaterThanOrEqual(bodyBox.height - 1);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog()).toBeNull();
    expect(document.activeElement).toBe(rowAt(0));
  });

  test("between phone and 60em (640 px): a sheet over the list's right side, the summary above it stays", async () => {
    const host = mountView(640);
    await nextFrames(2);
    rowAt(0).focus();
    await userEvent.keyboard('i');
    await expect.poll(() => dialog()).not.toBeNull();
    const panelBox = dialog()!.getBoundingClientRect();
    const viewBox = host.querySelector<HTMLElement>('.ab-view')!.getBoundingClientRect();
    expect(panelBox.top).toBeGreaterThan(viewBox.top + 40);
    expect(panelBox.width).toBeLessThan(viewBox.width - 100);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog()).toBeNull();
  });
});

describe('the sub-run toggle in Chromium', () => {
  test('expands and collapses by mouse and by → / ←', async () => {
    mount(<TreeHarness items={GREEN_PARENT_FAILING_CHILD} />);
    const rows = () => document.querySelectorAll('[role="row"]').length;
    expect(rows()).toBe(1);
    await userEvent.click(page.getByRole('button', { name: 'Show 3 sub-runs' }));
    expect(rows()).toBe(4);
    await userEvent.click(page.getByRole('button', { name: 'Show 3 sub-runs' }));
    expect(rows()).toBe(1);
    const parent = page.getByRole('row', { name: 'Nightly dependency bumps' }).element() as HTMLElement;
    parent.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(rows()).toBe(4);
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Bump react');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(rows()).toBe(1);
    expect(document.activeElement).toBe(parent);
  });
});

const SHOTS: Record<string, RunnableStory> = {
  'artifacts-pr-states': artifacts.PullRequestStates,
  'artifacts-compact': artifacts.Compact,
  'sub-runs-twelve': subRuns.TwelveSubRuns,
  'sub-runs-green-parent': subRuns.FailingChildUnderGreenParent,
  'details-failed': details.FailedRun,
  'details-narrow': details.Narrow,
};

describe('screenshots of the inspecting parts', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, story] of Object.entries(SHOTS)) {
      test(`${name}, ${scheme}`, async () => {
        const canvas = await runStory(story, { scheme });
        expect(canvas.textContent?.length ?? 0).toBeGreaterThan(0);
        await new Promise((r) => setTimeout(r, 100));
        await nextFrames(2);
        await page.screenshot({ path: `../../test-results/screenshots/inspect-${name}-${scheme}.png` });
      });
    }
  }
});
