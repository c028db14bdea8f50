import { clsx } from 'clsx';
import { VisuallyHidden } from '../shared';
import type { ListColumn } from './columns';

/** Placeholder rows shown while the first page loads. */
export const SKELETON_ROWS = 8;

export interface ListSkeletonProps {
  rowHeight: number;
  /** Read once, in the first cell, so a screen reader hears why the grid is empty. */
  loadingLabel: string;
  className: string | undefined;
  /** The list's columns, so the placeholders sit where the cells will. */
  columns: readonly ListColumn[];
}

/**
 * The list's loading body: `SKELETON_ROWS` rows of shimmering bars in the real columns, so the
 * layout does not jump when the items arrive.
 *
 * @example
 * ```tsx
 * <ListSkeleton rowHeight={40} loadingLabel="Loading agent runs" className={classNames.skeleton} columns={LIST_COLUMNS} />
 * ```
 */
export function ListSkeleton({ rowHeight, loadingLabel, className, columns }: ListSkeletonProps) {
  return (
    <div role="rowgroup" className="ab-list-body" data-state="loading">
      {Array.from({ length: SKELETON_ROWS }, (_, i) => (
        <div
          key={i}
          role="row"
          aria-rowindex={i + 2}
          className={clsx('ab-row', 'ab-skeleton-row', className)}
          data-state="skeleton"
          style={{ height: rowHeight, position: 'relative' }}
        >
          {columns.map((column, c) => (
            <div key={column.id} role="gridcell" className="ab-cell" data-column={column.id}>
              {i === 0 && c === 0 ? <VisuallyHidden>{loadingLabel}</VisuallyHidden> : null}
              {column.label ? <span className="ab-skeleton" aria-hidden="true" /> : null}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
