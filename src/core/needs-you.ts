import type { AgentItem } from './types';

/**
 * The items "Needs you" pins: the viewer's blocked items, in input order (what waits on them, not
 * on a teammate).
 *
 * @example
 * selectNeedsYou(visibleItems, 'u_1') // the viewer's blocked items
 */
export function selectNeedsYou(items: readonly AgentItem[], viewerId: string): AgentItem[] {
  const out: AgentItem[] = [];
  for (const item of items) if (item.status === 'blocked' && item.creator.id === viewerId) out.push(item);
  return out;
}
