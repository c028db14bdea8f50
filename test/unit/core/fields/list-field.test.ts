import { describe, expect, it } from 'vitest';
import { byValue, toSet, uniqueStrings } from '../../../../src/core/fields/list-field';

describe('list-field helpers', () => {
  it('toSet: the string values of a non-empty array, else no filter (null)', () => {
    expect(toSet(undefined)).toBeNull();
    expect(toSet([])).toBeNull();
    expect(toSet('slack')).toBeNull();
    expect([...toSet(['a', 1, 'b', 'a'])!]).toEqual(['a', 'b']);
    // A selection of nothing usable still filters (and matches nothing).
    expect(toSet([1, 2])!.size).toBe(0);
  });

  it('uniqueStrings: non-empty strings, each once, in order', () => {
    expect(uniqueStrings(['b', '', 'a', 'b', 3])).toEqual(['b', 'a']);
    expect(uniqueStrings('ab')).toEqual([]);
  });

  it('byValue orders options by their value as plain strings', () => {
    const o = (value: string) => ({ value, label: '', count: 0 });
    expect([o('b'), o('B'), o('a')].sort(byValue).map((x) => x.value)).toEqual(['B', 'a', 'b']);
  });
});
