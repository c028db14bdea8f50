import type { RunTreeRow } from '../../core/tree';

/** What an arrow key does on a tree row (the APG treegrid's row keys). */
export type TreeKeyAction =
  { type: 'expand'; id: string } | { type: 'collapse'; id: string } | { type: 'focus'; id: string } | null;

/**
 * The action of → / ← on a row: → expands a collapsed parent, or moves to its first sub-run when
 * it is open; ← collapses an open parent, or moves to the parent of a sub-run. Any other key, or
 * one with nothing to do, is `null` (the caller lets the event go on).
 *
 * @example
 * treeKeyAction({ ...row, hasChildren: true, expanded: false }, 'ArrowRight') // { type: 'expand', id }
 */
export function treeKeyAction(
  row: Pick<RunTreeRow, 'hasChildren' | 'expanded' | 'parentId'> & { item: { id: string } },
  key: string,
  firstChildId?: string,
): TreeKeyAction {
  const id = row.item.id;
  if (key === 'ArrowRight') {
    if (!row.hasChildren) return null;
    if (!row.expanded) return { type: 'expand', id };
    return firstChildId === undefined ? null : { type: 'focus', id: firstChildId };
  }
  if (key === 'ArrowLeft') {
    if (row.hasChildren && row.expanded) return { type: 'collapse', id };
    return row.parentId === undefined ? null : { type: 'focus', id: row.parentId };
  }
  return null;
}
