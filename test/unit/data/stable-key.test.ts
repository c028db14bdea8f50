// The key a query is remembered by: equal for equal plain data whatever the key order, different
// for anything that asks something else.
import { describe, expect, it } from 'vitest';
import { stableKey } from '../../../src/data/stable-key';

describe('stableKey', () => {
  it('ignores the order of object keys, at every depth', () => {
    expect(stableKey({ statuses: ['failed'], sources: ['slack'] })).toBe(
      stableKey({ sources: ['slack'], statuses: ['failed'] }),
    );
    expect(stableKey({ a: { x: 1, y: 2 } })).toBe(stableKey({ a: { y: 2, x: 1 } }));
  });

  it('leaves out undefined entries, so an absent and an undefined filter are the same query', () => {
    expect(stableKey({ query: undefined, tab: 'all' })).toBe(stableKey({ tab: 'all' }));
  });

  it('keeps array order and null, which do change the question', () => {
    expect(stableKey(['a', 'b'])).not.toBe(stableKey(['b', 'a']));
    expect(stableKey({ cursor: null })).not.toBe(stableKey({}));
  });

  it('tells apart values JSON would confuse by type', () => {
    const keys = [stableKey(1), stableKey('1'), stableKey([1]), stableKey({ 0: 1 }), stableKey(true), stableKey(null)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('escapes keys and strings, so crafted text cannot collide with structure', () => {
    expect(stableKey({ 'a":1,"b': 2 })).not.toBe(stableKey({ a: 1, b: 2 }));
    expect(stableKey(['a,b'])).not.toBe(stableKey(['a', 'b']));
  });

  it('gives a string for undefined and for nested undefined array members', () => {
    expect(typeof stableKey(undefined)).toBe('string');
    expect(stableKey([undefined])).not.toBe(stableKey([null]));
  });
});
