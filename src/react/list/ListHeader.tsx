import { clsx } from 'clsx';
import { forwardRef, type FocusEventHandler, type KeyboardEventHandler } from 'react';
import { SortIcon } from '../badges';
import type { AgentActionLabels, AgentListLabels } from '../root';
import type { AgentListRowSelection } from './agent-list-props';
import type { ListColumn } from './columns';
import type { AgentListClassNames } from './list-context';
import { HeaderActions, HeaderSelect } from './row-controls';
import type { ListTable } from './useListSorting';

export interface ListHeaderProps {
  table: ListTable;
  labels: AgentListLabels;
  actionLabels: AgentActionLabels;
  classNames: AgentListClassNames;
  onKeyDown: KeyboardEventHandler<HTMLDivElement>;
  onFocus: FocusEventHandler<HTMLDivElement>;
  /** The column whose header holds the grid's tab stop, `null` when a row or cell does. */
  tabStop: number | null;
  selection: AgentListRowSelection | undefined;
  onToggleAll: () => void;
}

/**
 * The grid's header row: one column header per column, a sort button on the sortable ones that
 * says which order the next press gives, and `aria-sort` on each. Sticky inside the scroller, so
 * it scrolls sideways with the rows; the ref is the row group, which the list measures.
 *
 * @example
 * ```tsx
 * <ListHeader ref={headRef} table={table} labels={labels} classNames={classNames} onKeyDown={onKeyDown} />
 * ```
 */
export const ListHeader = forwardRef<HTMLDivElement, ListHeaderProps>(function ListHeader(
  { table, labels, actionLabels, classNames, onKeyDown, onFocus, tabStop, selection, onToggleAll },
  ref,
) {
  const headerGroup = table.getHeaderGroups()[0];
  return (
    <div ref={ref} role="rowgroup" className="ab-list-head" onKeyDown={onKeyDown} onFocus={onFocus}>
      <div role="row" aria-rowindex={1} className="ab-list-headrow">
        {headerGroup?.headers.map((header, col) => {
          const column = header.column;
          const meta = column.columnDef.meta as ListColumn;
          const label = meta.label ? labels[meta.label] : '';
          const canSort = column.getCanSort();
          const direction = column.getIsSorted();
          const next = column.getNextSortingOrder();
          const description = next === 'desc' ? labels.sortDescending(label) : labels.sortAscending(label);
          // One tab stop for the whole grid: a header's control is in the tab order only while it holds it.
          const tabIndex = tabStop === col ? 0 : -1;
          return (
            <div
              key={header.id}
              role="columnheader"
              aria-colindex={col + 1}
              // Only on the column the rows are sorted by (the APG: `none` on the others is noise).
              aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}
              // A header without a control is focused itself (the menu column's, or a host's).
              tabIndex={canSort || column.id === 'select' ? undefined : tabIndex}
              className={clsx('ab-header-cell', classNames.headerCell)}
              data-column={column.id}
              data-align={meta.align}
              data-sorted={direction || undefined}
            >
              {column.id === 'select' && selection ? (
                <HeaderSelect
                  selection={selection}
                  labels={actionLabels}
                  onToggleAll={onToggleAll}
                  tabIndex={tabIndex}
                />
              ) : column.id === 'actions' ? (
                <HeaderActions labels={actionLabels} />
              ) : canSort ? (
                <button
                  type="button"
                  className="ab-sort-button"
                  onClick={column.getToggleSortingHandler()}
                  tabIndex={tabIndex}
                  // The hint is the button's description (\`title\` is, when it does not name it).
                  title={description}
                >
                  <span>{label}</span>
                  <SortIcon sorted={direction} />
                </button>
              ) : (
                <span className="ab-header-label">{label}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});
ListHeader.displayName = 'ListHeader';
