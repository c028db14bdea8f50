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
import { COLUMN_COUNT } from './columns';
import type { AgentListClassNames, ListRenderContext } from './list-context';
import { ListHeader } from './ListHeader';
import type { AgentListProps } from './agent-list-props';
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
/** Row heights before the probe is measured (and without layout): the stylesheet's at 13 px. */
const ROW_HEIGHTS: Record<Density, number> = { comfortable: 40, compact: 32 };
/**
 * The list of agent items: a virtualised ARIA grid with the columns Title, Source, Status, Creator,
 * Created, Duration and Credits.
 *
 * How the work is split:
 * - TanStack Table v9 owns the column model, header groups and sort state (`manualSorting`), fed no
 *   data at all: it never builds a row model, so 100,000 items cost it nothing.
 * - The order comes from `sortAgentItems` (`Array.prototype.sort` over precomputed keys), memoised
 *   on items + sorting.
 * - `useVirtualizer` picks the visible window; only those items become `<AgentRow>`s, which render
 *   each column's `meta.Cell` for their item. Rows are memoised, and live durations tick inside
 *   their own cell, so nothing else re-renders while they tick.
 *
 * Keyboard: one tab stop in the body (roving `tabIndex`); ↑/↓, Home/End, PageUp/PageDown move
 * between rows (the focused row is always kept rendered); Enter or Space opens the row. Ambient
 * rows call `onOpenRun`, interactive ones `onOpenConversation`. With `getItemHref` the title is a
 * real link (http(s)/relative only) for new tabs and copying; a plain click still calls the callback
 * when there is one.
 *
 * The ref and any other `div` attribute go to the grid element (`role="grid"`); `className` and
 * `style` merge with the list's own. Locale, time zone, clock, viewer, sources, source icons,
 * class names and labels fall back to the nearest `AgentboardRoot`'s settings.
 *
 * Data attributes: root `data-density`, `data-state` (`loading` | `empty`); rows `data-kind`,
 * `data-status`, `data-state` (`expired` | `unavailable`), `data-active` (the tab stop); cells
 * `data-column`.
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
    ...rest
  } = props;
  const { locale, timeZone, now, viewerId, sourceRegistry, sourceIcons, ...settings } = useSettings(props);
  const items = Array.isArray(itemsProp) ? itemsProp : EMPTY_ITEMS;
  const classNames = useShallowStable(settings.classNames as AgentListClassNames | undefined) ?? NO_CLASSNAMES;
  const labels = useLabels(defaultAgentListLabels, labelsProp);
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
  });
  const count = sorted.length;
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
      aria-colcount={COLUMN_COUNT}
      aria-busy={loading || undefined}
      className={clsx('ab-list', classNames.list, className)}
      style={gridStyle}
      data-density={density}
      data-state={showSkeleton ? 'loading' : count === 0 ? 'empty' : undefined}
    >
      <div ref={scrollerRef} className="ab-list-scroller">
        <ListHeader ref={headRef} table={table} labels={labels} classNames={classNames} onKeyDown={on.headerKeyDown} />
        {showSkeleton ? (
          <ListSkeleton rowHeight={rowHeight} loadingLabel={labels.loading} className={classNames.skeleton} />
        ) : showEmpty ? (
          <div role="rowgroup" className="ab-list-body" data-state="empty">
            <div role="row" aria-rowindex={2} className="ab-list-empty-row">
              <div role="gridcell" aria-colspan={COLUMN_COUNT} className={clsx('ab-list-empty', classNames.empty)}>
                {emptyState}
              </div>
            </div>
          </div>
        ) : (
          <div
            ref={bodyRef}
            role="rowgroup"
            className="ab-list-body"
            style={{ position: 'relative', height: virtualizer.getTotalSize() }}
            onClick={on.bodyClick}
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
                />
              );
            })}
          </div>
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
