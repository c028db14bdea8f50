import type { Generated } from 'kysely';

/**
 * The tables of an agent store, as Kysely sees them. One row per item with the columns the filters
 * and the order read; the parsed item itself as JSON (`item`), so fields the queries do not read
 * round-trip unchanged; multi-valued filter fields (host facets over `meta`, artifact types) in a
 * side table, one row per value. A new filter field is a column or a `field` of the side table,
 * plus one query part (see `conditions.ts`).
 */
export interface AgentItemsTable {
  pk: Generated<number>;
  id: string;
  /** `idKey(id)`: orders like JavaScript's string comparison. */
  id_key: string;
  kind: string;
  source: string;
  /** Display status (after the store's status map): what the Status filter matches. */
  status: string;
  creator_id: string;
  creator_name: string;
  created_ms: number;
  /** Known credits (finite, ≥ 0); null when the item reported none. */
  credits: number | null;
  /** `searchField` of the title, the creator's name and the id: the free-text query. */
  title_lc: string;
  creator_lc: string;
  id_lc: string;
  /** 1 once archived: archived items leave every query. */
  archived: number;
  /** The parsed item as host input (ISO dates, the raw status), what the list endpoint sends. */
  item: string;
  updated_ms: number;
}

export interface AgentValuesTable {
  item_pk: number;
  /** `meta:<key>` for host facets, `artifact` for artifact types. */
  field: string;
  value: string;
}

export interface AgentChangesTable {
  seq: Generated<number>;
  item_id: string;
  op: 'upsert' | 'remove';
  /** Who may see the change: the item's creator, and everyone on the All tab when ambient. */
  creator_id: string;
  kind: string;
  at_ms: number;
}

export interface AgentStoreTables {
  agent_items: AgentItemsTable;
  agent_values: AgentValuesTable;
  agent_changes: AgentChangesTable;
}
