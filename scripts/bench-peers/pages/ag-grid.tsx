import { AllCommunityModule, type ColDef, type GridApi } from 'ag-grid-community';
import { AgGridProvider, AgGridReact } from 'ag-grid-react';
import {
  COLUMN_WIDTHS,
  formatCreated,
  formatCreditsCell,
  formatDurationCell,
  ROW_HEIGHT,
  toPeerRows,
  type PeerRow,
} from '../data';
import { installBench } from '../driver';

// AG Grid Community 36 as its Quick Start sets it up: AllCommunityModule through AgGridProvider,
// the default theme (Quartz), the client-side row model, column definitions with formatters.
// Credits and the dates sort largest first on a first click (`sortingOrder`), as agentboard's do.
const modules = [AllCommunityModule];
const DESC_FIRST: ColDef<PeerRow>['sortingOrder'] = ['desc', 'asc', null];
const columnDefs: ColDef<PeerRow>[] = [
  { field: 'title', headerName: 'Title', flex: 1, minWidth: 200 },
  { field: 'source', headerName: 'Source', width: COLUMN_WIDTHS.source },
  { field: 'status', headerName: 'Status', width: COLUMN_WIDTHS.status, filter: 'agTextColumnFilter' },
  { field: 'creator', headerName: 'Creator', width: COLUMN_WIDTHS.creator },
  {
    field: 'createdAt',
    headerName: 'Created',
    width: COLUMN_WIDTHS.createdAt,
    sortingOrder: DESC_FIRST,
    valueFormatter: (p) => formatCreated(p.value),
  },
  {
    field: 'durationMs',
    colId: 'duration',
    headerName: 'Duration',
    width: COLUMN_WIDTHS.duration,
    type: 'rightAligned',
    sortingOrder: DESC_FIRST,
    valueFormatter: (p) => formatDurationCell(p.value),
  },
  {
    field: 'credits',
    headerName: 'Credits',
    width: COLUMN_WIDTHS.credits,
    type: 'rightAligned',
    sortingOrder: DESC_FIRST,
    valueFormatter: (p) => formatCreditsCell(p.value),
  },
];

let api: GridApi<PeerRow> | null = null;

function RunsGrid({ rows }: { rows: PeerRow[] }) {
  return (
    <AgGridProvider modules={modules}>
      <div style={{ flex: 1, minHeight: 0 }}>
        <AgGridReact<PeerRow>
          rowData={rows}
          columnDefs={columnDefs}
          getRowId={(p) => p.data.id}
          rowHeight={ROW_HEIGHT}
          headerHeight={ROW_HEIGHT}
          onGridReady={(e) => {
            api = e.api;
          }}
        />
      </div>
    </AgGridProvider>
  );
}

const grid = () => document.querySelector<HTMLElement>('.ag-root-wrapper');

installBench({
  name: 'AG Grid',
  prepare: toPeerRows,
  render: (root, rows) => root.render(<RunsGrid rows={rows as PeerRow[]} />),
  rowSelector: '.ag-grid-scrolling-container .ag-row[row-index]',
  rowIndex: (row) => Number(row.getAttribute('row-index')),
  creditsSelector: '[col-id="credits"]',
  grid,
  scroller: () => document.querySelector<HTMLElement>('.ag-grid-viewport'),
  sortByCredits: () =>
    document.querySelector<HTMLElement>('.ag-header-cell[col-id="credits"] .ag-header-cell-label')!.click(),
  filterFailed: () => api!.setFilterModel({ status: { filterType: 'text', type: 'equals', filter: 'Failed' } }),
  clearFilter: () => api!.setFilterModel(null),
});
