import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import {
  buildRunTree,
  flattenRunTree,
  StatusBadge,
  SubRunOf,
  SubRunSummary,
  SubRunToggle,
  useExpandedRuns,
  type AgentItem,
} from '../src';
import { withAgentboardRoot } from './decorators';
import { GREEN_PARENT_FAILING_CHILD, TWELVE_SUB_RUNS } from './inspect-fixtures';

/** The sub-run parts in a bare list, the way the list's rows will hold them. */
function SubRunList({ items, context }: { items: AgentItem[]; context?: AgentItem[] }) {
  const tree = useMemo(() => buildRunTree(items, context ? { context } : {}), [items, context]);
  const { expanded, setExpanded } = useExpandedRuns();
  const rows = flattenRunTree(tree, expanded);
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
      {rows.map((row) => {
        const rollup = tree.rollupOf(row.item.id);
        const parent = tree.missingParentOf(row.item.id);
        return (
          <li
            key={row.item.id}
            style={{ display: 'flex', gap: 8, alignItems: 'center', paddingLeft: (row.level - 1) * 20 }}
          >
            <StatusBadge status={row.item.status} />
            <span>{row.item.title}</span>
            {rollup ? <SubRunSummary rollup={rollup} /> : null}
            {parent ? <SubRunOf parent={parent} /> : null}
            {row.hasChildren ? (
              <SubRunToggle
                count={tree.childrenOf(row.item.id).length}
                expanded={row.expanded}
                onExpandedChange={(open) => setExpanded(row.item.id, open)}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

const meta = {
  title: 'Agentboard/Parts/SubRuns',
  component: SubRunList,
  decorators: [withAgentboardRoot],
  args: { items: TWELVE_SUB_RUNS },
} satisfies Meta<typeof SubRunList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A run with 12 sub-runs: how they stand, and the toggle that lists them. */
export const TwelveSubRuns: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show 12 sub-runs' }));
    await expect(canvas.getByText('Package 12 of 12')).toBeVisible();
  },
};

/** A parent that succeeded while a sub-run failed says so. */
export const FailingChildUnderGreenParent: Story = { args: { items: GREEN_PARENT_FAILING_CHILD } };

/** Filtered to Failed: the child shows on its own and names its parent. */
export const ChildOfFilteredOutParent: Story = {
  args: { items: GREEN_PARENT_FAILING_CHILD.filter((i) => i.status === 'failed'), context: GREEN_PARENT_FAILING_CHILD },
};
