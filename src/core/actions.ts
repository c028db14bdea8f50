import { sanitizeUrl } from './safe-url';
import type { AgentActionId, AgentItem, AgentPermissions, AgentStatus } from './types';

/** The built-in actions in the order menus list them; custom actions follow. */
export const BUILT_IN_ACTIONS: readonly AgentActionId[] = [
  'cancel',
  'retry',
  'copy_link',
  'share',
  'rename',
  'fork_locally',
  'archive',
  'delete',
];

/** Built-in actions that make sense on many items at once (the bulk toolbar offers only these). */
const BULK_ACTIONS: ReadonlySet<string> = new Set<AgentActionId>(['cancel', 'retry', 'archive', 'delete']);
/** Built-in actions that ask first: they end a run or take it out of the list. */
const CONFIRM_ACTIONS: ReadonlySet<string> = new Set<AgentActionId>(['cancel', 'archive', 'delete']);
const DESTRUCTIVE_ACTIONS: ReadonlySet<string> = new Set<AgentActionId>(['delete']);

/** Which `AgentPermissions` flag governs each built-in action (`copy_link` has none). */
const PERMISSION_OF: Readonly<Partial<Record<AgentActionId, keyof AgentPermissions>>> = {
  cancel: 'cancel',
  retry: 'retry',
  share: 'share',
  rename: 'rename',
  fork_locally: 'forkLocally',
  archive: 'archive',
  delete: 'delete',
};

/** What a view offers when the host names no built-in actions: only what it can do by itself. */
export const DEFAULT_ACTIONS: readonly AgentActionId[] = ['copy_link'];

/** A host's own action, listed after the built-in ones. */
export interface AgentCustomAction {
  /** Any id other than a built-in one; `onAction` and a data source's `action()` receive it. */
  id: string;
  /** The menu item's name and the bulk toolbar button's text. */
  label: string;
  /** Whether it applies to this item; absent = every item. A throwing callback hides it. */
  available?: (item: AgentItem) => boolean;
  /** Whether the bulk toolbar offers it; default `true`. */
  bulk?: boolean;
  /** Marks it in menus and asks first, like Delete. */
  destructive?: boolean;
  /** One key (`KeyboardEvent.key`, e.g. `'p'`) that runs it on the focused row. */
  shortcut?: string;
}

/** What decides which actions an item offers: the view's `actions`, `customActions` and link. */
export interface AgentActionRules {
  /** Built-in actions the host runs; default `DEFAULT_ACTIONS`. */
  actions?: readonly AgentActionId[] | undefined;
  customActions?: readonly AgentCustomAction[] | undefined;
  /** The host's link for an item (the view's `getItemHref`); `sessionUrl` is the fallback. */
  getItemHref?: ((item: AgentItem) => string | null | undefined) | undefined;
}

/** The link "Copy link" copies: the host's href, else the session, and only a URL `sanitizeUrl` keeps. */
export function getItemLink(item: AgentItem, getItemHref?: AgentActionRules['getItemHref']): string | undefined {
  let href: string | null | undefined;
  try {
    href = getItemHref?.(item);
  } catch {
    href = undefined;
  }
  return sanitizeUrl(href) ?? sanitizeUrl(item.sessionUrl);
}

// The statuses a built-in action's default rule needs (also what "all matching" filtered by status may
// offer).
const STATUSES_OF: { readonly cancel: readonly AgentStatus[]; readonly retry: readonly AgentStatus[] } = {
  cancel: ['working', 'blocked'],
  retry: ['failed', 'canceled'],
};

function defaultRule(action: AgentActionId, item: AgentItem, rules: AgentActionRules): boolean {
  switch (action) {
    case 'cancel':
      return STATUSES_OF.cancel.includes(item.status);
    case 'retry':
      return item.kind === 'ambient' && STATUSES_OF.retry.includes(item.status) && item.retryable !== false;
    case 'copy_link':
      return getItemLink(item, rules.getItemHref) !== undefined;
    default:
      return true;
  }
}

/**
 * Whether `action` applies to `item`. A built-in action must be offered (`rules.actions`) and pass
 * its default rule — `cancel` for working or blocked items, `retry` for failed or canceled ambient
 * runs unless `retryable === false`, `copy_link` when there is a safe link, the rest always — except
 * that the item's `permissions` flag wins both ways: `false` always hides it, `true` always offers it.
 * A custom action applies where its `available(item)` says (every item when absent).
 *
 * @example
 * isActionAvailable('retry', { ...failedRun, retryable: false }, { actions: ['retry'] }) // false
 * isActionAvailable('cancel', { ...doneRun, permissions: { cancel: true } }, {}) // true
 */
export function isActionAvailable(action: string, item: AgentItem, rules: AgentActionRules): boolean {
  const flag = PERMISSION_OF[action as AgentActionId];
  if (flag !== undefined || action === 'copy_link') {
    const permitted = flag === undefined ? undefined : item.permissions?.[flag];
    if (permitted === false) return false;
    if (permitted === true) return true;
    const offered = rules.actions ?? DEFAULT_ACTIONS;
    return offered.includes(action as AgentActionId) && defaultRule(action as AgentActionId, item, rules);
  }
  const custom = rules.customActions?.find((c) => c.id === action);
  if (custom === undefined) return false;
  try {
    return custom.available === undefined || custom.available(item) === true;
  } catch {
    return false;
  }
}

function allActionIds(rules: AgentActionRules): string[] {
  const out: string[] = [...BUILT_IN_ACTIONS];
  for (const c of rules.customActions ?? []) if (!out.includes(c.id)) out.push(c.id);
  return out;
}

/**
 * The actions `item` offers, in menu order (built-in first, then custom ones as given).
 *
 * @example
 * getAvailableActions(workingRun, { actions: ['cancel', 'retry', 'delete'] }) // ['cancel', 'delete']
 */
export function getAvailableActions(item: AgentItem, rules: AgentActionRules): string[] {
  return allActionIds(rules).filter((id) => isActionAvailable(id, item, rules));
}

/** Whether the bulk toolbar may offer `action` (built-in: cancel, retry, archive, delete; custom: unless `bulk: false`). */
export function isBulkAction(action: string, rules: AgentActionRules): boolean {
  if (BUILT_IN_ACTIONS.includes(action as AgentActionId)) return BULK_ACTIONS.has(action);
  const custom = rules.customActions?.find((c) => c.id === action);
  return custom !== undefined && custom.bulk !== false;
}

/** Whether `action` asks for confirmation first (cancel, archive, delete, and destructive custom actions). */
export function needsConfirmation(action: string, rules: AgentActionRules): boolean {
  if (CONFIRM_ACTIONS.has(action)) return true;
  return rules.customActions?.some((c) => c.id === action && c.destructive === true) ?? false;
}

/** Whether `action` is marked as destructive in menus (delete, and custom actions that say so). */
export function isDestructiveAction(action: string, rules: AgentActionRules): boolean {
  if (DESTRUCTIVE_ACTIONS.has(action)) return true;
  return rules.customActions?.some((c) => c.id === action && c.destructive === true) ?? false;
}

/** One bulk action over a selection: how many of the selected items it applies to, and which. */
export interface AgentBulkAction {
  action: string;
  /** Ids of the selected items it applies to, in selection order. */
  ids: string[];
  /** How many items were selected ("Retry 2 of 3": `ids.length` of `of`). */
  of: number;
}

/**
 * The bulk actions over the selected items: every bulk-capable action that applies to at least one of
 * them, with the ids it applies to (the others are left out when it runs).
 *
 * @example
 * getBulkActions([failedA, failedB, doneC], { actions: ['retry'] })
 * // [{ action: 'retry', ids: ['a', 'b'], of: 3 }]
 */
export function getBulkActions(selected: readonly AgentItem[], rules: AgentActionRules): AgentBulkAction[] {
  const out: AgentBulkAction[] = [];
  for (const action of allActionIds(rules)) {
    if (!isBulkAction(action, rules)) continue;
    const ids: string[] = [];
    for (const item of selected) if (isActionAvailable(action, item, rules)) ids.push(item.id);
    if (ids.length > 0) out.push({ action, ids, of: selected.length });
  }
  return out;
}

/**
 * The bulk actions an "all matching" selection offers: every offered bulk-capable action, since the
 * items are not all loaded; the data source decides per item and reports what failed. When the
 * question filters by status (`statuses`), Cancel and Retry are offered only if it can hold items
 * they apply to ("everything that failed today" offers Retry, not Cancel).
 *
 * @example
 * getMatchingBulkActions({ actions: ['cancel', 'copy_link'] }) // ['cancel']
 * getMatchingBulkActions({ actions: ['cancel', 'retry'] }, { statuses: ['failed'] }) // ['retry']
 */
export function getMatchingBulkActions(
  rules: AgentActionRules,
  question: { statuses?: readonly AgentStatus[] | undefined } = {},
): string[] {
  const offered = new Set<string>(rules.actions ?? DEFAULT_ACTIONS);
  const statuses = question.statuses?.length ? new Set(question.statuses) : null;
  return allActionIds(rules).filter((id) => {
    if (!isBulkAction(id, rules)) return false;
    if (!BUILT_IN_ACTIONS.includes(id as AgentActionId)) return true;
    if (!offered.has(id)) return false;
    const needs = id === 'cancel' || id === 'retry' ? STATUSES_OF[id] : undefined;
    return statuses === null || needs === undefined || needs.some((s) => statuses.has(s));
  });
}

/** A key that runs something on the focused row: `keys` as `KeyboardEvent.key` values, `label` as menus show it. */
export interface AgentShortcut {
  keys: readonly string[];
  /** What a menu shows beside the item ("C", "⌫"). */
  label: string;
  /** The `aria-keyshortcuts` value ("C", "Delete Backspace"). */
  aria: string;
}

/** The single-key shortcuts of the built-in actions and of the two row commands, select and show details. */
export const ACTION_SHORTCUTS: Readonly<Record<string, AgentShortcut>> = {
  cancel: { keys: ['c', 'C'], label: 'C', aria: 'C' },
  retry: { keys: ['r', 'R'], label: 'R', aria: 'R' },
  delete: { keys: ['Delete', 'Backspace'], label: '⌫', aria: 'Delete Backspace' },
  select: { keys: ['x', 'X'], label: 'X', aria: 'X' },
  details: { keys: ['i', 'I'], label: 'I', aria: 'I' },
};

/**
 * The shortcut of an action or row command (`'select'`, `'details'`), a custom action's own one
 * included; `undefined` when it has none.
 *
 * @example
 * getShortcut('cancel', {})?.label // 'C'
 */
export function getShortcut(action: string, rules: AgentActionRules): AgentShortcut | undefined {
  const builtIn = ACTION_SHORTCUTS[action];
  if (builtIn !== undefined) return builtIn;
  const key = rules.customActions?.find((c) => c.id === action)?.shortcut;
  if (key === undefined || key.length === 0) return undefined;
  const label = key.length === 1 ? key.toUpperCase() : key;
  const keys = key.length === 1 ? [key.toLowerCase(), key.toUpperCase()] : [key];
  return { keys, label, aria: label };
}

/**
 * The action a key runs on `item`, only when that action applies to it (so `c` on a finished run does
 * nothing). Row commands (`x`, `i`) are the list's, not actions: they are not returned here. The caller
 * ignores keys with Ctrl/Meta/Alt and keys typed into text fields.
 *
 * @example
 * actionForKey('c', workingRun, { actions: ['cancel'] }) // 'cancel'
 * actionForKey('c', finishedRun, { actions: ['cancel'] }) // undefined
 */
export function actionForKey(key: string, item: AgentItem, rules: AgentActionRules): string | undefined {
  for (const action of allActionIds(rules)) {
    if (getShortcut(action, rules)?.keys.includes(key) && isActionAvailable(action, item, rules)) return action;
  }
  return undefined;
}
