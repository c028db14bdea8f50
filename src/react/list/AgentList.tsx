import { clsx } from 'clsx';
import { forwardRef, useId, useMemo, useRef, type CSSProperties } from 'react';
import { toEpoch } from '../../core/epoch';
import { formatCount } from '../../core/format';
import type { AgentSortColumn, AgentSorting } from '../../core/sort';
import type { AgentItem } from '../../core/types';
import { useShallowStable } from '../hooks';
import { defaultAgentListLabels, useLabels, useSettings, useStandaloneRootProps } from '../root';
import type { Density } from '../shared';
import { AgentRow } from './AgentRow';
import type { AgentListClassNames, ListRenderContext } from './list-context';
import { ListHeader } from './ListHeader';
import type { AgentListProps } from './agent-list-props';
import { useRowControls } from './useRowControls';
import { RowMenuScope } from './RowMenuScope';
import { ListSkeleton } from './ListSkeleton';
import { creditChars, creditDigits } from './credits';
import { useListSorting } from './useListSorting';
import { useListWindow } from './useListWindow';
import { useRowInteraction } from './useRowInteraction';
import { useRowSize } from './useRowSize';
import { rowKeyOf, useRovingFocus } from './useRovingFocus';

export type { AgentListClassNames, AgentListProps, AgentSortColumn, AgentSorting };

const EMPTY_ITEMS: AgentItem[] = [];
const NO_CLASSNAMES: AgentListClassNames = {};
/** Row heights before the probe is measured (no layout): the stylesheet's at 13 px. */
const ROW_HEIGHTS: Record<Density, number> = { comfortable: 40, compact: 32 };
/**
 * The list of agent items: a virtualised ARIA grid with the columns Title, Source, Status, Creator,
 * Created, Duration and Credits, plus a checkbox column (`rowSelection`) and a menu column
 * (`rowActions`).
 *
 * How the work is split: TanStack Table v9 owns the column model, header groups and sort state
 * (`manualSorting`), fed no data at all (it never builds a row model, so 100,000 items cost it
 * nothing); the order comes from `sortAgentItems`, memoised on items + sorting; `useVirtualizer`
 * picks the visible window and only those items become memoised `<AgentRow>`s. Live durations tick
 * inside their own cell, so nothing else re-renders while they tick.
 *
 * Keyboard: one tab stop in the body (roving `tabIndex`); ↑/↓, Home/End, PageUp/PageDown move
 * between rows; Enter or Space opens the row (ambient rows call `onOpenRun`, interactive ones
 * `onOpenConversation`). With `rowSelection`: `x` toggles the row (Shift+X a range), Escape clears.
 * With `rowActions`: Shift+F10 or the context-menu key opens the row's menu, the actions' shortcuts
 * (`c`, `r`, Delete…) run them when they apply, `i` shows details; right-click opens the same menu.
 * With `getItemHref` the title is a real link (http(s)/relative only).
 *
 * The ref and any other `div` attribute go to the grid element (`role="grid"`). Locale, time zone,
 * clock, viewer, sources, source icons, class names and labels fall back to the nearest
 * `AgentboardRoot`'s settings. Data attributes: root `data-density`, `data-state` (`loading` |
 * `empty`); rows `data-kind`, `data-status`, `data-state` (`expired` | `unavailable`), `data-active`
 * (the tab stop), `data-selected`; cells `data-column`.
 *
 * @example
 * <AgentList items={visibleItems} viewerId="u_1" onOpenRun={openRun} onOpenConversation={openChat} />
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
    rowActions,
    rowSelection,
    ...rest
  } = props;
  const { locale, timeZone, now, viewerId, sourceRegistry, sourceIcons, ...settings } = useSettings(props);
  const items = Array.isArray(itemsProp) ? itemsProp : EMPTY_ITEMS;
  const classNames = useShallowStable(settings.classNames as AgentListClassNames | undefined) ?? NO_CLASSNAMES;
  const labels = useLabels(defaultAgentListLabels, labelsProp);
  const controls = useRowControls(rowActions, rowSelection);
  const { actionLabels, columns, defs, menuFor, setMenuFor } = controls;
  const columnCount = columns.length;
  const fixedRowHeight = typeof rowHeightProp === 'number' && rowHeightProp > 0 ? rowHeightProp : undefined;
  const probeRef = useRef<HTMLSpanElement>(null);
  const laidOutRowHeight = useRowSize(probeRef, ROW_HEIGHTS[density] ?? ROW_HEIGHTS.comfortable);
  const rowHeight = fixedRowHeight ?? laidOutRowHeight;
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
  const count = sorted.length;
  const selectable = rowSelection !== undefined;
  const sortedIds = useMemo(() => (selectable ? sorted.map((item) => item.id) : []), [sorted, selectable]);
  const digits = useMemo(() => creditDigits(items), [items]);
  const creditWidth = useMemo(() => creditChars(items, digits, locale), [items, digits, locale]);

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
  });

  const scrollerRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Called from event handlers only, once the virtualiser below exists.
  const scrollToRow = (index: number): void => virtualizer.scrollToIndex(index, { align: 'auto' });
  const { activeIndex, moveTo, noteFocused } = useRovingFocus(sorted, bodyRef, scrollToRow);
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
    sorted,
    rowHeight,
    bodyRef,
    scrollerRef,
    activeIndex,
    moveTo,
    noteFocused,
    onOpenRun,
    onOpenConversation,
    sortedIds,
    rowActions,
    rowSelection,
    getItemHref,
    setMenuFor,
  });

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
    ...(height !== undefined ? { height, maxHeight: 'none' } : null),
    ...style,
  } as CSSProperties;

  const grid = (
    <div
      {...rest}
      ref={ref}
      role="grid"
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
                const item = sorted[virtualItem.index];
                if (!item) return null;
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
                    active={virtualItem.index === activeIndex}
                    ctx={ctx}
                    selected={rowSelection ? rowSelection.isSelected(item.id) : undefined}
                    busy={rowActions?.busyIds?.has(item.id) ?? false}
                    menuOpen={menuFor === item.id}
                  />
                );
              })}
            </div>
          </RowMenuScope>
        )}
      </div>
      <span ref={probeRef} className="ab-list-row-probe" aria-hidden="true" />
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
