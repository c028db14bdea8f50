import { describe, expect, it } from 'vitest';
import { gridKeyAction, listKeyAction } from '../../../src/react/list';

const at = (index: number, count = 100, page = 9) => ({ index, count, page });

describe('listKeyAction: the list keyboard map', () => {
  it('arrows move one row, Home/End jump to the ends, PageUp/PageDown move a page', () => {
    expect(listKeyAction('ArrowDown', at(3))).toEqual({ move: 4 });
    expect(listKeyAction('ArrowUp', at(3))).toEqual({ move: 2 });
    expect(listKeyAction('Home', at(42))).toEqual({ move: 0 });
    expect(listKeyAction('End', at(42))).toEqual({ move: 99 });
    expect(listKeyAction('PageDown', at(3))).toEqual({ move: 12 });
    expect(listKeyAction('PageUp', at(30))).toEqual({ move: 21 });
  });

  it('clamps targets past either end, so a held key stops at the first or last row', () => {
    expect(listKeyAction('ArrowDown', at(99))).toEqual({ move: 99 });
    expect(listKeyAction('ArrowUp', at(0))).toEqual({ move: 0 });
    expect(listKeyAction('PageDown', at(95))).toEqual({ move: 99 });
    expect(listKeyAction('PageUp', at(4))).toEqual({ move: 0 });
  });

  it('Enter and Space open the row', () => {
    expect(listKeyAction('Enter', at(3))).toEqual({ open: true });
    expect(listKeyAction(' ', at(3))).toEqual({ open: true });
  });

  it('leaves every other key to the browser, including names of Object.prototype members', () => {
    for (const key of ['Tab', 'a', 'Escape', 'ArrowLeft', 'toString', 'constructor', '__proto__']) {
      expect(listKeyAction(key, at(3))).toBeNull();
    }
  });

  it('moves nowhere in an empty list', () => {
    expect(listKeyAction('ArrowDown', at(0, 0))).toBeNull();
  });
});

describe('gridKeyAction: the grid keyboard map (rows, cells, header)', () => {
  const cell = (index: number, col: number, ctrl = false) => ({ index, count: 100, page: 9, col, cols: 7, ctrl });

  it('→ enters the cells from the row and stops at the last; ← returns to the row from the first', () => {
    expect(gridKeyAction('ArrowRight', cell(3, -1))).toEqual({ move: 3, col: 0 });
    expect(gridKeyAction('ArrowRight', cell(3, 2))).toEqual({ move: 3, col: 3 });
    expect(gridKeyAction('ArrowRight', cell(3, 6))).toEqual({ move: 3, col: 6 });
    expect(gridKeyAction('ArrowLeft', cell(3, 2))).toEqual({ move: 3, col: 1 });
    expect(gridKeyAction('ArrowLeft', cell(3, 0))).toEqual({ move: 3, col: -1 });
    // On the row itself ← is the caller's (a tree row collapses or goes to its parent).
    expect(gridKeyAction('ArrowLeft', cell(3, -1))).toBeNull();
  });

  it('↑/↓ and pages keep the column; ↑ on the first row reaches its column header', () => {
    expect(gridKeyAction('ArrowDown', cell(3, 4))).toEqual({ move: 4, col: 4 });
    expect(gridKeyAction('PageDown', cell(95, 4))).toEqual({ move: 99, col: 4 });
    expect(gridKeyAction('ArrowUp', cell(0, 4))).toEqual({ header: 4 });
    expect(gridKeyAction('ArrowUp', cell(0, -1))).toEqual({ header: 0 });
  });

  it('Home/End: the row’s ends from a cell, the list’s ends from a row or with Ctrl', () => {
    expect(gridKeyAction('Home', cell(3, 4))).toEqual({ move: 3, col: 0 });
    expect(gridKeyAction('End', cell(3, 4))).toEqual({ move: 3, col: 6 });
    expect(gridKeyAction('Home', cell(30, -1))).toEqual({ move: 0, col: -1 });
    expect(gridKeyAction('End', cell(3, 4, true))).toEqual({ move: 99, col: 4 });
    expect(gridKeyAction('Home', cell(30, 2, true))).toEqual({ move: 0, col: 2 });
  });

  it('opens on Enter/Space and does nothing without rows or for other keys', () => {
    expect(gridKeyAction('Enter', cell(3, 2))).toEqual({ open: true });
    expect(gridKeyAction('ArrowDown', { ...cell(0, 2), count: 0 })).toBeNull();
    expect(gridKeyAction('a', cell(3, 2))).toBeNull();
  });
});
