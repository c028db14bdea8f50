import { describe, expect, it } from 'vitest';
import { filterAgentItems } from '../../../src/core';
import { getSubset, recordSubset } from '../../../src/core/subset';
import { item } from './fixtures';

describe('getSubset', () => {
  const source = [item({ id: 'a' }), item({ id: 'b', status: 'failed' }), item({ id: 'c', status: 'failed' })];

  it('names the source and the positions of a filter result there', () => {
    const out = filterAgentItems(source, { statuses: ['failed'] }, { tab: 'all', viewerId: 'u_me' });
    const sub = getSubset(out)!;
    expect(sub.source).toBe(source);
    expect([...sub.indices]).toEqual([1, 2]);
  });

  it('trusts nothing changed in place since, and knows nothing of other arrays', () => {
    const out: typeof source = [source[2]!];
    recordSubset(out, source, Int32Array.of(2));
    expect(getSubset(out)).toBeDefined();
    out.push(source[0]!);
    expect(getSubset(out)).toBeUndefined();
    const moved = [source[2]!];
    recordSubset(moved, source, Int32Array.of(2));
    source.reverse();
    expect(getSubset(moved)).toBeUndefined();
    expect(getSubset(source.slice())).toBeUndefined();
  });
});
