import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AgentList } from '../src';
import { de } from '../src/locales/de';
import { withAgentboardRoot } from './decorators';
import { FAILED_RUN, GREEN_PARENT_FAILING_CHILD, INSPECT_NOW, TWELVE_SUB_RUNS } from './inspect-fixtures';
import { tabIntoList } from './play-helpers';
import { CLOCK, itemsInEveryState, sampleItems, VIEWER_ID } from './story-helpers';

const meta = {
  title: 'Agentboard/Parts/AgentList',
  component: AgentList,
  tags: ['autodocs'],
  decorators: [withAgentboardRoot],
  args: {
    items: itemsInEveryState(),
    viewerId: VIEWER_ID,
    height: 420,
    onOpenRun: fn(),
    onOpenConversation: fn(),
    ...CLOCK,
  },
  argTypes: {
    items: { control: false },
    now: { control: 'date' },
  },
} satisfies Meta<typeof AgentList>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * One row per status and kind: working (its duration ticks), blocked with what it waits on, failed
 * with its error, canceled with an expired session, success, an unavailable session, and an
 * unrecognised raw status shown as Failed. Interactive rows show no duration.
 *
 * The play function keyboards into the list: Tab reaches the first row, ArrowDown moves, Enter opens.
 */
export const AllStates: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid', { name: 'Agent runs' });
    await expect(within(grid).getAllByRole('row')).toHaveLength(1 + itemsInEveryState().length);

    const first = await tabIntoList();
    await expect(first).toHaveTextContent('Investigate p95 latency regression');
    // Newest first: the second row is the viewer's blocked desktop conversation.
    await userEvent.keyboard('{ArrowDown}');
    await expect(document.activeElement).toHaveTextContent('Migrate the billing worker');
    await userEvent.keyboard('{Enter}');
    await expect(args.onOpenConversation).toHaveBeenCalledWith(expect.objectContaining({ id: 'conv_blocked' }));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    await expect(args.onOpenRun).toHaveBeenCalledWith(expect.objectContaining({ id: 'run_failed' }));
  },
};

/** About 300 generated items: what the list holds inside the full view. */
export const Generated: Story = { args: { items: sampleItems(300) } };

/**
 * 10,000 items: only a window of rows is ever in the DOM. The play function jumps to the end with
 * the End key and checks the last row is rendered and focused.
 */
export const TenThousandItems: Story = {
  args: { height: 480 },
  // Generated on demand (≈0.3 s), not when the file loads.
  loaders: [() => ({ items: sampleItems(10_000) })],
  render: (args, { loaded }) => <AgentList {...args} items={loaded.items} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('grid');
    await expect(grid).toHaveAttribute('aria-rowcount', String(10_001));
    await tabIntoList();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', String(10_001)));
    // Never the whole list in the DOM.
    await expect(within(grid).getAllByRole('row').length).toBeLessThan(80);
  },
};

/** Compact density: 36 px rows. */
export const Compact: Story = { args: { items: sampleItems(300), density: 'compact' } };

/** Sorted by credits, most expensive first. */
export const SortedByCredits: Story = {
  args: { items: sampleItems(300), defaultSorting: { id: 'credits', desc: true } },
};

/** With `getItemHref` the title is a real link: open in a new tab and copy link work. */
export const WithLinks: Story = {
  args: {
    items: itemsInEveryState(),
    getItemHref: (item) => item.sessionUrl ?? `/conversations/${item.conversationId ?? item.id}`,
  },
};

/**
 * Sub-runs nested under their parents: a release with 12 sub-runs (how they stand, and "Show 12
 * sub-runs"), a nightly run that succeeded while a sub-run failed (it says so), and a failed sub-run
 * whose error code shows as words. → / ← on a focused parent expand and collapse it.
 *
 * The play function opens the release's sub-runs by keyboard and closes them with the toggle.
 */
export const WithSubRuns: Story = {
  args: {
    items: [...TWELVE_SUB_RUNS, ...GREEN_PARENT_FAILING_CHILD, FAILED_RUN],
    now: INSPECT_NOW,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('treegrid');
    const release = canvas.getByRole('row', { name: /Release train/ });
    await userEvent.click(release.querySelector('.ab-title')!);
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(release.getAttribute('aria-expanded')).toBe('true'));
    await expect(
      within(grid)
        .getByRole('row', { name: /Package 12 of 12/ })
        .getAttribute('aria-level'),
    ).toBe('2');
    await userEvent.click(within(release).getByRole('button', { name: 'Show 12 sub-runs' }));
    await waitFor(() => expect(release.getAttribute('aria-expanded')).toBe('false'));
  },
};

/** Artifacts on rows: pull requests in every state, a branch to copy, a plan, and "+n" for the rest. */
export const WithArtifacts: Story = {
  args: {
    now: INSPECT_NOW,
    onShowDetails: fn(),
    onCopied: fn(),
    copyText: () => Promise.resolve(),
    items: (['open', 'draft', 'merged', 'closed'] as const).map((state, i) => ({
      ...FAILED_RUN,
      id: `pr_${state}`,
      title: `Pull request ${state}`,
      status: 'success' as const,
      rawStatus: 'SUCCEEDED',
      statusDetail: undefined,
      errorCode: undefined,
      parentId: undefined,
      sessionState: 'available' as const,
      artifacts: [
        {
          type: 'pull_request' as const,
          url: `https://github.com/acme/app/pull/${1200 + i}`,
          title: `#${1200 + i} ${state === 'closed' ? 'Drop the old login' : 'Stabilise login'}`,
          state,
          branch: `fix/login-${state}`,
        },
        ...(i === 0
          ? [
              { type: 'branch' as const, branch: 'fix/login-flake' },
              { type: 'plan' as const, url: 'https://app.warp.dev/plan/9', title: 'Rollout plan' },
              { type: 'screenshot' as const, url: 'https://example.com/shot.png', title: 'Login page' },
            ]
          : i === 1
            ? [{ type: 'branch' as const, branch: 'feat/draft-work' }]
            : []),
      ],
    })),
  },
};

export const Loading: Story = { args: { items: [], loading: true } };

export const Empty: Story = { args: { items: [] } };

/** A host with another locale: numbers, dates and relative days follow `locale`, the words `labels`. */
export const GermanLocale: Story = { args: { locale: 'de-DE', timeZone: 'Europe/Berlin', labels: de } };
