import * as ContextMenu from '@radix-ui/react-context-menu';
import { clsx } from 'clsx';
import { useMemo, useRef, type ReactElement, type ReactNode } from 'react';
import { defaultActionLabels, useAgentboardRoot, useLabels, useStandaloneRootProps } from '../root';
import { ActionMenuItems, type MenuParts } from './ActionMenuItems';
import { getMenuEntries } from './menu-entries';
import type { ActionMenuBaseProps } from './menu-props';

const CONTEXT_PARTS: MenuParts = { Item: ContextMenu.Item, Separator: ContextMenu.Separator };

export interface AgentActionsContextMenuProps extends ActionMenuBaseProps {
  /** The one element (a row) that opens the menu on right-click; it must accept a ref and event props. */
  children: ReactNode;
}

/**
 * The row actions menu on right-click: the same items as `AgentActionsMenu`, opened at the pointer
 * over `children`. With nothing to offer, right-click keeps the browser's own menu.
 *
 * @example
 * ```tsx
 * <AgentActionsContextMenu item={item} actions={['cancel']} onAction={run}>
 *   <div role="row">…</div>
 * </AgentActionsContextMenu>
 * ```
 */
export function AgentActionsContextMenu({
  item,
  actions,
  customActions,
  getItemHref,
  onAction,
  onShowDetails,
  busy = false,
  labels: own,
  children,
}: AgentActionsContextMenuProps): ReactElement {
  const labels = useLabels(defaultActionLabels, own);
  const root = useAgentboardRoot();
  const standalone = useStandaloneRootProps();
  const origin = useRef<HTMLElement>(null);
  const entries = useMemo(
    () => getMenuEntries(item, { actions, customActions, getItemHref }, labels, onShowDetails !== undefined),
    [item, actions, customActions, getItemHref, labels, onShowDetails],
  );
  return (
    <ContextMenu.Root modal={false}>
      <ContextMenu.Trigger asChild ref={origin} disabled={entries.length === 0}>
        {children}
      </ContextMenu.Trigger>
      <ContextMenu.Portal container={root?.portalContainer ?? undefined}>
        <ContextMenu.Content
          className={clsx('ab-menu', standalone.className)}
          data-color-scheme={standalone['data-color-scheme']}
          collisionPadding={8}
        >
          <ActionMenuItems
            parts={CONTEXT_PARTS}
            entries={entries}
            busy={busy}
            destructiveDescription={labels.destructiveDescription}
            onSelect={(id) => (id === 'details' ? onShowDetails?.(item) : onAction(id, item, origin.current))}
          />
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}
