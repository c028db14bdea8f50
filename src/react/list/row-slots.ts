import { useLayoutEffect, useRef } from 'react';

/**
 * Which DOM row (a "slot", the row's React key) shows which item: by item key, and by the row
 * index each slot showed last.
 */
export interface RowSlots {
  readonly byKey: ReadonlyMap<string, number>;
  readonly byIndex: ReadonlyMap<number, number>;
}

/** A row of the window about to render: its item's key and its index in the list. */
export interface SlotRow {
  key: string;
  index: number;
}

const NO_SLOTS: RowSlots = { byKey: new Map(), byIndex: new Map() };

/**
 * Recycles the window's rows: gives each row of the window a slot, so React reuses a row's DOM
 * for the next item instead of removing one row and building another. An item that stays in the
 * window keeps its slot (its row is not touched; a focused row keeps its element). A new item
 * takes the slot that showed the same index before, when that one is free (after a filter
 * change, the focused position keeps its element), else the lowest free slot, else a new one.
 * Pure: the same previous slots and rows give the same answer (React may render twice).
 *
 * @example
 * ```ts
 * const next = assignRowSlots(previous, [{ key: 'run_1', index: 0 }, { key: 'run_2', index: 1 }]);
 * next.byKey.get('run_2'); // 1 on a first render
 * ```
 */
export function assignRowSlots(previous: RowSlots, rows: readonly SlotRow[]): RowSlots {
  const byKey = new Map<string, number>();
  const byIndex = new Map<number, number>();
  const used = new Set<number>();
  for (const row of rows) {
    const slot = previous.byKey.get(row.key);
    if (slot !== undefined && !used.has(slot)) {
      byKey.set(row.key, slot);
      used.add(slot);
    }
  }
  const waiting: SlotRow[] = [];
  for (const row of rows) {
    if (byKey.has(row.key)) continue;
    const slot = previous.byIndex.get(row.index);
    if (slot !== undefined && !used.has(slot)) {
      byKey.set(row.key, slot);
      used.add(slot);
    } else {
      waiting.push(row);
    }
  }
  if (waiting.length > 0) {
    const free = [...new Set(previous.byKey.values())].filter((slot) => !used.has(slot)).sort((a, b) => a - b);
    let next = 0;
    let f = 0;
    for (const row of waiting) {
      let slot = free[f];
      if (slot !== undefined) f += 1;
      else {
        while (used.has(next)) next += 1;
        slot = next;
      }
      byKey.set(row.key, slot);
      used.add(slot);
    }
  }
  for (const row of rows) byIndex.set(row.index, byKey.get(row.key)!);
  return { byKey, byIndex };
}

/**
 * The slots of this render's window, from those of the last committed render (a render React
 * throws away changes nothing).
 */
export function useRowSlots(rows: readonly SlotRow[]): RowSlots {
  const committed = useRef<RowSlots>(NO_SLOTS);
  const slots = assignRowSlots(committed.current, rows);
  useLayoutEffect(() => {
    committed.current = slots;
  });
  return slots;
}
