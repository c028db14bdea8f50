import type { ReactNode } from 'react';
import type { SourceRegistry } from '../../core/sources';
import type { SubRunRollup } from '../../core/tree';
import type { AgentItem } from '../../core/types';
import type { SourceIcons } from '../badges';
import type { AgentActionLabels, AgentInspectLabels, AgentListLabels } from '../root';
import type { AgentboardClassNames } from '../shared';
import type { AgentListRowActions } from './agent-list-props';
import type { ListColumn } from './columns';

/** Class-name slots `<AgentList>` renders. */
export type AgentListClassNames = Pick<
  AgentboardClassNames,
  'list' | 'headerCell' | 'row' | 'cell' | 'badge' | 'avatar' | 'empty' | 'skeleton'
>;

/**
 * Everything a cell needs besides its item. Built once per change of these inputs (memoised in
 * `AgentList`), so rows — memoised on `(item, ctx, …)` — do not re-render when unrelated state changes.
 */
export interface ListRenderContext {
  labels: AgentListLabels;
  locale: string | undefined;
  timeZone: string | undefined;
  /** Fixed clock in epoch ms; `undefined` = the real clock (live durations tick). */
  now: number | undefined;
  viewerId: string | undefined;
  /** Fraction digits of every credit value in the view (see `creditDigits`). */
  creditDigits: number;
  sourceRegistry: SourceRegistry | undefined;
  sourceIcons: SourceIcons | undefined;
  classNames: AgentListClassNames;
  getItemHref: ((item: AgentItem) => string | null | undefined) | undefined;
  renderTitleExtra: ((item: AgentItem) => ReactNode) | undefined;
  /** The columns rows render (with or without the checkbox and menu columns). */
  columns: readonly ListColumn[];
  /** The row checkbox's and menu button's names. */
  actionLabels: AgentActionLabels;
  rowActions: AgentListRowActions | undefined;
  /** Opens the row menu of the item with this id (`null` closes it). */
  setMenuFor: (id: string | null) => void;
  /** A row menu closed: focus goes back to its row, not to the button (the row is the tab stop). */
  onMenuCloseFocus: (event: Event, button: HTMLElement | null) => void;
  /** The sub-runs', artifacts' and errors' strings (`errorMessages`). */
  inspectLabels: AgentInspectLabels;
  /** A parent's toggle: opens or closes its sub-runs (focus inside them moves to the parent). */
  setSubRunsExpanded: (id: string, open: boolean) => void;
  /** The "+n" of a row's artifacts opens the details, when there are details to open. */
  onShowDetails: ((item: AgentItem) => void) | undefined;
  onCopied: ((branch: string, message: string) => void) | undefined;
  onCopyError: ((branch: string, error: unknown) => void) | undefined;
  copyText: ((text: string) => Promise<void>) | undefined;
}

/** Where a row sits among the sub-runs (all primitives or stable references, for `memo`). */
export interface RowTreeProps {
  /** `aria-level`, only in a treegrid (1 for a top-level row). */
  level: number | undefined;
  /** How many sub-runs it has in the list (0: no toggle). */
  subRuns: number;
  /** Its sub-runs are shown. */
  expanded: boolean;
  /** How its sub-runs stand (every sub-run the host knows), when it has any. */
  rollup: SubRunRollup | undefined;
  /** A top-level sub-run whose parent is not in the list: that parent's title (or id). */
  subRunOf: string | undefined;
}

export interface CellProps extends RowTreeProps {
  item: AgentItem;
  ctx: ListRenderContext;
  /** Id of the row's session description (for `aria-describedby`), when the row has one. */
  sessionDescriptionId: string;
  /** Id for the title element: the row's accessible name. */
  titleId: string;
  /** The row is selected (its checkbox is checked). */
  selected: boolean;
  /** An action on the row's item is running: a spinner in the status cell, its actions disabled. */
  busy: boolean;
  /** The row's actions menu is open. */
  menuOpen: boolean;
}
