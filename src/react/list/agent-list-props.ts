import type { ReactNode, HTMLAttributes } from 'react';
import type { AgentCustomAction } from '../../core/actions';
import type { AgentSelection } from '../../core/selection';
import type { AgentSorting } from '../../core/sort';
import type { SourceRegistry } from '../../core/sources';
import type { AgentActionId, AgentItem } from '../../core/types';
import type { SourceIcons } from '../badges';
import type { AgentInspectLabels, AgentListLabels, LabelOverrides } from '../root';
import type { AgentFormatting, AgentNavigation, ColorScheme, Density } from '../shared';
import type { AgentListClassNames } from './list-context';

/** What turns on the rows' actions: the menu button, the right-click menu, Shift+F10 and the shortcuts. */
export interface AgentListRowActions {
  /** Built-in actions offered (default: only `copy_link`). */
  actions?: readonly AgentActionId[] | undefined;
  customActions?: readonly AgentCustomAction[] | undefined;
  /**
   * A menu item or a shortcut chose `action` for `item`; `origin` is the row, where focus returns
   * after a confirmation. Confirming and running are the caller's (`useAgentActions().request`).
   */
  onAction: (action: string, item: AgentItem, origin: HTMLElement | null) => void;
  /** Offers "Show details" in the menu and on `i`. */
  onShowDetails?: ((item: AgentItem) => void) | undefined;
  /** Items whose action is running: their rows are `aria-busy`, with a spinner, their actions disabled. */
  busyIds?: ReadonlySet<string> | undefined;
}

/** What turns on row selection: the checkbox column, "Select all", Shift+click ranges, `x` and Escape. */
export interface AgentListRowSelection {
  /** The selection itself: rows re-render when it changes. */
  selection: AgentSelection;
  isSelected: (id: string) => boolean;
  /** `orderedIds` is the list's order, for a range from the last toggled row. */
  toggle: (id: string, options: { range: boolean; orderedIds: readonly string[] }) => void;
  toggleAll: (orderedIds: readonly string[]) => void;
  clear: () => void;
  /** The header checkbox: some of the rows (indeterminate) or all of them. */
  someSelected: boolean;
  allSelected: boolean;
  /** How many are selected (Escape clears only when there is something to clear). */
  count: number | undefined;
}

/** The props of `<AgentList>`; the ref and any other `div` attribute go to the grid element. */
export interface AgentListProps
  extends AgentNavigation, AgentFormatting, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The items to show, already filtered (by `filterAgentItems` / `useAgentView`). The list sorts them. */
  items: readonly AgentItem[];
  /** The viewer's id: their items show "Me" as the creator. */
  viewerId?: string;
  /** Controlled order. */
  sorting?: AgentSorting;
  /** Initial order while uncontrolled. Default: Created, newest first. */
  defaultSorting?: AgentSorting;
  onSortingChange?: (sorting: AgentSorting) => void;
  /**
   * Any visible string; missing keys use `defaultAgentListLabels`, and the inspecting parts' strings
   * (sub-runs, artifacts, `errorMessages`) `defaultInspectLabels`.
   */
  labels?: Partial<AgentListLabels> & LabelOverrides<AgentInspectLabels>;
  classNames?: AgentListClassNames;
  /** Row height preset: comfortable (≈ 40 px) or compact (≈ 32 px) at the default 13 px; rows grow with the font. */
  density?: Density;
  /** Explicit row height in px (overrides `density`). */
  rowHeight?: number;
  /** Host-registered sources: labels and groups. */
  sourceRegistry?: SourceRegistry;
  /** Host-registered source icons. */
  sourceIcons?: SourceIcons;
  /** Called once per item count when the user scrolls within `endReachedThreshold` rows of the end. */
  onEndReached?: () => void;
  /** Rows from the end that count as "reached". Default 10. */
  endReachedThreshold?: number;
  /**
   * Called when the list scrolls to or away from the top (scrollTop ≤ 4 px counts as the top), once
   * per change; not on mount (the list starts at the top). E.g. to show "N new items" while away.
   */
  onAtTopChange?: (atTop: boolean) => void;
  /** Accessible name of the grid. Default: `labels.list` ("Agent runs"). */
  ariaLabel?: string;
  /** A fixed height (px or any CSS length). Otherwise the list fills its container (see the stylesheet). */
  height?: number | string;
  /** Shows placeholder rows while there are no items yet, and marks the grid busy. */
  loading?: boolean;
  /** Rendered when there are no items and nothing is loading. */
  emptyState?: ReactNode;
  /** Extra content after a row's title (e.g. a host badge). Keep the function stable. */
  renderTitleExtra?: (item: AgentItem) => ReactNode;
  /** Rows rendered beyond the visible ones, each side. Default 8. */
  overscan?: number;
  /** Used only when the list is rendered on its own (outside `AgentManagementView`). Default 'system'. */
  colorScheme?: ColorScheme;
  /** Used only when the list is rendered on its own: drop the default stylesheet's look. */
  unstyled?: boolean;
  /** Row actions (see `useAgentActions`); the management view passes them from its `actions` props. */
  rowActions?: AgentListRowActions;
  /** Row selection (see `useAgentSelection`, whose result fits). */
  rowSelection?: AgentListRowSelection;
  /**
   * Nest sub-runs (`parentId`) under their parent: the grid becomes a `treegrid` once a row has
   * sub-runs in the list, parents show "Show {n} sub-runs" and how their sub-runs stand, → / ←
   * expand and collapse. `false` shows every item as a row of its own. Default true.
   */
  nestSubRuns?: boolean;
  /**
   * Every item the host knows, filtered or not (`buildRunTree`'s `context`): a parent's rollup counts
   * its sub-runs among them, and a sub-run whose parent is filtered out names it. Default: `items`.
   */
  subRunContext?: readonly AgentItem[];
  /**
   * The id of the item whose details are open: its row is marked (`aria-current="true"`,
   * `data-current`), scrolled into view when the id changes, and shown if it is a sub-run under a
   * collapsed parent (its parents expand).
   */
  currentId?: string | null;
  /**
   * Called after each render that changed the rows, with their items in display order (sorted, sub-runs
   * under their expanded parents): what `j` / `k` step through. Nothing re-renders for it.
   */
  onRowsChange?: (items: readonly AgentItem[]) => void;
  /**
   * `i` on a focused row, the "+n" of a row's artifacts and (with `rowActions`) "Show details" in its
   * menu call this. It takes precedence over `rowActions.onShowDetails`, which still works alone.
   */
  onShowDetails?: (item: AgentItem) => void;
  /** A row's branch artifact is on the clipboard: the branch and the sentence to announce (a toast). */
  onCopied?: (branch: string, message: string) => void;
  /** The clipboard refused a row's branch artifact. */
  onCopyError?: (branch: string, error: unknown) => void;
  /** Writes text to the clipboard (rows' branch artifacts). Default `navigator.clipboard.writeText`. */
  copyText?: (text: string) => Promise<void>;
}
