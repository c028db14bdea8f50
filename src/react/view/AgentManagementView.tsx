import { composeEventHandlers } from '@radix-ui/primitive';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { clsx } from 'clsx';
import { forwardRef, useCallback, useMemo, useState } from 'react';
import { setQuery } from '../../core/filter-state';
import { FilterChips, FilterMenu, FilterMenuContent, FilterMenuTrigger } from '../filter';
import { useAgentView } from '../hooks';
import { AgentboardRoot, defaultActionLabels, defaultLabels, mergeLabels, withSourceNames } from '../root';
import { AgentSearch } from '../search';
import { VisuallyHidden } from '../shared';
import { AgentTabs, AgentTabsList, AgentTabsPanel } from '../tabs';
import { AgentToastProvider } from '../toast';
import { useAnnouncement } from './useAnnouncement';
import { useItemsOverlay } from './useItemsOverlay';
import { ViewBody } from './ViewBody';
import { useLeftFilterTag } from './useLeftFilterTag';
import { VIEW_SHORTCUT_KEYS } from './view-shortcuts';
import { useViewFocus } from './useViewFocus';
import type { AgentManagementViewProps } from './view-props';

/**
 * The full management view of agent activity: the Personal / All tabs with counts, a search box,
 * the filter menu with its chips, the at-a-glance summary, the viewer's blocked items pinned as
 * "Needs you", and the virtualised list — with loading, empty, no-match and error states and a
 * polite announcement of what changed (a filter change's result, a sort). Each state says what is
 * true: no tab counts or summary while nothing is loaded (loading, error); with no activity at all the message
 * stands in the list's place (no zero tiles, no column headers); an empty list names what hides
 * everything — the search ("Clear search"), the filters ("Clear filters") or both. Tab and
 * filters are controlled (`tab`/`onTabChange`, `filters`/`onFiltersChange`) or uncontrolled
 * (`defaultTab`, `defaultFilters`). Never fetches or navigates: rows call `onOpenRun` (ambient) or
 * `onOpenConversation` (interactive). Theming: `theme` tokens become `--ab-*` variables on the
 * root, `colorScheme` sets `data-color-scheme`, `classNames` targets slots, `unstyled` drops the
 * look. Root data attributes: `data-color-scheme`, `data-density`, `data-tab`, `data-unstyled`,
 * `data-state="loading|error|ready"`. The ref and any other `div` attribute go to the root element.
 *
 * Details: "Show details" in a row's menu or `i` on a focused row opens `<AgentDetails>` beside
 * the list (a sheet over it in a narrow container), its row marked `aria-current`; `j` / `k` step
 * through the rows as they show, Escape closes it and focus returns to the row. The open id is
 * `details` / `defaultDetails` / `onDetailsChange` (`useUrlFilters` keeps it as `item=`), and
 * `renderDetails(item)` adds your content under the built-in fields.
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
export const AgentManagementView = forwardRef<HTMLDivElement, AgentManagementViewProps>(
  function AgentManagementView(props, forwardedRef) {
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
      keyboardShortcuts = true,
      actions,
      customActions,
      onAction,
      selection,
      defaultSelection,
      onSelectionChange,
      details,
      defaultDetails,
      onDetailsChange,
      renderDetails,
      // Read by useAgentView from `props`; listed so they stay off the root element.
      items: _items,
      tab: _tab,
      defaultTab: _defaultTab,
      onTabChange: _onTabChange,
      filters: _filters,
      defaultFilters: _defaultFilters,
      onFiltersChange: _onFiltersChange,
      dataSource: _dataSource,
      onDataIssues: _onDataIssues,
      pageSize: _pageSize,
      pollIntervalMs: _pollIntervalMs,
      debounceMs: _debounceMs,
      statusMap: _statusMap,
      ...rest
    } = props;

    // Facet counts show only inside the open filter menu: while it is closed the view skips that
    // pass over the items (a filter change then costs one pass less). Opening the menu renders the
    // counts in the same commit.
    const [filterOpen, setFilterOpen] = useState(false);
    const [items, applyToItems] = useItemsOverlay(props.items);
    // Facets, chips and sorting name the built-in sources as the labels do (a locale pack's names).
    const sourceNames = labelsProp?.sourceNames;
    const localizedSources = useMemo(() => withSourceNames(sourceNames, sourceRegistry), [sourceNames, sourceRegistry]);
    const view = useAgentView({ ...props, items, computeFacets: filterOpen, sourceRegistry: localizedSources });
    const labels = useMemo(() => mergeLabels(defaultLabels, labelsProp), [labelsProp]);
    const actionLabels = useMemo(() => mergeLabels(defaultActionLabels, labelsProp), [labelsProp]);
    const [rootEl, setRootEl] = useState<HTMLDivElement | null>(null);
    const rootRef = useComposedRefs(forwardedRef, setRootEl);

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
    const onQueryChange = useMemo(() => (q: string) => setFilters((f) => setQuery(f, q)), [setFilters]);

    // While the first items load there is nothing to count: no zeros in the summary or the tabs.
    const awaitingFirstItems = loading && view.items.length === 0;
    // Nor when loading failed: the error state replaces the list, and a 0 beside a tab would be false.
    const countsUnknown = awaitingFirstItems || hasError;

    const announcement = useAnnouncement({
      filters: view.filters,
      tab,
      count: visibleItems.length,
      known: remote || view.items.length > 0,
      labels,
      locale,
      data: remote ? data : null,
      sorting,
      onSortingChange,
    });

    const renderTitleExtra = useLeftFilterTag(data.leftFilter, labels.leftFilterTag);
    const { showPending } = data;
    const onShowPending = useCallback(() => {
      showPending();
      // The reader asked for the new items: take them to the top, where they are.
      rootEl?.querySelector<HTMLElement>('.ab-list-scroller')?.scrollTo({ top: 0 });
    }, [showPending, rootEl]);

    // What the empty list says follows from what narrows it: nothing, only the search, or filters
    // (with or without the search). A local view with no items at all has no activity.
    const openFilterMenu = useCallback(() => setFilterOpen(true), []);
    const { searchRef, filterTriggerRef, onShortcutKey, empty, emptyState } = useViewFocus({
      filters,
      tab,
      known: remote || view.items.length > 0,
      setFilters,
      clearFilters,
      keyboardShortcuts,
      openFilterMenu,
      emptyClassName: classNames?.empty,
    });

    return (
      <AgentboardRoot
        data-tab={tab}
        data-state={hasError ? 'error' : loading ? 'loading' : 'ready'}
        {...rest}
        onKeyDown={composeEventHandlers(rest.onKeyDown, onShortcutKey)}
        ref={rootRef}
        className={clsx('ab-view', classNames?.root, className)}
        theme={theme}
        style={style}
        colorScheme={colorScheme}
        density={density}
        unstyled={unstyled}
        locale={locale}
        timeZone={timeZone}
        now={now}
        labels={labelsProp}
        classNames={classNames}
        sourceRegistry={localizedSources}
        sourceIcons={sourceIcons}
        viewerId={viewerId}
      >
        <AgentTabs tab={tab} onTabChange={view.setTab} counts={countsUnknown ? undefined : view.tabCounts}>
          <FilterMenu
            filters={filters}
            onFiltersChange={setFilters}
            facets={view.facets}
            open={filterOpen}
            onOpenChange={setFilterOpen}
            tab={tab}
            facetDefinitions={facetDefinitions}
          >
            <div className={clsx('ab-header', classNames?.header)}>
              <div className="ab-toolbar">
                <AgentTabsList />
                <div className="ab-toolbar-actions">
                  <AgentSearch
                    ref={searchRef}
                    value={filters.query ?? ''}
                    onValueChange={onQueryChange}
                    keyShortcut={keyboardShortcuts ? VIEW_SHORTCUT_KEYS.search : undefined}
                  />
                  <FilterMenuTrigger
                    ref={filterTriggerRef}
                    aria-keyshortcuts={keyboardShortcuts ? VIEW_SHORTCUT_KEYS.filter : undefined}
                  />
                  {toolbarExtra}
                </div>
              </div>
              <FilterMenuContent />
              <FilterChips />
            </div>
          </FilterMenu>
          <AgentTabsPanel className="ab-body">
            <AgentToastProvider label={actionLabels.notifications} dismissLabel={actionLabels.dismiss}>
              <ViewBody
                view={view}
                labels={labels}
                loading={loading}
                awaitingFirstItems={awaitingFirstItems}
                hasError={hasError}
                error={error}
                onRetry={onRetry}
                onEndReached={onEndReached}
                showSummary={showSummary}
                pinBlocked={pinBlocked}
                emptyState={emptyState}
                noData={empty.reason === 'no-data'}
                renderTitleExtra={renderTitleExtra}
                onShowPending={onShowPending}
                applyToItems={applyToItems}
                onOpenRun={onOpenRun}
                onOpenConversation={onOpenConversation}
                getItemHref={getItemHref}
                sorting={sorting}
                defaultSorting={defaultSorting}
                onSortingChange={announcement.onSortingChange}
                density={density}
                classNames={classNames}
                actions={actions}
                customActions={customActions}
                onAction={onAction}
                selection={selection}
                defaultSelection={defaultSelection}
                onSelectionChange={onSelectionChange}
                details={details}
                defaultDetails={defaultDetails}
                onDetailsChange={onDetailsChange}
                renderDetails={renderDetails}
                timeZone={timeZone}
                locale={locale}
                dataSource={props.dataSource}
              />
            </AgentToastProvider>
          </AgentTabsPanel>
        </AgentTabs>
        <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
          <span key={announcement.id}>{announcement.text}</span>
        </VisuallyHidden>
      </AgentboardRoot>
    );
  },
);
AgentManagementView.displayName = 'AgentManagementView';
