import { describe, expect, test } from 'vitest';
import { treeKeyAction } from '../../../src/react/sub-runs/tree-keys';

const parent = (expanded: boolean) => ({ item: { id: 'p' }, hasChildren: true, expanded, parentId: undefined });
const child = { item: { id: 'c' }, hasChildren: false, expanded: false, parentId: 'p' };
const lone = { item: { id: 'x' }, hasChildren: false, expanded: false, parentId: undefined };

describe('treeKeyAction (the treegrid row keys)', () => {
  test('→ expands a collapsed parent, then moves to its first sub-run; nothing without one', () => {
    expect(treeKeyAction(parent(false), 'ArrowRight', 'c')).toEqual({ type: 'expand', id: 'p' });
    expect(treeKeyAction(parent(true), 'ArrowRight', 'c')).toEqual({ type: 'focus', id: 'c' });
    expect(treeKeyAction(parent(true), 'ArrowRight')).toBeNull();
    expect(treeKeyAction(child, 'ArrowRight')).toBeNull();
  });

  test('← collapses an open parent, or moves from a sub-run to its parent; nothing at the top', () => {
    expect(treeKeyAction(parent(true), 'ArrowLeft')).toEqual({ type: 'collapse', id: 'p' });
    expect(treeKeyAction(child, 'ArrowLeft')).toEqual({ type: 'focus', id: 'p' });
    expect(treeKeyAction(parent(false), 'ArrowLeft')).toBeNull();
    expect(treeKeyAction(lone, 'ArrowLeft')).toBeNull();
  });

  test('other keys are left to the caller', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'Enter', ' ', 'x']) expect(treeKeyAction(parent(false), key)).toBeNull();
  });
});
