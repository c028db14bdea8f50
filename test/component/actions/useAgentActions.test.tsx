import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AgentItem } from '../../../src/core';
import type { AgentActionRequest, AgentActionResult, AgentDataUpdate } from '../../../src/data';
import {
  AgentActionConfirm,
  AgentActionsMenu,
  useAgentActions,
  type AgentActionHandler,
  type AgentActionsApi,
  type UseAgentActionsOptions,
} from '../../../src/react/actions';
import { AgentToastProvider } from '../../../src/react/toast';
import { run } from './fixtures';

const ACTIONS = ['cancel', 'retry', 'copy_link', 'archive', 'delete'] as const;

function merge(items: AgentItem[], update: AgentDataUpdate): AgentItem[] {
  const removed = new Set(update.remove ?? []);
  const upserts = new Map((update.upsert as AgentItem[] | undefined)?.map((i) => [i.id, i]));
  const kept = items.filter((i) => !removed.has(i.id)).map((i) => upserts.get(i.id) ?? i);
  const known = new Set(kept.map((i) => i.id));
  return [...kept, ...[...upserts.values()].filter((i) => !known.has(i.id))];
}

let api: AgentActionsApi;

function Rows({ initial, ...options }: { initial: AgentItem[] } & UseAgentActionsOptions) {
  const [items, setItems] = useState(initial);
  const actions = useAgentActions({ actions: ACTIONS, ...options, onUpdate: (u) => setItems((all) => merge(all, u)) });
  api = actions;
  return (
    <>
      <ul aria-label="Runs">
        {items.map((item) => (
          <li key={item.id} aria-busy={actions.busyIds.has(item.id) || undefined} data-status={item.status}>
            {item.title}
            <AgentActionsMenu
              item={item}
              actions={ACTIONS}
              busy={actions.busyIds.has(item.id)}
              onAction={(action, it, origin) => actions.request(action, { items: [it] }, origin)}
            />
          </li>
        ))}
      </ul>
      <AgentActionConfirm {...actions.confirmProps} />
      <div role="status" aria-label="Result">
        {actions.announcement}
      </div>
    </>
  );
}

function setup(props: Parameters<typeof Rows>[0]) {
  const user = userEvent.setup();
  render(
    <AgentToastProvider>
      <Rows {...props} />
    </AgentToastProvider>,
  );
  return user;
}

function rowOf(title: string): HTMLElement {
  return within(screen.getByRole('list', { name: 'Runs' }))
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(title))!;
}

async function choose(user: ReturnType<typeof userEvent.setup>, title: string, action: string) {
  await user.click(screen.getByRole('button', { name: `Actions for ${title}` }));
  await user.click(await screen.findByRole('menuitem', { name: action }));
}

afterEach(() => vi.restoreAllMocks());

const announced = () => screen.getByRole('status', { name: 'Result' }).textContent;

describe('useAgentActions', () => {
  test('cancel asks first, marks the row busy while it runs, merges the upsert and says so', async () => {
    let finish!: (r: AgentActionResult) => void;
    const onAction = vi.fn<AgentActionHandler>(() => new Promise<AgentActionResult>((r) => (finish = r)));
    const a = run({ id: 'a', title: 'Fix login', status: 'working' });
    const user = setup({ initial: [a], onAction });
    await choose(user, 'Fix login', 'Cancel');
    expect(onAction).not.toHaveBeenCalled();
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel run' }));
    expect(onAction).toHaveBeenCalledWith('cancel', [a], { signal: expect.any(AbortSignal) });
    expect(rowOf('Fix login').getAttribute('aria-busy')).toBe('true');
    await act(async () => finish({ upsert: [{ ...a, status: 'canceled' }] }));
    expect(rowOf('Fix login').getAttribute('aria-busy')).toBeNull();
    expect(rowOf('Fix login').dataset.status).toBe('canceled');
    expect(announced()).toBe('Canceled “Fix login”');
  });

  test('a failing action leaves the rows unchanged and says why, with Retry', async () => {
    const onAction = vi
      .fn<AgentActionHandler>()
      .mockResolvedValueOnce({ failed: [{ id: 'b', message: 'Already finished' }], upsert: [] })
      .mockResolvedValueOnce({ remove: ['b'] });
    const a = run({ id: 'a', title: 'Alpha', status: 'failed' });
    const b = run({ id: 'b', title: 'Beta', status: 'failed' });
    const user = setup({ initial: [a, b], onAction });
    await act(() => api.run('retry', { items: [a, b] }));
    expect(
      within(screen.getByRole('list', { name: 'Runs' }))
        .getAllByRole('listitem')
        .map((li) => li.dataset.status),
    ).toEqual(['failed', 'failed']);
    const toasts = within(screen.getByRole('region', { name: /Notifications/ }));
    expect(toasts.getByText('Could not retry 1 run: Beta (Already finished)')).toBeTruthy();
    expect(toasts.getByText('Retried 1 run')).toBeTruthy();
    // Retry runs again on the failed items only.
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(2));
    expect(onAction.mock.calls[1]![1]).toEqual([b]);
    await waitFor(() => expect(screen.queryByText('Beta')).toBeNull());
  });

  test('many refusals for one reason read as one reason: three names, how many more, the reason once', async () => {
    const items = ['A', 'B', 'C', 'D', 'E'].map((t) => run({ id: t.toLowerCase(), title: t, status: 'failed' }));
    const onAction = vi.fn<AgentActionHandler>().mockResolvedValue({
      failed: [
        ...items.slice(0, 4).map((i) => ({ id: i.id, message: 'A retry would not help' })),
        { id: 'e', message: 'Runner offline' },
      ],
    });
    setup({ initial: items, onAction });
    await act(() => api.run('retry', { items }));
    expect(announced()).toBe('Could not retry 5 runs: A, B, C, … (+1) (A retry would not help); E (Runner offline)');
  });

  test('a thrown error names the action and the reason and offers Retry', async () => {
    const onAction = vi.fn<AgentActionHandler>().mockRejectedValue(new Error('Network down'));
    const a = run({ id: 'a', title: 'Alpha', status: 'failed' });
    setup({ initial: [a], onAction });
    await act(() => api.run('retry', { items: [a] }));
    expect(announced()).toBe('Could not retry 1 run: Network down');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(rowOf('Alpha').dataset.status).toBe('failed');
  });

  test('Undo calls the result’s undo and merges what it returns', async () => {
    const a = run({ id: 'a', title: 'Alpha' });
    const undo = vi.fn(async () => ({ upsert: [a] }));
    const onAction = vi.fn<AgentActionHandler>().mockResolvedValue({ remove: ['a'], undo });
    const user = setup({ initial: [a], onAction });
    await act(() => api.run('archive', { items: [a] }));
    expect(screen.queryByText('Alpha')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledOnce();
    await waitFor(() => expect(announced()).toBe('Undone'));
    expect(rowOf('Alpha')).toBeTruthy();
  });

  test('"all matching" goes to the data source as a match, with no id list', async () => {
    const action = vi.fn(async (_r: AgentActionRequest): Promise<AgentActionResult> => ({ affected: 1200 }));
    const onAction = vi.fn<AgentActionHandler>();
    setup({ initial: [], onAction, dataSource: { action }, timeZone: 'UTC' });
    const match = { tab: 'all' as const, filters: { statuses: ['failed' as const] }, except: ['x'] };
    await act(() => api.run('retry', { match, count: 1199 }));
    expect(onAction).not.toHaveBeenCalled();
    expect(action).toHaveBeenCalledOnce();
    const request = action.mock.calls[0]![0];
    expect(request.match).toEqual(match);
    expect(request.ids).toBeUndefined();
    expect(request.timeZone).toBe('UTC');
    expect(announced()).toBe('Retried 1,200 runs');
  });

  test('abort stops a running action: its signal aborts and nothing fails', async () => {
    let seen: AbortSignal | undefined;
    const onAction = vi.fn<AgentActionHandler>(
      (_a, _i, { signal }) =>
        new Promise((_resolve, reject) => {
          seen = signal;
          signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    const a = run({ id: 'a', title: 'Alpha', status: 'working' });
    setup({ initial: [a], onAction });
    let done!: Promise<void>;
    act(() => {
      done = api.run('cancel', { items: [a] });
    });
    expect(api.running).toBe(true);
    act(() => api.abort());
    await act(() => done);
    expect(seen?.aborted).toBe(true);
    expect(announced()).toBe('Cancel stopped');
    expect(rowOf('Alpha').getAttribute('aria-busy')).toBeNull();
  });
});

describe('copy link', () => {
  function clipboard(writeText: (text: string) => Promise<void>) {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  }

  test('copies the item’s safe link and says so', async () => {
    const writeText = vi.fn(async () => {});
    // After setup: userEvent.setup() installs a clipboard stub of its own.
    const user = setup({ initial: [run({ id: 'a', title: 'Alpha', sessionUrl: 'https://x.example/s/a' })] });
    clipboard(writeText);
    await choose(user, 'Alpha', 'Copy link');
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('https://x.example/s/a'));
    expect(announced()).toBe('Link copied');
  });

  test('never copies a URL sanitizeUrl rejects, whatever the host returns', async () => {
    const writeText = vi.fn(async () => {});
    const exec = vi.fn(() => true);
    const a = run({ id: 'a', title: 'Alpha', sessionUrl: 'javascript:alert(1)' });
    setup({ initial: [a], getItemHref: () => 'java%73cript:alert(1)' });
    clipboard(writeText);
    document.execCommand = exec;
    await act(() => api.run('copy_link', { items: [a] }));
    expect(writeText).not.toHaveBeenCalled();
    expect(exec).not.toHaveBeenCalled();
    expect(announced()).toBe('');
  });

  test('falls back to execCommand only when the Clipboard API refuses', async () => {
    const a = run({ id: 'a', title: 'Alpha', sessionUrl: 'https://x.example/s/a' });
    setup({ initial: [a] });
    clipboard(async () => {
      throw new Error('denied');
    });
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    await act(() => api.run('copy_link', { items: [a] }));
    expect(exec).toHaveBeenCalledWith('copy');
    expect(announced()).toBe('Link copied');
  });
});
