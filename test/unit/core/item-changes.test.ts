import { describe, expect, it } from 'vitest';
import { applyItemChanges } from '../../../src/core';
import { ids, item } from './fixtures';

describe('applyItemChanges', () => {
  const a = item({ id: 'a', status: 'working' });
  const b = item({ id: 'b' });
  const c = item({ id: 'c' });

  it('replaces an upserted item where it stands, so the row does not move', () => {
    const canceled = { ...b, status: 'canceled' as const };
    const next = applyItemChanges([a, b, c], { upsert: [canceled] });
    expect(ids(next)).toEqual(['a', 'b', 'c']);
    expect(next[1]).toBe(canceled);
    expect(next[0]).toBe(a);
  });

  it('takes removed ids out and adds unknown upserts at the end', () => {
    const d = item({ id: 'd' });
    expect(ids(applyItemChanges([a, b, c], { remove: ['b'], upsert: [d] }))).toEqual(['a', 'c', 'd']);
  });

  it('an id both removed and upserted is kept with the new value (the upsert wins)', () => {
    const a2 = { ...a, title: 'renamed' };
    const next = applyItemChanges([a, b], { remove: ['a'], upsert: [a2] });
    expect(next.map((i) => i.title)).toEqual(['renamed', 'b']);
  });

  it('returns the same array when nothing changes, and ignores ids it does not hold', () => {
    const items = [a, b];
    expect(applyItemChanges(items, {})).toBe(items);
    expect(ids(applyItemChanges(items, { remove: ['zzz'] }))).toEqual(['a', 'b']);
  });

  it('does not change the array it was given', () => {
    const items = [a, b, c];
    applyItemChanges(items, { remove: ['a'], upsert: [{ ...c, title: 'x' }] });
    expect(ids(items)).toEqual(['a', 'b', 'c']);
    expect(items[2]).toBe(c);
  });
});
