import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { clsx } from 'clsx';
import { forwardRef, useMemo, useRef, type ButtonHTMLAttributes, type ReactElement } from 'react';
import { useControllableState } from '../hooks';
import { defaultActionLabels, useAgentboardRoot, useLabels, useStandaloneRootProps } from '../root';
import { ActionMenuItems, type MenuParts } from './ActionMenuItems';
import { getMenuEntries } from './menu-entries';
import type { ActionMenuBaseProps } from './menu-props';
import { isFocusInDialog, withDisplayName } from '../shared';

const DROPDOWN_PARTS: MenuParts = { Item: DropdownMenu.Item, Separator: DropdownMenu.Separator };

export interface AgentActionsMenuProps
  // No `id`: Radix gives the button the id its menu is labelled by; another would unname the menu.
  extends ActionMenuBaseProps, Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'id'> {
  /**
   * Whether the menu is open (controlled). The list drives it to open the menu from the keyboard on a
   * focused row (Shift+F10, the context-menu key), anchored to the row's button.
   */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /**
   * Where focus goes when the menu closes: by default back to the button; call `preventDefault()` on
   * the event to move it yourself (the list puts it back on the row).
   */
  onCloseAutoFocus?: (event: Event) => void;
  className?: string;
}

/** The "⋯" glyph of the actions button (also drawn by the list's resting row buttons). */
export function MoreIcon(): ReactElement {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="3.5" cy="8" r="1.25" fill="currentColor" />
      <circle cx="8" cy="8" r="1.25" fill="currentColor" />
      <circle cx="12.5" cy="8" r="1.25" fill="currentColor" />
    </svg>
  );
}

/**
 * A row's actions: a button named "Actions for {title}" that opens a menu of the actions that apply to
 * the item (`role="menu"`, one `menuitem` per action, shortcuts shown, destructive ones set apart),
 * plus "Show details" when `onShowDetails` is given. The ref and any other `button` attribute go to
 * the button.
 *
 * @example
 * ```tsx
 * <AgentActionsMenu item={item} actions={['cancel', 'retry', 'delete']} onAction={run} onShowDetails={open} />
 * ```
 */
export const AgentActionsMenu = withDisplayName(
  /* @__PURE__ */ forwardRef<HTMLButtonElement, AgentActionsMenuProps>(function AgentActionsMenu(
    {
      item,
      actions,
      customActions,
      getItemHref,
      onAction,
      onShowDetails,
      busy = false,
      labels: own,
      open,
      defaultOpen,
      onOpenChange,
      onCloseAutoFocus,
      className,
      id: _id,
      ...rest
    }: AgentActionsMenuProps & { id?: string },
    ref,
  ) {
    const labels = useLabels(defaultActionLabels, own);
    const root = useAgentboardRoot();
    const standalone = useStandaloneRootProps();
    const trigger = useRef<HTMLButtonElement>(null);
    const composed = useComposedRefs(ref, trigger);
    const [isOpen, setOpen] = useControllableState({
      prop: open,
      defaultProp: defaultOpen ?? false,
      onChange: onOpenChange,
      name: 'AgentActionsMenu.open',
    });
    const entries = useMemo(
      () => getMenuEntries(item, { actions, customActions, getItemHref }, labels, onShowDetails !== undefined),
      [item, actions, customActions, getItemHref, labels, onShowDetails],
    );
    const title = item.title || item.id;
    return (
      <DropdownMenu.Root open={isOpen} onOpenChange={setOpen} modal={false}>
        <DropdownMenu.Trigger
          type="button"
          data-busy={busy ? '' : undefined}
          {...rest}
          ref={composed}
          className={clsx('ab-actions-trigger', className)}
          // The button shows only an icon: its name ("Actions for …") is all a screen reader hears.
          // With nothing to offer it stays disabled rather than open an empty menu.
          aria-label={labels.actionsFor(title)}
          disabled={entries.length === 0 || rest.disabled}
        >
          <MoreIcon />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal container={root?.portalContainer ?? undefined}>
          <DropdownMenu.Content
            className={clsx('ab-menu', standalone.className)}
            data-color-scheme={standalone['data-color-scheme']}
            align="end"
            sideOffset={4}
            onCloseAutoFocus={(event) => {
              if (isFocusInDialog()) event.preventDefault();
              else onCloseAutoFocus?.(event);
            }}
            collisionPadding={8}
          >
            <ActionMenuItems
              parts={DROPDOWN_PARTS}
              entries={entries}
              busy={busy}
              destructiveDescription={labels.destructiveDescription}
              onSelect={(id) => (id === 'details' ? onShowDetails?.(item) : onAction(id, item, trigger.current))}
            />
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    );
  }),
  'AgentActionsMenu',
);
