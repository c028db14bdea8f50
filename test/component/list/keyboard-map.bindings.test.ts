// Every binding of the list's and the grid's keyboard maps from one place in the middle of a list,
// as a table (what keyboard-map.test.ts leaves out: PageUp/PageDown, Space and Ctrl+Home/End in
// the grid, End in row mode, a column past the last, a grid with no columns). Shift+F10 and the
// context-menu key are not in these maps: useRowInteraction handles them (tested through the view).
import { describe, expect, it } from 'vitest';
import { gridKeyAction, listKeyAction, type GridKeyAction, type ListKeyAction } from '../../../src/react/list';

const COUNT = 100;
const PAGE = 9;
const COLS = 7;
const LAST_ROW = COUNT - 1;
const LAST_COL = COLS - 1;
const ROW = 40;

describe('listKeyAction: every binding', () => {
  const table: [key: string, expected: ListKeyAction][] = [
    ['ArrowDown', { move: ROW + 1 }],
    ['ArrowUp', { move: ROW - 1 }],
    ['Home', { move: 0 }],
    ['End', { move: LAST_ROW }],
    ['PageDown', { move: ROW + PAGE }],
    ['PageUp', { move: ROW - PAGE }],
    ['Enter', { open: true }],
    [' ', { open: true }],
    ['ArrowRight', null],
    ['F10', null],
    ['ContextMenu', null],
    ['Spacebar', null],
  ];
  it.each(table)('%j → %j', (key, expected) => {
    expect(listKeyAction(key, { index: ROW, count: COUNT, page: PAGE })).toEqual(expected);
  });

  it('a page of one row moves like an arrow', () => {
    expect(listKeyAction('PageDown', { index: ROW, count: COUNT, page: 1 })).toEqual({ move: ROW + 1 });
  });
});

describe('gridKeyAction: every binding', () => {
  const pos = (col: number, ctrl = false) => ({ index: ROW, count: COUNT, page: PAGE, col, cols: COLS, ctrl });
  const CELL = 3;

  const rowMode: [key: string, ctrl: boolean, expected: GridKeyAction][] = [
    ['ArrowRight', false, { move: ROW, col: 0 }],
    ['ArrowLeft', false, null],
    ['ArrowDown', false, { move: ROW + 1, col: -1 }],
    ['ArrowUp', false, { move: ROW - 1, col: -1 }],
    ['PageDown', false, { move: ROW + PAGE, col: -1 }],
    ['PageUp', false, { move: ROW - PAGE, col: -1 }],
    ['Home', false, { move: 0, col: -1 }],
    ['End', false, { move: LAST_ROW, col: -1 }],
    ['Home', true, { move: 0, col: -1 }],
    ['End', true, { move: LAST_ROW, col: -1 }],
    ['Enter', false, { open: true }],
    [' ', false, { open: true }],
    ['Tab', false, null],
  ];
  it.each(rowMode)('row focused: %j (ctrl %s) → %j', (key, ctrl, expected) => {
    expect(gridKeyAction(key, pos(-1, ctrl))).toEqual(expected);
  });

  const cellMode: [key: string, ctrl: boolean, expected: GridKeyAction][] = [
    ['ArrowRight', false, { move: ROW, col: CELL + 1 }],
    ['ArrowLeft', false, { move: ROW, col: CELL - 1 }],
    ['ArrowDown', false, { move: ROW + 1, col: CELL }],
    ['ArrowUp', false, { move: ROW - 1, col: CELL }],
    ['PageDown', false, { move: ROW + PAGE, col: CELL }],
    ['PageUp', false, { move: ROW - PAGE, col: CELL }],
    ['Home', false, { move: ROW, col: 0 }],
    ['End', false, { move: ROW, col: LAST_COL }],
    ['Home', true, { move: 0, col: CELL }],
    ['End', true, { move: LAST_ROW, col: CELL }],
    ['Enter', false, { open: true }],
    [' ', false, { open: true }],
    ['Escape', false, null],
  ];
  it.each(cellMode)('cell focused: %j (ctrl %s) → %j', (key, ctrl, expected) => {
    expect(gridKeyAction(key, pos(CELL, ctrl))).toEqual(expected);
  });

  it('keeps the column at the list’s ends and stops there', () => {
    const at = (index: number, key: string) => gridKeyAction(key, { ...pos(CELL), index });
    expect(at(LAST_ROW, 'ArrowDown')).toEqual({ move: LAST_ROW, col: CELL });
    expect(at(LAST_ROW - 2, 'PageDown')).toEqual({ move: LAST_ROW, col: CELL });
    expect(at(2, 'PageUp')).toEqual({ move: 0, col: CELL });
  });

  it('a column past the last (columns hidden since) comes back inside the row', () => {
    expect(gridKeyAction('ArrowDown', pos(COLS + 3))).toEqual({ move: ROW + 1, col: LAST_COL });
    expect(gridKeyAction('ArrowRight', pos(COLS + 3))).toEqual({ move: ROW, col: LAST_COL });
  });

  it('a grid without columns cannot be entered', () => {
    expect(gridKeyAction('ArrowRight', { ...pos(-1), cols: 0 })).toBeNull();
  });
});
