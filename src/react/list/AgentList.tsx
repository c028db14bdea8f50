import { clsx } from 'clsx';
import { forwardRef, useCallback, useEffect, useId, useMemo, useRef, type CSSProperties } from 'react';
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
import type { Density } from '../shared';
import { AgentRow } from './AgentRow';
import type { AgentListClassNames, ListRenderContext } from './list-context';
import { ListHeader } from './ListHeader';
import type { AgentListProps, AgentListRowActions } from './agent-list-props';
import { useRowControls } from './useRowControls';
import { RowMenuScope } from './RowMenuScope';
import { ListSkeleton } from './ListSkeleton';
import { creditChars, creditDigits } from './credits';
import { durationChars, statusChars } from './column-chars';
import { CreatedTooltip } from './CreatedTooltip';
import { useListSorting } from './useListSorting';
import { useListWindow } from './useListWindow';
import { parentRowIndex, useRowInteraction } from './useRowInteraction';
import { useListTree } from './useListTree';
import { useRowSize } from './useRowSize';
import { rowKeyOf, useRovingFocus } from './useRovingFocus';

export type { AgentListClassNames, AgentListProps, AgentSortColumn, AgentSorting };

const EMPTY_ITEMS: AgentItem[] = [];
const NO_CLASSNAMES: AgentListClassNames = {};
/** Row heights before the probe is measured (no layout): the stylesheet's at 13 px (0.8125rem of a 16 px root). */
const ROW_HEIGHTS: Record<Density, number> = { comfortable: 40, compact: 32 };
/**
 * The list of agent items: a virtualised ARIA grid with the columns Title, Source, Status, Creator,
 * Created, Duration and Credits, plus a checkbox column (`rowSelection`) and a menu column
 * (`rowActions`).
 *
 * How the work is split: TanStack Table v9 owns the column model, header groups and sort state
 * (`manualSorting`), fed no data at all (it never builds a row model, so 100,000 items cost it
 * nothing); the order comes from `sortAgentItems`, memoised on items + sorting; sub-runs nest under
 * their parents (`buildRunTree` over the sorted items, memoised on them and `subRunContext`, then
 * `flattenRunTree` with the expanded parents: siblings keep the sort at every level);
 * `useVirtualizer` picks the visible window of those rows and only they become memoised
 * `<AgentRow>`s. Live durations tick inside their own cell, so nothing else re-renders while they tick.
 *
 * Sub-runs (`nestSubRuns`, default on): once a row has sub-runs in the list the grid is a
 * `treegrid`, its rows carry `aria-level`, `aria-posinset`, `aria-setsize` and parents
 * `aria-expanded`; a parent shows "Show {n} sub-runs" and how they stand ("2 working · 1 failed",
 * "Succeeded, but 1 sub-run failed"), a sub-run whose parent is not in the list "Sub-run of …".
 * A row shows its artifacts on the title line (compact: a pull request with its state, a branch to
 * copy, "+n" opens the details), and a failed row says what went wrong in words
 * (`describeAgentError`: a known code's sentence from `labels.errorMessages`).
 *
 * Keyboard (the APG grid, as React Aria's table): one tab stop for the whole grid (roving
 * `tabIndex` over rows, cells and the column headers' controls; the links and buttons inside rows
 * are not tab stops); ↑/↓, PageUp/PageDown move between rows in the same column, Home/End to the
 * first/last row (from a cell: its row's first/last cell; Ctrl+Home/End: first/last row); → enters
 * the row's cells (a collapsed parent expands first), ←/→ move between cells, ← from the first cell
 * returns to the row; ← on a row collapses it, or moves from a sub-run to its parent; ↑ on the first
 * row reaches the header row (←/→, Home/End along it, ↓ back). Rows are named by their title (the
 * row header); only the sorted column has `aria-sort`; every cell has `aria-colindex`; Enter or Space opens the
 * row (ambient rows call `onOpenRun`, interactive ones `onOpenConversation`); `i` shows details
 * (`onShowDetails`, else `rowActions.onShowDetails`). With `rowSelection`: `x` toggles the row
 * (Shift+X a range), Escape clears. With `rowActions`: Shift+F10 or the context-menu key opens the
 * row's menu, the actions' shortcuts (`c`, `r`, Delete…) run them when they apply; right-click opens
 * the same menu. With `getItemHref` the title is a real link (http(s)/relative only).
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
  // The list's own `onShowDetails` wins over the row actions' (and offers "Show details" in their menu).
  const onShowDetails = onShowDetailsProp ?? rowActionsProp?.onShowDetails;
  const rowActions = useMemo<AgentListRowActions | undefined>(
    () =>
      rowActionsProp && onShowDetailsProp && rowActionsProp.onShowDetails !== onShowDetailsProp
        ? { ...rowActionsProp, onShowDetails: onShowDetailsProp }
        : rowActionsProp,
    [rowActionsProp, onShowDetailsProp],
  );
  const controls = useRowControls(rowActions, rowSelection);
  const { actionLabels, columns, defs, menuFor, setMenuFor } = controls;
  const columnCount = columns.length;
  const fixedRowHeight = typeof rowHeightProp === 'number' && rowHeightProp > 0 ? rowHeightProp : undefined;
  const probeRef = useRef<HTMLSpanElement>(null);
  const laidOut = useRowSize(probeRef, ROW_HEIGHTS[density] ?? ROW_HEIGHTS.comfortable);
  const rowHeight = fixedRowHeight ?? laidOut.height;
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
  });
  const count = rows.length;
  const selectable = rowSelection !== undefined;
  const sortedIds = useMemo(() => (selectable ? rows.map((item) => item.id) : []), [rows, selectable]);
  const digits = useMemo(() => creditDigits(items), [items]);
  const creditWidth = useMemo(() => creditChars(items, digits, locale), [items, digits, locale]);
  const statusWidth = useMemo(() => statusChars(labels.statuses), [labels.statuses]);

  const scrollerRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Called from event handlers only, once the virtualiser below exists.
  const scrollToRow = (index: number): void => virtualizer.scrollToIndex(index, { align: 'auto' });
  const focus = useRovingFocus(rows, bodyRef, headRef, scrollToRow);
  const { activeIndex, moveTo, noteFocused } = focus;
  // Clamped: the checkbox or menu column can go away while one of their cells holds the tab stop.
  const activeCol = Math.min(focus.activeCol, columnCount - 1);
  const headCol = focus.headCol === null ? null : Math.min(focus.headCol, columnCount - 1);

  // Read by the stable toggle handler below (cells get it through `ctx`, which must not change).
  const latest = useRef({ treeRows, activeIndex, moveTo, noteFocused });
  latest.current = { treeRows, activeIndex, moveTo, noteFocused };
  /** Opens or closes a parent's sub-runs; focus on a sub-run it hides moves to the parent. */
  const setSubRunsExpanded = useCallback(
    (id: string, open: boolean): void => {
      const now = latest.current;
      const tree = now.treeRows;
      let at = open || !tree ? -1 : now.activeIndex;
      while (at >= 0 && tree && tree[at]!.item.id !== id) at = parentRowIndex(tree, at);
      setExpanded(id, open);
      if (at < 0 || at === now.activeIndex || !tree) return;
      // Rows above the parent do not move, so its index stays the same once its sub-runs are gone.
      const active = typeof document === 'undefined' ? null : document.activeElement;
      if (active && bodyRef.current?.contains(active)) now.moveTo(at);
      else now.noteFocused(at, tree[at]!.item);
    },
    [setExpanded],
  );
  // Built once per change of what cells show, so memoised rows stay still otherwise.
  const ctx = useShallowStable<ListRenderContext>({
    labels,
    locale,
    timeZone,
    now: nowMs,
    viewerId,
    creditDigits: digits,
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

  const showSkeleton = loading && count === 0;
  const showEmpty = !loading && count === 0 && emptyState != null;
  const { virtualizer, headHeight } = useListWindow({
    count,
    rowHeight,
    overscan,
    activeIndex,
    sortId,
    sortDesc,
    bodyShape: showSkeleton ? 'skeleton' : showEmpty ? 'empty' : 'rows',
    loading,
    onEndReached,
    endReachedThreshold,
    onAtTopChange,
    scrollerRef,
    headRef,
    bodyRef,
  });

  const on = useRowInteraction({
    sorted: rows,
    rowHeight,
    bodyRef,
    scrollerRef,
    columnCount,
    moveTo,
    moveToHeader: focus.moveToHeader,
    noteFocused,
    noteHeaderFocused: focus.noteHeaderFocused,
    onOpenRun,
    onOpenConversation,
    sortedIds,
    rowActions,
    rowSelection,
    getItemHref,
    setMenuFor,
    onShowDetails,
    treeRows,
    setSubRunsExpanded,
  });

  // The rows in display order, for the host's `j` / `k` (an effect: it never re-renders anything).
  useEffect(() => {
    onRowsChange?.(rows);
  }, [rows, onRowsChange]);

  // The current item's row: shown (its parents expand) and scrolled into view once per new id.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (currentId == null) {
      scrolledTo.current = null;
      return;
    }
    if (scrolledTo.current === currentId) return;
    const index = rows.findIndex((item) => item.id === currentId);
    if (index < 0) {
      // Under a collapsed parent: the next rows show it. Not in the list at all: nothing to scroll to.
      if (!reveal(currentId)) scrolledTo.current = currentId;
      return;
    }
    scrolledTo.current = currentId;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [currentId, rows, reveal, virtualizer]);

  // ---- render ------------------------------------------------------------------------------------
  const virtualItems = virtualizer.getVirtualItems();
  const renderedKeys = new Set<string>();
  const formattedCount = formatCount(count, locale);

  const gridStyle: CSSProperties = {
    '--ab-row-height': `${rowHeight}px`,
    // The stylesheet carries the header's band into the scrollbar gutter beside it.
    '--_ab-list-head-height': `${headHeight}px`,
    // Credits is as wide as the view's widest value (tabular figures: a digit is 1ch).
    '--_ab-credit-chars': creditWidth,
    // Duration holds the locale's longest value ("59 Min., 59 Sek." in German).
    '--_ab-duration-chars': durationChars(locale),
    // Status holds its longest label's badge ("Fehlgeschlagen" in German).
    '--_ab-status-chars': statusWidth,
    // A reader's text spacing (WCAG 1.4.12) widens the fixed columns by as much as it widens their text.
    ...(laidOut.letterSpacing ? { '--_ab-ls': `${laidOut.letterSpacing}px` } : null),
    ...(laidOut.wordSpacing ? { '--_ab-ws': `${laidOut.wordSpacing}px` } : null),
    ...(height !== undefined ? { height, maxHeight: 'none' } : null),
    ...style,
  } as CSSProperties;

  const grid = (
    <div
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
      style={gridStyle}
      data-density={density}
      data-row-select={rowSelection ? '' : undefined}
      data-row-actions={rowActions ? '' : undefined}
      data-state={showSkeleton ? 'loading' : count === 0 ? 'empty' : undefined}
    >
      <div ref={scrollerRef} className="ab-list-scroller">
        <ListHeader
          ref={headRef}
          table={table}
          labels={labels}
          actionLabels={actionLabels}
          classNames={classNames}
          onKeyDown={on.headerKeyDown}
          onFocus={on.headerFocus}
          tabStop={headCol}
          selection={rowSelection}
          onToggleAll={on.toggleAll}
        />
        {showSkeleton ? (
          <ListSkeleton
            rowHeight={rowHeight}
            loadingLabel={labels.loading}
            className={classNames.skeleton}
            columns={columns}
          />
        ) : showEmpty ? (
          <div role="rowgroup" className="ab-list-body" data-state="empty">
            <div role="row" aria-rowindex={2} className="ab-list-empty-row">
              <div role="gridcell" aria-colspan={columnCount} className={clsx('ab-list-empty', classNames.empty)}>
                {emptyState}
              </div>
            </div>
          </div>
        ) : (
          <RowMenuScope
            rowActions={rowActions}
            getItemHref={getItemHref}
            itemAt={on.itemAt}
            onContextMenu={on.contextMenu}
          >
            <div
              ref={bodyRef}
              role="rowgroup"
              className="ab-list-body"
              style={{ position: 'relative', height: virtualizer.getTotalSize() }}
              onClick={on.bodyClick}
              onMouseDown={on.bodyMouseDown}
              onPointerDownCapture={on.bodyPointerDown}
              onKeyDown={on.bodyKeyDown}
              onFocus={on.bodyFocus}
            >
              {virtualItems.map((virtualItem) => {
                const item = rows[virtualItem.index];
                if (!item) return null;
                const treeRow = treeRows?.[virtualItem.index];
                // Ids should be unique; if the host's are not, keep React keys unique in this window.
                let key = rowKeyOf(item) as string;
                if (renderedKeys.has(key)) key = `${key}\u0000${virtualItem.index}`;
                renderedKeys.add(key);
                return (
                  <AgentRow
                    key={key}
                    item={item}
                    index={virtualItem.index}
                    top={virtualItem.start - headHeight}
                    height={rowHeight}
                    focusCol={headCol === null && virtualItem.index === activeIndex ? activeCol : -2}
                    ctx={ctx}
                    selected={rowSelection ? rowSelection.isSelected(item.id) : undefined}
                    busy={rowActions?.busyIds?.has(item.id) ?? false}
                    menuOpen={menuFor === item.id}
                    current={currentId != null && item.id === currentId}
                    level={treeRow?.level}
                    posInSet={treeRow?.posInSet}
                    setSize={treeRow?.setSize}
                    subRuns={treeRow?.hasChildren && tree ? tree.childrenOf(item.id).length : 0}
                    expanded={treeRow?.expanded ?? false}
                    rollup={tree?.rollupOf(item.id)}
                    subRunOf={tree?.missingParentOf(item.id)}
                  />
                );
              })}
            </div>
          </RowMenuScope>
        )}
      </div>
      <span ref={probeRef} className="ab-list-row-probe" aria-hidden="true" />
      <CreatedTooltip scroller={scrollerRef} />
      <span id={countId} hidden>
        {showSkeleton ? labels.loading : labels.rowCount(count, formattedCount)}
      </span>
    </div>
  );

  if (!standaloneRoot.className) return grid;
  return (
    <div {...standaloneRoot} className={clsx(standaloneRoot.className, 'ab-list-root')}>
      {grid}
    </div>
  );
});
AgentList.displayName = 'AgentList';
