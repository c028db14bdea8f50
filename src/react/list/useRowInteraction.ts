import { useMemo, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { actionForKey, getShortcut } from '../../core/actions';
import { parentRowIndex, type RunTreeRow } from '../../core/tree';
import type { AgentItem } from '../../core/types';
import { isPlainClick, openerFor, type AgentNavigation } from '../shared';
import { treeKeyAction } from '../sub-runs';
import type { AgentListRowActions, AgentListRowSelection } from './agent-list-props';
import { gridKeyAction } from './keyboard-map';

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
  /** How many columns the grid has. */
  columnCount: number;
  /** Row `index`, its cell in column `col` (default: the column focused now; −1 the row). */
  moveTo: (index: number, col?: number) => void;
  moveToHeader: (col: number) => void;
  noteFocused: (index: number, item: AgentItem, col?: number) => void;
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
 * const on = useRowInteraction({ sorted, rowHeight, bodyRef, scrollerRef, columnCount, moveTo, moveToHeader, noteFocused, onOpenRun });
 * <div role="rowgroup" onClick={on.bodyClick} onKeyDown={on.bodyKeyDown} onFocus={on.bodyFocus} />
 * ```
 */
export function useRowInteraction(options: RowInteractionOptions) {
  const { sorted, rowHeight, bodyRef, scrollerRef, moveTo, noteFocused } = options;
  const { columnCount, moveToHeader } = options;
  const { onOpenRun, onOpenConversation, getItemHref, rowActions, rowSelection, setMenuFor } = options;
  // Ranges of the selection follow the rows as they show.
  const selectable = rowSelection !== undefined;
  const sortedIds = useMemo(() => (selectable ? sorted.map((item) => item.id) : []), [sorted, selectable]);
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

  /** Where a focus or key event happened in the grid: the row (`col` −1), one of its cells, or `null` (a control inside). */
  const focusFromTarget = (target: EventTarget | null) => {
    const hit = rowFromTarget(target);
    if (!hit) return null;
    if (target === hit.row) return { ...hit, col: -1 };
    const cell = target as HTMLElement;
    if (cell.parentElement !== hit.row || !cell.hasAttribute('aria-colindex')) return null;
    return { ...hit, col: Number(cell.getAttribute('aria-colindex')) - 1 };
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
    const hit = focusFromTarget(event.target);
    if (hit) noteFocused(hit.index, hit.item, hit.col);
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

  /**
   * → / ← on a focused tree row (the APG treegrid): → expands a collapsed parent (on an open one or
   * a leaf it enters the cells), ← collapses an open parent or goes from a sub-run to its parent.
   */
  const treeKey = (event: KeyboardEvent<HTMLDivElement>, index: number, key: string): boolean => {
    if (!treeRows || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    const row = treeRows[index];
    if (!row || (key === 'ArrowRight' && (row.expanded || !row.hasChildren))) return false;
    const action = treeKeyAction(row, key);
    if (!action) return false;
    if (action.type === 'focus') moveTo(action.id === row.parentId ? parentRowIndex(treeRows, index) : index + 1);
    else setSubRunsExpanded?.(action.id, action.type === 'expand');
    return true;
  };

  /** Enter or Space on a cell with a control: the checkbox toggles, the menu button opens. */
  const cellKey = (event: KeyboardEvent<HTMLDivElement>, item: AgentItem, cell: HTMLElement): boolean => {
    if (event.key !== 'Enter' && event.key !== ' ') return false;
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return false;
    const column = cell.dataset.column;
    if (column === 'select' && rowSelection) {
      rowSelection.toggle(item.id, { range: event.shiftKey, orderedIds: sortedIds });
      return true;
    }
    if (column === 'actions' && rowActions) {
      if (cell.querySelector('button:disabled')) return true;
      keyOpenedMenu.current = true;
      setMenuFor(item.id);
      return true;
    }
    return false;
  };

  const bodyKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const hit = focusFromTarget(event.target);
    if (!hit) return;
    // Arrows follow the reading direction: in right-to-left text → goes to the previous cell.
    const rtl = event.key.startsWith('Arrow') && getComputedStyle(hit.row).direction === 'rtl';
    const key =
      rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
    const cell = hit.col >= 0 ? (event.target as HTMLElement) : null;
    if (
      commandKey(event, hit.item, hit.row) ||
      (cell !== null && cellKey(event, hit.item, cell)) ||
      (hit.col < 0 && treeKey(event, hit.index, key))
    ) {
      event.preventDefault();
      return;
    }
    if (event.altKey) return;
    const page = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const action = gridKeyAction(key, {
      index: hit.index,
      count,
      page,
      col: hit.col,
      cols: columnCount,
      ctrl: event.ctrlKey || event.metaKey,
    });
    if (!action) return;
    if ('move' in action) {
      moveTo(action.move, action.col);
    } else if ('header' in action) {
      moveToHeader(action.header);
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
    toggleAll,
    itemAt,
    contextMenu,
  };
}
