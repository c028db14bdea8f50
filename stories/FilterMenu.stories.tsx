import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { FilterMenu, useAgentView, type AgentTab, type FilterMenuProps } from '../src';
import { withAgentboardRoot } from './decorators';
import { CLOCK, sampleItems, VIEWER_ID } from './story-helpers';

const meta = {
  title: 'Agentboard/Parts/FilterMenu',
  component: FilterMenu,
  tags: ['autodocs'],
  decorators: [withAgentboardRoot],
  parameters: { docs: { story: { inline: false, height: '640px' } } },
  args: { onFiltersChange: fn(), onOpenChange: fn(), viewerId: VIEWER_ID, ...CLOCK },
  argTypes: {
    tab: { control: 'inline-radio', options: ['personal', 'all'] },
    now: { control: 'date' },
  },
  render: (args) => <Connected {...args} />,
} satisfies Meta<typeof FilterMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The menu as the view wires it: options and faceted counts from `useAgentView` over ~300 sample
 * items, filters held by the hook and reported to the `onFiltersChange` action.
 */
function Connected(props: FilterMenuProps) {
  const tab: AgentTab = props.tab ?? 'all';
  const view = useAgentView({
    items: sampleItems(300),
    viewerId: VIEWER_ID,
    tab,
    defaultFilters: props.defaultFilters,
    now: CLOCK.now,
    timeZone: CLOCK.timeZone,
  });
  return (
    <div style={{ minHeight: 620 }}>
      <FilterMenu
        {...props}
        tab={tab}
        defaultFilters={undefined}
        filters={view.filters}
        facets={view.facets}
        onFiltersChange={(filters) => {
          view.setFilters(filters);
          props.onFiltersChange?.(filters);
        }}
      />
      <p style={{ font: '13px system-ui', opacity: 0.75 }}>{view.visibleItems.length} items match</p>
    </div>
  );
}

/** Closed, no filters: just the "Filter" button. */
export const Closed: Story = { args: { tab: 'all' } };

/**
 * Every section open on the All tab (Source, Status, Creator — searchable, the viewer first as
 * "Me" — Day of creation, and a host facet), with active filters shown as chips.
 */
export const AllStates: Story = {
  args: {
    tab: 'all',
    defaultOpen: true,
    defaultFilters: { statuses: ['failed'], sources: ['github_actions', 'slack'], createdOn: { preset: 'last_week' } },
    facetDefinitions: [{ key: 'environment', label: 'Environment' }],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const menu = await canvas.findByRole('dialog', { name: 'Filters' });
    // The popover fades in: wait for it rather than asserting mid-animation.
    await waitFor(() => {
      for (const section of ['Source', 'Status', 'Creator', 'Day of creation', 'Environment']) {
        expect(within(menu).getByRole('group', { name: section })).toBeVisible();
      }
    });
    await expect(canvas.getByRole('button', { name: 'Filter, 4 active' })).toBeVisible();
  },
};

/** On Personal there is no Creator section: every item is the viewer's. */
export const OnPersonal: Story = { args: { tab: 'personal', defaultOpen: true } };

/** Active filters as removable chips beside the button, with Clear all. */
export const WithChips: Story = {
  args: {
    tab: 'all',
    defaultFilters: {
      statuses: ['failed', 'blocked'],
      sources: ['slack', 'linear'],
      creators: ['u_priya'],
      createdOn: { from: '2026-11-18', to: '2026-11-24' },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const chips = canvas.getByRole('toolbar', { name: 'Active filters' });
    await userEvent.click(within(chips).getByRole('button', { name: /Remove Source: Slack/ }));
    await waitFor(() => expect(within(chips).queryByRole('button', { name: /Remove Source: Slack/ })).toBeNull());
    await userEvent.click(within(chips).getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Filter' })).toBeVisible());
  },
};

/**
 * Keyboard and mouse: open the menu, pick Status Failed and Day of creation Today, then Escape
 * closes it and focus returns to the button.
 */
export const PickFailedToday: Story = {
  name: 'Play: failed today',
  args: { tab: 'all' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Filter' });
    await userEvent.click(trigger);
    const menu = await canvas.findByRole('dialog', { name: 'Filters' });
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'Failed' }));
    await userEvent.click(within(menu).getByRole('radio', { name: 'Today' }));
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith({
      statuses: ['failed'],
      createdOn: { preset: 'today' },
    });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('button', { name: 'Filter, 2 active' })).toHaveFocus();
  },
};
