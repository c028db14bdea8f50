import { describe, expect, it } from 'vitest';
import { selectNeedsYou } from '../../../src/core';
import { ids, item } from './fixtures';

describe('selectNeedsYou', () => {
  it('is the viewer’s blocked items, in input order', () => {
    const items = [
      item({ id: 'a', status: 'blocked' }),
      item({ id: 'b', status: 'blocked', creator: { id: 'u_2', name: 'Bo' } }),
      item({ id: 'c', status: 'failed' }),
      item({ id: 'd', status: 'blocked', kind: 'interactive' }),
    ];
    expect(ids(selectNeedsYou(items, 'u_me'))).toEqual(['a', 'd']);
    expect(ids(selectNeedsYou(items, 'u_2'))).toEqual(['b']);
    expect(selectNeedsYou([], 'u_me')).toEqual([]);
  });
});
