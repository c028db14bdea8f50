import { clsx } from 'clsx';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { hasActiveFilters } from '../../core/chips';
import { setQuery } from '../../core/filter-state';
import { formatCount } from '../../core/format';
import type { SourceRegistry } from '../../core/sources';
import type { AgentFilters, AgentItem, AgentTab } from '../../core/types';
import type { SourceIcons } from '../badges';
import { FilterChips, FilterMenu, FilterMenuContent, FilterMenuTrigger, type FacetDefinition } from '../filter';
import { useAgentView, type AgentDataResult, type UseAgentViewOptions } from '../hooks';
import { AgentList, type AgentSorting } from '../list';
import { AgentNeedsYou } from '../needs-you';
import {
  AgentboardRoot,
  defaultLabels,
  mergeLabels,
  type AgentboardLabels,
  type AgentboardTheme,
  type LabelOverrides,
} from '../root';
import { AgentSearch } from '../search';
import type { AgentboardClassNames, AgentFormatting, AgentNavigation, ColorScheme, Density } from '../shared';
import { AgentEmptyState, AgentErrorState } from '../states';
import { AgentSummary } from '../summary';
import { AgentTabs, AgentTabsList, AgentTabsPanel } from '../tabs';

export interface AgentManagementViewProps
  extends
    AgentNavigation,
    AgentFormatting,
    // Tab, filters and the item source mean exactly what they mean to useAgentView (one definition).
    Pick<
      UseAgentViewOptions,
      | 'items'
      | 'viewerId'
      | 'tab'
      | 'defaultTab'
      | 'onTabChange'
      | 'filters'
      | 'defaultFilters'
      | 'onFiltersChange'
      | 'dataSource'
      | 'onDataIssues'
      | 'pageSize'
      | 'pollIntervalMs'
      | 'debounceMs'
      | 'statusMap'
    > {
  sorting?: AgentSorting;
  defaultSorting?: AgentSorting;
  onSortingChange?: (sorting: AgentSorting) => void;
  /** Skeleton rows while the first items load (a `dataSource`'s loading state adds to it). */
  loading?: boolean;
  /**
   * Shows the error state (message + Retry) instead of the list. Takes precedence over a
   * `dataSource`'s own error, whose Retry repeats the failed request.
   */
  error?: unknown;
  onRetry?: () => void;
  /** Called when the list is scrolled near its end (load more). With a `dataSource` the view pages by itself. */
  onEndReached?: () => void;
  /** Token overrides, written as `--ab-*` variables on the root. */
  theme?: AgentboardTheme;
  /** Default `'system'` (follows `prefers-color-scheme`). */
  colorScheme?: ColorScheme;
  className?: string;
  classNames?: AgentboardClassNames;
  style?: CSSProperties;
  /** Drops the default look (the stylesheet's rules are scoped to styled roots); layout stays. */
  unstyled?: boolean;
  density?: Density;
  /** Any visible string (see `defaultLabels`). */
  labels?: LabelOverrides<AgentboardLabels>;
  /** `false` hides the summary above the list. */
  summary?: boolean;
  /**
   * Pin the viewer's blocked items above the list on Personal. Default true with `items`; false with
   * a `dataSource`, whose pages hold only some of the blocked items (query them yourself and render
   * `<AgentNeedsYou>` to pin them).
   */
  pinBlocked?: boolean;
  /** Host-defined filter sections over `item.meta`. */
  facetDefinitions?: readonly FacetDefinition[];
  /** Host-registered sources: labels and groups. */
  sourceRegistry?: SourceRegistry;
  /** Host-registered source icons. */
  sourceIcons?: SourceIcons;
  /** Extra toolbar content, after the filter button. */
  toolbarExtra?: ReactNode;
}

/**
 * The full management view of agent activity: the Personal / All tabs with counts, a search box,
 * the filter menu with its chips, the at-a-glance summary, the viewer's blocked items pinned as
 * "Needs you", and the virtualised list — with loading, empty, no-match and error states and a
 * polite announcement of the result count after filtering. Tab and filters are controlled
 * (`tab`/`onTabChange`, `filters`/`onFiltersChange`) or uncontrolled (`defaultTab`,
 * `defaultFilters`). Never fetches or navigates: rows call `onOpenRun` (ambient) or
 * `onOpenConversation` (interactive). Theming: `theme` tokens become `--ab-*` variables on the
 * root, `colorScheme` sets `data-color-scheme`, `classNames` targets slots, `unstyled` drops the
 * look. Root data attributes: `data-color-scheme`, `data-density`, `data-tab`, `data-unstyled`,
 * `data-state="loading|error|ready"`.
 *
 * With `dataSource` (see `createFetchDataSource`) instead of `items`, the host pages and filters:
 * the view queries it on tab and filter changes (debounced, stale answers dropped), loads the next
 * page near the end of the list, shows "Showing 100 of 12,345" when the host tells its total, and
 * merges live updates without moving rows under the reader — new items above wait behind an
 * "N new items" button, and rows that stop matching stay, tagged ("No longer matches",
 * `data-state="left-filter"` on the tag) and announced, until "Hide them".
 *
 * @example
 * ```tsx
 * import { AgentManagementView, parseAgentItems } from 'agentboard';
 * import 'agentboard/styles.css';
 *
 * const { items } = parseAgentItems(await fetchAgents());
 * <AgentManagementView
 *   items={items}
 *   viewerId={user.id}
 *   onOpenRun={(item) => window.open(item.sessionUrl)}
 *   onOpenConversation={(item) => openConversation(item.conversationId)}
 * />
 * ```
 */
export function AgentManagementView(props: AgentManagementViewProps) {
  const {
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
    loading: loadingProp = false,
    error: errorProp,
    onRetry: onRetryProp,
    onEndReached: onEndReachedProp,
    theme,
    colorScheme = 'system',
    className,
    classNames,
    style,
    unstyled = false,
    density,
    labels: labelsProp,
    summary: showSummary = true,
    pinBlocked: pinBlockedProp,
    facetDefinitions,
    sourceRegistry,
    sourceIcons,
    toolbarExtra,
  } = props;

  // Facet counts show only inside the open filter menu: while it is closed the view skips that
  // pass over the items (a filter change then costs one pass less). Opening the menu renders the
  // counts in the same commit.
  const [filterOpen, setFilterOpen] = useState(false);
  const view = useAgentView({ ...props, computeFacets: filterOpen });
  const labels = useMemo(() => mergeLabels(defaultLabels, labelsProp), [labelsProp]);
  const [rootEl, setRootEl] = useState<HTMLDivElement | null>(null);

  const { tab, filters, setFilters, clearFilters, visibleItems, data, remote } = view;
  const pinBlocked = pinBlockedProp ?? !remote;
  const hostError = errorProp !== undefined && errorProp !== null && errorProp !== false;
  // A failed first page empties the list: the error state replaces it. A failed next page keeps the
  // loaded rows and says so above them.
  const dataError = remote && data.error !== null ? data.error : null;
  const listError = dataError !== null && data.items.length === 0;
  const hasError = hostError || listError;
  const error = hostError ? errorProp : dataError;
  const onRetry = hostError ? onRetryProp : data.retry;
  const loading = loadingProp || (remote && data.loading);
  const onEndReached = onEndReachedProp ?? (remote && data.hasMore ? data.loadMore : undefined);
  const filtered = hasActiveFilters(filters, tab);
  const onQueryChange = useMemo(() => (q: string) => setFilters((f) => setQuery(f, q)), [setFilters]);

  // While the first items load there is nothing to count: no zeros in the summary or the tabs.
  const awaitingFirstItems = loading && view.items.length === 0;

  const announcement = useAnnouncement(view.filters, tab, visibleItems.length, labels, locale, remote ? data : null);

  const leftIds = useMemo(() => new Set(data.leftFilter.map((item) => item.id)), [data.leftFilter]);
  const leftTag = labels.leftFilterTag;
  const renderTitleExtra = useMemo(
    () =>
      leftIds.size === 0
        ? undefined
        : (item: AgentItem) =>
            leftIds.has(item.id) ? (
              <span className="ab-tag ab-left-tag" data-state="left-filter">
                {leftTag}
              </span>
            ) : null,
    [leftIds, leftTag],
  );
  const { showPending, setAtTop } = data;
  const onShowPending = useCallback(() => {
    showPending();
    // The reader asked for the new items: take them to the top, where they are.
    rootEl?.querySelector<HTMLElement>('.ab-list-scroller')?.scrollTo({ top: 0 });
  }, [showPending, rootEl]);

  // A data source's empty answer is already filtered: "no match" exactly when filters are active.
  const noData = remote ? !filtered : view.items.length === 0 || !filtered;
  const emptyState = noData ? (
    <AgentEmptyState reason="no-data" labels={labels} className={classNames?.empty} />
  ) : (
    <AgentEmptyState reason="no-match" onClearFilters={clearFilters} labels={labels} className={classNames?.empty} />
  );

  return (
    <AgentboardRoot
      ref={setRootEl}
      className={clsx('ab-view', classNames?.root, className)}
      theme={theme}
      style={style}
      colorScheme={colorScheme}
      density={density}
      unstyled={unstyled}
      data-tab={tab}
      data-state={hasError ? 'error' : loading ? 'loading' : 'ready'}
    >
      <AgentTabs
        tab={tab}
        onTabChange={view.setTab}
        counts={awaitingFirstItems ? undefined : view.tabCounts}
        locale={locale}
        labels={labels}
        classNames={classNames}
      >
        <FilterMenu
          filters={filters}
          onFiltersChange={setFilters}
          facets={view.facets}
          open={filterOpen}
          onOpenChange={setFilterOpen}
          tab={tab}
          viewerId={viewerId}
          facetDefinitions={facetDefinitions}
          sourceRegistry={sourceRegistry}
          sourceIcons={sourceIcons}
          locale={locale}
          timeZone={timeZone}
          now={now}
          labels={labels}
          classNames={classNames}
        >
          <div className={clsx('ab-header', classNames?.header)}>
            <div className="ab-toolbar">
              <AgentTabsList />
              <div className="ab-toolbar-actions">
                <AgentSearch value={filters.query ?? ''} onValueChange={onQueryChange} labels={labels} />
                <FilterMenuTrigger />
                {toolbarExtra}
              </div>
            </div>
            <FilterMenuContent />
            <FilterChips />
          </div>
        </FilterMenu>
        <AgentTabsPanel className="ab-body">
          {showSummary && !hasError && !awaitingFirstItems ? (
            <AgentSummary
              summary={view.summary}
              filters={filters}
              onFiltersChange={setFilters}
              viewerId={viewerId}
              sourceRegistry={sourceRegistry}
              locale={locale}
              labels={labels}
              classNames={classNames}
              credits={!remote || data.summary !== undefined}
            />
          ) : null}
          {pinBlocked && tab === 'personal' && !hasError ? (
            <AgentNeedsYou
              items={visibleItems}
              viewerId={viewerId}
              onOpenRun={onOpenRun}
              onOpenConversation={onOpenConversation}
              getItemHref={getItemHref}
              sourceRegistry={sourceRegistry}
              sourceIcons={sourceIcons}
              locale={locale}
              labels={labels}
              classNames={classNames}
            />
          ) : null}
          {remote && !hasError ? (
            <LiveBar
              data={data}
              shown={visibleItems.length - data.leftFilter.length}
              onShowPending={onShowPending}
              labels={labels}
              locale={locale}
            />
          ) : null}
          {hasError ? (
            <AgentErrorState
              error={error}
              onRetry={onRetry}
              labels={labels}
              className={clsx('ab-view-error', classNames?.error)}
            />
          ) : (
            <AgentList
              className="ab-view-list"
              items={visibleItems}
              viewerId={viewerId}
              onOpenRun={onOpenRun}
              onOpenConversation={onOpenConversation}
              getItemHref={getItemHref}
              locale={locale}
              timeZone={timeZone}
              now={now}
              sorting={sorting}
              defaultSorting={defaultSorting}
              onSortingChange={onSortingChange}
              labels={labels}
              classNames={classNames}
              density={density}
              loading={loading}
              emptyState={emptyState}
              onEndReached={onEndReached}
              onAtTopChange={remote ? setAtTop : undefined}
              renderTitleExtra={renderTitleExtra}
              sourceRegistry={sourceRegistry}
              sourceIcons={sourceIcons}
            />
          )}
        </AgentTabsPanel>
      </AgentTabs>
      <div role="status" aria-live="polite" aria-atomic="true" className="ab-visually-hidden">
        {announcement}
      </div>
    </AgentboardRoot>
  );
}

/**
 * The data source's line above the list: "Showing 100 of 12,345", the "N new items" button for
 * live items that arrived above while the reader was scrolled down, "Hide them" for rows that no
 * longer match, and a failed next page with its Retry. Renders nothing when there is nothing to say.
 */
function LiveBar({
  data,
  shown,
  onShowPending,
  labels,
  locale,
}: {
  data: AgentDataResult;
  shown: number;
  onShowPending: () => void;
  labels: AgentboardLabels;
  locale: string | undefined;
}) {
  const { total, pendingNew, leftFilter, error, items, loading } = data;
  const showing =
    total !== undefined && items.length > 0 && !loading
      ? labels.showingCount(shown, total, { shown: formatCount(shown, locale), total: formatCount(total, locale) })
      : null;
  const moreFailed = error !== null && items.length > 0;
  if (!showing && pendingNew.length === 0 && leftFilter.length === 0 && !moreFailed) return null;
  return (
    <div className="ab-live-bar">
      {showing ? <span className="ab-live-count">{showing}</span> : null}
      {pendingNew.length > 0 ? (
        <button type="button" className="ab-button ab-new-items" onClick={onShowPending}>
          {labels.newItems(pendingNew.length, formatCount(pendingNew.length, locale))}
        </button>
      ) : null}
      {leftFilter.length > 0 ? (
        <button type="button" className="ab-button ab-button-ghost" onClick={data.acknowledgeLeft}>
          {labels.hideLeftFilter(leftFilter.length, formatCount(leftFilter.length, locale))}
        </button>
      ) : null}
      {moreFailed ? (
        <span className="ab-live-error" role="alert">
          {labels.loadMoreError}{' '}
          <button type="button" className="ab-button ab-button-ghost" onClick={data.retry}>
            {labels.retry}
          </button>
        </span>
      ) : null}
    </div>
  );
}

/**
 * The text of the polite live region. The result count is set only after the filters or the tab
 * change (never on mount, never because items ticked or arrived): with local items once the
 * settled filters are applied, with a data source once its answer for them arrived. Live updates
 * that take shown rows out of the filters are announced too ("2 items no longer match the filters").
 */
function useAnnouncement(
  filters: AgentFilters,
  tab: AgentTab,
  count: number,
  labels: AgentboardLabels,
  locale: string | undefined,
  data: AgentDataResult | null,
): string {
  const settled = useDeferredValue(filters);
  const [text, setText] = useState('');
  const countRef = useRef(count);
  countRef.current = count;
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  const remote = data !== null;
  // Compare with what was last seen rather than counting mounts, so StrictMode's double effect
  // run on mount announces nothing.
  const seen = useRef({ settled, tab });
  useEffect(() => {
    if (remote) return;
    if (seen.current.settled === settled && seen.current.tab === tab) return;
    seen.current = { settled, tab };
    const n = countRef.current;
    setText(labelsRef.current.resultCount(n, formatCount(n, locale)));
  }, [settled, tab, locale, remote]);

  // A data source: announce when an answer lands, except the first one (that is the mount).
  const loading = data?.loading ?? false;
  const failed = data?.error != null;
  const total = data?.total;
  const answered = useRef(false);
  useEffect(() => {
    if (!remote || loading) return;
    if (!answered.current) {
      answered.current = true;
      return;
    }
    if (failed) return;
    const n = total ?? countRef.current;
    setText(labelsRef.current.resultCount(n, formatCount(n, locale)));
    // `total` is read when the answer lands, not followed as live updates adjust it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remote, loading]);

  const left = data?.leftFilter.length ?? 0;
  const leftBefore = useRef(left);
  useEffect(() => {
    const before = leftBefore.current;
    leftBefore.current = left;
    if (left > before) setText(labelsRef.current.leftFilter(left, formatCount(left, locale)));
  }, [left, locale]);
  return text;
}
