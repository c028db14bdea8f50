import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactElement } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { selectedIn, type AgentActionId, type AgentActionResult, type AgentItem } from '../src';
import { AgentActionConfirm, AgentActionsContextMenu, AgentActionsMenu, useAgentActions } from '../src/react/actions';
import { AgentBulkToolbar, useAgentSelection } from '../src/react/selection';
import { AgentToastProvider } from '../src/react/toast';
import { withAgentboardRoot } from './decorators';

// The parts composed around a plain list of rows: the real list places them in the next round.
const ACTIONS: AgentActionId[] = ['cancel', 'retry', 'copy_link', 'archive', 'delete'];
const base = { kind: 'ambient', source: 'api', rawStatus: 'x', createdAt: new Date('2026-11-25T12:00:00Z') } as const;
const ITEMS: AgentItem[] = [
  {
    ...base,
    id: 'r1',
    title: 'Fix flaky login test',
    status: 'working',
    creator: { id: 'u1', name: 'Ada' },
    sessionUrl: 'https://agents.example.com/s/r1',
  },
  { ...base, id: 'r2', title: 'Upgrade the build', status: 'failed', creator: { id: 'u1', name: 'Ada' } },
  { ...base, id: 'r3', title: 'Nightly report', status: 'canceled', creator: { id: 'u2', name: 'Bo' } },
  { ...base, id: 'r4', title: 'Out of credits', status: 'failed', retryable: false, creator: { id: 'u2', name: 'Bo' } },
];

type Mode = 'ok' | 'fail' | 'undo' | 'slow';

function Demo({
  mode = 'ok',
  total,
  onAction,
}: {
  mode?: Mode;
  total?: number;
  onAction: (action: string, ids: string[]) => void;
}): ReactElement {
  const [items, setItems] = useState(ITEMS);
  const sel = useAgentSelection({ orderedIds: items.map((i) => i.id), total });
  const actions = useAgentActions({
    actions: ACTIONS,
    onAction: async (action, targets, { signal }): Promise<AgentActionResult> => {
      onAction(
        action,
        targets.map((t) => t.id),
      );
      if (mode === 'slow')
        await new Promise((resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      if (mode === 'fail') return { failed: targets.map((t) => ({ id: t.id, message: 'The runner is offline' })) };
      return {
        remove: action === 'archive' || action === 'delete' ? targets.map((t) => t.id) : [],
        ...(mode === 'undo' ? { undo: async () => ({ upsert: targets }) } : {}),
      };
    },
    onUpdate: (u) =>
      setItems((all) => {
        const gone = new Set(u.remove ?? []);
        const back = (u.upsert as AgentItem[] | undefined) ?? [];
        const kept = all.filter((i) => !gone.has(i.id));
        return [...kept, ...back.filter((b) => !kept.some((k) => k.id === b.id))];
      }),
  });
  const selected = items.filter((i) => selectedIn(sel.selection, [i.id]).length > 0);
  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 640 }}>
      {sel.count ? (
        <AgentBulkToolbar
          selection={sel.selection}
          selectedItems={selected}
          count={sel.count}
          total={total}
          loadedCount={items.length}
          actions={ACTIONS}
          running={actions.running}
          onAbort={actions.abort}
          onAction={(action, ids) => actions.request(action, { items: items.filter((i) => ids.includes(i.id)) })}
          onSelectAllMatching={sel.selectAllMatching}
          onClear={sel.clear}
        />
      ) : null}
      <ul aria-label="Runs" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }}>
        {items.map((item) => (
          <AgentActionsContextMenu
            key={item.id}
            item={item}
            actions={ACTIONS}
            busy={actions.busyIds.has(item.id)}
            onAction={(a, i, o) => actions.request(a, { items: [i] }, o)}
          >
            <li
              aria-busy={actions.busyIds.has(item.id) || undefined}
              style={{ display: 'flex', alignItems: 'center', gap: 8, padding: 6 }}
            >
              <input
                type="checkbox"
                aria-label={`Select ${item.title}`}
                checked={sel.isSelected(item.id)}
                onChange={() => sel.toggle(item.id)}
              />
              <span style={{ flex: 1 }}>
                {item.title} — {item.status}
              </span>
              <AgentActionsMenu
                item={item}
                actions={ACTIONS}
                busy={actions.busyIds.has(item.id)}
                onShowDetails={fn()}
                onAction={(a, i, o) => actions.request(a, { items: [i] }, o)}
              />
            </li>
          </AgentActionsContextMenu>
        ))}
      </ul>
      <AgentActionConfirm {...actions.confirmProps} />
      <div role="status" aria-label="Result">
        {actions.announcement}
      </div>
    </div>
  );
}

const meta = {
  title: 'Agentboard/Parts/Actions',
  component: Demo,
  decorators: [(Story) => <AgentToastProvider>{Story()}</AgentToastProvider>, withAgentboardRoot],
  args: { onAction: fn() },
} satisfies Meta<typeof Demo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A row's menu, open: the actions that apply, shortcuts shown, Delete set apart. */
export const MenuOpen: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Actions for Fix flaky login test' }));
    await waitFor(async () => expect(await within(document.body).findByRole('menu')).toBeVisible());
  },
};

/** The same items on right-click. */
export const ContextMenu: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.pointer({ keys: '[MouseRight]', target: within(canvasElement).getByText(/Upgrade the build/) });
    await waitFor(async () => expect(await within(document.body).findByRole('menu')).toBeVisible());
  },
};

/** Delete asks first; the focus is on Keep. */
export const Confirming: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Actions for Upgrade the build' }));
    await userEvent.click(await within(document.body).findByRole('menuitem', { name: 'Delete' }));
    await waitFor(async () => expect(await within(document.body).findByRole('alertdialog')).toBeVisible());
  },
};

/** A retry that does not finish: the row is busy, the toolbar offers Stop. */
export const Running: Story = {
  args: { mode: 'slow' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select Upgrade the build' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
  },
};

/** Every item failed: the toast says why and offers Retry. */
export const FailedWithRetry: Story = {
  args: { mode: 'fail' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select Upgrade the build' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
  },
};

/** Archived, with Undo in the toast. */
export const ToastWithUndo: Story = {
  args: { mode: 'undo' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Actions for Nightly report' }));
    await userEvent.click(await within(document.body).findByRole('menuitem', { name: 'Archive' }));
    await userEvent.click(await within(document.body).findByRole('button', { name: 'Archive' }));
  },
};

/** Three selected: "Retry 2 of 3", "Cancel 1 of 3". */
export const BulkToolbar: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const title of ['Fix flaky login test', 'Upgrade the build', 'Nightly report']) {
      await userEvent.click(canvas.getByRole('checkbox', { name: `Select ${title}` }));
    }
    await expect(canvas.getByRole('toolbar', { name: 'Bulk actions' })).toBeVisible();
  },
};

/** A source with more than is loaded: "Select all 1,200 matching". */
export const SelectAllMatching: Story = {
  args: { total: 1200 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select Upgrade the build' }));
    await expect(canvas.getByRole('button', { name: 'Select all 1,200 matching' })).toBeVisible();
  },
};
