import type { AgentActionId } from '../../core/types';

/** What a confirmation's strings are told: the action, its label, how many items and, for one, its title. */
export interface ActionConfirmInput {
  action: string;
  /** The action's label ("Delete", a custom action's `label`). */
  label: string;
  count: number;
  /** `count` in the view's locale. */
  formatted: string;
  /** The item's title when there is exactly one. */
  title?: string;
}

/**
 * Every visible (and screen-reader) string of the row actions menu, the confirmation, the bulk
 * toolbar and the action toasts. Strings that depend on a number receive it and its formatted form.
 */
export interface AgentActionLabels {
  /** Menu item names of the built-in actions (merged key by key). */
  actions: Record<AgentActionId, string>;
  /** The menu item that opens the item's details. */
  showDetails: string;
  /** Accessible name of each row's menu button. */
  actionsFor: (title: string) => string;
  /** Read after a destructive menu item's name (the item is also set apart and marked by an icon). */
  destructiveDescription: string;
  confirmTitle: (input: ActionConfirmInput) => string;
  confirmDescription: (input: ActionConfirmInput) => string;
  /** The confirm button: named like the action. */
  confirmButton: (input: ActionConfirmInput) => string;
  /** The button that backs out (it has the focus when the confirmation opens). */
  confirmDismiss: (input: ActionConfirmInput) => string;
  /** Announced and toasted when an action succeeded ("Canceled 3 runs"). */
  actionDone: (input: ActionConfirmInput) => string;
  /** When some or all failed; `reasons` names each failed item and why. */
  actionFailed: (input: ActionConfirmInput & { reasons: string }) => string;
  /** When the reader stopped a running action. */
  actionStopped: (input: ActionConfirmInput) => string;
  undo: string;
  undone: string;
  retryAction: string;
  linkCopied: string;
  copyFailed: string;
  /** Accessible name of the bulk toolbar. */
  bulkActions: string;
  selectedCount: (count: number, formatted: string) => string;
  /** A bulk button: "Retry 2 of 3" when it applies to some of the selection, the label alone when to all. */
  bulkAction: (label: string, count: number, of: number, formatted: { count: string; of: string }) => string;
  selectAllMatching: (total: number, formatted: string) => string;
  clearSelection: string;
  /** Aborts a running bulk action. */
  stop: string;
  /** Each row's checkbox ("Select {title}") and the header's ("Select all"). */
  selectRow: (title: string) => string;
  selectAll: string;
  /** Read as the header of the column that holds the rows' menu buttons. */
  actionsColumn: string;
  /** The toast region's name (a hotkey to reach it is added) and each toast's close button. */
  notifications: string;
  dismiss: string;
  /** Announced when selected items left the list (removed by an update). */
  selectionPruned: (count: number, formatted: string) => string;
}

const runs = (count: number, formatted: string): string => `${formatted} ${count === 1 ? 'run' : 'runs'}`;
const subject = (i: ActionConfirmInput): string =>
  i.count === 1 && i.title ? `“${i.title}”` : runs(i.count, i.formatted);

const DONE: Record<string, string> = {
  cancel: 'Canceled',
  retry: 'Retried',
  share: 'Shared',
  rename: 'Renamed',
  fork_locally: 'Forked',
  archive: 'Archived',
  delete: 'Deleted',
};
const VERB: Record<string, string> = {
  cancel: 'cancel',
  retry: 'retry',
  share: 'share',
  rename: 'rename',
  fork_locally: 'fork',
  archive: 'archive',
  delete: 'delete',
};

export const defaultActionLabels: AgentActionLabels = {
  actions: {
    cancel: 'Cancel',
    retry: 'Retry',
    copy_link: 'Copy link',
    share: 'Share',
    rename: 'Rename',
    fork_locally: 'Fork locally',
    archive: 'Archive',
    delete: 'Delete',
  },
  showDetails: 'Show details',
  actionsFor: (title) => `Actions for ${title}`,
  destructiveDescription: 'Cannot be undone',
  confirmTitle: (i) => (i.action === 'cancel' ? `Cancel ${subject(i)}?` : `${i.label} ${subject(i)}?`),
  confirmDescription: (i) => {
    const one = i.count === 1;
    if (i.action === 'delete')
      return one
        ? 'It is removed for everyone and its shared session stops being available.'
        : 'They are removed for everyone and their shared sessions stop being available.';
    if (i.action === 'archive')
      return one ? 'It leaves the list; you can restore it later.' : 'They leave the list; you can restore them later.';
    if (i.action === 'cancel')
      return one
        ? 'It stops where it is; its work so far is kept.'
        : 'They stop where they are; their work so far is kept.';
    return one ? 'This applies to 1 run.' : `This applies to ${i.formatted} runs.`;
  },
  confirmButton: (i) => (i.action === 'cancel' ? (i.count === 1 ? 'Cancel run' : 'Cancel runs') : i.label),
  confirmDismiss: (i) => (i.action === 'cancel' ? 'Keep running' : 'Keep'),
  actionDone: (i) =>
    DONE[i.action] ? `${DONE[i.action]} ${subject(i)}` : `${i.label}: done for ${runs(i.count, i.formatted)}`,
  actionFailed: (i) =>
    `Could not ${VERB[i.action] ?? i.label.toLowerCase()} ${runs(i.count, i.formatted)}: ${i.reasons}`,
  actionStopped: (i) => `${i.label} stopped`,
  undo: 'Undo',
  undone: 'Undone',
  retryAction: 'Retry',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy the link',
  bulkActions: 'Bulk actions',
  selectedCount: (_count, formatted) => `${formatted} selected`,
  bulkAction: (label, count, of, f) => (count === of ? label : `${label} ${f.count} of ${f.of}`),
  selectAllMatching: (_total, formatted) => `Select all ${formatted} matching`,
  clearSelection: 'Clear selection',
  stop: 'Stop',
  selectRow: (title) => `Select ${title}`,
  selectAll: 'Select all',
  actionsColumn: 'Actions',
  notifications: 'Notifications',
  dismiss: 'Dismiss',
  selectionPruned: (count, formatted) =>
    count === 1 ? '1 selected run left the list' : `${formatted} selected runs left the list`,
};
