import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { clsx } from 'clsx';
import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import { formatCount } from '../../core/format';
import { isDestructiveAction, type AgentCustomAction } from '../../core/actions';
import {
  defaultActionLabels,
  useAgentboardRoot,
  useLabels,
  useSettings,
  useStandaloneRootProps,
  type ActionConfirmInput,
  type AgentActionLabels,
  type LabelOverrides,
} from '../root';
import { actionLabel } from './menu-entries';

export interface AgentActionConfirmProps {
  /** Whether it is asking. */
  open: boolean;
  /** The action it asks about. */
  action: string;
  /** How many items the action would reach. */
  count: number;
  /** The item's title when there is one item ("Delete “Fix login”?"). */
  title?: string;
  customActions?: readonly AgentCustomAction[];
  onConfirm: () => void;
  /** Escape, the dismiss button, or the confirm button: it closes either way. */
  onOpenChange: (open: boolean) => void;
  /** Where focus goes when it closes (where the action started); else Radix's default. */
  returnFocusTo?: HTMLElement | null;
  locale?: string;
  labels?: LabelOverrides<AgentActionLabels>;
  className?: string;
}

/**
 * Asks before an action that ends runs or takes them away (cancel, archive, delete, destructive custom
 * actions): a `role="alertdialog"` saying what will happen, its confirm button named like the action,
 * the focus on the button that backs out. Escape backs out; focus returns to `returnFocusTo`.
 *
 * @example
 * ```tsx
 * <AgentActionConfirm open action="delete" count={3} onConfirm={run} onOpenChange={setOpen} />
 * ```
 */
export function AgentActionConfirm({
  open,
  action,
  count,
  title,
  customActions,
  onConfirm,
  onOpenChange,
  returnFocusTo,
  locale: ownLocale,
  labels: own,
  className,
}: AgentActionConfirmProps): ReactElement {
  const labels = useLabels(defaultActionLabels, own);
  const { locale } = useSettings({ locale: ownLocale });
  const root = useAgentboardRoot();
  const standalone = useStandaloneRootProps();
  const input = useMemo<ActionConfirmInput>(() => {
    const rules = { customActions };
    return {
      action,
      label: actionLabel(action, rules, labels),
      count,
      formatted: formatCount(count, locale),
      ...(title !== undefined ? { title } : {}),
    };
  }, [action, count, title, customActions, labels, locale]);
  const destructive = isDestructiveAction(action, { customActions });
  // Kept past the close: a caller that clears its pending action on close also clears `returnFocusTo`.
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open && returnFocusTo) returnTo.current = returnFocusTo;
  }, [open, returnFocusTo]);
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal container={root?.portalContainer ?? undefined}>
        <AlertDialog.Overlay className={clsx('ab-dialog-overlay', standalone.className)} />
        <AlertDialog.Content
          className={clsx('ab-dialog', standalone.className, className)}
          data-color-scheme={standalone['data-color-scheme']}
          data-action={action}
          onCloseAutoFocus={(event) => {
            // Opened from a menu that has closed since, Radix would return focus to the body.
            const target = returnTo.current;
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
        >
          <AlertDialog.Title className="ab-dialog-title">{labels.confirmTitle(input)}</AlertDialog.Title>
          <AlertDialog.Description className="ab-dialog-description">
            {labels.confirmDescription(input)}
          </AlertDialog.Description>
          <div className="ab-dialog-buttons">
            <AlertDialog.Cancel className="ab-button">{labels.confirmDismiss(input)}</AlertDialog.Cancel>
            <AlertDialog.Action
              className="ab-button"
              data-variant={destructive ? 'destructive' : 'primary'}
              onClick={onConfirm}
            >
              {labels.confirmButton(input)}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
