import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import { AgentActionsMenu, getMenuEntries, MoreIcon } from '../actions';
import type { AgentActionLabels } from '../root';
import { VisuallyHidden } from '../shared';
import type { AgentListRowSelection } from './agent-list-props';
import type { CellProps } from './list-context';

// Clicks on the checkboxes are handled by the list's one delegated click handler (it knows Shift and
// the order); the checkbox only shows the state, so its own change handler does nothing.
const NOTHING = (): void => {};

function titleOf(cell: CellProps): string {
  return (typeof cell.item.title === 'string' && cell.item.title.trim()) || cell.ctx.labels.untitled;
}

/**
 * The row's checkbox ("Select {title}"). Not a tab stop (the row is): the mouse clicks it, the
 * keyboard presses `x` on the row, and Shift+click selects a range.
 */
export function SelectCell(cell: CellProps): ReactElement {
  return (
    <input
      type="checkbox"
      className="ab-row-select"
      tabIndex={-1}
      aria-label={cell.ctx.actionLabels.selectRow(titleOf(cell))}
      checked={cell.selected}
      onChange={NOTHING}
    />
  );
}

/**
 * The row's "Actions for {title}" menu button. Shown on hover, focus and touch; Shift+F10 or the
 * context-menu key on the row opens the same menu (the list controls which row's menu is open).
 */
export function ActionsCell({ item, ctx, busy, menuOpen }: CellProps): ReactElement | null {
  const button = useRef<HTMLButtonElement>(null);
  const rowActions = ctx.rowActions;
  const offers = useMemo(
    () =>
      rowActions !== undefined &&
      getMenuEntries(
        item,
        { actions: rowActions.actions, customActions: rowActions.customActions, getItemHref: ctx.getItemHref },
        ctx.actionLabels,
        rowActions.onShowDetails !== undefined,
      ).length > 0,
    [item, rowActions, ctx.actionLabels, ctx.getItemHref],
  );
  if (!rowActions) return null;
  if (!menuOpen) {
    // At rest a row holds a plain button that looks and is named the same: a Radix menu per row
    // would mount a menu root, a popper and a collection in each of the rows scrolling past. The
    // list mounts the real menu in its place when it opens (`menuFor`), anchored where this was.
    const open = () => ctx.setMenuFor(item.id);
    return (
      <button
        ref={button}
        type="button"
        className="ab-actions-trigger"
        tabIndex={-1}
        aria-label={ctx.actionLabels.actionsFor(item.title || item.id)}
        aria-haspopup="menu"
        aria-expanded={false}
        data-state="closed"
        data-busy={busy ? '' : undefined}
        disabled={!offers}
        // As Radix's trigger: the primary button opens on press (no focus move: the menu takes it).
        onPointerDown={(event) => {
          if (event.button !== 0 || event.ctrlKey) return;
          event.preventDefault();
          open();
        }}
        // A screen reader's virtual cursor or Enter clicks without a pointer press first.
        onClick={(event) => {
          if (event.detail === 0) open();
        }}
      >
        <MoreIcon />
      </button>
    );
  }
  return (
    <AgentActionsMenu
      ref={button}
      item={item}
      actions={rowActions.actions}
      customActions={rowActions.customActions}
      getItemHref={ctx.getItemHref}
      onAction={(action, target, origin) =>
        rowActions.onAction(action, target, origin?.closest<HTMLElement>('[role="row"]') ?? origin)
      }
      onShowDetails={rowActions.onShowDetails}
      busy={busy}
      labels={ctx.actionLabels}
      tabIndex={-1}
      open={menuOpen}
      onOpenChange={(open) => ctx.setMenuFor(open ? item.id : null)}
      onCloseAutoFocus={(event) => ctx.onMenuCloseFocus(event, button.current)}
    />
  );
}

export interface HeaderSelectProps {
  selection: AgentListRowSelection;
  labels: AgentActionLabels;
  onToggleAll: () => void;
  /** `-1` unless the checkbox holds the grid's tab stop. */
  tabIndex?: number;
}

/** The header's "Select all" checkbox: checked when every row is, indeterminate when some are. */
export function HeaderSelect({ selection, labels, onToggleAll, tabIndex }: HeaderSelectProps): ReactElement {
  const ref = useRef<HTMLInputElement>(null);
  const { someSelected, allSelected } = selection;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = someSelected;
  }, [someSelected]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="ab-row-select"
      aria-label={labels.selectAll}
      tabIndex={tabIndex}
      checked={allSelected}
      aria-checked={someSelected ? 'mixed' : allSelected}
      onChange={onToggleAll}
    />
  );
}

/** The menu column's header: no visible text (the buttons show an icon), a name for screen readers. */
export function HeaderActions({ labels }: { labels: AgentActionLabels }): ReactElement {
  return <VisuallyHidden>{labels.actionsColumn}</VisuallyHidden>;
}
