/**
 * Whether focus is inside a dialog: a menu's choice moved it there (a confirmation, the details
 * panel), so the closing menu must leave it rather than give it back to its trigger or row — Radix
 * restores focus a tick after the dialog took it. The one rule every menu's close follows.
 */
export function isFocusInDialog(): boolean {
  if (typeof document === 'undefined') return false;
  return document.activeElement?.closest('[role="alertdialog"], [role="dialog"]') != null;
}
