import type { MouseEvent, ReactElement, ReactNode } from 'react';
import type { AgentItem } from '../../core/types';
import { AgentActionsContextMenu, type ContextMenuTarget } from '../actions';
import type { AgentListRowActions } from './agent-list-props';

export interface RowMenuScopeProps {
  rowActions: AgentListRowActions | undefined;
  getItemHref: ((item: AgentItem) => string | null | undefined) | undefined;
  /** The row (and its item) an event landed on. */
  itemAt: (target: EventTarget | null) => ContextMenuTarget | null;
  onContextMenu: (event: MouseEvent<HTMLElement>) => void;
  /** The list body: the one element the right-click menu listens on. */
  children: ReactNode;
}

/**
 * One right-click menu for every row of the list (not one per row, which would cost every rendered
 * row a menu of its own): it reads the row under the pointer and offers that item's actions. Without
 * row actions the body is rendered as it is and right-click stays the browser's.
 */
export function RowMenuScope({
  rowActions,
  getItemHref,
  itemAt,
  onContextMenu,
  children,
}: RowMenuScopeProps): ReactElement {
  if (!rowActions) return <>{children}</>;
  const busyIds = rowActions.busyIds;
  return (
    <AgentActionsContextMenu
      itemAt={itemAt}
      isBusy={busyIds ? (id) => busyIds.has(id) : undefined}
      actions={rowActions.actions}
      customActions={rowActions.customActions}
      getItemHref={getItemHref}
      onAction={rowActions.onAction}
      onShowDetails={rowActions.onShowDetails}
      onContextMenu={onContextMenu}
    >
      {children}
    </AgentActionsContextMenu>
  );
}
