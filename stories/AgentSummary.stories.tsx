import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AgentManagementView, AgentSummary, summarize, type AgentItem, type AgentSummaryProps } from '../src';
import { withAgentboardRoot, withFrame } from './decorators';
import { CLOCK, sampleItems, VIEWER_ID, withHugeCredits, withManyBlocked, withoutCredits } from './story-helpers';

const personal = (items: AgentItem[]) => items.filter((item) => item.creator.id === VIEWER_ID);

const meta = {
  title: 'Agentboard/Parts/AgentSummary',
  component: AgentSummary,
  tags: ['autodocs'],
  decorators: [withAgentboardRoot],
  parameters: { docs: { story: { inline: false, height: '420px' } } },
  args: {
    summary: summarize(sampleItems(300)),
    viewerId: VIEWER_ID,
    locale: 'en-US',
    onFiltersChange: fn(),
  },
  argTypes: { summary: { control: false } },
} satisfies Meta<typeof AgentSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The summary alone over ~300 items (the All tab's visible set). */
export const Alone: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    // Named by its label and count ("Failed 13"): match the label.
    const failed = canvas.getByRole('button', { name: /^Failed\b/ });
    await expect(failed).toHaveAttribute('aria-pressed', 'false');
    // One click is "show me what failed".
    await userEvent.click(failed);
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith({ statuses: ['failed'] });
    await expect(failed).toHaveAttribute('aria-pressed', 'true');
  },
};

/** The credits breakdown open: by source and by creator, top five and "Others", summing to the total. */
export const BreakdownOpen: Story = {
  name: 'Credits breakdown open',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Credits total/ }));
    const breakdown = await canvas.findByRole('dialog', { name: 'Credits breakdown' });
    // The popover fades in: wait for it rather than asserting mid-animation.
    await waitFor(() => expect(within(breakdown).getByText('By source')).toBeVisible());
    await expect(within(breakdown).getByText('By creator')).toBeVisible();
  },
};

/** No item reports credits: the total says so instead of a misleading 0. */
export const NoCreditsData: Story = {
  name: 'No credits data',
  args: { summary: summarize(withoutCredits(sampleItems(300))) },
};

/** Credits in the hundreds of millions: compact, and nothing overflows its tile. */
export const HugeCreditsTotal: Story = {
  name: 'Huge credits total',
  args: { summary: summarize(withHugeCredits(sampleItems(300))) },
};

/** Many items blocked on the viewer ("Needs you"). */
export const ManyBlocked: Story = {
  name: 'Many blocked',
  args: { summary: summarize(personal(withManyBlocked(sampleItems(300)))) },
};

/** Nothing working, nothing blocked, nothing failed: the zero states. */
export const AllQuiet: Story = {
  name: 'All quiet',
  args: { summary: summarize(sampleItems(300).filter((item) => item.status === 'success')) },
};

/** Every state in one place. */
export const AllStates: Story = {
  render: (args: AgentSummaryProps) => (
    <div style={{ display: 'grid', gap: 20 }}>
      <AgentSummary {...args} labels={{ summary: 'Summary' }} />
      <AgentSummary
        {...args}
        labels={{ summary: 'Summary, two toggles on' }}
        defaultFilters={{ statuses: ['working', 'failed'] }}
      />
      <AgentSummary
        {...args}
        labels={{ summary: 'Summary, no credits data' }}
        summary={summarize(withoutCredits(sampleItems(300)))}
      />
      <AgentSummary
        {...args}
        labels={{ summary: 'Summary, huge credits' }}
        summary={summarize(withHugeCredits(sampleItems(300)))}
      />
      <AgentSummary
        {...args}
        labels={{ summary: 'Summary, many blocked' }}
        summary={summarize(personal(withManyBlocked(sampleItems(300))))}
      />
      <AgentSummary {...args} labels={{ summary: 'Summary, nothing visible' }} summary={summarize([])} />
    </div>
  ),
};

/** The summary where hosts see it: above the list in the full view. */
export const InTheFullView: Story = {
  name: 'In the full view',
  decorators: [withFrame('100%', 720)],
  render: (_args, { globals }) => (
    <AgentManagementView
      colorScheme={globals.colorScheme === 'dark' ? 'dark' : 'light'}
      items={sampleItems(300)}
      viewerId={VIEWER_ID}
      onOpenRun={fn()}
      onOpenConversation={fn()}
      {...CLOCK}
    />
  ),
};
