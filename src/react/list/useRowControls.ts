import { useCallback, useMemo, useState } from 'react';
import type { AgentItem } from '../../core/types';
import { useShallowStable } from '../hooks';
import { defaultActionLabels, useLabels } from '../root';
import { isFocusInDialog } from '../shared';
import type { AgentListRowActions, AgentListRowSelection } from './agent-list-props';
import { columnSet } from './columns';

/**
 * What the rows' checkbox and menu columns need from the list: the columns shown, the action
 * labels, which row's menu is open (one at a time: opened by its button, Shift+F10 or the menu key),
 * the row actions without their busy ids (which change with every action, so only the rows they name
 * re-render) and where focus goes when a row's menu closes. The list's own `onShowDetails` wins over
 * the row actions' (and offers "Show details" in their menu).
 *
 * @example
 * ```tsx
 * const controls = useRowControls(rowActionsProp, rowSelection, onShowDetailsProp);
 * controls.columns.map((c) => c.id); // ['select', 'title', …, 'actions']
 * ```
 */
export function useRowControls(
  rowActionsProp: AgentListRowActions | undefined,
  rowSelection: AgentListRowSelection | undefined,
  onShowDetailsProp?: ((item: AgentItem) => void) | undefined,
) {
  const onShowDetails = onShowDetailsProp ?? rowActionsProp?.onShowDetails;
  const rowActions = useMemo<AgentListRowActions | undefined>(
    () =>
      rowActionsProp && onShowDetailsProp && rowActionsProp.onShowDetails !== onShowDetailsProp
        ? { ...rowActionsProp, onShowDetails: onShowDetailsProp }
        : rowActionsProp,
    [rowActionsProp, onShowDetailsProp],
  );
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
    rowActions,
    onShowDetails,
    actionLabels,
    columns,
    defs,
    menuFor,
    setMenuFor,
    /** What the rows' cells get through the list's render context. */
    cells: { columns, actionLabels, rowActions: stableRowActions, setMenuFor, onMenuCloseFocus },
  };
}
