// Managing runs from the view: the rows' menus, shortcuts, the confirmation, results merged into
// the list, failures, Undo, selection and bulk actions — through roles and names, as a user meets them.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import {
  AgentManagementView,
  type AgentActionResult,
  type AgentDataSource,
  type AgentItem,
  type AgentManagementViewProps,
} from '../../../src/index';
import { run } from '../actions/fixtures';
import { controlledSource } from '../hooks/data-source-helpers';
import { input } from './view-data-source-helpers';
import { dataRows } from './view-helpers';

const ITEMS: AgentItem[] = [
  run({ id: 'w', title: 'Working run', status: 'working', createdAt: new Date('2026-11-25T12:05:00Z') }),
  run({ id: 'f', title: 'Failed run', status: 'failed', createdAt: new Date('2026-11-25T12:04:00Z') }),
  run({
    id: 'n',
    title: 'No retry',
    status: 'failed',
    retryable: false,
    createdAt: new Date('2026-11-25T12:03:00Z'),
  }),
  run({
    id: 'p',
    title: 'Protected run',
    status: 'working',
    permissions: { cancel: false },
    createdAt: new Date('2026-11-25T12:02:00Z'),
  }),
];

function renderView(props: Partial<AgentManagementViewProps> = {}) {
  return render(
    <AgentManagementView
      items={ITEMS}
      viewerId="u_me"
      defaultTab="all"
      now={new Date('2026-11-25T13:00:00Z')}
      timeZone="UTC"
      locale="en-US"
      summary={false}
      actions={['cancel', 'retry', 'delete']}
      {...props}
    />,
  );
}

const row = (title: string) => dataRows().find((r) => r.querySelector('.ab-title')?.textContent === title)!;
const titles = () => dataRows().map((r) => r.querySelector('.ab-title')?.textContent);

async function menuFor(title: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: `Actions for ${title}` }));
  const menu = await screen.findByRole('menu');
  const names = within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.querySelector('.ab-menu-item-label')?.textContent);
  return { user, menu, names };
}

describe('row actions in the view', () => {
  test('each row offers what applies to it: a permission false hides an action, retryable: false hides Retry', async () => {
    renderView();
    // "Show details" is always there: the view has its own details panel.
    expect((await menuFor('Working run')).names).toEqual(['Cancel', 'Show details', 'Delete']);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect((await menuFor('Failed run')).names).toEqual(['Retry', 'Show details', 'Delete']);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect((await menuFor('No retry')).names).toEqual(['Show details', 'Delete']);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect((await menuFor('Protected run')).names).toEqual(['Show details', 'Delete']);
  });

  test('Cancel asks first and calls onAction only after confirming; the result is merged into the row', async () => {
    const onAction = vi.fn(async (_action: string, items: AgentItem[]): Promise<AgentActionResult> => ({
      upsert: items.map((item) => ({ ...item, status: 'canceled', rawStatus: 'canceled' })),
    }));
    renderView({ onAction });
    const { user, menu } = await menuFor('Working run');
    await user.click(within(menu).getByRole('menuitem', { name: 'Cancel' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Cancel “Working run”?');
    expect(onAction).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel run' }));
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction.mock.calls[0]![0]).toBe('cancel');
    expect(onAction.mock.calls[0]![1].map((item) => item.id)).toEqual(['w']);
    await waitFor(() => expect(row('Working run').getAttribute('data-status')).toBe('canceled'));
    expect(await screen.findByText('Canceled “Working run”')).toBeTruthy();
  });

  test('while the action runs the row is busy and its actions are disabled', async () => {
    let finish: (value: AgentActionResult) => void = () => {};
    const onAction = vi.fn(() => new Promise<AgentActionResult>((resolve) => (finish = resolve)));
    renderView({ onAction });
    const { user, menu } = await menuFor('Failed run');
    await user.click(within(menu).getByRole('menuitem', { name: 'Retry' }));
    await waitFor(() => expect(row('Failed run').getAttribute('aria-busy')).toBe('true'));
    const again = await menuFor('Failed run');
    expect(within(again.menu).getByRole('menuitem', { name: 'Retry' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.keyDown(again.menu, { key: 'Escape' });
    await act(async () => finish({}));
    await waitFor(() => expect(row('Failed run').getAttribute('aria-busy')).toBeNull());
  });

  test('a failing action leaves the rows as they were and says which failed and why, with Retry', async () => {
    const onAction = vi.fn(async (_a: string, items: AgentItem[]): Promise<AgentActionResult> => ({
      failed: items.map((item) => ({ id: item.id, message: 'The runner is offline' })),
    }));
    renderView({ onAction });
    const { user, menu } = await menuFor('Failed run');
    await user.click(within(menu).getByRole('menuitem', { name: 'Retry' }));
    expect(await screen.findByText(/Failed run \(The runner is offline\)/)).toBeTruthy();
    expect(row('Failed run').getAttribute('data-status')).toBe('failed');
    expect(titles()).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  test('Undo puts a deleted run back', async () => {
    const onAction = vi.fn(async (_a: string, items: AgentItem[]): Promise<AgentActionResult> => ({
      remove: items.map((item) => item.id),
      undo: async () => ({ upsert: items }),
    }));
    renderView({ onAction });
    const { user, menu } = await menuFor('Failed run');
    await user.click(within(menu).getByRole('menuitem', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(titles()).not.toContain('Failed run'));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toContain('Failed run'));
  });

  test('shortcuts on the focused row run only what applies: c asks to cancel a working run, r does nothing on it', async () => {
    const onAction = vi.fn(async () => ({}));
    renderView({ onAction });
    const working = row('Working run');
    working.focus();
    fireEvent.keyDown(working, { key: 'r' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.keyDown(working, { key: 'c' });
    expect((await screen.findByRole('alertdialog')).textContent).toContain('Cancel “Working run”?');
  });

  test('Shift+F10 on a focused row opens its menu; closing it gives focus back to the row', async () => {
    renderView();
    const working = row('Working run');
    working.focus();
    fireEvent.keyDown(working, { key: 'F10', shiftKey: true });
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Cancel' })).toBeTruthy();
    fireEvent.keyDown(menu, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(row('Working run')));
  });
});

describe('selection and bulk actions in the view', () => {
  test('checkboxes, x and Escape select; the toolbar counts and offers what applies ("Retry 1 of 2")', async () => {
    const user = userEvent.setup();
    renderView();
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Select Working run' }));
    const failed = row('Failed run');
    failed.focus();
    fireEvent.keyDown(failed, { key: 'x' });
    const toolbar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(toolbar.textContent).toContain('2 selected');
    expect(within(toolbar).getByRole('button', { name: 'Retry 1 of 2' })).toBeTruthy();
    expect(within(toolbar).getByRole('button', { name: 'Cancel 1 of 2' })).toBeTruthy();
    expect(row('Failed run').getAttribute('aria-selected')).toBe('true');
    const all = screen.getByRole('checkbox', { name: 'Select all' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    fireEvent.keyDown(row('Failed run'), { key: 'Escape' });
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull();
  });

  test('Shift+click selects a range in the order shown, and the selection survives a sort', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole('checkbox', { name: 'Select Working run' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select No retry' }));
    await user.keyboard('{/Shift}');
    expect(screen.getByRole('toolbar', { name: 'Bulk actions' }).textContent).toContain('3 selected');
    await user.click(screen.getByRole('button', { name: /^Title/ }));
    expect(titles()[0]).toBe('Failed run');
    expect(screen.getByRole('toolbar', { name: 'Bulk actions' }).textContent).toContain('3 selected');
    expect(row('Protected run').getAttribute('aria-selected')).toBe('false');
    expect(row('No retry').getAttribute('aria-selected')).toBe('true');
  });

  test('a bulk action goes to onAction with the items it applies to', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn(async () => ({}));
    renderView({ onAction });
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    const toolbar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    await user.click(within(toolbar).getByRole('button', { name: 'Retry 1 of 4' }));
    expect(onAction).toHaveBeenCalledTimes(1);
    expect((onAction.mock.calls[0] as unknown as [string, AgentItem[]])[1].map((item) => item.id)).toEqual(['f']);
  });

  test('"Select all N matching" sends the question to the data source, never a list of ids', async () => {
    const user = userEvent.setup();
    const source = controlledSource();
    const act$ = vi.fn(async () => ({ affected: 250 }));
    const dataSource: AgentDataSource = { ...source.dataSource, action: act$ };
    render(
      <AgentManagementView
        dataSource={dataSource}
        viewerId="u_me"
        defaultTab="all"
        defaultFilters={{ statuses: ['failed'] }}
        timeZone="UTC"
        locale="en-US"
        debounceMs={0}
        summary={false}
        actions={['cancel', 'retry']}
      />,
    );
    await waitFor(() => expect(source.calls.length).toBe(1));
    await source.answer(source.last(), {
      items: [input('a', 1, { status: 'failed' }), input('b', 2, { status: 'failed' })],
      nextCursor: 'next',
      total: 250,
    });
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await user.click(screen.getByRole('button', { name: 'Select all 250 matching' }));
    const toolbar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(toolbar.textContent).toContain('250 selected');
    // The question holds only failed runs: nothing in it can be canceled.
    expect(within(toolbar).queryByRole('button', { name: 'Cancel' })).toBeNull();
    await user.click(within(toolbar).getByRole('button', { name: 'Retry' }));
    expect(act$).toHaveBeenCalledTimes(1);
    const request = (act$.mock.calls[0] as unknown as [{ ids?: string[]; match?: unknown; action: string }])[0];
    expect(request.action).toBe('retry');
    expect(request.ids).toBeUndefined();
    expect(request.match).toEqual({ tab: 'all', filters: { statuses: ['failed'] }, except: [] });
  });
});
