import { functionalUpdate, useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { sortAgentItems, type AgentSortColumn, type AgentSorting } from '../../core/sort';
import type { SourceRegistry } from '../../core/sources';
import type { AgentItem } from '../../core/types';
import { useControllableState } from '../hooks';
import { columnSet, listFeatures, type ListColumnSet } from './columns';

const NO_DATA: AgentItem[] = [];
const DEFAULT_SORTING: AgentSorting = { id: 'createdAt', desc: true };
const SORT_COLUMNS: ReadonlySet<string> = new Set<AgentSortColumn>([
  'title',
  'source',
  'status',
  'creator',
  'createdAt',
  'duration',
  'credits',
]);

function isSortColumn(id: unknown): id is AgentSortColumn {
  return typeof id === 'string' && SORT_COLUMNS.has(id);
}

export interface ListSortingOptions {
  items: readonly AgentItem[];
  sorting: AgentSorting | undefined;
  defaultSorting: AgentSorting | undefined;
  onSortingChange: ((sorting: AgentSorting) => void) | undefined;
  locale: string | undefined;
  /** Fixed clock in epoch ms, or `undefined` for the real one. */
  nowMs: number | undefined;
  /** Host-registered sources: Source sorts by their labels. */
  sourceRegistry?: SourceRegistry | undefined;
  /** The column definitions (`columnSet(…).defs`); default: the data columns alone. */
  columns?: ListColumnSet['defs'];
}

/**
 * The list's order: the sort state (controlled or not), TanStack Table's column model fed no data
 * (it never builds a row model, so 100,000 items cost it nothing), and the items sorted by
 * `sortAgentItems`, memoised on items and sorting. A sort naming no sortable column (from an
 * untyped host) shows the default order, Created newest first.
 *
 * @example
 * ```tsx
 * const { table, sorted } = useListSorting({ items, sorting, defaultSorting, onSortingChange, locale, nowMs });
 * ```
 */
export function useListSorting({
  items,
  sorting,
  defaultSorting,
  onSortingChange,
  locale,
  nowMs,
  sourceRegistry,
  columns = columnSet(false, false).defs,
}: ListSortingOptions) {
  const [sortValue, setSort] = useControllableState<AgentSorting>({
    prop: sorting,
    defaultProp: defaultSorting ?? DEFAULT_SORTING,
    onChange: onSortingChange,
    name: 'AgentList.sorting',
  });
  const validSorting = isSortColumn(sortValue?.id) ? sortValue : DEFAULT_SORTING;
  const sortId = validSorting.id;
  const sortDesc = !!validSorting.desc;
  const sortingState = useMemo<SortingState>(() => [{ id: sortId, desc: sortDesc }], [sortId, sortDesc]);
  const onTableSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      setSort((prev) => {
        const [first] = functionalUpdate(updater, [prev]);
        if (!first || !isSortColumn(first.id)) return prev;
        if (first.id === prev.id && first.desc === prev.desc) return prev;
        return { id: first.id, desc: first.desc };
      });
    },
    [setSort],
  );
  const table = useTable({
    features: listFeatures,
    columns,
    data: NO_DATA,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting: sortingState },
    onSortingChange: onTableSortingChange,
  });
  const sorted = useMemo(
    () => sortAgentItems(items, { id: sortId, desc: sortDesc }, { locale, now: nowMs ?? Date.now(), sourceRegistry }),
    [items, sortId, sortDesc, locale, nowMs, sourceRegistry],
  );
  return { table, sorted, sortId, sortDesc };
}

/** The column model `useListSorting` returns, as the header reads it. */
export type ListTable = ReturnType<typeof useListSorting>['table'];
