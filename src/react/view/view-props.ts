// What the management view takes: the view's options (one definition with `useAgentView`), its
// states, its look and its slots.
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import type { AgentCustomAction } from '../../core/actions';
import type { AgentSelection } from '../../core/selection';
import type { AgentActionId, AgentItem } from '../../core/types';
import type { AgentActionHandler } from '../actions';
import type { SourceRegistry } from '../../core/sources';
import type { SourceIcons } from '../badges';
import type { FacetDefinition } from '../filter';
import type { UseAgentViewOptions } from '../hooks';
import type { AgentSorting } from '../list';
import type { AgentActionLabels, AgentboardLabels, AgentboardTheme, LabelOverrides } from '../root';
import type { AgentboardClassNames, AgentFormatting, AgentNavigation, ColorScheme, Density } from '../shared';

export interface AgentManagementViewProps
  extends
    // Any other `div` attribute goes to the root element.
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'defaultValue'>,
    AgentNavigation,
    AgentFormatting,
    // Tab, filters and the item source mean exactly what they mean to useAgentView (one definition).
    Pick<
      UseAgentViewOptions,
      | 'items'
      | 'viewerId'
      | 'tab'
      | 'defaultTab'
      | 'onTabChange'
      | 'filters'
      | 'defaultFilters'
      | 'onFiltersChange'
      | 'dataSource'
      | 'onDataIssues'
      | 'pageSize'
      | 'pollIntervalMs'
      | 'debounceMs'
      | 'statusMap'
    > {
  sorting?: AgentSorting;
  defaultSorting?: AgentSorting;
  onSortingChange?: (sorting: AgentSorting) => void;
  /** Skeleton rows while the first items load (a `dataSource`'s loading state adds to it). */
  loading?: boolean;
  /**
   * Shows the error state (message + Retry) instead of the list. Takes precedence over a
   * `dataSource`'s own error, whose Retry repeats the failed request.
   */
  error?: unknown;
  onRetry?: () => void;
  /** Called when the list is scrolled near its end (load more). With a `dataSource` the view pages by itself. */
  onEndReached?: () => void;
  /** Token overrides, written as `--ab-*` variables on the root. */
  theme?: AgentboardTheme;
  /** Default `'system'` (follows `prefers-color-scheme`). */
  colorScheme?: ColorScheme;
  className?: string;
  classNames?: AgentboardClassNames;
  style?: CSSProperties;
  /** Drops the default look (the stylesheet's rules are scoped to styled roots); layout stays. */
  unstyled?: boolean;
  density?: Density;
  /** Any visible string (see `defaultLabels` and `defaultActionLabels`; a locale from `agentboard/locales/*` fits). */
  labels?: LabelOverrides<AgentboardLabels & AgentActionLabels>;
  /** `false` hides the summary above the list. */
  summary?: boolean;
  /**
   * Pin the viewer's blocked items above the list on Personal. Default true with `items`; false with
   * a `dataSource`, whose pages hold only some of the blocked items (query them yourself and render
   * `<AgentNeedsYou>` to pin them).
   */
  pinBlocked?: boolean;
  /** Host-defined filter sections over `item.meta`. */
  facetDefinitions?: readonly FacetDefinition[];
  /** Host-registered sources: labels and groups. */
  sourceRegistry?: SourceRegistry;
  /** Host-registered source icons. */
  sourceIcons?: SourceIcons;
  /** Extra toolbar content, after the filter button. */
  toolbarExtra?: ReactNode;
  /**
   * The view's keys while focus is inside it: `/` goes to the search box, `F` opens the filter menu
   * (never while typing, in a menu or in a dialog). `false` turns them off — for a host whose own
   * keys use these letters (WCAG 2.1.4). Row shortcuts (`c`, `r`, `i`…) act only on the focused row
   * and are not affected. Default true.
   */
  keyboardShortcuts?: boolean;
  /**
   * Built-in actions offered on each row and in the bulk toolbar, where they apply to an item (see
   * `getAvailableActions`; `permissions` on an item can hide or offer one). Default: only
   * `copy_link`, and only once the view has actions at all (`onAction`, a data source's `action()`).
   */
  actions?: readonly AgentActionId[];
  /** The host's own actions, shown after the built-in ones. */
  customActions?: readonly AgentCustomAction[];
  /**
   * Runs an action on items by id. It may return `{ upsert, remove }` (merged like live updates),
   * `failed` (those rows stay as they were; the toast names them and offers Retry) and `undo`. With a
   * data source and no `onAction`, its `action()` gets the ids; "all matching" always goes there.
   */
  onAction?: AgentActionHandler;
  /** The selected ids, or `{ matching: true, except }` for "Select all N matching" (controlled). */
  selection?: AgentSelection;
  defaultSelection?: AgentSelection;
  onSelectionChange?: (selection: AgentSelection) => void;
  /**
   * The id whose details panel is open, or null (controlled; `useUrlFilters().details` fits). The
   * panel opens from "Show details" in a row's menu or `i` on a focused row; `j` / `k` step
   * through the list's current filter and sort, Escape closes it and returns focus to the row.
   */
  details?: string | null;
  defaultDetails?: string | null;
  /** Every open, step and close (`useUrlFilters().setDetails` fits). */
  onDetailsChange?: (id: string | null) => void;
  /** Your content under the panel's built-in fields: a transcript, logs. */
  renderDetails?: (item: AgentItem) => ReactNode;
}
