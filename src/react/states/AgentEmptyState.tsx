import { clsx } from 'clsx';
import { forwardRef, type HTMLAttributes } from 'react';
import { FilterIcon, InboxIcon, SearchIcon } from '../badges';
import { defaultViewLabels, useLabels, type AgentViewLabels, type LabelOverrides } from '../root';

/** Why the list is empty: what `AgentEmptyState` says and which way out it offers. */
export type AgentEmptyReason = 'no-data' | 'no-match' | 'no-search-match';

export interface AgentEmptyStateProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * `no-data`: nothing at all yet. `no-match`: filters hide everything (offers "Clear filters"; with
   * `query`, the search narrows too and it offers "Clear search and filters"). `no-search-match`:
   * only the search text hides everything (names `query`, offers "Clear search").
   */
  reason: AgentEmptyReason;
  /**
   * The search text, when a search is active: named in the `no-search-match` title, and with
   * `no-match` it says that the search and the filters together hide everything. A long text is
   * shortened with "…".
   */
  query?: string;
  /**
   * Whether the Day of creation filter is among the active filters: only then does the `no-match`
   * line suggest widening the day range. Default false.
   */
  dayFilter?: boolean;
  /** `no-match`: the button that removes every filter (and the search, when `query` is given). */
  onClearFilters?: () => void;
  /**
   * `no-search-match`: the button that empties the search. The button goes away with the state, so
   * move focus yourself (the management view moves it to the search box).
   */
  onClearSearch?: () => void;
  labels?: LabelOverrides<AgentViewLabels>;
  className?: string;
}

/** Longest search text a title quotes in full (in characters, not UTF-16 units). */
const QUERY_CHARS = 60;

function shorten(query: string): string {
  const chars = Array.from(query.trim());
  return chars.length > QUERY_CHARS ? `${chars.slice(0, QUERY_CHARS - 1).join('')}…` : chars.join('');
}

type EmptyKind = 'no-data' | 'search' | 'both' | 'filters';

/** Which wording an empty list takes, and the search text as its title quotes it (shortened). */
function emptyKind(reason: AgentEmptyReason, rawQuery: unknown): { kind: EmptyKind; query: string } {
  const query = typeof rawQuery === 'string' ? shorten(rawQuery) : '';
  // `no-search-match` without a search text falls back to the filters' wording rather than quote nothing.
  const kind =
    reason === 'no-data'
      ? 'no-data'
      : reason === 'no-search-match' && query !== ''
        ? 'search'
        : reason === 'no-match' && query !== ''
          ? 'both'
          : 'filters';
  return { kind, query };
}

/**
 * The title `AgentEmptyState` shows for this reason and search text — what the view's live region
 * announces for an empty list, so the two never differ.
 */
export function emptyStateTitle(reason: AgentEmptyReason, query: string | undefined, labels: AgentViewLabels): string {
  const empty = emptyKind(reason, query);
  return describe(empty.kind, empty.query, false, labels, undefined, undefined).title;
}

interface EmptyCopy {
  title: string;
  description: string;
  action?: { label: string; onClick: () => void };
}

function describe(
  kind: EmptyKind,
  query: string,
  dayFilter: boolean,
  labels: AgentViewLabels,
  onClearFilters: (() => void) | undefined,
  onClearSearch: (() => void) | undefined,
): EmptyCopy {
  switch (kind) {
    case 'no-data':
      return { title: labels.emptyTitle, description: labels.emptyDescription };
    case 'search':
      return {
        title: labels.noSearchMatchTitle(query),
        description: labels.noSearchMatchDescription,
        action: onClearSearch ? { label: labels.clearSearch, onClick: onClearSearch } : undefined,
      };
    case 'both':
      return {
        title: labels.noSearchAndFilterMatchTitle(query),
        description: dayFilter ? labels.noSearchAndFilterMatchDayDescription : labels.noSearchAndFilterMatchDescription,
        action: onClearFilters ? { label: labels.clearSearchAndFilters, onClick: onClearFilters } : undefined,
      };
    case 'filters':
      return {
        title: labels.noMatchTitle,
        description: dayFilter ? labels.noMatchDayDescription : labels.noMatchDescription,
        action: onClearFilters ? { label: labels.clearFilters, onClick: onClearFilters } : undefined,
      };
  }
}

/**
 * The list's empty state, saying what is true: "No agent activity yet" (with a short line on what
 * will appear) when there is nothing at all; "No items match “deploy”" with "Clear search" when only
 * the search hides everything; "No items match these filters" with "Clear filters" when filters do
 * (it suggests widening the day range only when `dayFilter` says that filter is active); and
 * "No items match “deploy” with these filters" with "Clear search and filters" when both do. Data
 * attributes: `data-reason`, and `data-query` while a search is part of the reason.
 *
 * The ref and any other `div` attribute go to the outer element.
 *
 * @example
 * ```tsx
 * <AgentEmptyState reason="no-match" onClearFilters={view.clearFilters} />
 * <AgentEmptyState reason="no-search-match" query={view.filters.query} onClearSearch={clearSearch} />
 * ```
 */
export const AgentEmptyState = forwardRef<HTMLDivElement, AgentEmptyStateProps>(function AgentEmptyState(
  {
    reason,
    query: queryProp,
    dayFilter = false,
    onClearFilters,
    onClearSearch,
    labels: labelsProp,
    className,
    ...rest
  },
  ref,
) {
  const labels = useLabels(defaultViewLabels, labelsProp);
  const { kind, query } = emptyKind(reason, queryProp);
  const copy = describe(kind, query, dayFilter, labels, onClearFilters, onClearSearch);
  return (
    <div
      data-reason={reason}
      data-query={kind === 'search' || kind === 'both' ? '' : undefined}
      {...rest}
      ref={ref}
      className={clsx('ab-state', 'ab-empty-state', className)}
    >
      <span className="ab-state-icon" aria-hidden="true">
        {kind === 'no-data' ? <InboxIcon /> : kind === 'search' ? <SearchIcon /> : <FilterIcon />}
      </span>
      <p className="ab-state-title">{copy.title}</p>
      <p className="ab-state-description">{copy.description}</p>
      {copy.action ? (
        <button type="button" className="ab-button" onClick={copy.action.onClick}>
          {copy.action.label}
        </button>
      ) : null}
    </div>
  );
});
AgentEmptyState.displayName = 'AgentEmptyState';
