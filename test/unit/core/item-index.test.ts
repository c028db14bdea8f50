import { describe, expect, it } from 'vitest';
import { CREATOR_COLUMN, SOURCE_COLUMN, STATUS_COLUMN } from '../../../src/core/columns';
import { getItemIndex, MANY_VALUES, NO_VALUE, peekItemIndex, type CodeColumnDef } from '../../../src/core/item-index';
import type { AgentItem } from '../../../src/core/types';
import { item } from './fixtures';

const items = [
  item({ id: 'a', source: 'slack', meta: { env: 'prod', tags: ['x', 'y', 'x'] } }),
  item({ id: 'b', source: 'cli', meta: { env: 'dev' } }),
  item({ id: 'c', source: 'slack' }),
];

describe('getItemIndex / peekItemIndex', () => {
  it('is one index per array, reused while the array holds the same item objects', () => {
    const list = items.slice();
    expect(peekItemIndex(list)).toBeUndefined();
    const index = getItemIndex(list);
    expect(getItemIndex(list)).toBe(index);
    expect(peekItemIndex(list)).toBe(index);
    expect(index.n).toBe(3);
    expect(index.items).toEqual(list);
    expect(index.items).not.toBe(list);
  });

  it('is revalidated by identity: an array changed in place gets a new index', () => {
    const list = items.slice();
    const index = getItemIndex(list);
    list[1] = { ...list[1]!, source: 'api' };
    expect(peekItemIndex(list)).toBeUndefined();
    const again = getItemIndex(list);
    expect(again).not.toBe(index);
    expect(again.codes(SOURCE_COLUMN).values).toContain('api');
  });

  it('builds each column on first use, those asked for together in one go', () => {
    const index = getItemIndex(items.slice());
    expect(index.has(SOURCE_COLUMN)).toBe(false);
    index.prepare([SOURCE_COLUMN, STATUS_COLUMN]);
    expect(index.has(SOURCE_COLUMN) && index.has(STATUS_COLUMN)).toBe(true);
    expect(index.has(CREATOR_COLUMN)).toBe(false);
    const source = index.codes(SOURCE_COLUMN);
    expect(index.codes(SOURCE_COLUMN)).toBe(source);
    expect(source.values).toEqual(['slack', 'cli']);
    expect([...source.codes]).toEqual([0, 1, 0]);
    expect(source.lookup.get('cli')).toBe(1);
  });

  it('reads meta as one multi-valued column per key: a string is one value, an array its distinct values', () => {
    const index = getItemIndex(items.slice());
    const meta = index.meta();
    expect([...meta.keys()]).toEqual(['env', 'tags']);
    const tags = index.column({ metaKey: 'tags' })!;
    expect([...tags.codes]).toEqual([MANY_VALUES, NO_VALUE, NO_VALUE]);
    expect([...tags.multi.get(0)!].map((c) => tags.values[c])).toEqual(['x', 'y']);
    expect(index.column({ metaKey: 'nope' })).toBeUndefined();
  });

  it('builds a column from any definition (seeded values first, a label per value, multi-valued reads)', () => {
    const def: CodeColumnDef = {
      read: (it: AgentItem) => (it.meta?.tags as string[] | undefined) ?? it.title,
      seed: ['z'],
      label: (it) => it.id.toUpperCase(),
      multi: true,
    };
    const col = getItemIndex(items.slice()).codes(def);
    expect(col.values).toEqual(['z', 'x', 'y', 'b', 'c']);
    expect(col.labels[col.lookup.get('b')!]).toBe('B');
    expect(col.labels[0]).toBeUndefined();
  });

  it('keeps anything else derived from the items with the index, made once', () => {
    const index = getItemIndex(items.slice());
    let made = 0;
    const make = () => ({ n: ++made });
    expect(index.memo('k', make)).toBe(index.memo('k', make));
    expect(made).toBe(1);
  });
});
