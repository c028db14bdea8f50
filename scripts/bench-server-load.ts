// Bulk loading for the server bench: the rows `store.upsert` would write (the same `toRow`), without
// its per-batch validation, upserts and change log, so a million items load in about a minute.
// SQLite: one transaction, two prepared inserts. Postgres: one multi-row `insert … select from
// unnest($1::…[], …)` per 5,000 items (arrays as parameters: no statement text grows with the batch,
// and no COPY dependency), in one transaction.
import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import type { AgentItem } from '../src/core/types';
import { toRow } from '../src/server/rows';
import { generateParsedItems, SAMPLE_NOW } from '../test/fixtures/sample-data';

const COLUMNS = [
  'pk',
  'id',
  'id_key',
  'kind',
  'source',
  'status',
  'creator_id',
  'creator_name',
  'created_ms',
  'credits',
  'title_lc',
  'creator_lc',
  'id_lc',
  'archived',
  'item',
  'updated_ms',
] as const;
const PG_TYPES = [
  'bigint',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'bigint',
  'float8',
  'text',
  'text',
  'text',
  'int',
  'text',
  'bigint',
];

const SLICE = 50_000;

/**
 * The bench's items in slices of 50,000 (the generator numbers items from 0 per call, so each
 * slice's ids get a suffix): `count` items in all, spread over the sample data's 30 days.
 */
export function* itemSlices(count: number): Generator<AgentItem[]> {
  for (let at = 0; at < count; at += SLICE) {
    const n = Math.min(SLICE, count - at);
    const slice = at / SLICE;
    yield generateParsedItems({ count: n, now: SAMPLE_NOW, seed: 1 + slice }).map((item) => ({
      ...item,
      id: `${item.id}_${slice}`,
    }));
  }
}

type RowValues = { item: unknown[]; values: [number, string, string][] };

function rowsOf(items: readonly AgentItem[], firstPk: number): RowValues[] {
  return items.map((item, i) => {
    const pk = firstPk + i;
    const { row, values } = toRow(item, SAMPLE_NOW);
    return {
      item: COLUMNS.map((c) => (c === 'pk' ? pk : row[c])),
      values: values.map((v) => [pk, v.field, v.value] as [number, string, string]),
    };
  });
}

/** Loads `count` items into a migrated, empty SQLite store's file in one transaction. */
export function loadSqlite(database: Database, count: number, onProgress: (n: number) => void): void {
  const insertItem = database.prepare(
    `insert into agent_items (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`,
  );
  const insertValue = database.prepare('insert into agent_values (item_pk, field, value) values (?, ?, ?)');
  let pk = 1;
  database.exec('begin');
  try {
    for (const items of itemSlices(count)) {
      for (const r of rowsOf(items, pk)) {
        insertItem.run(...r.item);
        for (const v of r.values) insertValue.run(...v);
      }
      pk += items.length;
      onProgress(pk - 1);
    }
    database.exec('commit');
  } catch (error) {
    database.exec('rollback');
    throw error;
  }
}

/** Loads `count` items into a migrated, empty Postgres store in one transaction. */
export async function loadPostgres(pool: pg.Pool, count: number, onProgress: (n: number) => void): Promise<void> {
  const client = await pool.connect();
  const itemSql = `insert into agent_items (${COLUMNS.join(', ')}) select * from unnest(${PG_TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;
  const valueSql =
    'insert into agent_values (item_pk, field, value) select * from unnest($1::bigint[], $2::text[], $3::text[])';
  let pk = 1;
  try {
    await client.query('begin');
    for (const items of itemSlices(count)) {
      for (let i = 0; i < items.length; i += 5000) {
        const rows = rowsOf(items.slice(i, i + 5000), pk);
        pk += rows.length;
        await client.query(
          itemSql,
          COLUMNS.map((_, c) => rows.map((r) => r.item[c])),
        );
        const values = rows.flatMap((r) => r.values);
        await client.query(valueSql, [values.map((v) => v[0]), values.map((v) => v[1]), values.map((v) => v[2])]);
      }
      onProgress(pk - 1);
    }
    await client.query(`select setval(pg_get_serial_sequence('agent_items', 'pk'), $1)`, [pk - 1]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
