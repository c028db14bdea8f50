import type { ReactNode, HTMLAttributes } from 'react';
import type { AgentSorting } from '../../core/sort';
import type { SourceRegistry } from '../../core/sources';
import type { AgentItem } from '../../core/types';
import type { SourceIcons } from '../badges';
import type { AgentListLabels } from '../root';
import type { AgentFormatting, AgentNavigation, ColorScheme, Density } from '../shared';
import type { AgentListClassNames } from './list-context';

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
  /** Any visible string; missing keys use `defaultAgentListLabels`. */
  labels?: Partial<AgentListLabels>;
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
}
