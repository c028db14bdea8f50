import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildRunTree, flattenRunTree, type AgentItem, type AgentStatus } from '../../../src/core';
import { parentRowIndex } from '../../../src/core/tree';
import { item } from './fixtures';

const run = (id: string, parentId?: string, status: AgentStatus = 'success'): AgentItem =>
  item({ id, status, ...(parentId === undefined ? {} : { parentId }) });

const rowsOf = (items: AgentItem[], expanded: string[] = [], context?: AgentItem[]) =>
  flattenRunTree(buildRunTree(items, context ? { context } : {}), new Set(expanded)).map((r) => [
    r.item.id,
    r.level,
    r.hasChildren,
    r.expanded,
    r.posInSet,
    r.setSize,
  ]);

describe('buildRunTree', () => {
  // The list order as given: p1, a, p2, b, c, d (a, b under p1; c under p2; d under b).
  const ITEMS = [run('p1'), run('a', 'p1'), run('p2'), run('b', 'p1'), run('c', 'p2'), run('d', 'b')];

  test('sub-runs nest under their parent in the list order; top-level rows keep it too', () => {
    const tree = buildRunTree(ITEMS);
    expect(tree.roots.map((i) => i.id)).toEqual(['p1', 'p2']);
    expect(tree.childrenOf('p1').map((i) => i.id)).toEqual(['a', 'b']);
    expect(tree.childrenOf('b').map((i) => i.id)).toEqual(['d']);
    expect(tree.childrenOf('a')).toEqual([]);
  });

  test('flattening follows the expanded set, with level, position and set size', () => {
    expect(rowsOf(ITEMS)).toEqual([
      ['p1', 1, true, false, 1, 2],
      ['p2', 1, true, false, 2, 2],
    ]);
    expect(rowsOf(ITEMS, ['p1'])).toEqual([
      ['p1', 1, true, true, 1, 2],
      ['a', 2, false, false, 1, 2],
      ['b', 2, true, false, 2, 2],
      ['p2', 1, true, false, 2, 2],
    ]);
    expect(rowsOf(ITEMS, ['p1', 'b', 'p2'])).toEqual([
      ['p1', 1, true, true, 1, 2],
      ['a', 2, false, false, 1, 2],
      ['b', 2, true, true, 2, 2],
      ['d', 3, false, false, 1, 1],
      ['p2', 1, true, true, 2, 2],
      ['c', 2, false, false, 1, 1],
    ]);
    // Collapsing a parent hides its expanded descendants too; an id without children never expands.
    expect(rowsOf(ITEMS, ['b', 'a'])).toEqual(rowsOf(ITEMS));
    const nested = flattenRunTree(buildRunTree(ITEMS), new Set(['p1', 'b']));
    expect(nested.find((r) => r.item.id === 'd')?.parentId).toBe('b');
    expect(nested[0]!.parentId).toBeUndefined();
  });

  test('rollups count every sub-run below by status, and flag a success hiding a failure', () => {
    const items = [
      run('p', undefined, 'success'),
      run('w1', 'p', 'working'),
      run('w2', 'p', 'working'),
      run('f', 'w1', 'failed'),
      run('q', undefined, 'failed'),
      run('s', 'q', 'failed'),
    ];
    const tree = buildRunTree(items);
    const p = tree.rollupOf('p')!;
    expect(p.total).toBe(3);
    expect(p.byStatus).toEqual({ working: 2, blocked: 0, canceled: 0, failed: 1, success: 0 });
    expect(p.succeededWithFailures).toBe(true);
    expect(tree.rollupOf('w1')).toMatchObject({ total: 1, failed: 1, succeededWithFailures: false });
    // A parent that failed itself says so already: no extra warning.
    expect(tree.rollupOf('q')).toMatchObject({ total: 1, failed: 1, succeededWithFailures: false });
    expect(tree.rollupOf('w2')).toBeUndefined();
  });

  test('a sub-run whose parent is not in the list is a top-level row naming its parent', () => {
    const tree = buildRunTree([run('x', 'gone'), run('y')]);
    expect(tree.roots.map((i) => i.id)).toEqual(['x', 'y']);
    expect(tree.missingParentOf('x')).toBe('gone');
    expect(tree.missingParentOf('y')).toBeUndefined();
  });

  test('filters apply to every row: a matching child of a filtered-out parent names it; rollups use the context', () => {
    const all = [
      item({ id: 'p', title: 'Nightly release', status: 'success' }),
      run('ok', 'p', 'success'),
      run('bad', 'p', 'failed'),
    ];
    // Status = Failed keeps only the child: it shows on its own, naming the parent by title.
    const failedOnly = buildRunTree([all[2]!], { context: all });
    expect(failedOnly.roots.map((i) => i.id)).toEqual(['bad']);
    expect(failedOnly.missingParentOf('bad')).toBe('Nightly release');
    // Status = Success keeps the parent and one child; its rollup still sees the filtered-out failure.
    const successOnly = buildRunTree([all[0]!, all[1]!], { context: all });
    expect(successOnly.childrenOf('p').map((i) => i.id)).toEqual(['ok']);
    expect(successOnly.rollupOf('p')).toMatchObject({ total: 2, failed: 1, succeededWithFailures: true });
    // Without a context the rollup counts only what is in the list.
    expect(buildRunTree([all[0]!, all[1]!]).rollupOf('p')).toMatchObject({ total: 1, failed: 0 });
  });

  test('a self-reference or a cycle of parents still shows every item once', () => {
    const items = [run('s', 's'), run('a', 'b'), run('b', 'c'), run('c', 'a')];
    const rows = flattenRunTree(buildRunTree(items), new Set(['s', 'a', 'b', 'c']));
    expect(rows.map((r) => r.item.id).sort()).toEqual(['a', 'b', 'c', 's']);
    expect(buildRunTree(items).rollupOf('s')).toBeUndefined();
  });

  test('property: fully expanded, every item shows once, children right under their parent, in list order', () => {
    const arb = fc
      .integer({ min: 1, max: 40 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.option(fc.integer({ min: 0, max: n + 3 }), { nil: undefined }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(arb, ([n, parents]) => {
        const items = Array.from({ length: n }, (_, i) =>
          run(`r${i}`, parents[i] === undefined ? undefined : `r${parents[i]}`),
        );
        const tree = buildRunTree(items);
        const rows = flattenRunTree(tree, new Set(items.map((i) => i.id)));
        expect(rows.map((r) => r.item.id).sort()).toEqual(items.map((i) => i.id).sort());
        const position = new Map(items.map((it, i) => [it.id, i]));
        rows.forEach((row, i) => {
          if (row.parentId !== undefined) {
            // The nearest shallower row above is the parent.
            let j = i - 1;
            while (rows[j]!.level >= row.level) j--;
            expect(rows[j]!.item.id).toBe(row.parentId);
          }
        });
        // Siblings keep the list's order.
        for (const parent of [undefined, ...items.map((i) => i.id)]) {
          const sibs = rows.filter((r) => r.parentId === parent).map((r) => position.get(r.item.id)!);
          expect(sibs).toEqual([...sibs].sort((a, b) => a - b));
        }
        // Collapsed, only the top level shows.
        expect(flattenRunTree(tree, new Set()).every((r) => r.level === 1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parentRowIndex', () => {
  const ITEMS = [run('p1'), run('a', 'p1'), run('b', 'p1'), run('d', 'b'), run('p2'), run('c', 'p2')];
  const rows = flattenRunTree(buildRunTree(ITEMS), new Set(['p1', 'b', 'p2']));
  const at = (id: string) => rows.findIndex((row) => row.item.id === id);

  test('a sub-run points at the row of its parent, at any depth, in the rows as they show', () => {
    expect(rows.map((row) => row.item.id)).toEqual(['p1', 'a', 'b', 'd', 'p2', 'c']);
    for (const id of ['a', 'b', 'd', 'c']) {
      const parent = ITEMS.find((i) => i.id === id)!.parentId;
      expect(rows[parentRowIndex(rows, at(id))]!.item.id).toBe(parent);
    }
  });

  test('a top-level row and an index outside the rows have none', () => {
    expect(parentRowIndex(rows, at('p2'))).toBe(-1);
    expect(parentRowIndex(rows, 0)).toBe(-1);
    expect(parentRowIndex(rows, rows.length + 3)).toBe(-1);
  });
});
