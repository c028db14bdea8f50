import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AgentTabs, useAgentView, type AgentTabsProps } from '../src';
import { withAgentboardRoot } from './decorators';
import { CLOCK, sampleItems, VIEWER_ID } from './story-helpers';

const meta = {
  title: 'Agentboard/Parts/AgentTabs',
  component: AgentTabs,
  tags: ['autodocs'],
  decorators: [withAgentboardRoot],
  args: { onTabChange: fn(), locale: 'en-US' },
  argTypes: {
    tab: { control: 'inline-radio', options: ['personal', 'all'] },
    defaultTab: { control: 'inline-radio', options: ['personal', 'all'] },
  },
} satisfies Meta<typeof AgentTabs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Counts as `useAgentView` computes them from ~300 sample items. */
function Connected(props: AgentTabsProps) {
  const view = useAgentView({ items: sampleItems(300), viewerId: VIEWER_ID, now: CLOCK.now, timeZone: CLOCK.timeZone });
  return (
    <AgentTabs
      {...props}
      tab={view.tab}
      counts={view.tabCounts}
      onTabChange={(tab) => {
        view.setTab(tab);
        props.onTabChange?.(tab);
      }}
    />
  );
}

/**
 * Every state: Personal or All selected, with counts and the live dot (working runs), with counts
 * and nothing running, without counts, and with large counts.
 */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16, justifyItems: 'start' }}>
      <AgentTabs
        {...args}
        defaultTab="personal"
        counts={{ personal: { count: 42, working: 3 }, all: { count: 318, working: 9 } }}
      />
      <AgentTabs
        {...args}
        defaultTab="all"
        counts={{ personal: { count: 42, working: 3 }, all: { count: 318, working: 9 } }}
      />
      <AgentTabs
        {...args}
        defaultTab="personal"
        counts={{ personal: { count: 12, working: 0 }, all: { count: 97, working: 0 } }}
      />
      <AgentTabs {...args} defaultTab="personal" />
      <AgentTabs
        {...args}
        defaultTab="all"
        counts={{ personal: { count: 4_812, working: 27 }, all: { count: 104_230, working: 311 } }}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const personal = canvas.getAllByRole('tab', { name: 'Personal' })[0]!;
    // The name stays "Personal"; the count and what runs are its description.
    await expect(personal).toHaveAccessibleDescription('42 items, 3 running');
    await expect(personal).toHaveAttribute('aria-selected', 'true');
  },
};

/** Wired to `useAgentView`: switching tabs changes the counts' meaning and calls `onTabChange`. */
export const WithLiveCounts: Story = {
  render: (args) => <Connected {...args} />,
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: 'All' }));
    await expect(args.onTabChange).toHaveBeenCalledWith('all');
    await expect(canvas.getByRole('tab', { name: 'All' })).toHaveAttribute('aria-selected', 'true');
    // Arrow keys move between the tabs (Radix), activating them.
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', { name: 'Personal' })).toHaveFocus();
    await expect(args.onTabChange).toHaveBeenLastCalledWith('personal');
  },
};

export const Personal: Story = {
  args: { defaultTab: 'personal', counts: { personal: { count: 42, working: 3 }, all: { count: 318, working: 9 } } },
};
export const All: Story = {
  args: { defaultTab: 'all', counts: { personal: { count: 42, working: 0 }, all: { count: 318, working: 9 } } },
};
export const WithoutCounts: Story = { args: { defaultTab: 'personal' } };
