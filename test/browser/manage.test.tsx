// Managing runs in real Chromium, by keyboard alone and by mouse: real focus, real key events, the
// right-click menu, the floating bulk toolbar reached with Tab.
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { AgentManagementView, type AgentActionResult, type AgentItem } from '../../src';
import { run } from '../component/actions/fixtures';
import { dataRows, mount, until } from './helpers';

const at = (minute: number) => new Date(`2026-11-25T12:${String(minute).padStart(2, '0')}:00Z`);
const ITEMS: AgentItem[] = [
  run({ id: 'w', title: 'Working run', status: 'working', createdAt: at(9) }),
  run({ id: 'f1', title: 'Failed one', status: 'failed', createdAt: at(8) }),
  run({ id: 's', title: 'Finished run', status: 'success', createdAt: at(7) }),
  run({ id: 'f2', title: 'Failed two', status: 'failed', createdAt: at(6) }),
];

/** The host: its items in state, updated from what its API (here: memory) answers. */
function Host({ onAction }: { onAction: (action: string, ids: string[]) => void }) {
  const [items, setItems] = useState(ITEMS);
  return (
    <AgentManagementView
      items={items}
      viewerId="u_me"
      defaultTab="all"
      summary={false}
      now={new Date('2026-11-25T13:00:00Z')}
      timeZone="UTC"
      locale="en-US"
      actions={['cancel', 'retry', 'archive', 'delete']}
      onAction={async (action, targets): Promise<AgentActionResult> => {
        onAction(
          action,
          targets.map((t) => t.id),
        );
        const ids = new Set(targets.map((t) => t.id));
        const status = action === 'cancel' ? 'canceled' : action === 'retry' ? 'working' : undefined;
        if (status) setItems((all) => all.map((i) => (ids.has(i.id) ? { ...i, status } : i)));
        return {};
      }}
    />
  );
}

async function mountHost() {
  const onAction = vi.fn<(action: string, ids: string[]) => void>();
  await page.viewport(1100, 700);
  const container = await mount(<Host onAction={onAction} />);
  await until(() => expect(dataRows(container).length).toBe(ITEMS.length));
  return { container, onAction };
}

const focused = () => document.activeElement as HTMLElement;
const rowOf = (title: string) => dataRows().find((r) => r.querySelector('.ab-title')?.textContent === title)!;
const statusOf = (title: string) =>
  rowOf(title).querySelector('[data-column="status"] [role="img"]')?.getAttribute('aria-label');

/** Tab from the top of the page until a list row has focus. */
async function tabIntoList(max = 40) {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let i = 0; i < max; i += 1) {
    await userEvent.tab();
    if (focused().matches('[role="row"][data-index]')) return;
  }
  throw new Error(`Tab never reached a list row in ${max} presses`);
}

/** ArrowDown until the focused row is the one titled `title`. */
async function arrowTo(title: string) {
  for (let i = 0; i < ITEMS.length && focused().querySelector('.ab-title')?.textContent !== title; i += 1)
    await userEvent.keyboard('{ArrowDown}');
  expect(focused()).toBe(rowOf(title));
}

describe('managing runs in Chromium', () => {
  test('keyboard only: c on a working run asks first, Enter on "Cancel run" cancels it, focus comes back to the row', async () => {
    const { onAction } = await mountHost();
    await tabIntoList();
    await arrowTo('Working run');
    await userEvent.keyboard('c');
    const dialog = await until(() => {
      const d = document.querySelector<HTMLElement>('[role="alertdialog"]');
      expect(d).not.toBeNull();
      return d!;
    });
    // The focus starts on the button that backs out; Tab reaches the one that goes ahead.
    expect(focused().textContent).toBe('Keep running');
    await userEvent.tab();
    expect(dialog.contains(focused())).toBe(true);
    expect(focused().textContent).toMatch(/^Cancel/);
    await userEvent.keyboard('{Enter}');
    await until(() => expect(statusOf('Working run')).toBe('Canceled'));
    expect(onAction).toHaveBeenCalledWith('cancel', ['w']);
    await until(() => expect(focused()).toBe(rowOf('Working run')));
  });

  test('keyboard only: Shift+F10 opens the row menu with what applies; Escape closes it and the row has focus again', async () => {
    await mountHost();
    await tabIntoList();
    await arrowTo('Failed one');
    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    const menu = await until(() => {
      const m = document.querySelector<HTMLElement>('[role="menu"]');
      expect(m).not.toBeNull();
      return m!;
    });
    const items = Array.from(menu.querySelectorAll('[role="menuitem"]')).map((i) => i.textContent);
    expect(items.some((t) => t?.startsWith('Retry'))).toBe(true);
    expect(items.some((t) => t?.startsWith('Cancel'))).toBe(false);
    await until(() => expect(menu.contains(focused())).toBe(true));
    await userEvent.keyboard('{Escape}');
    await until(() => expect(document.querySelector('[role="menu"]')).toBeNull());
    await until(() => expect(focused()).toBe(rowOf('Failed one')));
  });

  test('keyboard only: x checks two failed runs, Tab reaches the bulk toolbar, the arrows reach Retry, Enter retries both', async () => {
    const { onAction } = await mountHost();
    await tabIntoList();
    await arrowTo('Failed one');
    await userEvent.keyboard('x');
    await arrowTo('Failed two');
    await userEvent.keyboard('x');
    const toolbar = await until(() => {
      const t = document.querySelector<HTMLElement>('[role="toolbar"][aria-label="Bulk actions"]');
      expect(t?.textContent).toContain('2 selected');
      return t!;
    });
    // The list is one tab stop: the next Tab leaves it for the toolbar, itself one tab stop whose
    // buttons the arrow keys move between (the APG toolbar).
    await userEvent.tab();
    const buttons = Array.from(toolbar.querySelectorAll('button'));
    expect(focused()).toBe(buttons[0]);
    const retry = buttons.find((b) => b.textContent?.startsWith('Retry'))!;
    // Both selected runs can be retried: the button needs no "2 of 2".
    expect(retry.textContent).toBe('Retry');
    for (let i = 0; i < buttons.length && focused() !== retry; i += 1) await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe(retry);
    // Tab leaves the toolbar (it is one stop), Shift+Tab comes back to the button last focused.
    await userEvent.tab();
    expect(toolbar.contains(focused())).toBe(false);
    await userEvent.tab({ shift: true });
    expect(focused()).toBe(retry);
    await userEvent.keyboard('{Enter}');
    await until(() => expect([statusOf('Failed one'), statusOf('Failed two')]).toEqual(['Working', 'Working']));
    expect(onAction).toHaveBeenCalledWith('retry', ['f1', 'f2']);
    expect(statusOf('Finished run')).toBe('Success');
  });

  test('right-click on a row opens that row’s menu at the pointer; choosing Archive asks first', async () => {
    const { onAction } = await mountHost();
    const target = rowOf('Finished run');
    await userEvent.click(target.querySelector('.ab-title')!, { button: 'right' });
    const menu = await until(() => {
      const m = document.querySelector<HTMLElement>('[role="menu"]');
      expect(m).not.toBeNull();
      return m!;
    });
    const names = Array.from(menu.querySelectorAll('[role="menuitem"]')).map((i) => i.textContent ?? '');
    // A finished run: nothing to cancel or retry, archive and delete apply.
    expect(names.some((n) => n.startsWith('Archive'))).toBe(true);
    expect(names.some((n) => n.startsWith('Cancel') || n.startsWith('Retry'))).toBe(false);
    // The menu opens where the pointer is, over the row it is for.
    const rowBox = target.getBoundingClientRect();
    const menuBox = menu.getBoundingClientRect();
    expect(menuBox.top).toBeGreaterThanOrEqual(rowBox.top - 1);
    expect(menuBox.top).toBeLessThanOrEqual(rowBox.bottom + 1);
    await userEvent.click(
      Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]')).find((i) =>
        i.textContent?.startsWith('Archive'),
      )!,
    );
    const dialog = await until(() => {
      const d = document.querySelector<HTMLElement>('[role="alertdialog"]');
      expect(d?.textContent).toContain('Finished run');
      return d!;
    });
    expect(onAction).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    await until(() => expect(dialog.isConnected).toBe(false));
    expect(onAction).not.toHaveBeenCalled();
  });
});
