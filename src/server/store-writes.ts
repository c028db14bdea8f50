import type { Kysely, Transaction } from 'kysely';
import { parseAgentItems } from '../core/parse';
import type { AgentItem, AgentStatus } from '../core/types';
import { type LoggedChange, logChanges } from './change-log';
import { type ItemRow, toRow } from './rows';
import type { AgentStoreTables } from './tables';
import { storedText } from './text';
import type { AgentUpsertResult } from './types';

type Db = Kysely<AgentStoreTables>;
type Trx = Transaction<AgentStoreTables>;

/** What a write needs from its store: the transaction hooks of its database, and its settings. */
export interface WriteDeps {
  db: Db;
  /** Runs first in every write transaction (Postgres: the lock that orders the change log). */
  beginWrite(trx: Trx): Promise<void>;
  /** Runs last in a write transaction that logged changes (Postgres: NOTIFY). */
  endWrite(trx: Trx): Promise<void>;
  /** After a write committed: followers of the log read it. */
  committed(): void;
  statusMap?: Record<string, AgentStatus>;
  changeRetention: number;
}

const CHUNK = 200;

/**
 * Writes parsed items (insert or replace by id) with their side-table values, and logs each as
 * changed, inside `trx`.
 *
 * @example
 * await writeItems(trx, items, Date.now(), true, 10_000);
 */
export async function writeItems(
  trx: Trx,
  items: readonly AgentItem[],
  now: number,
  log: boolean,
  retention: number,
): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK).map((item) => toRow(item, now));
    const rows: ItemRow[] = chunk.map((c) => c.row);
    const written = await trx
      .insertInto('agent_items')
      .values(rows)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          id_key: eb.ref('excluded.id_key'),
          kind: eb.ref('excluded.kind'),
          source: eb.ref('excluded.source'),
          status: eb.ref('excluded.status'),
          creator_id: eb.ref('excluded.creator_id'),
          creator_name: eb.ref('excluded.creator_name'),
          created_ms: eb.ref('excluded.created_ms'),
          credits: eb.ref('excluded.credits'),
          title_lc: eb.ref('excluded.title_lc'),
          creator_lc: eb.ref('excluded.creator_lc'),
          id_lc: eb.ref('excluded.id_lc'),
          archived: eb.ref('excluded.archived'),
          item: eb.ref('excluded.item'),
          updated_ms: eb.ref('excluded.updated_ms'),
        })),
      )
      .returning(['pk', 'id'])
      .execute();
    const pkOf = new Map(written.map((r) => [r.id, Number(r.pk)]));
    const pks = [...pkOf.values()];
    if (pks.length > 0) await trx.deleteFrom('agent_values').where('item_pk', 'in', pks).execute();
    const values = chunk.flatMap(({ row, values: v }) =>
      v.map((value) => ({ item_pk: pkOf.get(row.id) as number, field: value.field, value: value.value })),
    );
    for (let j = 0; j < values.length; j += 500) {
      await trx
        .insertInto('agent_values')
        .values(values.slice(j, j + 500))
        .execute();
    }
  }
  if (log && items.length > 0) {
    const changes: LoggedChange[] = items.map((item) => ({
      id: item.id,
      op: 'upsert',
      creatorId: item.creator.id,
      kind: item.kind,
    }));
    await logChanges(trx, changes, now, retention);
  }
}

/** Runs `work` in a write transaction with the store's hooks, and tells followers once it committed. */
export async function inWrite<T>(deps: WriteDeps, work: (trx: Trx) => Promise<{ value: T; logged: boolean }>) {
  const { value, logged } = await deps.db.transaction().execute(async (trx) => {
    await deps.beginWrite(trx);
    const out = await work(trx);
    if (out.logged) await deps.endWrite(trx);
    return out;
  });
  if (logged) deps.committed();
  return value;
}

/**
 * `store.upsert`: host input through `parseAgentItems` (invalid items are reported, never
 * written half), then written in one transaction.
 *
 * @example
 * const { written, issues } = await upsertItems(deps, input, { notify: true });
 */
export async function upsertItems(
  deps: WriteDeps,
  input: readonly unknown[],
  options: { notify?: boolean } = {},
): Promise<AgentUpsertResult> {
  const { items, issues } = parseAgentItems(
    Array.isArray(input) ? input : [],
    deps.statusMap ? { statusMap: deps.statusMap } : undefined,
  );
  if (!Array.isArray(input)) {
    issues.push({ index: -1, path: '', message: 'upsert expects an array of items', level: 'error' });
  }
  if (items.length === 0) return { written: 0, issues };
  const log = options.notify !== false;
  await inWrite(deps, async (trx) => {
    await writeItems(trx, items, Date.now(), log, deps.changeRetention);
    return { value: undefined, logged: log };
  });
  return { written: items.length, issues };
}

/**
 * Deletes rows by stored id inside `trx`, logging each as removed; returns the ids that existed.
 *
 * @example
 * await deleteRows(trx, ['run_1'], Date.now(), 10_000);
 */
export async function deleteRows(trx: Trx, ids: readonly string[], now: number, retention: number): Promise<string[]> {
  const gone: LoggedChange[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const stored = ids.slice(i, i + 500).map(storedText);
    const rows = await trx
      .selectFrom('agent_items')
      .select(['pk', 'id', 'creator_id', 'kind', 'item'])
      .where('id', 'in', stored)
      .execute();
    if (rows.length === 0) continue;
    const pks = rows.map((r) => Number(r.pk));
    await trx.deleteFrom('agent_values').where('item_pk', 'in', pks).execute();
    await trx.deleteFrom('agent_items').where('pk', 'in', pks).execute();
    for (const r of rows) {
      const item = JSON.parse(r.item) as { id: string; creator: { id: string } };
      gone.push({ id: item.id, op: 'remove', creatorId: item.creator.id, kind: r.kind });
    }
  }
  if (gone.length > 0) await logChanges(trx, gone, now, retention);
  return gone.map((g) => g.id);
}

/** Marks rows archived (or live again) inside `trx`, logging them as removed (or upserted). */
export async function setArchived(
  trx: Trx,
  items: readonly AgentItem[],
  archived: boolean,
  now: number,
  retention: number,
) {
  if (items.length === 0) return;
  for (let i = 0; i < items.length; i += 500) {
    await trx
      .updateTable('agent_items')
      .set({ archived: archived ? 1 : 0, updated_ms: now })
      .where(
        'id',
        'in',
        items.slice(i, i + 500).map((item) => storedText(item.id)),
      )
      .execute();
  }
  const changes: LoggedChange[] = items.map((item) => ({
    id: item.id,
    op: archived ? 'remove' : 'upsert',
    creatorId: item.creator.id,
    kind: item.kind,
  }));
  await logChanges(trx, changes, now, retention);
}
