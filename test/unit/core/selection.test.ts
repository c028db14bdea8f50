import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  clearSelection,
  getSelectionState,
  isMatchingSelection,
  isSelected,
  pruneSelection,
  selectAllMatching,
  selectRange,
  selectedIn,
  toggleAllSelection,
  toggleSelection,
} from '../../../src/core';

const ORDER = ['a', 'b', 'c', 'd', 'e'];

describe('ids selection', () => {
  it('toggles an id in and out, in the order selected', () => {
    const one = toggleSelection(EMPTY_SELECTION, 'c');
    expect(one).toEqual(['c']);
    expect(toggleSelection(one, 'a')).toEqual(['c', 'a']);
    expect(toggleSelection(one, 'c')).toBe(EMPTY_SELECTION);
    expect(isSelected(['c', 'a'], 'a')).toBe(true);
    expect(isSelected(['c', 'a'], 'b')).toBe(false);
  });

  it('selects a range between the anchor and the id, in either direction, keeping the rest', () => {
    expect(selectRange(['a'], 'b', 'd', ORDER)).toEqual(['a', 'b', 'c', 'd']);
    expect(selectRange(EMPTY_SELECTION, 'd', 'b', ORDER)).toEqual(['b', 'c', 'd']);
    expect(selectRange(['c'], 'b', 'd', ORDER)).toEqual(['c', 'b', 'd']);
  });

  it('selects the id alone when the anchor is missing or gone from the list', () => {
    expect(selectRange(EMPTY_SELECTION, null, 'c', ORDER)).toEqual(['c']);
    expect(selectRange(EMPTY_SELECTION, 'zz', 'c', ORDER)).toEqual(['c']);
  });

  it('follows the current order, so a range after a sort covers the rows between them as shown', () => {
    const sorted = ['e', 'd', 'c', 'b', 'a'];
    expect(selectRange(EMPTY_SELECTION, 'e', 'c', sorted)).toEqual(['e', 'd', 'c']);
  });

  it('clears to the shared empty selection', () => {
    expect(clearSelection()).toBe(EMPTY_SELECTION);
  });

  it('header checkbox: selects all loaded rows, or clears them when all are selected', () => {
    expect(toggleAllSelection(['b'], ORDER)).toEqual(['b', 'a', 'c', 'd', 'e']);
    expect(toggleAllSelection(ORDER, ORDER)).toBe(EMPTY_SELECTION);
  });

  it('selects each id once, from nothing or from some, and the result answers lookups', () => {
    const fromNothing = toggleAllSelection(EMPTY_SELECTION, ['a', 'b', 'a', 'c']);
    expect(fromNothing).toEqual(['a', 'b', 'c']);
    expect(getSelectionState(fromNothing, ['a', 'b', 'c'])).toEqual({
      count: 3,
      someSelected: false,
      allSelected: true,
    });
    const fromSome = toggleAllSelection(['c'], ['a', 'c', 'b', 'a']);
    expect(fromSome).toEqual(['c', 'a', 'b']);
    expect(isSelected(fromSome, 'b')).toBe(true);
    expect(isSelected(fromSome, 'd')).toBe(false);
    // A selection of ids not in the rows counts, but does not check the header.
    expect(getSelectionState(['x', 'a'], ['a', 'b'])).toEqual({ count: 2, someSelected: true, allSelected: false });
  });

  it('derives some/all for the header checkbox', () => {
    expect(getSelectionState(EMPTY_SELECTION, ORDER)).toEqual({ count: 0, someSelected: false, allSelected: false });
    expect(getSelectionState(['a'], ORDER)).toEqual({ count: 1, someSelected: true, allSelected: false });
    expect(getSelectionState(ORDER, ORDER)).toEqual({ count: 5, someSelected: false, allSelected: true });
    expect(getSelectionState(EMPTY_SELECTION, [])).toEqual({ count: 0, someSelected: false, allSelected: false });
  });
});

describe('prune', () => {
  it('drops ids that left the list and reports them', () => {
    expect(pruneSelection(['a', 'b', 'c'], ['b', 'z'])).toEqual({ selection: ['b'], removed: ['a', 'c'] });
    expect(pruneSelection(['a'], new Set<string>())).toEqual({ selection: EMPTY_SELECTION, removed: ['a'] });
  });

  it('keeps the same value when nothing dropped out', () => {
    const selection = ['a', 'b'];
    const result = pruneSelection(selection, ORDER);
    expect(result.selection).toBe(selection);
    expect(result.removed).toEqual([]);
  });

  it('leaves "all matching" alone: it names a query, not rows', () => {
    const matching = { matching: true as const, except: ['zz'] };
    expect(pruneSelection(matching, ORDER).selection).toBe(matching);
  });
});

describe('all matching', () => {
  it('is a query shape, not a list of ids', () => {
    const all = selectAllMatching();
    expect(all).toEqual({ matching: true, except: [] });
    expect(isMatchingSelection(all)).toBe(true);
    expect(isMatchingSelection(['a'])).toBe(false);
  });

  it('deselecting adds to except, reselecting removes it', () => {
    const less = toggleSelection(selectAllMatching(), 'b');
    expect(less).toEqual({ matching: true, except: ['b'] });
    expect(isSelected(less, 'b')).toBe(false);
    expect(isSelected(less, 'zz')).toBe(true);
    expect(toggleSelection(less, 'b')).toEqual({ matching: true, except: [] });
  });

  it('counts total minus except, partial over the loaded rows when some are excepted', () => {
    const less = { matching: true as const, except: ['b'] };
    expect(getSelectionState(less, ORDER, 1200)).toEqual({ count: 1199, someSelected: true, allSelected: false });
    expect(getSelectionState(selectAllMatching(), ORDER, 1200).allSelected).toBe(true);
    expect(getSelectionState(selectAllMatching(), ORDER).count).toBeUndefined();
    expect(selectedIn(less, ORDER)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('a range takes its ids out of except; the header checkbox clears it', () => {
    expect(selectRange({ matching: true, except: ['b', 'c', 'e'] }, 'a', 'c', ORDER)).toEqual({
      matching: true,
      except: ['e'],
    });
    expect(toggleAllSelection(selectAllMatching(), ORDER)).toBe(EMPTY_SELECTION);
  });
});
