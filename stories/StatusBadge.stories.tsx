import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { STATUS_META, STATUS_ORDER, StatusBadge } from '../src';
import { withAgentboardRoot } from './decorators';

const meta = {
  title: 'Agentboard/Parts/StatusBadge',
  component: StatusBadge,
  tags: ['autodocs'],
  decorators: [withAgentboardRoot],
  args: { status: 'working' },
  argTypes: {
    status: { control: 'inline-radio', options: STATUS_ORDER },
  },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every status side by side, with and without a detail: each has its own icon shape and a visible label. */
export const AllStates: Story = {
  render: () => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'max-content max-content',
        gap: '12px 32px',
        alignItems: 'center',
      }}
    >
      {STATUS_ORDER.map((status) => (
        <div key={status} style={{ display: 'contents' }}>
          <StatusBadge status={status} />
          <StatusBadge
            status={status}
            rawStatus={status === 'failed' ? 'timed_out' : undefined}
            detail={
              status === 'blocked'
                ? 'Waiting for approval to run `terraform apply`'
                : status === 'failed'
                  ? 'Timed out after 30m waiting for the build'
                  : undefined
            }
          />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const status of STATUS_ORDER) {
      // The accessible name is the label, never a colour.
      await expect(canvas.getAllByRole('img', { name: STATUS_META[status].label })).toHaveLength(2);
    }
    const blocked = canvas.getAllByRole('img', { name: 'Blocked' })[1]!;
    await expect(blocked).toHaveAccessibleDescription('Waiting for approval to run `terraform apply`');
  },
};

export const Working: Story = { args: { status: 'working' } };
export const Blocked: Story = {
  args: { status: 'blocked', detail: 'Needs input: which staging database should be used?' },
};
export const Failed: Story = {
  args: { status: 'failed', detail: 'Exit code 1: npm test failed in packages/api', rawStatus: 'errored' },
};
/** An unrecognised raw status is shown as Failed and keeps its raw text for the tooltip. */
export const UnknownRawStatus: Story = { args: { status: 'failed', rawStatus: 'exploded' } };
export const Canceled: Story = { args: { status: 'canceled' } };
export const Success: Story = { args: { status: 'success' } };
/** A host's own wording for a status, through `label`. */
export const CustomLabel: Story = { args: { status: 'blocked', label: 'Needs you' } };
