import { useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { actionForKey, getShortcut } from '../../core/actions';
import type { RunTreeRow } from '../../core/tree';
import type { AgentItem } from '../../core/types';
import { isPlainClick, openerFor, type AgentNavigation } from '../shared';
import { treeKeyAction } from '../sub-runs';
import type { AgentListRowActions, AgentListRowSelection } from './agent-list-props';
import { listKeyAction } from './keyboard-map';

const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [contenteditable="true"]';

function hasSelectedText(): boolean {
  // Only called from a click handler, so `window` exists.
  const selection = window.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}

export interface RowInteractionOptions extends AgentNavigation {
  sorted: readonly AgentItem[];
  rowHeight: number;
  bodyRef: RefObject<HTMLDivElement | null>;
  scrollerRef: RefObject<HTMLDivElement | null>;
  activeIndex: number;
  moveTo: (index: number) => void;
  noteFocused: (index: number, item: AgentItem) => void;
  /** The ids of `sorted`, in order (ranges of the selection follow it). */
  sortedIds: readonly string[];
  rowActions: AgentListRowActions | undefined;
  rowSelection: AgentListRowSelection | undefined;
  setMenuFor: (id: string | null) => void;
  /** `i` on a row (the list's `onShowDetails`, else `rowActions.onShowDetails`). */
  onShowDetails?: ((item: AgentItem) => void) | undefined;
  /** Each row's place among the sub-runs, by index (`null`: a flat grid, → / ← do nothing). */
  treeRows?: readonly RunTreeRow[] | null | undefined;
  /** Opens or closes a parent's sub-runs. */
  setSubRunsExpanded?: ((id: string, open: boolean) => void) | undefined;
}

/** Index of the row a nested row sits under: the nearest row above it one level up. */
export function parentRowIndex(rows: readonly RunTreeRow[], index: number): number {
  const level = rows[index]?.level ?? 1;
  for (let i = index - 1; i >= 0; i--) if (rows[i]!.level < level) return i;
  return -1;
}

/** Controls inside a row that a press must not focus: the row stays the tab stop that takes the keys. */
const KEEP_ROW_FOCUS = 'input.ab-row-select, .ab-subrun-toggle, .ab-artifacts button';

const SELECT_KEYS = getShortcut('select', {})?.keys ?? [];
const DETAILS_KEYS = getShortcut('details', {})?.keys ?? [];
const isMenuKey = (event: KeyboardEvent): boolean =>
  event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);

/**
 * The list's event handlers, delegated to the body so rows carry none: a click opens the row
 * (unless text is being selected, or the click belongs to a link or host control inside it), focus
 * makes a row the tab stop, and keys follow `listKeyAction`. A plain click on the title link goes to
 * the host's callback when there is one; modified clicks stay the browser's (new tab, window).
 *
 * @example
 * ```tsx
 * const on = useRowInteraction({ sorted, rowHeight, bodyRef, scrollerRef, activeIndex, moveTo, noteFocused, onOpenRun });
 * <div role="rowgroup" onClick={on.bodyClick} onKeyDown={on.bodyKeyDown} onFocus={on.bodyFocus} />
 * ```
 */
export function useRowInteraction(options: RowInteractionOptions) {
  const { sorted, rowHeight, bodyRef, scrollerRef, activeIndex, moveTo, noteFocused } = options;
  const { onOpenRun, onOpenConversation, getItemHref, sortedIds, rowActions, rowSelection, setMenuFor } = options;
  const { treeRows, setSubRunsExpanded } = options;
  const onShowDetails = options.onShowDetails ?? rowActions?.onShowDetails;
  const count = sorted.length;
  // Set when a key opened a row's menu: the `contextmenu` event the same key may fire is then ignored.
  const keyOpenedMenu = useRef(false);

  const rowFromTarget = (target: EventTarget | null): { row: HTMLElement; index: number; item: AgentItem } | null => {
    if (!(target instanceof Element)) return null;
    const row = target.closest<HTMLElement>('[role="row"][data-index]');
    if (!row || !bodyRef.current?.contains(row)) return null;
    const index = Number(row.dataset.index);
    const item = sorted[index];
    return item ? { row, index, item } : null;
  };

  const callbackFor = (item: AgentItem) => openerFor(item, { onOpenRun, onOpenConversation });

  const bodyClick = (event: MouseEvent<HTMLDivElement>): void => {
    if (event.defaultPrevented) return;
    const hit = rowFromTarget(event.target);
    if (!hit) return;
    const target = event.target as Element;
    if (rowSelection && target.matches('input.ab-row-select')) {
      rowSelection.toggle(hit.item.id, { range: event.shiftKey, orderedIds: sortedIds });
      return;
    }
    const interactive = target.closest(INTERACTIVE);
    const callback = callbackFor(hit.item);
    if (interactive && interactive !== hit.row && hit.row.contains(interactive)) {
      // Our own title link: modified or non-primary clicks belong to the browser (new tab, window…);
      // a plain click goes to the host's callback when there is one, or follows the link otherwise.
      if (interactive.matches('a.ab-title')) {
        if (!isPlainClick(event)) return;
        if (callback) {
          event.preventDefault();
          callback(hit.item);
        }
      }
      // Anything else interactive (host content from renderTitleExtra) handles itself.
      return;
    }
    if (event.button !== 0 || hasSelectedText()) return;
    callback?.(hit.item);
  };

  // A click on a row's checkbox, sub-run toggle or artifact button leaves focus on the row (the tab
  // stop that takes the list's keys).
  const bodyMouseDown = (event: MouseEvent<HTMLDivElement>): void => {
    if (!(event.target instanceof Element) || !event.target.closest(KEEP_ROW_FOCUS)) return;
    const hit = rowFromTarget(event.target);
    if (!hit) return;
    event.preventDefault();
    // A pointer focused it: no keyboard focus ring (Chromium shows one for focus() from script).
    hit.row.focus({ preventScroll: true, focusVisible: false });
  };

  const bodyFocus = (event: FocusEvent<HTMLDivElement>): void => {
    const hit = rowFromTarget(event.target);
    if (!hit || event.target !== hit.row) return;
    noteFocused(hit.index, hit.item);
  };

  /** Selection, menu and action keys on a focused row; `true` when the key was one of them. */
  const commandKey = (event: KeyboardEvent<HTMLDivElement>, item: AgentItem, row: HTMLElement): boolean => {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    if (rowActions && isMenuKey(event)) {
      keyOpenedMenu.current = true;
      setMenuFor(item.id);
      return true;
    }
    if (event.repeat) return false;
    if (rowSelection && SELECT_KEYS.includes(event.key)) {
      rowSelection.toggle(item.id, { range: event.shiftKey, orderedIds: sortedIds });
      return true;
    }
    if (rowSelection && event.key === 'Escape' && (rowSelection.count ?? 1) > 0) {
      rowSelection.clear();
      return true;
    }
    if (onShowDetails && DETAILS_KEYS.includes(event.key)) {
      onShowDetails(item);
      return true;
    }
    if (!rowActions) return false;
    const rules = { actions: rowActions.actions, customActions: rowActions.customActions, getItemHref };
    const action = rowActions.busyIds?.has(item.id) ? undefined : actionForKey(event.key, item, rules);
    if (action === undefined) return false;
    rowActions.onAction(action, item, row);
    return true;
  };

  /** → / ← on a tree row (the APG treegrid): expand, enter the first sub-run, collapse, go to the parent. */
  const treeKey = (event: KeyboardEvent<HTMLDivElement>, index: number): boolean => {
    if (!treeRows || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    const row = treeRows[index];
    if (!row) return false;
    // Once a parent is open, the row drawn right after it is its first sub-run.
    const action = treeKeyAction(row, event.key, row.expanded ? treeRows[index + 1]?.item.id : undefined);
    if (!action) return false;
    if (action.type === 'focus') moveTo(action.id === row.parentId ? parentRowIndex(treeRows, index) : index + 1);
    else setSubRunsExpanded?.(action.id, action.type === 'expand');
    return true;
  };

  const bodyKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const hit = rowFromTarget(event.target);
    if (!hit || event.target !== hit.row) return;
    if (commandKey(event, hit.item, hit.row) || treeKey(event, hit.index)) {
      event.preventDefault();
      return;
    }
    const page = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const action = listKeyAction(event.key, { index: hit.index, count, page });
    if (!action) return;
    if ('move' in action) {
      moveTo(action.move);
    } else if (!event.repeat) {
      // Ctrl/⌘+Enter or Shift+Enter on a row that is a link opens it in a new tab or window, as those
      // keys do on any link (the host's handler is for opening it here).
      const link = hit.row.querySelector<HTMLAnchorElement>('a.ab-title[href]');
      if (link && event.key === 'Enter' && (event.ctrlKey || event.metaKey || event.shiftKey)) {
        window.open(link.href, '_blank', event.shiftKey ? 'noopener,noreferrer,popup' : 'noopener,noreferrer');
        event.preventDefault();
        return;
      }
      // A held key opens the row once.
      const callback = callbackFor(hit.item);
      if (callback) callback(hit.item);
      else link?.click();
    }
    event.preventDefault();
  };

  const headerKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowDown' && activeIndex >= 0) {
      event.preventDefault();
      moveTo(activeIndex);
    }
  };

  const toggleAll = (): void => rowSelection?.toggleAll(sortedIds);

  /** The row a right-click or long press landed on (for the list's one context menu). */
  const itemAt = (target: EventTarget | null): { item: AgentItem; origin: HTMLElement } | null => {
    const hit = rowFromTarget(target);
    return hit ? { item: hit.item, origin: hit.row } : null;
  };

  const contextMenu = (event: MouseEvent<HTMLElement>): void => {
    // The key that fired it has already opened the row's own menu, anchored to its button.
    if (keyOpenedMenu.current) {
      keyOpenedMenu.current = false;
      event.preventDefault();
    }
  };

  const bodyPointerDown = (): void => {
    keyOpenedMenu.current = false;
  };

  return {
    bodyClick,
    bodyMouseDown,
    bodyPointerDown,
    bodyFocus,
    bodyKeyDown,
    headerKeyDown,
    toggleAll,
    itemAt,
    contextMenu,
  };
}
