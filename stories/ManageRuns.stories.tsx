import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AgentManagementView } from '../src';
import { withFullCanvas } from './decorators';
import { demoOnAction, STORY_ACTIONS } from './manage-helpers';
import { CLOCK, sampleItems, VIEWER_ID } from './story-helpers';

/**
 * Managing runs from the view: every row has a checkbox and an "Actions for …" menu (also on
 * right-click, Shift+F10 and the context-menu key), the shortcuts `c` cancel, `r` retry, ⌫ delete
 * and `x` select run on the focused row, and a selection shows the "Bulk actions" toolbar. The host
 * answers from memory (`demoOnAction`): cancel ends a run, retry starts a new one, archive and
 * delete take it out — merged into the list like live updates.
 */
const meta = {
  title: 'Agentboard/Manage runs',
  component: AgentManagementView,
  parameters: { layout: 'fullscreen', colorSchemeArg: true },
  decorators: [withFullCanvas],
  args: {
    items: sampleItems(300),
    viewerId: VIEWER_ID,
    defaultTab: 'all',
    actions: STORY_ACTIONS,
    onAction: demoOnAction('ok'),
    ...CLOCK,
  },
  argTypes: { items: { control: false }, onAction: { control: false } },
} satisfies Meta<typeof AgentManagementView>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const rowCheckboxes = (canvas: HTMLElement) => within(canvas).getAllByRole('checkbox', { name: /^Select (?!all$)/ });

/** Checkboxes and menu buttons on every row: hover a row to see its menu button. */
export const Default: Story = {};

/** A working run's menu, open: the actions that apply, their shortcuts, Delete set apart. */
export const MenuOpen: Story = {
  name: 'Menu open',
  play: async ({ canvasElement }) => {
    const [button] = within(canvasElement).getAllByRole('button', { name: /^Actions for / });
    await userEvent.click(button!);
    await waitFor(async () => expect(await body().findByRole('menu')).toBeVisible());
  },
};

/** Delete asks first and says what will happen; the focus is on Keep. */
export const Confirming: Story = {
  play: async ({ canvasElement }) => {
    const [button] = within(canvasElement).getAllByRole('button', { name: /^Actions for / });
    await userEvent.click(button!);
    await userEvent.click(await body().findByRole('menuitem', { name: 'Delete' }));
    await waitFor(async () => expect(await body().findByRole('alertdialog')).toBeVisible());
  },
};

/** Three runs selected: the toolbar counts them and offers what applies to each ("Retry 1 of 3"). */
export const BulkSelection: Story = {
  name: 'Bulk selection',
  play: async ({ canvasElement }) => {
    const boxes = rowCheckboxes(canvasElement);
    for (const box of boxes.slice(0, 3)) await userEvent.click(box);
    await waitFor(() => expect(within(canvasElement).getByRole('toolbar', { name: 'Bulk actions' })).toBeVisible());
  },
};

/** An action that does not finish: the rows are busy (a spinner in Status), the toolbar offers Stop. */
export const Running: Story = {
  args: { onAction: demoOnAction('slow') },
  play: async ({ canvasElement }) => {
    const boxes = rowCheckboxes(canvasElement);
    await userEvent.click(boxes[0]!);
    await userEvent.click(boxes[1]!);
    const toolbar = within(canvasElement).getByRole('toolbar', { name: 'Bulk actions' });
    const [first] = within(toolbar).getAllByRole('button', { name: /^(Cancel|Retry|Archive)/ });
    await userEvent.click(first!);
    const dialog = body().queryByRole('alertdialog');
    if (dialog) await userEvent.click(within(dialog).getAllByRole('button')[1]!);
    await waitFor(() => expect(canvasElement.querySelector('[role="row"][aria-busy="true"]')).not.toBeNull());
  },
};

/** The host answered that every item failed: the rows stay, the toast names them and offers Retry. */
export const FailedWithRetry: Story = {
  name: 'Failed, with Retry',
  args: { onAction: demoOnAction('fail') },
  play: async ({ canvasElement }) => {
    const boxes = rowCheckboxes(canvasElement);
    await userEvent.click(boxes[0]!);
    const toolbar = within(canvasElement).getByRole('toolbar', { name: 'Bulk actions' });
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Archive' }));
    const dialog = await body().findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
    await waitFor(async () => expect(await body().findByText(/runner is offline/)).toBeVisible());
  },
};

/** In the dark. */
export const Dark: Story = { globals: { colorScheme: 'dark' } };
