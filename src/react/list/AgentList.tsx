import { clsx } from 'clsx';
import { forwardRef, useId, useRef } from 'react';
import { toEpoch } from '../../core/epoch';
import { formatCount } from '../../core/format';
import type { AgentSortColumn, AgentSorting } from '../../core/sort';
import type { AgentItem } from '../../core/types';
import { useShallowStable } from '../hooks';
import {
  defaultAgentListLabels,
  defaultInspectLabels,
  useLabels,
  useSettings,
  useStandaloneRootProps,
  type AgentInspectLabels,
  type LabelOverrides,
} from '../root';
import type { AgentListClassNames, ListRenderContext } from './list-context';
import { ListHeader } from './ListHeader';
import type { AgentListProps } from './agent-list-props';
import { useRowControls } from './useRowControls';
import { ListBody } from './ListBody';
import { useGridStyle } from './grid-style';
import { CreatedTooltip } from './CreatedTooltip';
import { useListSorting } from './useListSorting';
import { useListWindow } from './useListWindow';
import { useRowInteraction } from './useRowInteraction';
import { useHeaderKeys } from './useHeaderKeys';
import { useCurrentRow } from './useCurrentRow';
import { useSubRunToggle } from './useSubRunToggle';
import { useListTree } from './useListTree';
import { useRowSize } from './useRowSize';
import { useRovingFocus } from './useRovingFocus';

export type { AgentListClassNames, AgentListProps, AgentSortColumn, AgentSorting };

const EMPTY_ITEMS: AgentItem[] = [];
const NO_CLASSNAMES: AgentListClassNames = {};
/**
 * The list of agent items: a virtualised ARIA grid with the columns Title, Source, Status, Creator,
 * Created, Duration and Credits, plus a checkbox column (`rowSelection`) and a menu column
 * (`rowActions`).
 *
 * Sub-runs (`nestSubRuns`, default on): once a row has sub-runs in the list the grid is a
 * `treegrid`, its rows carry `aria-level`, `aria-posinset`, `aria-setsize` and parents
 * `aria-expanded`; a parent shows "Show {n} sub-runs" and how they stand ("2 working · 1 failed",
 * "Succeeded, but 1 sub-run failed"), a sub-run whose parent is not in the list "Sub-run of …".
 * A row shows its artifacts on the title line (compact: a pull request with its state, a branch to
 * copy, "+n" opens the details), and a failed row says what went wrong in words
 * (`describeAgentError`: a known code's sentence from `labels.errorMessages`).
 *
 * Keyboard: the APG grid, as React Aria's table (README › Keyboard): one tab stop over rows, cells
 * and the header row; arrows, Home/End, PageUp/PageDown and Ctrl+Home/End move; → / ← enter cells
 * and open or close a parent's sub-runs; Enter or Space opens the row (ambient rows call
 * `onOpenRun`, interactive ones `onOpenConversation`; with `getItemHref` the title is a real link,
 * http(s)/relative only, and Ctrl/Shift+Enter open it in a new tab or window); `i` shows details;
 * with `rowSelection` `x` / Shift+X select, Escape clears; with `rowActions` Shift+F10, the menu key
 * or right-click open the row's menu and the actions' shortcuts run them where they apply.
 *
 * The ref and any other `div` attribute go to the grid element (`role="grid"`, or `"treegrid"`).
 * Locale, time zone, clock, viewer, sources, source icons, class names and labels fall back to the
 * nearest `AgentboardRoot`'s settings. Data attributes: root `data-density`, `data-state`
 * (`loading` | `empty`); rows `data-index` (the position among the rows as they show), `data-kind`,
 * `data-status`, `data-state` (`expired` | `unavailable`), `data-active` (the tab stop),
 * `data-selected`, `data-current` (with `aria-current="true"`: the row of `currentId`); cells
 * `data-column`. A sub-run row sets `--_ab-level` (its depth below the top) for the indentation.
 *
 * @example
 * <AgentList items={visibleItems} subRunContext={allItems} viewerId="u_1" onOpenRun={openRun}
 *   onOpenConversation={openChat} currentId={detailsId} onShowDetails={(item) => setDetailsId(item.id)} />
 */
export const AgentList = forwardRef<HTMLDivElement, AgentListProps>(function AgentList(props, ref) {
  const {
    items: itemsProp,
    onOpenRun,
    onOpenConversation,
    getItemHref,
    sorting,
    defaultSorting,
    onSortingChange,
    className,
    style,
    density = 'comfortable',
    rowHeight: rowHeightProp,
    onEndReached,
    endReachedThreshold = 10,
    onAtTopChange,
    ariaLabel,
    height,
    loading = false,
    emptyState,
    renderTitleExtra,
    overscan = 8,
    colorScheme,
    unstyled,
    labels: labelsProp,
    viewerId: _viewerId,
    locale: _locale,
    timeZone: _timeZone,
    now: _now,
    sourceRegistry: _sourceRegistry,
    sourceIcons: _sourceIcons,
    classNames: _classNames,
    rowActions: rowActionsProp,
    rowSelection,
    nestSubRuns = true,
    subRunContext,
    currentId,
    onRowsChange,
    onShowDetails: onShowDetailsProp,
    onCopied,
    onCopyError,
    copyText,
    ...rest
  } = props;
  const { locale, timeZone, now, viewerId, sourceRegistry, sourceIcons, ...settings } = useSettings(props);
  const items = Array.isArray(itemsProp) ? itemsProp : EMPTY_ITEMS;
  const classNames = useShallowStable(settings.classNames as AgentListClassNames | undefined) ?? NO_CLASSNAMES;
  const labels = useLabels(defaultAgentListLabels, labelsProp);
  const inspectLabels = useLabels(defaultInspectLabels, labelsProp as LabelOverrides<AgentInspectLabels> | undefined);
  const controls = useRowControls(rowActionsProp, rowSelection, onShowDetailsProp);
  const { rowActions, onShowDetails, actionLabels, columns, defs, menuFor, setMenuFor } = controls;
  const columnCount = columns.length;
  const probeRef = useRef<HTMLSpanElement>(null);
  const laidOut = useRowSize(probeRef, density);
  const rowHeight = typeof rowHeightProp === 'number' && rowHeightProp > 0 ? rowHeightProp : laidOut.height;
  const nowMs = toEpoch(now, undefined);
  const countId = useId();
  const standaloneRoot = useStandaloneRootProps(colorScheme, unstyled);

  const { table, sorted, sortId, sortDesc } = useListSorting({
    items,
    sorting,
    defaultSorting,
    onSortingChange,
    locale,
    nowMs,
    sourceRegistry,
    columns: defs,
  });
  // The rows as they show: sorted, each parent's sub-runs under it while it is expanded. Everything
  // below (window, focus, selection ranges, events) indexes into these.
  const { rows, treeRows, tree, setExpanded, reveal } = useListTree({
    sorted,
    context: subRunContext,
    items,
    enabled: nestSubRuns,
    onRowsChange,
  });
  const count = rows.length;

  const scrollerRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Called from event handlers only, once the virtualiser below exists.
  const scrollToRow = (index: number): void => virtualizer.scrollToIndex(index, { align: 'auto' });
  const focus = useRovingFocus(rows, bodyRef, headRef, scrollToRow);
  const { activeIndex, moveTo, noteFocused, moveToHeader, noteHeaderFocused } = focus;
  // Clamped: the checkbox or menu column can go away while one of their cells holds the tab stop.
  const activeCol = Math.min(focus.activeCol, columnCount - 1);
  const headCol = focus.headCol === null ? null : Math.min(focus.headCol, columnCount - 1);

  const setSubRunsExpanded = useSubRunToggle({ treeRows, activeIndex, moveTo, noteFocused, setExpanded, bodyRef });
  const showSkeleton = loading && count === 0;
  const showEmpty = !loading && count === 0 && emptyState != null;
  const bodyShape = showSkeleton ? 'skeleton' : showEmpty ? 'empty' : 'rows';
  const { virtualizer, headHeight } = useListWindow({
    count,
    rowHeight,
    overscan,
    activeIndex,
    sortId,
    sortDesc,
    bodyShape,
    loading,
    onEndReached,
    endReachedThreshold,
    onAtTopChange,
    scrollerRef,
    headRef,
    bodyRef,
  });

  const grid = useGridStyle({ items, labels, locale, headHeight, spacing: laidOut, height, style });

  // Built once per change of what cells show, so memoised rows stay still otherwise.
  const ctx = useShallowStable<ListRenderContext>({
    labels,
    locale,
    timeZone,
    now: nowMs,
    viewerId,
    creditDigits: grid.digits,
    sourceRegistry,
    sourceIcons,
    classNames,
    getItemHref,
    renderTitleExtra,
    ...controls.cells,
    inspectLabels,
    setSubRunsExpanded,
    onShowDetails,
    onCopied,
    onCopyError,
    copyText,
  });

  const on = useRowInteraction({
    sorted: rows,
    rowHeight,
    bodyRef,
    scrollerRef,
    columnCount,
    moveTo,
    moveToHeader,
    noteFocused,
    onOpenRun,
    onOpenConversation,
    rowActions,
    rowSelection,
    getItemHref,
    setMenuFor,
    onShowDetails,
    treeRows,
    setSubRunsExpanded,
  });

  const header = useHeaderKeys({ count, columnCount, moveTo, moveToHeader, noteHeaderFocused });
  // The current item's row: shown (its parents expand) and scrolled into view once per new id.
  useCurrentRow({ currentId, rows, reveal, scrollToIndex: scrollToRow });

  const element = (
    <div
      data-density={density}
      data-row-select={rowSelection ? '' : undefined}
      data-row-actions={rowActions ? '' : undefined}
      data-state={showSkeleton ? 'loading' : count === 0 ? 'empty' : undefined}
      {...rest}
      ref={ref}
      role={treeRows ? 'treegrid' : 'grid'}
      aria-label={ariaLabel ?? labels.list}
      aria-describedby={countId}
      aria-rowcount={showSkeleton ? -1 : count + 1 + (showEmpty ? 1 : 0)}
      aria-colcount={columnCount}
      aria-multiselectable={rowSelection ? true : undefined}
      aria-busy={loading || undefined}
      className={clsx('ab-list', classNames.list, className)}
      style={grid.style}
    >
      <div ref={scrollerRef} className="ab-list-scroller">
        <ListHeader
          ref={headRef}
          table={table}
          labels={labels}
          actionLabels={actionLabels}
          classNames={classNames}
          onKeyDown={header.onKeyDown}
          onFocus={header.onFocus}
          tabStop={headCol}
          selection={rowSelection}
          onToggleAll={on.toggleAll}
        />
        <ListBody
          shape={bodyShape}
          rows={rows}
          treeRows={treeRows}
          tree={tree}
          virtualizer={virtualizer}
          headHeight={headHeight}
          rowHeight={rowHeight}
          columns={columns}
          tabStop={headCol === null ? { row: activeIndex, col: activeCol } : null}
          ctx={ctx}
          rowSelection={rowSelection}
          rowActions={rowActions}
          getItemHref={getItemHref}
          menuFor={menuFor}
          currentId={currentId}
          emptyState={emptyState}
          loadingLabel={labels.loading}
          classNames={classNames}
          on={on}
          bodyRef={bodyRef}
        />
      </div>
      <span ref={probeRef} className="ab-list-row-probe" aria-hidden="true" />
      <CreatedTooltip scroller={scrollerRef} rows={rows} />
      <span id={countId} hidden>
        {showSkeleton ? labels.loading : labels.rowCount(count, formatCount(count, locale))}
      </span>
    </div>
  );

  if (!standaloneRoot.className) return element;
  return (
    <div {...standaloneRoot} className={clsx(standaloneRoot.className, 'ab-list-root')}>
      {element}
    </div>
  );
});
AgentList.displayName = 'AgentList';
