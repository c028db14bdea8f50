import { clsx } from 'clsx';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { SourceRegistry } from '../core/sources';
import type { AgentFilters, AgentItem, AgentTab } from '../core/types';
import { AgentList, type AgentSorting } from './AgentList';
import { AgentNeedsYou } from './AgentNeedsYou';
import { AgentSearch } from './AgentSearch';
import { AgentEmptyState, AgentErrorState } from './AgentStates';
import { AgentSummary } from './AgentSummary';
import { AgentTabs, AgentTabsList, AgentTabsPanel } from './AgentTabs';
import { AgentboardRootContext, type AgentboardRootValue } from './context';
import { FilterMenu, FilterMenuContent, FilterMenuTrigger, type FacetDefinition } from './FilterMenu';
import { FilterChips } from './filter/FilterChips';
import { hasActiveFilters, setQuery } from './filterState';
import { formatCount } from './format';
import { defaultLabels, mergeLabels, type AgentboardLabels, type LabelOverrides } from './labels';
import type { SourceIcons } from './SourceBadge';
import { themeToStyle, type AgentboardTheme } from './theme';
import type { AgentboardClassNames, AgentFormatting, AgentNavigation, ColorScheme, Density } from './types';
import { useAgentView } from './useAgentView';

export interface AgentManagementViewProps extends AgentNavigation, AgentFormatting {
  /** Every item the viewer may see (`parseAgentItems(...).items`). */
  items?: AgentItem[];
  /** The signed-in user: Personal shows their items, and they appear as "Me". */
  viewerId: string;
  tab?: AgentTab;
  defaultTab?: AgentTab;
  onTabChange?: (tab: AgentTab) => void;
  filters?: AgentFilters;
  defaultFilters?: AgentFilters;
  onFiltersChange?: (filters: AgentFilters) => void;
  sorting?: AgentSorting;
  defaultSorting?: AgentSorting;
  onSortingChange?: (sorting: AgentSorting) => void;
  /** Skeleton rows while the first items load. */
  loading?: boolean;
  /** Shows the error state (message + Retry) instead of the list. */
  error?: unknown;
  onRetry?: () => void;
  /** Called when the list is scrolled near its end (load more). */
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
  /** Pin the viewer's blocked items above the list on Personal. Default true. */
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
    items,
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
    loading = false,
    error,
    onRetry,
    onEndReached,
    theme,
    colorScheme = 'system',
    className,
    classNames,
    style,
    unstyled = false,
    density,
    labels: labelsProp,
    summary: showSummary = true,
    pinBlocked = true,
    facetDefinitions,
    sourceRegistry,
    sourceIcons,
    toolbarExtra,
  } = props;

  const view = useAgentView(props);
  const labels = useMemo(() => mergeLabels(defaultLabels, labelsProp), [labelsProp]);
  const [rootEl, setRootEl] = useState<HTMLDivElement | null>(null);
  const rootValue = useMemo<AgentboardRootValue>(
    () => ({ portalContainer: rootEl, colorScheme, unstyled }),
    [rootEl, colorScheme, unstyled],
  );
  const rootStyle = useMemo(() => themeToStyle(theme, style), [theme, style]);

  const { tab, filters, setFilters, clearFilters, visibleItems } = view;
  const hasError = error !== undefined && error !== null && error !== false;
  const filtered = hasActiveFilters(filters, tab);
  const onQueryChange = useMemo(() => (q: string) => setFilters((f) => setQuery(f, q)), [setFilters]);

  // While the first items load there is nothing to count: no zeros in the summary or the tabs.
  const awaitingFirstItems = loading && (items?.length ?? 0) === 0;

  const announcement = useResultAnnouncement(view.filters, tab, visibleItems.length, labels, locale);

  const emptyState =
    (items?.length ?? 0) === 0 || !filtered ? (
      <AgentEmptyState reason="no-data" labels={labels} className={classNames?.empty} />
    ) : (
      <AgentEmptyState reason="no-match" onClearFilters={clearFilters} labels={labels} className={classNames?.empty} />
    );

  return (
    <AgentboardRootContext.Provider value={rootValue}>
      <div
        ref={setRootEl}
        className={clsx('ab-root', 'ab-view', classNames?.root, className)}
        style={rootStyle}
        data-color-scheme={colorScheme}
        data-density={density ?? 'comfortable'}
        data-tab={tab}
        data-unstyled={unstyled ? '' : undefined}
        data-state={hasError ? 'error' : loading ? 'loading' : 'ready'}
      >
        <AgentTabs tab={tab} onTabChange={view.setTab} counts={awaitingFirstItems ? undefined : view.tabCounts} locale={locale} labels={labels} classNames={classNames}>
          <FilterMenu
            filters={filters}
            onFiltersChange={setFilters}
            facets={view.facets}
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
            {hasError ? (
              <AgentErrorState error={error} onRetry={onRetry} labels={labels} className={clsx('ab-view-error', classNames?.error)} />
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
                sourceRegistry={sourceRegistry}
                sourceIcons={sourceIcons}
              />
            )}
          </AgentTabsPanel>
        </AgentTabs>
        <div role="status" aria-live="polite" aria-atomic="true" className="ab-visually-hidden">
          {announcement}
        </div>
      </div>
    </AgentboardRootContext.Provider>
  );
}

/**
 * The text of the polite live region: the result count, set only after the filters or the tab
 * change (never on mount, never because items ticked or arrived). It reads the settled filters, so
 * the count matches the list that is actually shown.
 */
function useResultAnnouncement(
  filters: AgentFilters,
  tab: AgentTab,
  count: number,
  labels: AgentboardLabels,
  locale: string | undefined,
): string {
  const settled = useDeferredValue(filters);
  const [text, setText] = useState('');
  const countRef = useRef(count);
  countRef.current = count;
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  // Compare with what was last seen rather than counting mounts, so StrictMode's double effect
  // run on mount announces nothing.
  const seen = useRef({ settled, tab });
  useEffect(() => {
    if (seen.current.settled === settled && seen.current.tab === tab) return;
    seen.current = { settled, tab };
    const n = countRef.current;
    setText(labelsRef.current.resultCount(n, formatCount(n, locale)));
  }, [settled, tab, locale]);
  return text;
}
