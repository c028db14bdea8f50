import type { FocusEvent, KeyboardEvent, MouseEvent, RefObject } from 'react';
import type { AgentItem } from '../../core/types';
import { isPlainClick, openerFor, type AgentNavigation } from '../shared';
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
}

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
  const { onOpenRun, onOpenConversation } = options;
  const count = sorted.length;

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

  const bodyFocus = (event: FocusEvent<HTMLDivElement>): void => {
    const hit = rowFromTarget(event.target);
    if (!hit || event.target !== hit.row) return;
    noteFocused(hit.index, hit.item);
  };

  const bodyKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const hit = rowFromTarget(event.target);
    if (!hit || event.target !== hit.row) return;
    const page = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const action = listKeyAction(event.key, { index: hit.index, count, page });
    if (!action) return;
    if ('move' in action) {
      moveTo(action.move);
    } else if (!event.repeat) {
      // A held key opens the row once.
      const callback = callbackFor(hit.item);
      if (callback) callback(hit.item);
      else hit.row.querySelector<HTMLAnchorElement>('a.ab-title[href]')?.click();
    }
    event.preventDefault();
  };

  const headerKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowDown' && activeIndex >= 0) {
      event.preventDefault();
      moveTo(activeIndex);
    }
  };

  return { bodyClick, bodyFocus, bodyKeyDown, headerKeyDown };
}
