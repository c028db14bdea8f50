import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AgentDetails } from '../src';
import { withAgentboardRoot, withFrame } from './decorators';
import { FAILED_RUN, INSPECT_NOW } from './inspect-fixtures';

const meta = {
  title: 'Agentboard/Parts/AgentDetails',
  component: AgentDetails,
  tags: ['autodocs'],
  decorators: [withAgentboardRoot],
  args: {
    item: FAILED_RUN,
    onClose: () => {},
    onStep: () => {},
    onNavigate: () => {},
    now: INSPECT_NOW,
    timeZone: 'UTC',
    autoFocus: false,
    copyText: () => Promise.resolve(),
    parent: { id: 'nightly', title: 'Nightly dependency bumps' },
    subRuns: [
      { id: 's1', title: 'Re-run login suite' },
      { id: 's2', title: 'Collect screenshots' },
    ],
    renderDetails: () => <p>Host content: the transcript would go here.</p>,
  },
} satisfies Meta<typeof AgentDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A failed run: the error in words with its code, retry advice, credits by part, artifacts. */
export const FailedRun: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(canvasElement).getByRole('dialog', { name: 'Fix flaky login test' });
    await expect(within(dialog).getByText(/Out of credits/)).toBeVisible();
  },
};

/** The same panel in a narrow container (the sheet layout is the view's; here: its width). */
export const Narrow: Story = { decorators: [withFrame(320)] };
