import { sql } from 'kysely';
import { parseAgentItems } from '../core/parse';
import { resolveTimeZone } from '../core/time';
import type { AgentItem } from '../core/types';
import { canceled, isStoreAction, retried, unavailableReason } from './actions';
import { buildConditions, tabCondition, whereAll } from './conditions';
import type { Dialect } from './migrations';
import { toHostInput } from './rows';
import { deleteRows, inWrite, setArchived, writeItems, type WriteDeps } from './store-writes';
import { storedText } from './text';
import type { AgentStoreActionRequest, AgentStoreActionResult } from './types';

/** An action the store cannot run as asked (unknown, too many items): the handler's 400. */
export class ActionRequestError extends Error {
  override readonly name = 'ActionRequestError';
}

export interface ActionDeps extends WriteDeps {
  dialect: Dialect;
  maxActionItems: number;
}

/**
 * `store.act`: cancel, retry (a new run), archive (and its undo, `unarchive`) or delete the items
 * named by `ids` or matched by `match`, only among those the viewer can see, in one transaction.
 * Items the action is not available for are reported in `failed` and left as they were.
 *
 * @example
 * await runAction(deps, { action: 'cancel', ids: ['run_1'], viewerId: 'u_1' });
 */
export async function runAction(deps: ActionDeps, request: AgentStoreActionRequest): Promise<AgentStoreActionResult> {
  const action = request.action;
  if (!isStoreAction(action)) throw new ActionRequestError(`The store cannot run the action "${action}".`);
  const now = request.now === undefined ? Date.now() : Number(request.now);
  return inWrite(deps, async (trx) => {
    const visible = tabCondition('all', request.viewerId);
    let select = trx
      .selectFrom('agent_items')
      .select(['id', 'item'])
      .where((eb) => visible.build(eb))
      // Archived items are touched only by their undo.
      .where(action === 'unarchive' ? sql<boolean>`archived = 1` : sql<boolean>`archived = 0`);
    let asked: string[] = [];
    if (request.match) {
      const { tab, filters, except } = request.match;
      const timeZone = resolveTimeZone(request.timeZone);
      const parts = buildConditions(filters, { tab, viewerId: request.viewerId, timeZone, now, dialect: deps.dialect });
      select = select.where(whereAll(parts.slice(1)));
      if (except && except.length > 0) select = select.where('id', 'not in', except.map(storedText));
    } else {
      asked = [...new Set(request.ids ?? [])];
      if (asked.length === 0) return { value: { affected: 0 }, logged: false };
      select = select.where('id', 'in', asked.map(storedText));
    }
    const rows = await select.limit(deps.maxActionItems + 1).execute();
    if (rows.length > deps.maxActionItems) {
      throw new ActionRequestError(`An action may touch at most ${deps.maxActionItems} items; narrow the filters.`);
    }
    const { items } = parseAgentItems(
      rows.map((r) => JSON.parse(r.item) as unknown),
      deps.statusMap ? { statusMap: deps.statusMap } : undefined,
    );
    const failed: { id: string; message: string }[] = [];
    const found = new Set(items.map((i) => i.id));
    for (const id of asked) if (!found.has(id)) failed.push({ id, message: 'No such item, or you cannot see it.' });
    const ok: AgentItem[] = [];
    for (const item of items) {
      const reason = unavailableReason(item, action);
      if (reason) failed.push({ id: item.id, message: reason });
      else ok.push(item);
    }
    const result: AgentStoreActionResult = { affected: ok.length };
    if (failed.length > 0) result.failed = failed;
    if (ok.length === 0) return { value: result, logged: false };
    const retention = deps.changeRetention;
    if (action === 'cancel' || action === 'retry') {
      const next = ok.map((item) => (action === 'cancel' ? canceled(item, now) : retried(item, now)));
      await writeItems(trx, next, now, true, retention);
      result.upsert = next.map(toHostInput);
    } else if (action === 'delete') {
      result.remove = await deleteRows(
        trx,
        ok.map((item) => item.id),
        now,
        retention,
      );
    } else {
      await setArchived(trx, ok, action === 'archive', now, retention);
      if (action === 'archive') {
        result.remove = ok.map((item) => item.id);
        result.undo = { action: 'unarchive', ids: ok.map((item) => item.id) };
      } else result.upsert = ok.map(toHostInput);
    }
    return { value: result, logged: true };
  });
}
