import { useCallback, useState } from 'react';
import { useShallowStable } from '../hooks';
import { defaultActionLabels, useLabels } from '../root';
import { isFocusInDialog } from '../shared';
import type { AgentListRowActions, AgentListRowSelection } from './agent-list-props';
import { columnSet } from './columns';

/**
 * What the rows' checkbox and menu columns need from the list: the columns shown, the action
 * labels, which row's menu is open (one at a time: opened by its button, Shift+F10 or the menu key),
 * the row actions without their busy ids (which change with every action, so only the rows they name
 * re-render) and where focus goes when a row's menu closes.
 *
 * @example
 * ```tsx
 * const controls = useRowControls(rowActions, rowSelection);
 * controls.columns.map((c) => c.id); // ['select', 'title', …, 'actions']
 * ```
 */
export function useRowControls(
  rowActions: AgentListRowActions | undefined,
  rowSelection: AgentListRowSelection | undefined,
) {
  const actionLabels = useLabels(defaultActionLabels, undefined);
  const { columns, defs } = columnSet(rowSelection !== undefined, rowActions !== undefined);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const stableRowActions = useShallowStable<AgentListRowActions | undefined>(
    rowActions && {
      actions: rowActions.actions,
      customActions: rowActions.customActions,
      onAction: rowActions.onAction,
      onShowDetails: rowActions.onShowDetails,
    },
  );
  // Focus goes back to the grid's tab stop on the row (the row, or its menu cell when the menu was
  // opened from there), not to the menu button — unless the menu's choice moved it on: a
  // confirmation dialog (or the details panel) holds it then, and gives it back to the row itself.
  const onMenuCloseFocus = useCallback((event: Event, button: HTMLElement | null) => {
    event.preventDefault();
    const row = button?.closest<HTMLElement>('[role="row"]');
    if (isFocusInDialog() || !row) return;
    (row.querySelector<HTMLElement>(':scope > [tabindex="0"]') ?? row).focus({ preventScroll: true });
  }, []);
  return {
    actionLabels,
    columns,
    defs,
    menuFor,
    setMenuFor,
    /** What the rows' cells get through the list's render context. */
    cells: { columns, actionLabels, rowActions: stableRowActions, setMenuFor, onMenuCloseFocus },
  };
}
