import { DataGrid, useGridApiRef, type GridColDef, type GridSortDirection } from '@mui/x-data-grid';
import {
  COLUMN_WIDTHS,
  formatCreated,
  formatCreditsCell,
  formatDurationCell,
  ROW_HEIGHT,
  toPeerRows,
  type PeerRow,
} from '../data';
import { installBench, type PeerPage } from '../driver';

// MUI X DataGrid 9, the MIT `DataGrid`: rows, columns with formatters, the default theme, and its
// `apiRef` for the filter. The MIT grid always paginates and refuses a page size over 100
// (`DATA_GRID_FORCED_PROPS.pagination` and `throwIfPageSizeExceedsTheLimit` in @mui/x-data-grid), so
// it shows its default page of 100 rows: sorting and filtering run over every row, scrolling over 100.
const DESC_FIRST: readonly GridSortDirection[] = ['desc', 'asc', null];
const columns: GridColDef<PeerRow>[] = [
  { field: 'title', headerName: 'Title', flex: 1, minWidth: 200 },
  { field: 'source', headerName: 'Source', width: COLUMN_WIDTHS.source },
  { field: 'status', headerName: 'Status', width: COLUMN_WIDTHS.status },
  { field: 'creator', headerName: 'Creator', width: COLUMN_WIDTHS.creator },
  {
    field: 'createdAt',
    headerName: 'Created',
    type: 'dateTime',
    width: COLUMN_WIDTHS.createdAt,
    sortingOrder: DESC_FIRST,
    valueFormatter: (value: Date | null) => formatCreated(value),
  },
  {
    field: 'durationMs',
    headerName: 'Duration',
    type: 'number',
    width: COLUMN_WIDTHS.duration,
    sortingOrder: DESC_FIRST,
    valueFormatter: (value: number | null) => formatDurationCell(value),
  },
  {
    field: 'credits',
    headerName: 'Credits',
    type: 'number',
    width: COLUMN_WIDTHS.credits,
    sortingOrder: DESC_FIRST,
    valueFormatter: (value: number | null) => formatCreditsCell(value),
  },
];

const PAGE_SIZE = 100;
let apiRef: ReturnType<typeof useGridApiRef> | null = null;

function RunsGrid({ rows }: { rows: PeerRow[] }) {
  const ref = useGridApiRef();
  apiRef = ref;
  return (
    <div style={{ flex: 1, minHeight: 0 }}>
      <DataGrid
        apiRef={ref}
        rows={rows}
        columns={columns}
        rowHeight={ROW_HEIGHT}
        columnHeaderHeight={ROW_HEIGHT}
        initialState={{ pagination: { paginationModel: { pageSize: PAGE_SIZE, page: 0 } } }}
        pageSizeOptions={[25, 50, PAGE_SIZE]}
      />
    </div>
  );
}

const grid = () => document.querySelector<HTMLElement>('.MuiDataGrid-root');

const page: PeerPage = {
  name: 'MUI X',
  prepare: toPeerRows,
  render: (root, rows) => root.render(<RunsGrid rows={rows as PeerRow[]} />),
  rowSelector: '.MuiDataGrid-row[data-rowindex]',
  rowIndex: (row) => Number(row.getAttribute('data-rowindex')),
  creditsSelector: '[data-field="credits"]',
  grid,
  scroller: () => document.querySelector<HTMLElement>('.MuiDataGrid-virtualScroller'),
  sortByCredits: () => document.querySelector<HTMLElement>('.MuiDataGrid-columnHeader[data-field="credits"]')!.click(),
  filterFailed: () =>
    apiRef!.current!.setFilterModel({ items: [{ field: 'status', operator: 'equals', value: 'Failed' }] }),
  clearFilter: () => apiRef!.current!.setFilterModel({ items: [] }),
  pageSize: PAGE_SIZE,
};
installBench(page);
