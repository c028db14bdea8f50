import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AgentArtifacts, type AgentArtifact } from '../src';
import { withAgentboardRoot } from './decorators';
import { FAILED_RUN } from './inspect-fixtures';

const meta = {
  title: 'Agentboard/Parts/AgentArtifacts',
  component: AgentArtifacts,
  tags: ['autodocs'],
  decorators: [withAgentboardRoot],
  args: { artifacts: FAILED_RUN.artifacts, copyText: () => Promise.resolve() },
} satisfies Meta<typeof AgentArtifacts>;

export default meta;
type Story = StoryObj<typeof meta>;

const STATES = ['open', 'draft', 'merged', 'closed'] as const;

/** A pull request in every state: each by its icon's shape and its word, never by colour alone. */
export const PullRequestStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 12 }}>
      {STATES.map((state) => (
        <AgentArtifacts
          key={state}
          {...args}
          artifacts={[
            {
              type: 'pull_request',
              url: `https://github.com/acme/app/pull/${state}`,
              title: `#12 ${state} change`,
              state,
            },
          ]}
        />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const word of ['Open', 'Draft', 'Merged', 'Closed']) await expect(canvas.getByText(word)).toBeVisible();
  },
};

const MANY: AgentArtifact[] = [
  { type: 'pull_request', url: 'https://github.com/acme/app/pull/7', title: '#7', state: 'merged' },
  { type: 'branch', branch: 'feat/rollout' },
  { type: 'plan', url: '/plans/1', title: 'Plan' },
  { type: 'screenshot', url: '/s.png', title: 'Diff' },
  { type: 'link', url: 'javascript:alert(1)', title: 'Unsafe link (never rendered as one)' },
];

/** Compact, as on a row: the first two, then "+3". */
export const Compact: Story = { args: { artifacts: MANY } };

/** In full, as in the details panel: every artifact with its name; a PR's branch can be copied. */
export const Full: Story = { args: { artifacts: MANY, variant: 'full' } };
