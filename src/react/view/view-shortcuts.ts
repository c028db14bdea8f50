// The view's own keys, as Linear's and GitHub's lists have them: `/` goes to the search box, `F`
// opens the filter menu. They act only while focus is inside the view (so a host page's keys are its
// own) and never where typing or a popup's type-ahead owns the letters.
import type { KeyboardEvent } from 'react';

/** What a view key does. */
export type ViewShortcut = 'search' | 'filter';

/** `aria-keyshortcuts` values (and what the hints show) of the view's keys. */
export const VIEW_SHORTCUT_KEYS: Readonly<Record<ViewShortcut, string>> = { search: '/', filter: 'F' };

/** Inside these, letters belong to the part (type-ahead, text, a dialog's own keys). */
const OWNS_KEYS =
  'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]), textarea, select, [contenteditable]:not([contenteditable="false"]), [role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"], [role="combobox"]';

/**
 * The view key an event presses, or `undefined`: a bare `/` or `f`/`F` (Shift allowed for `F`, no
 * Ctrl, ⌘ or Alt) that no part handled first (`defaultPrevented`), typed outside text fields, menus
 * and dialogs.
 *
 * @example
 * viewShortcutOf(event) // 'filter' for F pressed on a row
 */
export function viewShortcutOf(event: KeyboardEvent): ViewShortcut | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing)
    return undefined;
  const shortcut = event.key === '/' ? 'search' : event.key === 'f' || event.key === 'F' ? 'filter' : undefined;
  if (shortcut === undefined) return undefined;
  const target = event.target;
  if (!(target instanceof Element) || target.closest(OWNS_KEYS) !== null) return undefined;
  return shortcut;
}
