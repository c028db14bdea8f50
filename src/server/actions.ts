import { randomUUID } from 'node:crypto';
import type { AgentItem } from '../core/types';

/** The actions a store performs itself; `unarchive` is archive's undo. */
export const STORE_ACTIONS = ['cancel', 'retry', 'archive', 'unarchive', 'delete'] as const;
export type StoreAction = (typeof STORE_ACTIONS)[number];

export const isStoreAction = (action: string): action is StoreAction =>
  (STORE_ACTIONS as readonly string[]).includes(action);

type Permissions = Partial<Record<'cancel' | 'retry' | 'delete' | 'archive', boolean>>;

function permissionsOf(item: AgentItem): Permissions {
  const p = (item as { permissions?: unknown }).permissions;
  return p && typeof p === 'object' ? (p as Permissions) : {};
}

/**
 * Why an action is not available for an item, or `null` when it is. The default rules: cancel a
 * working or blocked item; retry a failed or canceled ambient run unless `retryable === false`;
 * archive and delete any item. `permissions.X === false` always refuses X, `true` always allows it.
 *
 * @example
 * unavailableReason(failedRun, 'cancel') // 'Only working or blocked items can be canceled.'
 */
export function unavailableReason(item: AgentItem, action: StoreAction): string | null {
  const permission = action === 'unarchive' ? permissionsOf(item).archive : permissionsOf(item)[action];
  if (permission === false) return `You may not ${action} this item.`;
  if (permission === true) return null;
  switch (action) {
    case 'cancel':
      return item.status === 'working' || item.status === 'blocked'
        ? null
        : 'Only working or blocked items can be canceled.';
    case 'retry':
      if (item.kind !== 'ambient') return 'Only ambient runs can be retried.';
      if (item.status !== 'failed' && item.status !== 'canceled') return 'Only failed or canceled runs can be retried.';
      return (item as { retryable?: unknown }).retryable === false ? 'This run cannot be retried.' : null;
    default:
      return null;
  }
}

/** The item after `cancel`: canceled now, its raw status saying so. */
export function canceled(item: AgentItem, now: number): AgentItem {
  return { ...item, status: 'canceled', rawStatus: 'canceled', endedAt: new Date(now) };
}

/** The new run `retry` starts: the same work, queued now, under a new id, naming the run it retries. */
export function retried(item: AgentItem, now: number): AgentItem {
  const next: AgentItem & { parentId?: string } = {
    ...item,
    id: `${item.id}-retry-${randomUUID().slice(0, 8)}`,
    status: 'working',
    rawStatus: 'queued',
    createdAt: new Date(now),
    meta: { ...(item.meta ?? {}), retryOf: item.id },
  };
  delete next.startedAt;
  delete next.endedAt;
  delete next.statusDetail;
  delete next.credits;
  return next;
}
