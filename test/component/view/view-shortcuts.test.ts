// The view's own keys: a bare `/` goes to the search box and `F` opens the filter menu, never with
// a modifier, never when a part handled the key first, never while composing, and never inside
// text fields, menus, listboxes or dialogs (whose letters are their own).
import type { KeyboardEvent } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { VIEW_SHORTCUT_KEYS, viewShortcutOf } from '../../../src/react/view/view-shortcuts';

interface Press {
  key: string;
  target?: EventTarget | null;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  defaultPrevented?: boolean;
  isComposing?: boolean;
}

/** The fields of React's KeyboardEvent the function reads. */
const press = ({ isComposing = false, target = document.body, ...rest }: Press) =>
  ({
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    defaultPrevented: false,
    ...rest,
    target,
    nativeEvent: { isComposing },
  }) as unknown as KeyboardEvent;

function mount(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('[data-at]')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('viewShortcutOf', () => {
  it('`/` is search, f and F (Shift allowed) are filter, on a row or a button', () => {
    const row = mount('<div role="grid"><div role="row" tabindex="0" data-at></div></div>');
    expect(viewShortcutOf(press({ key: '/', target: row }))).toBe('search');
    expect(viewShortcutOf(press({ key: 'f', target: row }))).toBe('filter');
    expect(viewShortcutOf(press({ key: 'F', shiftKey: true, target: row }))).toBe('filter');
    const button = mount('<button data-at>Tab</button>');
    expect(viewShortcutOf(press({ key: '/', target: button }))).toBe('search');
  });

  it('the hints name the same keys the function answers to', () => {
    expect(viewShortcutOf(press({ key: VIEW_SHORTCUT_KEYS.search }))).toBe('search');
    expect(viewShortcutOf(press({ key: VIEW_SHORTCUT_KEYS.filter }))).toBe('filter');
  });

  it('no other key is a view key', () => {
    for (const key of ['s', 'g', '?', 'Enter', 'Escape', 'F1', 'ArrowDown', ' ']) {
      expect(viewShortcutOf(press({ key }))).toBeUndefined();
    }
  });

  it('never with Ctrl, ⌘ or Alt (the browser’s find and the host’s keys), nor once handled or while composing', () => {
    for (const over of [
      { ctrlKey: true },
      { metaKey: true },
      { altKey: true },
      { defaultPrevented: true },
      { isComposing: true },
    ]) {
      expect(viewShortcutOf(press({ key: 'f', ...over })), JSON.stringify(over)).toBeUndefined();
      expect(viewShortcutOf(press({ key: '/', ...over })), JSON.stringify(over)).toBeUndefined();
    }
  });

  it('never where typing or a popup owns the letters', () => {
    const owners = [
      '<input data-at>',
      '<input type="search" data-at>',
      '<textarea data-at></textarea>',
      '<select data-at></select>',
      '<div contenteditable="true" data-at></div>',
      '<div contenteditable><span data-at>in an editor</span></div>',
      '<div role="dialog"><button data-at>OK</button></div>',
      '<div role="alertdialog"><button data-at>Delete</button></div>',
      '<div role="menu"><div role="menuitem" data-at>Retry</div></div>',
      '<div role="listbox"><div role="option" data-at>Slack</div></div>',
      '<div role="combobox" data-at></div>',
    ];
    for (const html of owners) expect(viewShortcutOf(press({ key: 'f', target: mount(html) })), html).toBeUndefined();
  });

  it('does act on checkboxes, radios, buttons and non-editable content', () => {
    const fine = [
      '<input type="checkbox" data-at>',
      '<input type="radio" data-at>',
      '<input type="button" data-at>',
      '<div contenteditable="false"><span data-at>read only</span></div>',
    ];
    for (const html of fine) expect(viewShortcutOf(press({ key: 'f', target: mount(html) })), html).toBe('filter');
  });

  it('ignores a target that is not an element', () => {
    expect(viewShortcutOf(press({ key: 'f', target: null }))).toBeUndefined();
    expect(viewShortcutOf(press({ key: 'f', target: document.createTextNode('x') }))).toBeUndefined();
  });
});
