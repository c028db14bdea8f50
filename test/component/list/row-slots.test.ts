import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignRowSlots, type RowSlots, type SlotRow } from '../../../src/react/list/row-slots';

const none: RowSlots = { byKey: new Map(), byIndex: new Map() };
const windowOf = (keys: string[], first = 0): SlotRow[] => keys.map((key, i) => ({ key, index: first + i }));
const slotsOf = (slots: RowSlots, rows: SlotRow[]) => rows.map((row) => slots.byKey.get(row.key));

describe('assignRowSlots (which DOM row shows which item)', () => {
  it('numbers the first window from 0', () => {
    const rows = windowOf(['a', 'b', 'c']);
    expect(slotsOf(assignRowSlots(none, rows), rows)).toEqual([0, 1, 2]);
  });

  it('keeps the slot of every item that stays, wherever it moved (its row is not rebuilt)', () => {
    const first = assignRowSlots(none, windowOf(['a', 'b', 'c', 'd']));
    const next = windowOf(['d', 'x', 'b', 'y'], 10);
    const slots = assignRowSlots(first, next);
    expect(slots.byKey.get('d')).toBe(3);
    expect(slots.byKey.get('b')).toBe(1);
    // The new items take the freed slots (those of a and c), not new ones: their DOM is reused.
    expect(new Set([slots.byKey.get('x'), slots.byKey.get('y')])).toEqual(new Set([0, 2]));
  });

  it('after a filter change, a new item takes the slot that showed its position (the focused row keeps its element)', () => {
    const first = assignRowSlots(none, windowOf(['a', 'b', 'c']));
    // Every item changed: position 1 (where b was) is now shown by q, in b's slot.
    const slots = assignRowSlots(first, windowOf(['p', 'q', 'r']));
    expect(slotsOf(slots, windowOf(['p', 'q', 'r']))).toEqual([0, 1, 2]);
    // Scrolled one row: the rows that stay keep theirs, the new last row takes the freed one.
    const scrolled = assignRowSlots(slots, windowOf(['q', 'r', 's'], 1));
    expect(slotsOf(scrolled, windowOf(['q', 'r', 's'], 1))).toEqual([1, 2, 0]);
  });

  it('gives out new slots only when the window grows', () => {
    const first = assignRowSlots(none, windowOf(['a', 'b']));
    const grown = assignRowSlots(first, windowOf(['c', 'd', 'e', 'f'], 50));
    expect([...grown.byKey.values()].sort()).toEqual([0, 1, 2, 3]);
  });

  it('is pure: the same slots and rows give the same answer (a render React repeats or throws away)', () => {
    const first = assignRowSlots(none, windowOf(['a', 'b', 'c']));
    const rows = windowOf(['c', 'z', 'a', 'w'], 7);
    expect(assignRowSlots(first, rows)).toEqual(assignRowSlots(first, rows));
  });

  it('never gives two rows of a window one slot, and keeps every staying item in its slot, over any sequence of windows', () => {
    const keys = fc.constantFrom(...'abcdefghijklmnop'.split(''));
    const window = fc
      .uniqueArray(keys, { maxLength: 12 })
      .chain((ks) => fc.nat({ max: 1000 }).map((first) => windowOf(ks, first)));
    fc.assert(
      fc.property(fc.array(window, { minLength: 1, maxLength: 12 }), (windows) => {
        let slots = none;
        let largest = 1;
        for (const rows of windows) {
          largest = Math.max(largest, rows.length);
          const next = assignRowSlots(slots, rows);
          const given = slotsOf(next, rows);
          expect(new Set(given).size).toBe(rows.length);
          for (const row of rows) {
            const before = slots.byKey.get(row.key);
            if (before !== undefined) expect(next.byKey.get(row.key)).toBe(before);
          }
          // Slots stay within the largest window seen so far: rows are reused, not piled up.
          for (const slot of given) expect(slot).toBeLessThan(largest);
          slots = next;
        }
      }),
    );
  });
});
