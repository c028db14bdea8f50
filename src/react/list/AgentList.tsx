import { functionalUpdate, useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { clsx } from 'clsx';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { toEpoch } from '../../core/epoch';
import { formatCount } from '../../core/format';
import { toId } from '../../core/ids';
import { sortAgentItems, type AgentSortColumn, type AgentSorting } from '../../core/sort';
import type { SourceRegistry } from '../../core/sources';
import type { AgentItem } from '../../core/types';
import { SortIcon, type SourceIcons } from '../badges';
import { useControllableState } from '../hooks';
import { defaultAgentListLabels, useStandaloneRootProps, type AgentListLabels } from '../root';
import {
  isPlainClick,
  openerFor,
  VisuallyHidden,
  type AgentFormatting,
  type AgentNavigation,
  type ColorScheme,
  type Density,
} from '../shared';
import { AgentRow } from './AgentRow';
import { COLUMN_COUNT, LIST_COLUMNS, listColumns, listFeatures, type ListColumn } from './columns';
import type { AgentListClassNames, ListRenderContext } from './list-context';

export { defaultAgentListLabels };
export type { AgentListClassNames, AgentListLabels, AgentSortColumn, AgentSorting };

export interface AgentListProps extends AgentNavigation, AgentFormatting {
  /** The items to show, already filtered (by `filterAgentItems` / `useAgentView`). The list sorts them. */
  items: readonly AgentItem[];
  /** The viewer's id: their items show "Me" as the creator. */
  viewerId?: string;
  /** Controlled order. */
  sorting?: AgentSorting;
  /** Initial order while uncontrolled. Default: Created, newest first. */
  defaultSorting?: AgentSorting;
  onSortingChange?: (sorting: AgentSorting) => void;
  /** Any visible string; missing keys use `defaultAgentListLabels`. */
  labels?: Partial<AgentListLabels>;
  classNames?: AgentListClassNames;
  className?: string;
  style?: CSSProperties;
  /** Row height preset: comfortable (52 px) or compact (36 px). */
  density?: Density;
  /** Explicit row height in px (overrides `density`). */
  rowHeight?: number;
  /** Host-registered sources: labels and groups. */
  sourceRegistry?: SourceRegistry;
  /** Host-registered source icons. */
  sourceIcons?: SourceIcons;
  /** Called once per item count when the user scrolls within `endReachedThreshold` rows of the end. */
  onEndReached?: () => void;
  /** Rows from the end that count as "reached". Default 10. */
  endReachedThreshold?: number;
  /**
   * Called when the list scrolls to or away from the top (scrollTop ≤ 4 px counts as the top), once
   * per change; not on mount (the list starts at the top). E.g. to show "N new items" while away.
   */
  onAtTopChange?: (atTop: boolean) => void;
  /** Accessible name of the grid. Default: `labels.list` ("Agent runs"). */
  ariaLabel?: string;
  /** A fixed height (px or any CSS length). Otherwise the list fills its container (see the stylesheet). */
  height?: number | string;
  /** Shows placeholder rows while there are no items yet, and marks the grid busy. */
  loading?: boolean;
  /** Rendered when there are no items and nothing is loading. */
  emptyState?: ReactNode;
  /** Extra content after a row's title (e.g. a host badge). Keep the function stable. */
  renderTitleExtra?: (item: AgentItem) => ReactNode;
  /** Rows rendered beyond the visible ones, each side. Default 8. */
  overscan?: number;
  /** Used only when the list is rendered on its own (outside `AgentManagementView`). Default 'system'. */
  colorScheme?: ColorScheme;
  /** Used only when the list is rendered on its own: drop the default stylesheet's look. */
  unstyled?: boolean;
}

const EMPTY_ITEMS: AgentItem[] = [];
const NO_CLASSNAMES: AgentListClassNames = {};
const DEFAULT_SORTING: AgentSorting = { id: 'createdAt', desc: true };
const ROW_HEIGHTS: Record<Density, number> = { comfortable: 52, compact: 36 };
const SKELETON_ROWS = 8;
/** Header row height before it is measured (matches the stylesheet). */
const HEADER_HEIGHT = 34;
/** scrollTop at or under this counts as "at the top" for `onAtTopChange`. */
const AT_TOP_PX = 4;
const SORT_COLUMNS: ReadonlySet<string> = new Set<AgentSortColumn>(['title', 'createdAt', 'duration', 'credits']);
const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [contenteditable="true"]';

function isSortColumn(id: unknown): id is AgentSortColumn {
  return typeof id === 'string' && SORT_COLUMNS.has(id);
}

function shallowEqual(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Keeps the previous reference while the value is shallowly equal: inline `labels={{…}}` stay cheap. */
function useShallowStable<T extends object | undefined>(value: T): T {
  const ref = useRef(value);
  if (!shallowEqual(ref.current, value)) ref.current = value;
  return ref.current;
}

function idOf(item: AgentItem | undefined): string | null {
  return item ? (toId(item.id) ?? '') : null;
}

function hasSelectedText(): boolean {
  // Only called from a click handler, so `window` exists.
  const selection = window.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}

/**
 * The list of agent items: a virtualised ARIA grid with the columns Title, Source, Status, Creator,
 * Created, Duration and Credits.
 *
 * How the work is split (DESIGN.md "Performance notes"):
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
 * Data attributes: root `data-density`, `data-state` (`loading` | `empty`); rows `data-kind`,
 * `data-status`, `data-state` (`expired` | `unavailable`), `data-active` (the tab stop); cells
 * `data-column`.
 *
 * @example
 * <AgentList items={visibleItems} viewerId="u_1" onOpenRun={openRun} onOpenConversation={openChat} />
 */
export function AgentList(props: AgentListProps): ReactElement {
  const {
    items: itemsProp,
    viewerId,
    onOpenRun,
    onOpenConversation,
    getItemHref,
    locale,
    timeZone,
    now,
    sorting,
    defaultSorting,
    onSortingChange,
    className,
    style,
    density = 'comfortable',
    rowHeight: rowHeightProp,
    sourceRegistry,
    sourceIcons,
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
  } = props;
  const items = Array.isArray(itemsProp) ? itemsProp : EMPTY_ITEMS;
  const labelsProp = useShallowStable(props.labels);
  const classNames = useShallowStable(props.classNames) ?? NO_CLASSNAMES;
  const labels = useMemo<AgentListLabels>(
    () => (labelsProp ? { ...defaultAgentListLabels, ...labelsProp } : defaultAgentListLabels),
    [labelsProp],
  );
  const rowHeight =
    typeof rowHeightProp === 'number' && rowHeightProp > 0
      ? rowHeightProp
      : (ROW_HEIGHTS[density] ?? ROW_HEIGHTS.comfortable);
  const nowMs = toEpoch(now, undefined);
  const countId = useId();
  const standaloneRoot = useStandaloneRootProps(colorScheme, unstyled);

  // ---- sorting: state here, column semantics in TanStack, order in our own sort -----------------
  const [sortValue, setSort] = useControllableState<AgentSorting>({
    prop: sorting,
    defaultProp: defaultSorting ?? DEFAULT_SORTING,
    onChange: onSortingChange,
    name: 'AgentList.sorting',
  });
  // A value naming no sortable column (from an untyped host) shows the default order.
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
    columns: listColumns,
    data: EMPTY_ITEMS,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting: sortingState },
    onSortingChange: onTableSortingChange,
  });

  const sorted = useMemo(
    () => sortAgentItems(items, { id: sortId, desc: sortDesc }, { locale, now: nowMs ?? Date.now() }),
    [items, sortId, sortDesc, locale, nowMs],
  );
  const count = sorted.length;

  // ---- per-cell context, stable across renders that do not change it ---------------------------
  const ctx = useShallowStable<ListRenderContext>({
    labels,
    locale,
    timeZone,
    now: nowMs,
    viewerId,
    sourceRegistry,
    sourceIcons,
    classNames,
    getItemHref,
    renderTitleExtra,
  });

  // ---- roving focus ------------------------------------------------------------------------------
  const [active, setActive] = useState<{ key: string | null; index: number }>({ key: null, index: 0 });
  const activeIndex = useMemo(() => {
    if (count === 0) return -1;
    if (active.key !== null) {
      const found = sorted.findIndex((item) => idOf(item) === active.key);
      if (found >= 0) return found;
    }
    return Math.min(Math.max(active.index, 0), count - 1);
  }, [sorted, count, active]);

  // ---- virtualisation ----------------------------------------------------------------------------
  const scrollerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // The header sits in the scroller (sticky), so header and rows share one width and one horizontal
  // scroll. Rows therefore start below it: the virtualiser gets its height as a scroll margin, and as
  // scroll padding so a row scrolled to is never hidden under it.
  const [headHeight, setHeadHeight] = useState(HEADER_HEIGHT);
  const headRef = useRef<HTMLDivElement>(null);
  const measureHead = useCallback(() => {
    const body = bodyRef.current;
    const scroller = scrollerRef.current;
    // No offsetParent: not laid out (hidden, or a DOM without layout); keep the estimate.
    if (!body || !scroller || !body.offsetParent) return;
    // Where the rows start inside the scrolled content (the header's height, as laid out).
    const measured =
      body.offsetParent === scroller
        ? body.offsetTop
        : body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (!Number.isFinite(measured) || measured < 0) return;
    setHeadHeight((prev) => (Math.abs(measured - prev) >= 1 ? measured : prev));
  }, []);
  // Measured when the rows' body appears and whenever the header resizes — not on every render:
  // reading offsetTop after a render forces a synchronous layout, which on a tab or filter change
  // cost as much as the rest of the update together.
  const showSkeleton = loading && count === 0;
  const showEmpty = !loading && count === 0 && emptyState != null;
  useLayoutEffect(measureHead, [measureHead, showSkeleton, showEmpty]);
  useEffect(() => {
    const head = headRef.current;
    if (!head || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => measureHead());
    observer.observe(head);
    return () => observer.disconnect();
  }, [measureHead]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  // No getItemKey: the virtualiser's keys only name its size cache, and sizes are never measured
  // here. Asking it for item ids would call back for every item (100,000 calls) on each new order,
  // and rebuild its measurements even when only the order changed. Rows take their React key from
  // their item below.
  // The focused row always stays rendered, so focus is never lost to <body> while scrolling away.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count,
    getScrollElement: () => scrollerRef.current,
    estimateSize,
    overscan,
    rangeExtractor,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    // Server render and first client render agree on a window of rows (no hydration mismatch).
    initialRect: { width: 1024, height: rowHeight * 12 },
  });

  // Sizes are estimates, never measured: when the density changes, drop the cached ones.
  const measuredHeight = useRef(rowHeight);
  useEffect(() => {
    if (measuredHeight.current === rowHeight) return;
    measuredHeight.current = rowHeight;
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  const firstSort = useRef(true);
  useEffect(() => {
    if (firstSort.current) {
      firstSort.current = false;
      return;
    }
    virtualizer.scrollToOffset(0);
  }, [virtualizer, sortId, sortDesc]);

  const pendingFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const visibleEnd = virtualizer.range?.endIndex ?? -1;
  const endReachedFor = useRef(-1);
  useEffect(() => {
    if (!onEndReached || loading || count === 0) return;
    if (visibleEnd >= count - 1 - Math.max(0, endReachedThreshold) && endReachedFor.current !== count) {
      endReachedFor.current = count;
      onEndReached();
    }
  }, [onEndReached, loading, count, visibleEnd, endReachedThreshold]);

  // A passive scroll listener, not state: crossing the top re-renders nothing here.
  const onAtTopChangeRef = useRef(onAtTopChange);
  onAtTopChangeRef.current = onAtTopChange;
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let atTop = scroller.scrollTop <= AT_TOP_PX;
    const onScroll = (): void => {
      const next = scroller.scrollTop <= AT_TOP_PX;
      if (next === atTop) return;
      atTop = next;
      onAtTopChangeRef.current?.(next);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => scroller.removeEventListener('scroll', onScroll);
  }, []);

  // ---- interaction (delegated: rows stay free of per-row handlers) -------------------------------
  const rowFromTarget = (target: EventTarget | null): { row: HTMLElement; index: number; item: AgentItem } | null => {
    if (!(target instanceof Element)) return null;
    const row = target.closest<HTMLElement>('[role="row"][data-index]');
    if (!row || !bodyRef.current?.contains(row)) return null;
    const index = Number(row.dataset.index);
    const item = sorted[index];
    return item ? { row, index, item } : null;
  };

  const callbackFor = (item: AgentItem) => openerFor(item, { onOpenRun, onOpenConversation });

  const moveTo = (index: number): void => {
    if (count === 0) return;
    const next = Math.min(Math.max(index, 0), count - 1);
    setActive({ key: idOf(sorted[next]), index: next });
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onBodyClick = (event: MouseEvent<HTMLDivElement>): void => {
    if (event.defaultPrevented) return;
    const hit = rowFromTarget(event.target);
    if (!hit) return;
    const target = event.target as Element;
    const interactive = target.closest(INTERACTIVE);
    const callback = callbackFor(hit.item);
    if (interactive && interactive !== hit.row && hit.row.contains(interactive)) {
      // Our own title link: modified or non-primary clicks belong to the browser (new tab, window…);
      // a plain click goes to the host's callback when there is one, or follows the link otherwise.
      if (interactive.matches('a.ab-title')) {
        if (!isPlainClick(event)) return;
        if (callback) {
          event.preventDefault();
          callback(hit.item);
        }
      }
      // Anything else interactive (host content from renderTitleExtra) handles itself.
      return;
    }
    if (event.button !== 0 || hasSelectedText()) return;
    callback?.(hit.item);
  };

  const onBodyFocus = (event: FocusEvent<HTMLDivElement>): void => {
    const hit = rowFromTarget(event.target);
    if (!hit || event.target !== hit.row) return;
    const key = idOf(hit.item);
    if (key !== active.key || hit.index !== active.index) setActive({ key, index: hit.index });
  };

  const onBodyKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const hit = rowFromTarget(event.target);
    if (!hit || event.target !== hit.row) return;
    const page = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const targets: Record<string, number> = {
      ArrowDown: hit.index + 1,
      ArrowUp: hit.index - 1,
      Home: 0,
      End: count - 1,
      PageDown: hit.index + page,
      PageUp: hit.index - page,
    };
    // `typeof`: a key named like an Object.prototype member must not match.
    const target = targets[event.key];
    if (typeof target === 'number') {
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      // A held key opens the row once.
      if (!event.repeat) {
        const callback = callbackFor(hit.item);
        if (callback) callback(hit.item);
        else hit.row.querySelector<HTMLAnchorElement>('a.ab-title[href]')?.click();
      }
    } else {
      return;
    }
    event.preventDefault();
  };

  const onHeaderKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowDown' && activeIndex >= 0) {
      event.preventDefault();
      moveTo(activeIndex);
    }
  };

  // ---- render ------------------------------------------------------------------------------------
  const headerGroup = table.getHeaderGroups()[0];
  const virtualItems = virtualizer.getVirtualItems();
  const renderedKeys = new Set<string>();
  const formattedCount = formatCount(count, locale);

  const gridStyle: CSSProperties = {
    '--ab-row-height': `${rowHeight}px`,
    // The stylesheet carries the header's band into the scrollbar gutter beside it.
    '--_ab-list-head-height': `${headHeight}px`,
    ...(height !== undefined ? { height, maxHeight: 'none' } : null),
    ...style,
  } as CSSProperties;

  const grid = (
    <div
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
        <div ref={headRef} role="rowgroup" className="ab-list-head" onKeyDown={onHeaderKeyDown}>
          <div role="row" aria-rowindex={1} className="ab-list-headrow">
            {headerGroup?.headers.map((header) => {
              const column = header.column;
              const meta = column.columnDef.meta as ListColumn;
              const label = labels[meta.label];
              const canSort = column.getCanSort();
              const direction = column.getIsSorted();
              const next = column.getNextSortingOrder();
              const description = next === 'desc' ? labels.sortDescending(label) : labels.sortAscending(label);
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  aria-sort={
                    canSort
                      ? direction === 'asc'
                        ? 'ascending'
                        : direction === 'desc'
                          ? 'descending'
                          : 'none'
                      : undefined
                  }
                  className={clsx('ab-header-cell', classNames.headerCell)}
                  data-column={column.id}
                  data-align={meta.align}
                  data-sorted={direction || undefined}
                >
                  {canSort ? (
                    <button
                      type="button"
                      className="ab-sort-button"
                      onClick={column.getToggleSortingHandler()}
                      aria-description={description}
                      title={description}
                    >
                      <span>{label}</span>
                      <SortIcon sorted={direction} />
                    </button>
                  ) : (
                    <span className="ab-header-label">{label}</span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        {showSkeleton ? (
          <div role="rowgroup" className="ab-list-body" data-state="loading">
            {Array.from({ length: SKELETON_ROWS }, (_, i) => (
              <div
                key={i}
                role="row"
                aria-rowindex={i + 2}
                className={clsx('ab-row', 'ab-skeleton-row', classNames.skeleton)}
                data-state="skeleton"
                style={{ height: rowHeight, position: 'relative' }}
              >
                {LIST_COLUMNS.map((column, c) => (
                  <div key={column.id} role="gridcell" className="ab-cell" data-column={column.id}>
                    {i === 0 && c === 0 ? <VisuallyHidden>{labels.loading}</VisuallyHidden> : null}
                    <span className="ab-skeleton" aria-hidden="true" />
                  </div>
                ))}
              </div>
            ))}
          </div>
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
            onClick={onBodyClick}
            onKeyDown={onBodyKeyDown}
            onFocus={onBodyFocus}
          >
            {virtualItems.map((virtualItem) => {
              const item = sorted[virtualItem.index];
              if (!item) return null;
              // Ids should be unique; if the host's are not, keep React keys unique in this window.
              let key = idOf(item) as string;
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
}
