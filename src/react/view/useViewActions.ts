import { useCallback, useEffect, useMemo, useRef } from 'react';
import { formatCount } from '../../core/format';
import { isMatchingSelection } from '../../core/selection';
import type { AgentItem } from '../../core/types';
import type { AgentDataUpdate } from '../../data';
import { useAgentActions, type AgentActionHandler } from '../actions';
import type { AgentViewState } from '../hooks';
import type { AgentListRowActions, AgentListRowSelection } from '../list';
import { defaultActionLabels, useLabels } from '../root';
import { useAgentSelection, type AgentBulkToolbarProps } from '../selection';
import type { AgentManagementViewProps } from './view-props';

export interface ViewActionsOptions extends Pick<
  AgentManagementViewProps,
  | 'actions'
  | 'customActions'
  | 'onAction'
  | 'selection'
  | 'defaultSelection'
  | 'onSelectionChange'
  | 'getItemHref'
  | 'timeZone'
  | 'locale'
  | 'dataSource'
> {
  view: AgentViewState;
  /** Merges an action's `upsert` / `remove` into plain `items` (the view's overlay). */
  applyToItems: (update: AgentDataUpdate) => void;
  /** Offers "Show details" in the rows' menus. */
  onShowDetails?: (item: AgentItem) => void;
}

/**
 * The management view's actions and selection: runs actions through `useAgentActions` (results
 * merged into the data source's loader, or over plain `items`), keeps the selection through
 * `useAgentSelection` over the visible rows (an "all matching" selection ends when the question
 * changes), and hands the list and the bulk toolbar what they take. Row actions are on when the host
 * offers any (`actions`, `customActions`, `onAction` or a data source that acts); selection is on
 * with them, or when the host controls it.
 *
 * @example
 * ```tsx
 * const act = useViewActions({ ...props, view, applyToItems });
 * <AgentList rowActions={act.rowActions} rowSelection={act.rowSelection} … />
 * ```
 */
export function useViewActions(options: ViewActionsOptions) {
  const { view, applyToItems, actions, customActions, getItemHref, timeZone, locale } = options;
  const { tab, filters, visibleItems, data, remote } = view;
  const labels = useLabels(defaultActionLabels, undefined);
  const canAct =
    options.onAction !== undefined ||
    (options.actions?.length ?? 0) > 0 ||
    (options.customActions?.length ?? 0) > 0 ||
    typeof options.dataSource?.action === 'function';
  const selectable = canAct || options.selection !== undefined || options.defaultSelection !== undefined;

  const onUpdate = remote ? data.applyUpdate : applyToItems;
  const runner = useAgentActions({
    actions,
    customActions,
    getItemHref,
    onAction: options.onAction as AgentActionHandler | undefined,
    dataSource: options.dataSource ?? undefined,
    onUpdate,
    timeZone,
    locale,
  });

  const orderedIds = useMemo(() => (selectable ? visibleItems.map((item) => item.id) : []), [visibleItems, selectable]);
  // While a data source's first answer is loading there is no list to prune the selection against.
  const presentIds = remote && data.loading && data.items.length === 0 ? undefined : orderedIds;
  const sel = useAgentSelection({
    selection: options.selection,
    defaultSelection: options.defaultSelection,
    onSelectionChange: options.onSelectionChange,
    orderedIds,
    presentIds,
    total: remote ? data.total : visibleItems.length,
  });

  // "All matching" names a question: a new tab or new filters end it.
  const question = useRef({ tab, filters });
  const { clear, selection } = sel;
  useEffect(() => {
    if (question.current.tab === tab && question.current.filters === filters) return;
    question.current = { tab, filters };
    if (isMatchingSelection(selection)) clear();
  }, [tab, filters, selection, clear]);

  const byId = useMemo(() => {
    const map = new Map<string, AgentItem>();
    if (selectable) for (const item of visibleItems) map.set(item.id, item);
    return map;
  }, [visibleItems, selectable]);
  const { isSelected, count } = sel;
  // A list of ids costs its own length (one checked row among 100,000 is one lookup); "all
  // matching" is every loaded row not excepted.
  const selectedItems = useMemo(() => {
    if (count === 0) return [];
    if (!isMatchingSelection(sel.selection))
      return sel.selection.map((id) => byId.get(id)).filter((item): item is AgentItem => item !== undefined);
    return visibleItems.filter((item) => isSelected(item.id));
  }, [visibleItems, isSelected, count, sel.selection, byId]);

  const { request } = runner;
  const onRowAction = useCallback(
    (action: string, item: AgentItem, origin: HTMLElement | null) => request(action, { items: [item] }, origin),
    [request],
  );
  const rowActions: AgentListRowActions | undefined = canAct
    ? { actions, customActions, onAction: onRowAction, onShowDetails: options.onShowDetails, busyIds: runner.busyIds }
    : undefined;
  const rowSelection: AgentListRowSelection | undefined = selectable ? sel : undefined;

  const matching = isMatchingSelection(sel.selection);
  const except = isMatchingSelection(sel.selection) ? sel.selection.except : undefined;
  const onBulkAction = useCallback(
    (action: string, ids: readonly string[]) => {
      const origin = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (except !== undefined) {
        request(action, { match: { tab, filters, except: [...except] }, count: sel.count }, origin);
      } else {
        const items = ids.map((id) => byId.get(id)).filter((item): item is AgentItem => item !== undefined);
        request(action, { items }, origin);
      }
    },
    [except, request, tab, filters, sel.count, byId],
  );

  const toolbar: AgentBulkToolbarProps | null =
    selectable && (matching || (sel.count ?? 0) > 0)
      ? {
          selection: sel.selection,
          selectedItems,
          count: sel.count,
          ...(remote && data.total !== undefined ? { total: data.total } : {}),
          loadedCount: visibleItems.length,
          actions,
          customActions,
          onAction: onBulkAction,
          onSelectAllMatching: sel.selectAllMatching,
          matchStatuses: filters.statuses,
          onClear: sel.clear,
          running: runner.running,
          onAbort: runner.abort,
        }
      : null;

  const pruned = sel.pruned.length;
  const announcement = pruned > 0 ? labels.selectionPruned(pruned, formatCount(pruned, locale)) : '';

  return { rowActions, rowSelection, toolbar, confirmProps: runner.confirmProps, announcement };
}
