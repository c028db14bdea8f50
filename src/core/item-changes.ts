import type { AgentItem } from './types';

/** Changes to a list of items by id: items to add or replace, ids to take out. */
export interface AgentItemChanges {
  upsert?: readonly AgentItem[];
  remove?: readonly string[];
}

/**
 * `items` with `changes` applied by id: a removed id is taken out, an upserted item replaces the
 * item with its id where it stands (so nothing moves), and an upserted item with a new id is added
 * at the end (the list sorts). Returns `items` itself when nothing changes.
 *
 * @example
 * applyItemChanges([a, b], { upsert: [{ ...a, status: 'canceled' }], remove: ['b'] }) // [a′]
 */
export function applyItemChanges(items: readonly AgentItem[], changes: AgentItemChanges): readonly AgentItem[] {
  const remove = new Set(changes.remove ?? []);
  const upsert = new Map<string, AgentItem>();
  for (const item of changes.upsert ?? []) {
    remove.delete(item.id);
    upsert.set(item.id, item);
  }
  if (remove.size === 0 && upsert.size === 0) return items;
  const next: AgentItem[] = [];
  for (const item of items) {
    if (remove.has(item.id)) continue;
    const replacement = upsert.get(item.id);
    if (replacement !== undefined) upsert.delete(item.id);
    next.push(replacement ?? item);
  }
  for (const added of upsert.values()) next.push(added);
  return next;
}
