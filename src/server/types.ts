import type { AgentStatus, ParseIssue } from '../core/types';
import type { SourceRegistry } from '../core/sources';
import type { AgentActionMatch, AgentActionResult, AgentQuery, AgentQueryResult } from '../data/types';

/** A question to a store: `AgentQuery` without the signal, with an optional fixed clock (tests). */
export interface AgentStoreQuery extends Omit<AgentQuery, 'signal' | 'limit'> {
  limit?: number;
  now?: Date | number;
}

/** An item in a live change, with who may see it. */
export interface AgentChangeItem {
  id: string;
  /** The item as host input (what the list endpoint sends). */
  item: Record<string, unknown>;
  creatorId: string;
  kind: string;
}

/** A removed (or archived) item, with who could see it. */
export interface AgentChangeRemoval {
  id: string;
  creatorId: string;
  kind: string;
}

/**
 * What changed in the store, in order: `seq` is the position of the change in the store's change
 * log (increasing, the stream's event id). One write (an upsert, a removal, an action) is one change.
 */
export interface AgentStoreChange {
  /** The position this change starts after: a reader at another position reads `changesSince` itself. */
  after: number;
  seq: number;
  upsert: AgentChangeItem[];
  remove: AgentChangeRemoval[];
  /** Changes were lost (the log was pruned past the reader): whoever shows items must query again. */
  reset?: boolean;
}

/** The changes after a position, or `null` when the store no longer keeps them (the reader re-queries). */
export interface AgentChangesSince {
  /** The position to resume from next time. */
  seq: number;
  change: AgentStoreChange | null;
}

/** An action on the store, as the handler passes it: the viewer's, by ids or by a match. */
export interface AgentStoreActionRequest {
  action: string;
  ids?: string[];
  match?: AgentActionMatch;
  input?: unknown;
  timeZone?: string;
  /** Who acts: only items this viewer can see are touched. */
  viewerId: string;
  now?: Date | number;
}

/** What `upsert` did: how many items were written and what `parseAgentItems` reported. */
export interface AgentUpsertResult {
  written: number;
  issues: ParseIssue[];
}

/** A store's answer to an action: `AgentActionResult` with the `undo` as a request to post back. */
export interface AgentStoreActionResult extends Omit<AgentActionResult, 'undo'> {
  undo?: { action: string; ids: string[] };
}

/**
 * Agent items in a database, answering the view's questions exactly as the core would over the
 * same items. Made by `createSqliteAgentStore` or `createPostgresAgentStore`.
 */
export interface AgentStore {
  /** Creates or updates the tables and indexes (versioned; safe to call on every start). */
  migrate(): Promise<void>;
  /** Validates host input with `parseAgentItems` and writes the valid items; reports the rest. */
  upsert(items: readonly unknown[], options?: { notify?: boolean }): Promise<AgentUpsertResult>;
  /** Deletes items by id; returns how many existed. */
  remove(ids: readonly string[]): Promise<number>;
  /**
   * One page of a question, with `total` and both tabs' `tabTotals` (the same filters on Personal
   * and All, for the viewer asked), and `facets` and `summary` on the first page.
   */
  query(query: AgentStoreQuery, options?: { signal?: AbortSignal }): Promise<AgentQueryResult>;
  /** Calls `listener` with every change, from this process or (see each store) others. Returns the stop. */
  subscribe(listener: (change: AgentStoreChange) => void): () => void;
  /** The changes after `seq`, merged, for a stream that resumes; `change: null` when they are gone. */
  changesSince(seq: number): Promise<AgentChangesSince>;
  /** The latest change's position (0 before any). */
  latestSeq(): Promise<number>;
  /** Runs an action on items by ids or by a match, in one transaction. */
  act(request: AgentStoreActionRequest): Promise<AgentStoreActionResult>;
  /** Items by id as host input (missing or archived ones left out). */
  getItems(ids: readonly string[]): Promise<Record<string, unknown>[]>;
  /** Stops watching for changes and ends workers; the database connection stays the host's. */
  close(): Promise<void>;
}

/** Options both stores take. */
export interface AgentStoreOptions {
  /** Signs page cursors (≥ 16 bytes). Default: random per process (cursors do not survive a restart). */
  cursorSecret?: string | Uint8Array;
  /** Raw-status mappings for `parseAgentItems` (what the Status filter sees). */
  statusMap?: Record<string, AgentStatus>;
  /** Source labels for facets and credit breakdowns. */
  sources?: SourceRegistry;
  /** Page size when a query gives none (100) and the largest page (500). */
  defaultLimit?: number;
  maxLimit?: number;
  /** How many changes the log keeps for streams that resume (10,000). */
  changeRetention?: number;
  /** A query's time limit in ms (10,000). */
  queryTimeoutMs?: number;
  /** Most items one action may touch (10,000). */
  maxActionItems?: number;
}
