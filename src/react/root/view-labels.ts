import { ARTIFACT_FILTER_LABELS } from '../../core/fields/artifacts';
import { STATUS_META } from '../../core/status';
import type { AgentArtifactType, AgentStatus, CreatedOnPreset } from '../../core/types';

/**
 * Every visible string of the view's own parts (tabs, toolbar, filter menu, summary, pinned
 * section, states). Strings that depend on a number are functions that receive the number and
 * the number already formatted for the view's `locale`.
 */
export interface AgentViewLabels {
  /** Accessible name of the tab list. */
  tabList: string;
  tabPersonal: string;
  tabAll: string;
  /** Description read after a tab's name, e.g. "12 items, 3 running". */
  tabDescription: (count: number, running: number, formatted: { count: string; running: string }) => string;

  search: string;
  searchPlaceholder: string;

  filter: string;
  /** Accessible name of the trigger while filters are active; must start with `filter`. */
  filterWithCount: (count: number, formatted: string) => string;
  filterDialog: string;
  sectionSource: string;
  /** Quick option in the Source section selecting every integration source (Slack, Linear…). */
  allIntegrations: string;
  sectionStatus: string;
  sectionCreator: string;
  sectionCreatedOn: string;
  /** The "Has artifact" section and its chips. */
  sectionArtifacts: string;
  /** Names of the Has artifact options (and chips): each artifact type, and `none`. */
  artifactTypes: Record<AgentArtifactType | 'none', string>;
  creatorSearch: string;
  noCreatorsMatch: string;
  noOptions: string;
  me: string;
  anyTime: string;
  createdOn: Record<CreatedOnPreset, string>;
  aDay: string;
  aRange: string;
  day: string;
  rangeFrom: string;
  rangeTo: string;
  /** Chip text for a given day / range. */
  chipDay: (day: string) => string;
  chipRange: (from: string, to: string) => string;
  removeChip: (field: string, value: string) => string;
  activeFilters: string;
  clearAll: string;

  statuses: Record<AgentStatus, string>;

  summary: string;
  summaryTotal: string;
  summaryWorking: string;
  summaryBlocked: string;
  summaryFailed: string;
  /** Visible label of the credits tile; it starts the tile's accessible name. */
  summaryCredits: string;
  /** Accessible name of the credits tile when no visible item reports credits; receives `summaryCredits`. */
  summaryCreditsUnknown: (label: string) => string;
  /** Tooltip of the credits tile when no visible item reports credits. */
  creditsNotReported: string;
  creditsBreakdown: string;
  creditsBySource: string;
  creditsByCreator: string;
  creditsOthers: string;
  creditsTotal: string;
  noCredits: string;

  pinnedTitle: string;
  /** What a blocked item waits on when the host gave no detail. */
  pinnedFallbackDetail: string;
  /**
   * Accessible name of the section's disclosure button, e.g. "Needs you, 2 items": distinct from the
   * summary's "Needs you 2" status toggle. Receives `pinnedTitle`, which the name must start with
   * (the button shows it).
   */
  pinnedToggle: (title: string, count: number, formatted: string) => string;
  /** The button under the first `PINNED_LIMIT` pinned items, e.g. "Show all 12". */
  pinnedShowAll: (count: number, formatted: string) => string;
  /** The same button once every pinned item shows. */
  pinnedShowFewer: string;
  /** Past `PINNED_INLINE_MAX` blocked items, the button that shows them in the list (filtered to Blocked). */
  pinnedShowInList: (count: number, formatted: string) => string;

  emptyTitle: string;
  emptyDescription: string;
  /** Filters (not only the search) hide every item. */
  noMatchTitle: string;
  /** Under `noMatchTitle` when the Day of creation filter is not among them. */
  noMatchDescription: string;
  /** Under `noMatchTitle` when the Day of creation filter is among them. */
  noMatchDayDescription: string;
  /** Only the search hides every item; receives the search text (already shortened when long). */
  noSearchMatchTitle: (query: string) => string;
  noSearchMatchDescription: string;
  /** The search and filters together hide every item; receives the search text. */
  noSearchAndFilterMatchTitle: (query: string) => string;
  /** Under `noSearchAndFilterMatchTitle` when the Day of creation filter is not active. */
  noSearchAndFilterMatchDescription: string;
  /** Under `noSearchAndFilterMatchTitle` when the Day of creation filter is active. */
  noSearchAndFilterMatchDayDescription: string;
  clearFilters: string;
  /** Empties the search box only (the filters stay). */
  clearSearch: string;
  /** Empties the search box and removes every filter. */
  clearSearchAndFilters: string;
  errorTitle: string;
  retry: string;
  /**
   * Announced politely after the tab, the search or the filters change, in the grid's words
   * ("12 agent runs", the noun of `rowCount`); said again when the count stays the same. Not used
   * for 0: the empty state's title is announced instead ("No items match these filters").
   */
  resultCount: (count: number, formatted: string) => string;
  /** Announced politely after the reader sorts the list; receives the column's label ("Sorted by Credits, ascending"). */
  sortedAscending: (column: string) => string;
  sortedDescending: (column: string) => string;

  /** With a data source that tells its total: "Showing 100 of 12,345". */
  showingCount: (shown: number, total: number, formatted: { shown: string; total: string }) => string;
  /**
   * The same while some sources of a merged list could not be loaded: the total counts only the
   * sources that answered.
   */
  showingCountPartial: (shown: number, total: number, formatted: { shown: string; total: string }) => string;
  /** The button that shows live items which arrived above while the reader was scrolled down. */
  newItems: (count: number, formatted: string) => string;
  /** Announced politely when live updates take shown rows out of the filters. */
  leftFilter: (count: number, formatted: string) => string;
  /** Tag on a row that no longer matches the filters. */
  leftFilterTag: string;
  /** The button that removes the rows which no longer match. */
  hideLeftFilter: (count: number, formatted: string) => string;
  /** A next page failed to load (the loaded rows stay). */
  loadMoreError: string;
  /** One source of a merged list failed while the others answered (`mergeAgentDataSources`). */
  partialSource: (source: string, message: string) => string;
  /** The name of the list of sources that could not be loaded. */
  partialSources: string;
  /** The live stream dropped and is being reopened (rows may be out of date meanwhile). */
  liveReconnecting: string;
  /** The live stream gave up for now (it resumes with the next query or when the page is shown). */
  livePaused: string;
}

export const defaultViewLabels: AgentViewLabels = {
  tabList: 'Agent views',
  tabPersonal: 'Personal',
  tabAll: 'All',
  tabDescription: (count, running, f) =>
    running > 0
      ? `${f.count} ${count === 1 ? 'item' : 'items'}, ${f.running} running`
      : `${f.count} ${count === 1 ? 'item' : 'items'}`,

  search: 'Search agents',
  searchPlaceholder: 'Search…',

  filter: 'Filter',
  filterWithCount: (_count, formatted) => `Filter, ${formatted} active`,
  filterDialog: 'Filters',
  sectionSource: 'Source',
  allIntegrations: 'All integrations',
  sectionStatus: 'Status',
  sectionCreator: 'Creator',
  sectionCreatedOn: 'Day of creation',
  sectionArtifacts: 'Has artifact',
  artifactTypes: { ...ARTIFACT_FILTER_LABELS },
  creatorSearch: 'Search creators',
  noCreatorsMatch: 'No creators match',
  noOptions: 'Nothing to filter by',
  me: 'Me',
  anyTime: 'Any time',
  createdOn: {
    today: 'Today',
    yesterday: 'Yesterday',
    last_24_hours: 'Last 24 hours',
    past_3_days: 'Past 3 days',
    last_week: 'Last week',
  },
  aDay: 'A day…',
  aRange: 'Range…',
  day: 'Day',
  rangeFrom: 'From',
  rangeTo: 'To',
  chipDay: (day) => day,
  chipRange: (from, to) => `${from} – ${to}`,
  removeChip: (field, value) => `Remove ${field}: ${value}`,
  activeFilters: 'Active filters',
  clearAll: 'Clear all',

  statuses: {
    working: STATUS_META.working.label,
    blocked: STATUS_META.blocked.label,
    canceled: STATUS_META.canceled.label,
    failed: STATUS_META.failed.label,
    success: STATUS_META.success.label,
  },

  summary: 'Summary',
  summaryTotal: 'Total',
  summaryWorking: 'Working now',
  summaryBlocked: 'Needs you',
  summaryFailed: 'Failed',
  summaryCredits: 'Credits total',
  summaryCreditsUnknown: (label) => `${label}, no data`,
  creditsNotReported: 'No credits reported',
  creditsBreakdown: 'Credits breakdown',
  creditsBySource: 'By source',
  creditsByCreator: 'By creator',
  creditsOthers: 'Others',
  creditsTotal: 'Total',
  noCredits: 'No credit usage reported',

  pinnedTitle: 'Needs you',
  pinnedFallbackDetail: 'Waiting for your input',
  pinnedToggle: (title, count, formatted) => `${title}, ${formatted} ${count === 1 ? 'item' : 'items'}`,
  pinnedShowAll: (_count, formatted) => `Show all ${formatted}`,
  pinnedShowFewer: 'Show fewer',
  pinnedShowInList: (_count, formatted) => `Show all ${formatted} in the list`,

  emptyTitle: 'No agent activity yet',
  emptyDescription: 'Agent conversations and background runs will appear here as soon as they start.',
  noMatchTitle: 'No items match these filters',
  noMatchDescription: 'Try removing a filter.',
  noMatchDayDescription: 'Try removing a filter or widening the day range.',
  noSearchMatchTitle: (query) => `No items match “${query}”`,
  noSearchMatchDescription: 'Check the spelling or try other words. Search looks at titles, creator names and ids.',
  noSearchAndFilterMatchTitle: (query) => `No items match “${query}” with these filters`,
  noSearchAndFilterMatchDescription: 'Try other words or remove a filter.',
  noSearchAndFilterMatchDayDescription: 'Try other words, remove a filter or widen the day range.',
  clearFilters: 'Clear filters',
  clearSearch: 'Clear search',
  clearSearchAndFilters: 'Clear search and filters',
  errorTitle: 'Agent activity could not be loaded',
  retry: 'Retry',
  resultCount: (count, formatted) => `${formatted} ${count === 1 ? 'agent run' : 'agent runs'}`,
  sortedAscending: (column) => `Sorted by ${column}, ascending`,
  sortedDescending: (column) => `Sorted by ${column}, descending`,

  showingCount: (_shown, _total, f) => `Showing ${f.shown} of ${f.total}`,
  showingCountPartial: (_shown, _total, f) => `Showing ${f.shown} of ${f.total} from the sources that loaded`,
  newItems: (count, formatted) => `${formatted} new ${count === 1 ? 'item' : 'items'}`,
  leftFilter: (count, formatted) =>
    count === 1 ? `${formatted} item no longer matches the filters` : `${formatted} items no longer match the filters`,
  leftFilterTag: 'No longer matches',
  hideLeftFilter: (count) => (count === 1 ? 'Hide it' : 'Hide them'),
  loadMoreError: 'More items could not be loaded.',
  partialSource: (source, message) => `${source} could not be loaded: ${message}`,
  partialSources: 'Sources that could not be loaded',
  liveReconnecting: 'Reconnecting… live updates resume when the connection is back.',
  livePaused: 'Live updates paused.',
};
