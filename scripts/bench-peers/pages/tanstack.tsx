import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equals,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
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
import './tanstack.css';

// A hand-built TanStack Table v9 + react-virtual page, the way its docs build one: features and
// columns at module scope, client-side sorted and filtered row models, the rows virtualised.
const features = tableFeatures({
  columnFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: { equals: filterFn_equals },
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, datetime: sortFn_datetime },
});
const helper = createColumnHelper<typeof features, PeerRow>();
const columns = helper.columns([
  helper.accessor('title', { header: 'Title', sortFn: 'alphanumeric' }),
  helper.accessor('source', { header: 'Source', sortFn: 'alphanumeric' }),
  helper.accessor('status', { header: 'Status', sortFn: 'alphanumeric', filterFn: 'equals' }),
  helper.accessor('creator', { header: 'Creator', sortFn: 'alphanumeric' }),
  helper.accessor('createdAt', {
    header: 'Created',
    sortFn: 'datetime',
    sortDescFirst: true,
    cell: (info) => formatCreated(info.getValue()),
  }),
  helper.accessor((row) => row.durationMs ?? undefined, {
    id: 'duration',
    header: 'Duration',
    sortFn: 'basic',
    sortDescFirst: true,
    sortUndefined: 'last',
    cell: (info) => formatDurationCell(info.getValue()),
  }),
  helper.accessor((row) => row.credits ?? undefined, {
    id: 'credits',
    header: 'Credits',
    sortFn: 'basic',
    sortDescFirst: true,
    sortUndefined: 'last',
    cell: (info) => formatCreditsCell(info.getValue()),
  }),
]);
const template = `minmax(200px, 1fr) ${COLUMN_WIDTHS.source}px ${COLUMN_WIDTHS.status}px ${COLUMN_WIDTHS.creator}px ${COLUMN_WIDTHS.createdAt}px ${COLUMN_WIDTHS.duration}px ${COLUMN_WIDTHS.credits}px`;
const END = new Set(['duration', 'credits']);

let api: { setStatus: (value: string | null) => void } | null = null;

function RunsTable({ data }: { data: PeerRow[] }) {
  const table = useTable({ features, columns, data, getRowId: (row) => row.id });
  api = {
    setStatus: (value) => table.setColumnFilters(value === null ? [] : [{ id: 'status', value }]),
  };
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
  });
  return (
    <div ref={scrollRef} className="tt-grid" role="grid" aria-rowcount={rows.length + 1} aria-colcount={columns.length}>
      {table.getHeaderGroups().map((group) => (
        <div key={group.id} role="row" aria-rowindex={1} className="tt-head" style={{ gridTemplateColumns: template }}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <div
                key={header.id}
                role="columnheader"
                data-column={header.column.id}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                className={END.has(header.column.id) ? 'tt-end' : undefined}
              >
                <button type="button" onClick={header.column.getToggleSortingHandler()}>
                  <table.FlexRender header={header} />
                  {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                </button>
              </div>
            );
          })}
        </div>
      ))}
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={row.id}
              role="row"
              data-index={item.index}
              aria-rowindex={item.index + 2}
              className="tt-row"
              style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: template }}
            >
              {row.getAllCells().map((cell) => (
                <div
                  key={cell.id}
                  role="gridcell"
                  data-column={cell.column.id}
                  className={END.has(cell.column.id) ? 'tt-end' : undefined}
                >
                  <table.FlexRender cell={cell} />
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

const grid = () => document.querySelector<HTMLElement>('.tt-grid');

installBench({
  name: 'TanStack page',
  prepare: toPeerRows,
  render: (root, rows) => root.render(<RunsTable data={rows as PeerRow[]} />),
  rowSelector: '.tt-grid [role="row"][data-index]',
  rowIndex: (row) => Number(row.getAttribute('data-index')),
  creditsSelector: '[data-column="credits"]',
  grid,
  scroller: grid,
  sortByCredits: () => grid()!.querySelector<HTMLElement>('[data-column="credits"] button')!.click(),
  filterFailed: () => api!.setStatus('Failed'),
  clearFilter: () => api!.setStatus(null),
});
