import { createColumnHelper, rowSortingFeature, tableFeatures, type ColumnDef } from '@tanstack/react-table';
import type { ComponentType } from 'react';
import type { AgentItem } from '../../core/types';
import { CreatedCell, CreatorCell, CreditsCell, DurationCell, SourceCell, StatusCell, TitleCell } from './cells';
import type { AgentListLabels } from '../root';
import type { CellProps } from './list-context';
import { ActionsCell, SelectCell } from './row-controls';

/**
 * The columns of `<AgentList>`, in order: the row checkbox (`select`, with `rowSelection`) first and
 * the row's menu button (`actions`, with `rowActions`) last.
 */
export type AgentListColumnId =
  'select' | 'title' | 'source' | 'status' | 'creator' | 'createdAt' | 'duration' | 'credits' | 'actions';

/** One column of `<AgentList>`: how its header names and sorts it, and what its cells render. */
export interface ListColumn {
  id: AgentListColumnId;
  /** Which label names the column (the two control columns are named by the action labels). */
  label?: Extract<keyof AgentListLabels, `column${string}`>;
  /** Renders the cell for one item (see `AgentList` for why cells are not TanStack cells). */
  Cell: ComponentType<CellProps>;
  /** Numbers sit at the end of their cells. */
  align?: 'end';
  /** Only on sortable columns: the direction of a first click. */
  firstSort?: 'asc' | 'desc';
}

/**
 * The columns, in order: rows and skeleton rows render them, and each one is also its TanStack
 * column's `meta` (the header reads its label and alignment from there).
 */
export const LIST_COLUMNS: readonly ListColumn[] = [
  { id: 'title', label: 'columnTitle', Cell: TitleCell, firstSort: 'asc' },
  { id: 'source', label: 'columnSource', Cell: SourceCell, firstSort: 'asc' },
  { id: 'status', label: 'columnStatus', Cell: StatusCell, firstSort: 'asc' },
  { id: 'creator', label: 'columnCreator', Cell: CreatorCell, firstSort: 'asc' },
  { id: 'createdAt', label: 'columnCreated', Cell: CreatedCell, firstSort: 'desc' },
  { id: 'duration', label: 'columnDuration', Cell: DurationCell, align: 'end', firstSort: 'desc' },
  { id: 'credits', label: 'columnCredits', Cell: CreditsCell, align: 'end', firstSort: 'desc' },
];

export const COLUMN_COUNT = LIST_COLUMNS.length;

const SELECT_COLUMN: ListColumn = { id: 'select', Cell: SelectCell };
const ACTIONS_COLUMN: ListColumn = { id: 'actions', Cell: ActionsCell, align: 'end' };

/**
 * Registered once, at module scope. Only sorting: the table owns the column model, header groups
 * and sort state; the rows themselves never go through TanStack's row models (see `AgentList`).
 */
export const listFeatures = tableFeatures({
  rowSortingFeature,
  columnMeta: {} as ListColumn,
});

const helper = createColumnHelper<typeof listFeatures, AgentItem>();

/** TanStack's accessor for a sortable column. Never called: the table is fed no data. */
const noValue = (): unknown => null;

// TanStack counts a column sortable when it has an accessor, so sortable columns get one; its value
// is never read, since the order is computed by `sortAgentItems` with precomputed keys.
const toDefs = (columns: readonly ListColumn[]): ReadonlyArray<ColumnDef<typeof listFeatures, AgentItem>> =>
  columns.map((column) =>
    column.firstSort
      ? helper.accessor(noValue, { id: column.id, sortDescFirst: column.firstSort === 'desc', meta: column })
      : helper.display({ id: column.id, meta: column }),
  );

/** The columns a list shows and their TanStack definitions, one object per combination. */
export interface ListColumnSet {
  columns: readonly ListColumn[];
  defs: ReadonlyArray<ColumnDef<typeof listFeatures, AgentItem>>;
}

const SETS: ListColumnSet[] = [];

/**
 * The columns with or without the checkbox and menu columns: one shared set per combination, so the
 * table's column model and the rows' cells stay the same objects from render to render.
 *
 * @example
 * columnSet(true, false).columns.map((c) => c.id) // ['select', 'title', …, 'credits']
 */
export function columnSet(select: boolean, actions: boolean): ListColumnSet {
  const key = (select ? 1 : 0) + (actions ? 2 : 0);
  let set = SETS[key];
  if (!set) {
    const columns = [...(select ? [SELECT_COLUMN] : []), ...LIST_COLUMNS, ...(actions ? [ACTIONS_COLUMN] : [])];
    set = { columns, defs: toDefs(columns) };
    SETS[key] = set;
  }
  return set;
}
