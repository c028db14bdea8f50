import type { AgentActionId, AgentFacets, AgentFilters, AgentTab, FacetOption } from '../core/types';

/**
 * What the view asks a data source for: one page of the items that match a tab and filters.
 * `cursor` is `undefined` for the first page and the previous page's `nextCursor` after that.
 */
export interface AgentQuery {
  tab: AgentTab;
  viewerId: string;
  filters: AgentFilters;
  /** Opaque cursor from the previous page; absent for the first page. */
  cursor?: string;
  /** Page size the view wants. A source may return fewer items. */
  limit: number;
  /** Aborted when the tab or filters change, on retry and on unmount. Pass it on to `fetch`. */
  signal: AbortSignal;
  /**
   * IANA time zone the Day-of-creation filter is computed in (the view's `timeZone`, else the
   * runtime's). Servers need it to turn "today" into a range of instants.
   */
  timeZone?: string;
}

/**
 * One page of results. `items` are host input (dates as ISO strings, epoch numbers or `Date`s,
 * raw statuses); the view parses them with `parseAgentItems` and reports problems through
 * `onDataIssues` rather than failing.
 */
export interface AgentQueryResult {
  items: unknown[];
  /** Cursor of the next page; `null`/absent when this was the last page. */
  nextCursor?: string | null;
  /** How many items match the query in all pages, when the host knows it. */
  total?: number;
  /**
   * How many items match the same filters on each tab, when the host knows them (`{ personal: 12,
   * all: 40 }`; the asked tab's equals `total`): the view shows the tab not asked for with its count,
   * as it does with items in memory. A tab left out shows no count. The view checks each entry: one
   * that is not a whole number ≥ 0 is ignored and reported to `onDataIssues`, and the answer stands.
   */
  tabTotals?: Partial<Record<AgentTab, number>>;
  /** Facet counts computed by the host over the whole result set, when it can. */
  facets?: Partial<AgentFacets>;
  /**
   * Credits over the whole result set (core `summarize` semantics: known credits only; breakdowns
   * with `count` holding credits), when the host can sum them. Without it the view shows no credits
   * total rather than the sum of the pages loaded so far.
   */
  summary?: AgentQuerySummary;
  /**
   * Sources whose items are missing from this answer because they failed, when the answer comes from
   * several (`mergeAgentDataSources`). The items that did come back are still the answer: the view
   * keeps them and names each failure ("GitHub Actions could not be loaded: …"), and `total`,
   * `tabTotals`, `facets` and `summary` cover the sources that answered. Absent or empty when nothing failed.
   */
  partial?: AgentSourceFailure[];
}

/** One source of several that could not answer: its name, for people, and why, as its error said. */
export interface AgentSourceFailure {
  /** The source's name as the host gave it ("GitHub Actions"). */
  source: string;
  /** The error's message, written for people. */
  message: string;
}

/** Credit totals a host computed over every match of a query. */
export interface AgentQuerySummary {
  credits: number;
  creditsBySource?: FacetOption[];
  creditsByCreator?: FacetOption[];
}

/**
 * A live change pushed by the host: items to insert or replace (by id), and ids that are gone. A
 * stream that lost changes it cannot replay sends `reset: true` (the loader queries the first page
 * again); a source that knows how its connection stands sends `connection`.
 */
export interface AgentDataUpdate {
  /** Host input, parsed like query results. */
  upsert?: unknown[];
  remove?: string[];
  /** Changes were lost: whatever is shown must be queried again. */
  reset?: boolean;
  /** How the live connection stands now. */
  connection?: AgentLiveConnection;
}

/**
 * The state of a live stream: `live` (connected, updates arrive), `reconnecting` (it dropped and is
 * being reopened; what is shown may be stale), `paused` (the server refused it; no live updates
 * until the view is reloaded or the source subscribed again).
 */
export type AgentLiveConnection = 'live' | 'reconnecting' | 'paused';

export type AgentDataListener = (update: AgentDataUpdate) => void;

/**
 * How agentboard reads items from a host that pages and filters on its side.
 *
 * @example
 * const dataSource: AgentDataSource = {
 *   async query({ tab, viewerId, filters, cursor, limit, signal }) {
 *     const res = await api.listAgents({ tab, viewerId, filters, cursor, limit }, { signal });
 *     return { items: res.items, nextCursor: res.next, total: res.total };
 *   },
 *   subscribe(listener) {
 *     return api.onAgentChange((item) => listener({ upsert: [item] }));
 *   },
 * };
 */
export interface AgentDataSource {
  query(query: AgentQuery): Promise<AgentQueryResult>;
  /** Optional live updates. Returns the function that stops them. */
  subscribe?(listener: AgentDataListener): () => void;
  /**
   * Optional: runs an action on the host's side. The view sends "all matching" bulk actions here as
   * a `match` (the tab and filters, minus `except`), never as a loop over the rows it has loaded.
   */
  action?(request: AgentActionRequest): Promise<AgentActionResult>;
}

// The id type lives with the core's action rules, which the data layer must not be imported by.
export type { AgentActionId };

/** Which items an action applies to when it is sent as a query instead of a list of ids. */
export interface AgentActionMatch {
  tab: AgentTab;
  filters: AgentFilters;
  /** Ids the reader deselected after choosing "Select all N matching". */
  except?: string[];
}

/** What the view asks a data source to do: an action on some ids, or on every item matching a query. */
export interface AgentActionRequest {
  /** A built-in `AgentActionId` or a custom action's id. */
  action: AgentActionId | (string & {});
  /** The items, by id (absent when `match` is given). */
  ids?: string[];
  /** Every item of a tab and filter state (absent when `ids` is given). */
  match?: AgentActionMatch;
  /** What the action needs besides its items (e.g. the new title of `rename`). */
  input?: unknown;
  /** The viewer's time zone: a `match` with a Day-of-creation filter needs it, as queries do. */
  timeZone?: string;
  /** Aborted when the reader cancels the action or the view goes away. */
  signal: AbortSignal;
}

/**
 * What an action did. `upsert` (host input, parsed like query results) and `remove` are merged like
 * live updates; `failed` names the items it could not act on and why (those rows stay as they were).
 * `undo`, when given, is offered beside the success message.
 */
export interface AgentActionResult {
  upsert?: unknown[];
  remove?: string[];
  failed?: { id: string; message: string }[];
  /** How many items the action changed, when it ran on a `match` (the view cannot count them itself). */
  affected?: number;
  /**
   * Sources that could not run the action on a `match` while others did (`mergeAgentDataSources`):
   * the result holds what the others did, and the view names each failure beside it.
   */
  partial?: AgentSourceFailure[];
  /** Reverts the action (e.g. restores archived runs). */
  undo?: () => Promise<AgentActionResult | void>;
}
