import type { AgentFacets, AgentFilters, AgentItem, AgentStatus, AgentTab, ParseIssue } from '../core/types';
import type { PageVisibility } from './poller';
import type {
  AgentDataSource,
  AgentDataUpdate,
  AgentLiveConnection,
  AgentQuerySummary,
  AgentSourceFailure,
} from './types';

/** What the data loader (and `useAgentData`, its React hook) is asked to load, and how. */
export interface AgentDataOptions {
  /** Where items come from. `null`/`undefined` leaves the loader idle (the view then uses `items`). */
  dataSource?: AgentDataSource | null;
  tab: AgentTab;
  viewerId: string;
  filters: AgentFilters;
  /** Items asked for per page. Default 100. */
  pageSize?: number;
  /** Quiet time after a tab or filter change before querying (typing in the search box). Default 150. */
  debounceMs?: number;
  /** Re-query the first page this often (ms) while the page is visible. Off by default. */
  pollIntervalMs?: number;
  /** Problems `parseAgentItems` found in host input (dropped items, unknown statuses). */
  onDataIssues?: (issues: ParseIssue[]) => void;
  statusMap?: Record<string, AgentStatus>;
  /** Time zone of the Day-of-creation filter; sent to the source. Default: the runtime's. */
  timeZone?: string;
  /** Fixed clock for matching live updates against date filters (tests). */
  now?: Date | number;
  /**
   * Whether the reader sees the top of the list. While false, new live items wait in `pendingNew`
   * instead of pushing rows down. Default true; or drive it with
   * `setAtTop` from the list's scroll position.
   */
  isAtTop?: boolean;
}

/** The loaded state of a data source and what can be done with it. */
export interface AgentDataResult {
  /** Loaded items, parsed and unique by id, newest first. Rows in `leftFilter` stay here too. */
  items: AgentItem[];
  /** The first page for the current tab/filters is loading (`items` still holds the previous result). */
  loading: boolean;
  /**
   * A first page is being queried again while `items` still shows an earlier answer (a filter
   * change, a retry, a stream that lost changes): the view may mark the rows as stale.
   */
  refreshing: boolean;
  /**
   * How the source's live stream stands, when it says (`createFetchDataSource` with a `streamUrl`
   * does): `live`, `reconnecting` (show "Reconnecting…"; rows may be stale) or `paused` (show "Live
   * updates paused"). `undefined` for sources without a stream or that do not report it.
   */
  connection: AgentLiveConnection | undefined;
  /** A next page is loading. */
  loadingMore: boolean;
  /** The last request failed; `retry` repeats it. */
  error: Error | null;
  retry: () => void;
  /** Loads the next page if there is one and none is loading (AgentList's `onEndReached`). */
  loadMore: () => void;
  hasMore: boolean;
  /** Matching items in all pages, when the source tells. */
  total: number | undefined;
  /**
   * Both tabs' counts under the current filters, once the source told the other tab's (its answer's
   * `tabTotals`): the other tab's, moved by live changes as far as the loaded rows tell (a change to
   * an item the list never loaded moves it only when it is inserted here), and the current tab's,
   * which is `total`. `undefined` when the source did not tell it, and from a change of the tab or
   * the filters until the next answer: no number of an earlier question.
   */
  tabTotals: Partial<Record<AgentTab, number>> | undefined;
  facets: Partial<AgentFacets> | undefined;
  /** Credits over every match, when the source sums them (from its latest answer). */
  summary: AgentQuerySummary | undefined;
  /**
   * Sources of a merged source that failed in its latest answer, while the others' items are shown
   * (`mergeAgentDataSources`): name each beside the list ("GitHub Actions could not be loaded: …").
   */
  partial?: AgentSourceFailure[];
  /**
   * Live items, not loaded before, that arrived while the reader was scrolled down (held back so no
   * row moves; mostly newer than the first row).
   */
  pendingNew: AgentItem[];
  /** Inserts `pendingNew` at the top (the "N new items" button). */
  showPending: () => void;
  /** Shown items whose live update made them leave the current filters. Kept until acknowledged. */
  leftFilter: AgentItem[];
  /** Removes the `leftFilter` rows from the list. */
  acknowledgeLeft: () => void;
  /** Tells the loader whether the reader is at the top of the list (when `isAtTop` is not passed). */
  setAtTop: (atTop: boolean) => void;
  /**
   * Merges changes the reader caused (an action's `upsert` / `remove`) exactly like a live update:
   * by id, no row moving under the reader, new items above held behind "N new items".
   */
  applyUpdate: (update: AgentDataUpdate) => void;
}

/** A data source's loaded state with its requests, timers and live updates; see `createAgentDataLoader`. */
export interface AgentDataLoader {
  /** The current state; the same object until the next change (what `useSyncExternalStore` needs). */
  getSnapshot(): AgentDataResult;
  /** Calls `listener` after every change of the snapshot; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The latest options; callbacks and timers read them when they run. */
  setOptions(options: AgentDataOptions): void;
  /** A key of what is asked for (tab, viewer, page size, zone, filters); `null` without a source. */
  queryKey(): string | null;
  /** Starts the loader; returns the stop, where every request and timer still running ends. */
  mount(): () => void;
  /** The query key changed: query at once the first time, debounced after. Returns the debounce's cleanup. */
  queryChanged(): (() => void) | undefined;
  /** Follows the source's live updates, if it has any. Returns the unsubscribe. */
  listen(dataSource: AgentDataSource | null | undefined): (() => void) | undefined;
  /** Refreshes the first page every `intervalMs` while the page is shown. Returns the stop. */
  poll(intervalMs: number, visibility?: PageVisibility): () => void;
}
