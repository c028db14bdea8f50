import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** The tables Kysely's migrator keeps its record and its lock in (prefixed: they share a schema with the host's). */
const MIGRATION_TABLE = 'agentboard_migrations';
const MIGRATION_LOCK_TABLE = 'agentboard_migrations_lock';

function itemsSchema(dialect: Dialect): Migration {
  const pg = dialect === 'postgres';
  const epoch = pg ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('agent_items')
        .ifNotExists()
        .addColumn('pk', pg ? 'bigserial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('id_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('creator_id', 'text', (c) => c.notNull())
        .addColumn('creator_name', 'text', (c) => c.notNull())
        .addColumn('created_ms', epoch, (c) => c.notNull())
        .addColumn('credits', pg ? 'double precision' : 'real')
        .addColumn('title_lc', 'text', (c) => c.notNull())
        .addColumn('creator_lc', 'text', (c) => c.notNull())
        .addColumn('id_lc', 'text', (c) => c.notNull())
        .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('item', 'text', (c) => c.notNull())
        .addColumn('updated_ms', epoch, (c) => c.notNull())
        .execute();
      // Every index is partial on live (unarchived) rows, the only ones a query reads; the literal
      // `archived = 0` in each query's WHERE lets both planners use them.
      const live = sql<boolean>`archived = 0`;
      // The page order and its keyset (ORDER BY created_ms DESC, id_key DESC), and every Day-of-creation range.
      await db.schema
        .createIndex('agent_items_newest')
        .ifNotExists()
        .on('agent_items')
        .columns(['created_ms desc', 'id_key desc'])
        .where(live)
        .execute();
      // The Personal tab (creator = viewer), the Creator filter, and a creator's newest name.
      await db.schema
        .createIndex('agent_items_by_creator')
        .ifNotExists()
        .on('agent_items')
        .columns(['creator_id', 'created_ms desc', 'id_key desc'])
        .where(live)
        .execute();
      // The Status filter ("everything that failed today": status, then the day's range).
      await db.schema
        .createIndex('agent_items_by_status')
        .ifNotExists()
        .on('agent_items')
        .columns(['status', 'created_ms desc'])
        .where(live)
        .execute();
      // The Source filter ("runs from Slack").
      await db.schema
        .createIndex('agent_items_by_source')
        .ifNotExists()
        .on('agent_items')
        .columns(['source', 'created_ms desc'])
        .where(live)
        .execute();

      await db.schema
        .createTable('agent_values')
        .ifNotExists()
        .addColumn('item_pk', pg ? 'bigint' : 'integer', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        // An item's values (replaced on upsert) and the facet counts' join from an item to its values.
        .addPrimaryKeyConstraint('agent_values_pk', ['item_pk', 'field', 'value'])
        .execute();
      // A host-facet filter: the items with a value of a field (EXISTS … field = ? AND value IN (…)).
      await db.schema
        .createIndex('agent_values_by_value')
        .ifNotExists()
        .on('agent_values')
        .columns(['field', 'value', 'item_pk'])
        .execute();

      await db.schema
        .createTable('agent_changes')
        .ifNotExists()
        .addColumn('seq', pg ? 'bigserial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('op', 'text', (c) => c.notNull())
        .addColumn('creator_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('at_ms', epoch, (c) => c.notNull())
        .execute();
    },
  };
}

/**
 * Covering indexes: every count of a first page (total, facets, credit sums, day windows) reads an
 * index holding all the columns it needs instead of visiting the wide rows (the item JSON), which
 * is where the time went at a million items.
 */
const coveringIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    const live = sql<boolean>`archived = 0`;
    // The tab (creator, kind) and every list facet's and credit sum's column; `pk` last so the
    // side-table facets join from it without visiting rows.
    await db.schema
      .createIndex('agent_items_counts')
      .ifNotExists()
      .on('agent_items')
      .columns(['creator_id', 'kind', 'source', 'status', 'created_ms', 'credits', 'pk'])
      .where(live)
      .execute();
    // "Failed + Today": the status and the day's range lead, the rest of the counts' columns follow.
    await db.schema.dropIndex('agent_items_by_status').ifExists().execute();
    await db.schema
      .createIndex('agent_items_by_status_counts')
      .ifNotExists()
      .on('agent_items')
      .columns(['status', 'created_ms', 'creator_id', 'kind', 'source', 'credits', 'pk'])
      .where(live)
      .execute();
    // The Source filter and the group-bys by source: SQLite's planner takes this index for them (it
    // is ordered by source), so it must cover them too.
    await db.schema.dropIndex('agent_items_by_source').ifExists().execute();
    await db.schema
      .createIndex('agent_items_by_source_counts')
      .ifNotExists()
      .on('agent_items')
      .columns(['source', 'created_ms', 'creator_id', 'kind', 'status', 'credits', 'pk'])
      .where(live)
      .execute();
    // The free-text query: a scan of the three searched fields with the counts' columns, narrower than the rows.
    await db.schema
      .createIndex('agent_items_text')
      .ifNotExists()
      .on('agent_items')
      .columns([
        'creator_id',
        'kind',
        'source',
        'status',
        'created_ms',
        'credits',
        'pk',
        'title_lc',
        'creator_lc',
        'id_lc',
      ])
      .where(live)
      .execute();
  },
};

/** The migrations of a store, oldest first. Names sort in order; a new one is appended, never edited. */
export function storeMigrations(dialect: Dialect): Record<string, Migration> {
  return { '0001_items_values_changes': itemsSchema(dialect), '0002_covering_indexes': coveringIndexes };
}

/**
 * Brings the store's tables to the latest version: applies the migrations not applied yet, in
 * order, each once (Kysely's migrator, which records them and holds a lock while it runs, so two
 * processes starting together do not both apply one). Throws with the failing migration's error.
 *
 * @example
 * await migrateStore(db, 'sqlite');
 */
export async function migrateStore(db: Kysely<unknown>, dialect: Dialect): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => storeMigrations(dialect) };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`agentboard: migrating the agent store failed${failed ? ` at ${failed}` : ''}: ${String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
