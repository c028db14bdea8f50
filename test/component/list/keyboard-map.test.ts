import { describe, expect, it } from 'vitest';
import { listKeyAction } from '../../../src/react/list';

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
