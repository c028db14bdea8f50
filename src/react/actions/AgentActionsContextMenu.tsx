import * as ContextMenu from '@radix-ui/react-context-menu';
import { clsx } from 'clsx';
import {
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import type { AgentItem } from '../../core/types';
import { defaultActionLabels, useAgentboardRoot, useLabels, useStandaloneRootProps } from '../root';
import { isFocusInDialog } from '../shared';
import { ActionMenuItems, type MenuParts } from './ActionMenuItems';
import { getMenuEntries } from './menu-entries';
import type { ActionMenuBaseProps } from './menu-props';

const CONTEXT_PARTS: MenuParts = { Item: ContextMenu.Item, Separator: ContextMenu.Separator };

/** The item a right-click landed on, and the element focus goes back to after a confirmation. */
export interface ContextMenuTarget {
  item: AgentItem;
  origin: HTMLElement;
}

export interface AgentActionsContextMenuProps extends Omit<ActionMenuBaseProps, 'item'> {
  /** The item the menu acts on. Or, for one menu over many rows, `itemAt`. */
  item?: AgentItem;
  /**
   * One menu for a whole list: the item under a pointer (read on `pointerdown`, before the browser's
   * `contextmenu`), or `null` where there is none (the browser keeps its own menu there).
   */
  itemAt?: (target: EventTarget | null) => ContextMenuTarget | null;
  /** With `itemAt`: whether an item's action is running (its actions are disabled). */
  isBusy?: (id: string) => boolean;
  /**
   * Called on a `contextmenu` event before the menu opens; calling `preventDefault()` keeps it
   * closed (the list does when it has opened the row's own menu from the keyboard instead).
   */
  onContextMenu?: (event: MouseEvent<HTMLElement>) => void;
  /** The one element that opens the menu on right-click; it must accept a ref and event props. */
  children: ReactNode;
}

/**
 * The row actions menu on right-click (and a long press on touch): the same items as
 * `AgentActionsMenu`, opened at the pointer over `children`. With nothing to offer, right-click keeps
 * the browser's own menu. Over a list, pass `itemAt` instead of `item`: one menu serves every row.
 *
 * @example
 * ```tsx
 * <AgentActionsContextMenu item={item} actions={['cancel']} onAction={run}>
 *   <div role="row">…</div>
 * </AgentActionsContextMenu>
 * ```
 */
export function AgentActionsContextMenu({
  item: fixedItem,
  itemAt,
  isBusy,
  actions,
  customActions,
  getItemHref,
  onAction,
  onShowDetails,
  busy = false,
  labels: own,
  onContextMenu,
  children,
}: AgentActionsContextMenuProps): ReactElement {
  const labels = useLabels(defaultActionLabels, own);
  const root = useAgentboardRoot();
  const standalone = useStandaloneRootProps();
  const triggerRef = useRef<HTMLElement>(null);
  const [found, setFound] = useState<ContextMenuTarget | null>(null);
  const item = fixedItem ?? found?.item;
  const entries = useMemo(
    () =>
      item ? getMenuEntries(item, { actions, customActions, getItemHref }, labels, onShowDetails !== undefined) : [],
    [item, actions, customActions, getItemHref, labels, onShowDetails],
  );
  const resolve = (target: EventTarget | null): void => {
    if (!itemAt) return;
    const next = itemAt(target);
    if (next?.item !== found?.item || next?.origin !== found?.origin) setFound(next);
  };
  const itemBusy = fixedItem ? busy : found !== null && (isBusy?.(found.item.id) ?? false);
  return (
    <ContextMenu.Root modal={false}>
      <ContextMenu.Trigger
        asChild
        ref={triggerRef}
        disabled={entries.length === 0}
        onPointerDown={itemAt ? (event: PointerEvent<HTMLElement>) => resolve(event.target) : undefined}
        onContextMenu={onContextMenu}
      >
        {children}
      </ContextMenu.Trigger>
      <ContextMenu.Portal container={root?.portalContainer ?? undefined}>
        <ContextMenu.Content
          className={clsx('ab-menu', standalone.className)}
          data-color-scheme={standalone['data-color-scheme']}
          collisionPadding={8}
          onCloseAutoFocus={(event) => {
            if (isFocusInDialog()) event.preventDefault();
          }}
        >
          {item ? (
            <ActionMenuItems
              parts={CONTEXT_PARTS}
              entries={entries}
              busy={itemBusy}
              destructiveDescription={labels.destructiveDescription}
              onSelect={(id) =>
                id === 'details' ? onShowDetails?.(item) : onAction(id, item, found?.origin ?? triggerRef.current)
              }
            />
          ) : null}
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}
