import { type Kysely, type Transaction, sql } from 'kysely';
import type { AgentStoreTables } from './tables';
import { fromStoredText, storedText } from './text';
import type { AgentChangeRemoval, AgentChangesSince, AgentChangeItem, AgentStoreChange } from './types';

type Db = Kysely<AgentStoreTables>;

/** One logged change of one item. */
export interface LoggedChange {
  id: string;
  op: 'upsert' | 'remove';
  creatorId: string;
  kind: string;
}

/**
 * Appends changes to the log and drops those older than the `retention` latest ones (a stream
 * further behind than that re-queries instead of resuming). Runs inside the write's transaction,
 * so a change is logged exactly when its write commits.
 *
 * @example
 * await logChanges(trx, [{ id: 'run_1', op: 'upsert', creatorId: 'u_1', kind: 'ambient' }], Date.now(), 10_000);
 */
export async function logChanges(
  trx: Transaction<AgentStoreTables>,
  changes: readonly LoggedChange[],
  now: number,
  retention: number,
): Promise<void> {
  for (let i = 0; i < changes.length; i += 500) {
    await trx
      .insertInto('agent_changes')
      .values(
        changes.slice(i, i + 500).map((c) => ({
          item_id: storedText(c.id),
          op: c.op,
          creator_id: storedText(c.creatorId),
          kind: c.kind,
          at_ms: now,
        })),
      )
      .execute();
  }
  await trx
    .deleteFrom('agent_changes')
    .where('seq', '<=', (eb) => eb.selectFrom('agent_changes').select(sql<number>`max(seq) - ${retention}`.as('m')))
    .execute();
}

/** The position of the latest change (0 before any). */
export async function latestSeq(db: Db): Promise<number> {
  const row = await db
    .selectFrom('agent_changes')
    .select(sql<number>`coalesce(max(seq), 0)`.as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/**
 * The changes after `seq`, merged (the last change of an item wins), with the items as they are
 * now; `change: null` when the log no longer reaches back to `seq` (or `seq` is ahead of it: a
 * different or reset database).
 *
 * @example
 * const { seq, change } = await readChangesSince(db, lastEventId);
 */
export async function readChangesSince(db: Db, seq: number): Promise<AgentChangesSince> {
  const bounds = await db
    .selectFrom('agent_changes')
    .select([sql<number>`coalesce(max(seq), 0)`.as('hi'), sql<number | null>`min(seq)`.as('lo')])
    .executeTakeFirst();
  const hi = Number(bounds?.hi ?? 0);
  const lo = bounds?.lo === null || bounds?.lo === undefined ? hi + 1 : Number(bounds.lo);
  if (seq > hi || seq < lo - 1) return { seq: hi, change: null };
  if (seq === hi) return { seq, change: { after: seq, seq, upsert: [], remove: [] } };
  const rows = await db
    .selectFrom('agent_changes')
    .select(['seq', 'item_id', 'op', 'creator_id', 'kind'])
    .where('seq', '>', seq)
    .where('seq', '<=', hi)
    .orderBy('seq')
    .execute();
  const last = new Map<string, (typeof rows)[number]>();
  for (const row of rows) last.set(row.item_id, row);
  const upsertIds = [...last.values()].filter((r) => r.op === 'upsert').map((r) => r.item_id);
  const found = new Map<string, AgentChangeItem>();
  for (let i = 0; i < upsertIds.length; i += 500) {
    const items = await db
      .selectFrom('agent_items')
      .select(['id', 'item', 'creator_id', 'kind'])
      .where('id', 'in', upsertIds.slice(i, i + 500))
      .where(sql<boolean>`archived = 0`)
      .execute();
    for (const r of items) {
      found.set(r.id, {
        id: fromStoredText(r.id),
        item: JSON.parse(r.item) as Record<string, unknown>,
        creatorId: fromStoredText(r.creator_id),
        kind: r.kind,
      });
    }
  }
  const change: AgentStoreChange = { after: seq, seq: hi, upsert: [], remove: [] };
  for (const [id, row] of last) {
    const item = row.op === 'upsert' ? found.get(id) : undefined;
    if (item) change.upsert.push(item);
    else {
      const removal: AgentChangeRemoval = {
        id: fromStoredText(id),
        creatorId: fromStoredText(row.creator_id),
        kind: row.kind,
      };
      change.remove.push(removal);
    }
  }
  return { seq: hi, change };
}

/**
 * Follows the change log for `subscribe`: reads what was logged after the last position whenever
 * it is poked (a write of this process, a Postgres notification, a timer) and hands listeners one
 * merged change. Reads never overlap; a poke during a read reads again after it.
 *
 * @example
 * const feed = createChangeFeed(db, onError); const stop = feed.subscribe(listener); feed.poke();
 */
export function createChangeFeed(db: Db, onError: (error: unknown) => void) {
  const listeners = new Set<(change: AgentStoreChange) => void>();
  let position: Promise<number> | null = null;
  let reading: Promise<void> | null = null;
  let again = false;
  const read = async () => {
    const from = await position!;
    const next = await readChangesSince(db, from);
    // A log pruned past the position: the changes in between are gone, listeners must start over.
    const change = next.change ?? { after: from, seq: next.seq, upsert: [], remove: [], reset: true };
    if (change.reset || change.upsert.length > 0 || change.remove.length > 0) {
      for (const listener of [...listeners]) {
        try {
          listener(change);
        } catch (error) {
          onError(error);
        }
      }
    }
    if (listeners.size > 0) position = Promise.resolve(next.seq);
  };
  const poke = (): Promise<void> => {
    if (listeners.size === 0 || position === null) return Promise.resolve();
    if (reading) {
      again = true;
      return reading;
    }
    reading = read()
      .catch(onError)
      .finally(() => {
        reading = null;
        if (again) {
          again = false;
          void poke();
        }
      });
    return reading;
  };
  return {
    poke,
    get size() {
      return listeners.size;
    },
    subscribe(listener: (change: AgentStoreChange) => void): () => void {
      if (listeners.size === 0) position = latestSeq(db);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) position = null;
      };
    },
  };
}
