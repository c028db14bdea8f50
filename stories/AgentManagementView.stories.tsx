import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AgentManagementView } from '../src';
import { de } from '../src/locales/de';
import { ja } from '../src/locales/ja';
import { withFrame, withFullCanvas } from './decorators';
import { tabIntoList } from './play-helpers';
import {
  CLOCK,
  inspectSampleItems,
  sampleItems,
  VIEWER_ID,
  withHugeCredits,
  withManyBlocked,
  withoutCredits,
} from './story-helpers';

/**
 * The full management view on generated sample data: ~300 items for the viewer "Alex Morgan" and
 * twelve teammates over the last 30 days, on a fixed clock (25 Nov 2026, 15:00 UTC) and time zone,
 * with what runs produce (pull requests, branches, plans), sub-runs under their parents and error
 * codes on some failures. Press `i` on a row (or "Show details" in its menu) for the details panel.
 * `onOpenRun` / `onOpenConversation` are Storybook actions: activate a row and watch the Actions tab.
 */
const meta = {
  title: 'Agentboard/Management view',
  component: AgentManagementView,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    // The toolbar's color scheme becomes the `colorScheme` arg (see .storybook/preview.tsx).
    colorSchemeArg: true,
  },
  decorators: [withFullCanvas],
  args: {
    items: inspectSampleItems(300),
    viewerId: VIEWER_ID,
    onOpenRun: fn(),
    onOpenConversation: fn(),
    onTabChange: fn(),
    onFiltersChange: fn(),
    onRetry: fn(),
    ...CLOCK,
  },
  argTypes: {
    items: { control: false },
    now: { control: 'date' },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
    defaultTab: { control: 'inline-radio', options: ['personal', 'all'] },
  },
} satisfies Meta<typeof AgentManagementView>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------------------------------
// The view as a host shows it

/** What `npm start` opens on: the viewer's Personal tab over ~300 generated items. */
export const FullView: Story = { name: 'Full view' };

// The viewer's newest run with sub-runs (and a pull request when one has both): what the details
// stories open. Sub-runs share their parent's creator, so the whole family is on Personal.
const INSPECT_ITEMS = inspectSampleItems(300);
const PARENTS = INSPECT_ITEMS.filter(
  (item) => item.creator.id === VIEWER_ID && INSPECT_ITEMS.some((child) => child.parentId === item.id),
);
const DETAILS_ID = (PARENTS.find((item) => item.artifacts?.length) ?? PARENTS[0])?.id;

/**
 * The details panel beside the list, opened on a run with sub-runs and a pull request (`defaultDetails`;
 * `i` on a row or "Show details" in its menu opens it too). `j` / `k` step through the list as it
 * is filtered and sorted, Escape closes it and returns focus to the row.
 */
export const WithDetails: Story = {
  name: 'With details',
  args: { defaultDetails: DETAILS_ID, onDetailsChange: fn() },
};

/** The details panel in dark. */
export const WithDetailsDark: Story = {
  name: 'With details (dark)',
  args: { defaultDetails: DETAILS_ID, onDetailsChange: fn() },
  globals: { colorScheme: 'dark' },
};

/**
 * Below a 60em-wide container the panel is a sheet over the list instead of a column beside it; at
 * phone width (under 40em, as here) it covers the whole body under the tabs and the search.
 */
export const WithDetailsNarrow: Story = {
  name: 'With details (narrow container)',
  args: { defaultDetails: DETAILS_ID, onDetailsChange: fn() },
  parameters: { layout: 'padded' },
  decorators: [withFrame(390, 720)],
};

/** The All tab: the viewer's items plus teammates' ambient runs. */
export const AllTab: Story = { name: 'All tab', args: { defaultTab: 'all' } };

/** 10,000 items: filtering stays one core pass, and only a window of rows is ever in the DOM. */
export const TenThousandItems: Story = {
  name: '10,000 items',
  args: { defaultTab: 'all' },
  // Generated on demand (≈0.3 s), not when the file loads: this file is the one `npm start` opens.
  loaders: [() => ({ items: sampleItems(10_000, 7) })],
  render: (args, { loaded }) => <AgentManagementView {...args} items={loaded.items} />,
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid');
    // All of the viewer's items and the teammates' ambient runs: thousands of rows…
    await expect(Number(grid.getAttribute('aria-rowcount'))).toBeGreaterThan(9_000);
    // …of which only a window is in the DOM.
    await expect(within(grid).getAllByRole('row').length).toBeLessThan(80);
  },
};

/**
 * No items at all: "No agent activity yet", which is not the same as "nothing matches". No row of
 * zero tiles and no column headers over nothing: the message stands in the list's place.
 */
export const Empty: Story = {
  args: { items: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No agent activity yet')).toBeVisible();
    await expect(canvas.queryByRole('region', { name: 'Summary' })).toBeNull();
    await expect(canvas.queryAllByRole('columnheader')).toHaveLength(0);
  },
};

/**
 * Filters that hide everything (Slack runs waiting on you: there are none): "No items match these
 * filters" with "Clear filters", which hands focus to the Filter button.
 */
export const NoMatch: Story = {
  name: 'No match (filters)',
  args: { defaultFilters: { sources: ['slack'], statuses: ['blocked'] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No items match these filters')).toBeVisible();
    await expect(canvas.getByText('Try removing a filter.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(5));
    await expect(canvas.getByRole('button', { name: /^Filter/ })).toHaveFocus();
  },
};

/** A Day of creation filter among them: only then does the line suggest widening the day range. */
export const NoMatchDayRange: Story = {
  name: 'No match (filters with a day)',
  args: { defaultFilters: { statuses: ['blocked'], createdOn: { preset: 'yesterday' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Try removing a filter or widening the day range.')).toBeVisible();
  },
};

/**
 * Only the search hides everything: the message names the search text and offers "Clear search",
 * which empties the box (any filter stays) and puts focus back in it, to type other words.
 */
export const NoSearchMatch: Story = {
  name: 'No match (search)',
  args: { defaultFilters: { query: 'a run nobody started' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No items match “a run nobody started”')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(5));
    await expect(canvas.getByRole('searchbox', { name: 'Search agents' })).toHaveFocus();
  },
};

/** The search and a filter together hide everything: said so, with one button clearing both. */
export const NoSearchAndFilterMatch: Story = {
  name: 'No match (search and filters)',
  args: { defaultFilters: { query: 'migration', sources: ['slack'] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No items match “migration” with these filters')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Clear search and filters' })).toBeVisible();
  },
};

/** The first load: skeleton rows, and the grid marked busy. */
export const Loading: Story = { args: { items: [], loading: true } };

/**
 * The host's request failed: the message and a Retry button that calls `onRetry`. The tabs show no
 * count and there is no summary: nothing was loaded, so no number would be true.
 */
export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  args: { items: [], error: new Error('The agents API answered 503 Service Unavailable.') },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Agent activity could not be loaded')).toBeVisible();
    await expect(canvas.getByRole('tab', { name: 'Personal' }).textContent).toBe('Personal');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Dark, whatever the toolbar says. */
export const Dark: Story = { globals: { colorScheme: 'dark' } };

/**
 * A host's brand: violet accent, rounder corners, a serif typeface. One status filter is on, so the
 * accent shows where the theme puts it (the pressed summary toggle, the filter count, the chips).
 */
export const CustomTheme: Story = {
  name: 'Custom theme',
  args: {
    defaultFilters: { statuses: ['failed'] },
    theme: {
      accent: '#7c3aed',
      accentFg: '#ffffff',
      focusRing: '#a78bfa',
      radius: 14,
      fontFamily: 'Georgia, "DejaVu Serif", "Liberation Serif", serif',
      fontSize: 14,
    },
  },
};

/** A narrow host panel (360 px): the toolbar wraps and the list keeps its columns scrollable. */
export const NarrowContainer: Story = {
  name: 'Narrow container (360px)',
  parameters: { layout: 'padded' },
  decorators: [withFrame(360, 720)],
};

/** Compact density: 36 px rows, for hosts that show the view in a side panel. */
export const Compact: Story = { args: { density: 'compact', defaultTab: 'all' } };

/** Host-defined facets over `item.meta`: Environment and Harness sections in the filter menu. */
export const HostDefinedFacets: Story = {
  name: 'Host-defined facet',
  args: {
    defaultTab: 'all',
    facetDefinitions: [
      { key: 'environment', label: 'Environment' },
      { key: 'harness', label: 'Harness' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Filter' }));
    const menu = await canvas.findByRole('dialog', { name: 'Filters' });
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'production' }));
    await expect(canvas.getByRole('button', { name: 'Filter, 1 active' })).toBeVisible();
  },
};

/** Many of the viewer's conversations wait on them: pinned as "Needs you" above the list. */
export const NeedsYou: Story = { name: 'Needs you', args: { items: withManyBlocked(sampleItems(300)) } };

/** A host that reports no credits: the total says so instead of showing 0. */
export const NoCreditsData: Story = { name: 'No credits data', args: { items: withoutCredits(sampleItems(300)) } };

/** Credits in the hundreds of millions: the total stays readable (compact) and nothing overflows. */
export const HugeCreditsTotal: Story = {
  name: 'Huge credits total',
  args: { items: withHugeCredits(sampleItems(300)) },
};

/** With `getItemHref` rows hold real links: open in a new tab and copy link work. */
export const WithLinks: Story = {
  name: 'Rows as links',
  args: { getItemHref: (item) => item.sessionUrl ?? `/conversations/${item.conversationId ?? item.id}` },
};

/**
 * German: the words come from `agentboard/locales/de` (`labels`), numbers, dates and "Heute" from
 * `locale`, days from `timeZone`.
 */
export const GermanLocale: Story = {
  name: 'German locale',
  args: { locale: 'de-DE', timeZone: 'Europe/Berlin', labels: de },
};

/** Japanese: `agentboard/locales/ja` with `locale="ja-JP"` and Tokyo's calendar days. */
export const JapaneseLocale: Story = {
  name: 'Japanese locale',
  args: { locale: 'ja-JP', timeZone: 'Asia/Tokyo', labels: ja },
};

// ---------------------------------------------------------------------------------------------------
// The three questions, each two clicks after opening the menu (the play functions click them)

function rowsOf(canvasElement: HTMLElement): HTMLElement[] {
  return Array.from(
    canvasElement.querySelectorAll<HTMLElement>(':is([role="grid"], [role="treegrid"]) [role="row"][data-index]'),
  );
}

/** "Everything that failed today": Filter → Status Failed → Day of creation Today. */
export const FailedToday: Story = {
  name: 'Play: failed today',
  // Interaction walk-throughs: run them from the sidebar; the docs page shows the states.
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Filter' });
    await userEvent.click(trigger);
    const menu = await canvas.findByRole('dialog', { name: 'Filters' });
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'Failed' }));
    await userEvent.click(within(menu).getByRole('radio', { name: 'Today' }));
    await expect(canvas.getByRole('button', { name: 'Filter, 2 active' })).toBeVisible();
    await waitFor(() => {
      const rows = rowsOf(canvasElement);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toHaveAttribute('data-status', 'failed');
        expect(row.querySelector('[data-column="createdAt"]')).toHaveTextContent(/^(Now|\d+m ago|\d+h ago)$/);
        // The full date is the relative time's tooltip text.
        expect(row.querySelector('[data-column="createdAt"] time')?.getAttribute('data-full')).toMatch(/\d{4}/);
      }
    });
    // Escape closes the menu and gives focus back to the button.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog', { name: 'Filters' })).toBeNull());
    await expect(canvas.getByRole('button', { name: 'Filter, 2 active' })).toHaveFocus();
  },
};

/** "Runs from Slack": All → Filter → Source Slack. */
export const RunsFromSlack: Story = {
  name: 'Play: runs from Slack',
  // Interaction walk-throughs: run them from the sidebar; the docs page shows the states.
  tags: ['!autodocs'],
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: 'All' }));
    await expect(args.onTabChange).toHaveBeenCalledWith('all');
    await userEvent.click(canvas.getByRole('button', { name: 'Filter' }));
    const menu = await canvas.findByRole('dialog', { name: 'Filters' });
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'Slack' }));
    await waitFor(() => {
      const rows = rowsOf(canvasElement);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.querySelector('[data-source]')).toHaveAttribute('data-source', 'slack');
    });
    await userEvent.keyboard('{Escape}');
  },
};

/** "What a teammate triggered via integrations": All → Filter → Creator Priya → Source Slack and Linear. */
export const TeammateViaIntegrations: Story = {
  name: 'Play: a teammate via integrations',
  // Interaction walk-throughs: run them from the sidebar; the docs page shows the states.
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: 'All' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Filter' }));
    const menu = await canvas.findByRole('dialog', { name: 'Filters' });
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'Priya Raman' }));
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'Slack' }));
    await userEvent.click(within(menu).getByRole('checkbox', { name: 'Linear' }));
    await waitFor(() => {
      const rows = rowsOf(canvasElement);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(['slack', 'linear']).toContain(row.querySelector('[data-source]')?.getAttribute('data-source'));
        expect(row.querySelector('[data-column="creator"]')).toHaveTextContent('Priya Raman');
      }
    });
    await userEvent.keyboard('{Escape}');
  },
};

/** Keyboard only: Tab into the list, ArrowDown to an ambient run, Enter opens its session. */
export const KeyboardOpen: Story = {
  name: 'Play: keyboard open',
  // Interaction walk-throughs: run them from the sidebar; the docs page shows the states.
  tags: ['!autodocs'],
  args: { defaultTab: 'all' },
  play: async ({ args, canvasElement }) => {
    await tabIntoList(60);
    let row = document.activeElement as HTMLElement;
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).not.toBe(row));
    row = document.activeElement as HTMLElement;
    await expect(row).toHaveAttribute('aria-rowindex', '3');
    for (let i = 0; i < 20 && row.getAttribute('data-kind') !== 'ambient'; i += 1) {
      await userEvent.keyboard('{ArrowDown}');
      row = document.activeElement as HTMLElement;
    }
    const title = row.querySelector('[data-column="title"]')?.textContent ?? '';
    await userEvent.keyboard('{Enter}');
    await expect(args.onOpenRun).toHaveBeenCalledTimes(1);
    const opened = (args.onOpenRun as ReturnType<typeof fn>).mock.calls[0]![0] as { title: string };
    await expect(title).toContain(opened.title);
    await expect(canvasElement.contains(document.activeElement)).toBe(true);
  },
};
