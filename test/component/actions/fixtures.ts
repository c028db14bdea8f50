// Small hand-built items for the actions' component tests.
import type { AgentItem } from '../../../src/core';

export function run(over: Partial<AgentItem> & { id: string }): AgentItem {
  return {
    kind: 'ambient',
    title: `Run ${over.id}`,
    source: 'api',
    status: 'success',
    rawStatus: 'done',
    createdAt: new Date('2026-11-25T12:00:00Z'),
    creator: { id: 'u_me', name: 'Me' },
    ...over,
  };
}

export const ALL_ACTIONS = [
  'cancel',
  'retry',
  'copy_link',
  'share',
  'rename',
  'fork_locally',
  'archive',
  'delete',
] as const;
