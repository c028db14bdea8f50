import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { BUILT_IN_SOURCES, SourceBadge } from '../src';
import { withAgentboardRoot } from './decorators';

const meta = {
  title: 'Agentboard/Parts/SourceBadge',
  component: SourceBadge,
  tags: ['autodocs'],
  decorators: [withAgentboardRoot],
  args: { source: 'slack' },
  argTypes: {
    source: { control: 'select', options: [...BUILT_IN_SOURCES, 'pagerduty'] },
  },
} satisfies Meta<typeof SourceBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

const registry = { pagerduty: { label: 'PagerDuty', group: 'integration' as const } };
const icons = {
  pagerduty: (
    <svg viewBox="0 0 16 16" width="14" height="14" fill="currentColor">
      <path d="M4 1h5a4 4 0 0 1 0 8H7v6H4zm3 2.5V6.5h2a1.5 1.5 0 0 0 0-3z" />
    </svg>
  ),
};

/** Every built-in source, a host-registered one with its own icon, and an unregistered one. */
export const AllStates: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
      {BUILT_IN_SOURCES.map((source) => (
        <SourceBadge key={source} source={source} />
      ))}
      <SourceBadge source="pagerduty" registry={registry} icons={icons} />
      <SourceBadge source="jenkins_nightly" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Slack')).toBeVisible();
    await expect(canvas.getByText('GitHub Actions')).toBeVisible();
    await expect(canvas.getByText('PagerDuty')).toBeVisible();
  },
};

export const Slack: Story = { args: { source: 'slack' } };
export const Linear: Story = { args: { source: 'linear' } };
export const Scheduled: Story = { args: { source: 'scheduled' } };
export const HostRegistered: Story = { args: { source: 'pagerduty', registry, icons } };
