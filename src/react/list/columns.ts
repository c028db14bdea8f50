import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { ComponentType } from 'react';
import type { AgentItem } from '../../core/types';
import { CreatedCell, CreatorCell, CreditsCell, DurationCell, SourceCell, StatusCell, TitleCell } from './cells';
import type { CellProps } from './context';
import type { AgentListColumnId, AgentListLabels } from './labels';

/** What `<AgentList>` reads from a column definition besides TanStack's own fields. */
export interface AgentColumnMeta {
  /** Which label names the column. */
  label: keyof Pick<
    AgentListLabels,
    | 'columnTitle'
    | 'columnSource'
    | 'columnStatus'
    | 'columnCreator'
    | 'columnCreated'
    | 'columnDuration'
    | 'columnCredits'
  >;
  /** Renders the cell for one item (see `AgentList` for why cells are not TanStack cells). */
  Cell: ComponentType<CellProps>;
  align?: 'start' | 'end';
}

/**
 * Registered once, at module scope. Only sorting: the table owns the column model, header groups
 * and sort state; the rows themselves never go through TanStack's row models (see `AgentList`).
 */
export const listFeatures = tableFeatures({
  rowSortingFeature,
  columnMeta: {} as AgentColumnMeta,
});

const helper = createColumnHelper<typeof listFeatures, AgentItem>();

// Accessors only declare what a column sorts on (they make a column sortable for TanStack); the
// actual order is computed by `sortAgentItems` with precomputed keys.
export const listColumns = helper.columns([
  helper.accessor('title', {
    id: 'title',
    enableSorting: true,
    sortDescFirst: false,
    meta: { label: 'columnTitle', Cell: TitleCell },
  }),
  helper.accessor('source', {
    id: 'source',
    enableSorting: false,
    meta: { label: 'columnSource', Cell: SourceCell },
  }),
  helper.accessor('status', {
    id: 'status',
    enableSorting: false,
    meta: { label: 'columnStatus', Cell: StatusCell },
  }),
  helper.accessor((item) => item.creator?.name ?? '', {
    id: 'creator',
    enableSorting: false,
    meta: { label: 'columnCreator', Cell: CreatorCell },
  }),
  helper.accessor('createdAt', {
    id: 'createdAt',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'columnCreated', Cell: CreatedCell },
  }),
  helper.accessor((item) => item.endedAt ?? null, {
    id: 'duration',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'columnDuration', Cell: DurationCell, align: 'end' },
  }),
  helper.accessor((item) => item.credits ?? null, {
    id: 'credits',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'columnCredits', Cell: CreditsCell, align: 'end' },
  }),
]);

export const COLUMN_COUNT = 7;

export type { AgentListColumnId };
