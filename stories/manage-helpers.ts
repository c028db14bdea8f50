import type { AgentActionId, AgentActionResult, AgentItem } from '../src';

/** The built-in actions the stories offer. */
export const STORY_ACTIONS: AgentActionId[] = ['cancel', 'retry', 'copy_link', 'archive', 'delete'];

export type DemoMode = 'ok' | 'fail' | 'slow' | 'undo';

let retries = 0;

/**
 * What a host's API would answer, in memory: cancel ends the run, retry starts a new one, archive and
 * delete take the run out. `fail` answers that every item failed (the runner is offline), `slow`
 * waits until the reader stops it, `undo` offers to put the items back.
 */
export function demoOnAction(mode: DemoMode = 'ok', now: () => Date = () => new Date()) {
  return async (
    action: string,
    items: AgentItem[],
    { signal }: { signal: AbortSignal },
  ): Promise<AgentActionResult> => {
    if (mode === 'slow')
      await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    if (mode === 'fail') return { failed: items.map((item) => ({ id: item.id, message: 'The runner is offline' })) };
    const at = now();
    const result: AgentActionResult =
      action === 'cancel'
        ? { upsert: items.map((item) => ({ ...item, status: 'canceled', rawStatus: 'CANCELLED', endedAt: at })) }
        : action === 'retry'
          ? {
              upsert: items.map((item) => ({
                ...item,
                id: `${item.id}-retry-${++retries}`,
                status: 'working',
                rawStatus: 'INPROGRESS',
                statusDetail: undefined,
                errorCode: undefined,
                createdAt: at,
                startedAt: at,
                endedAt: undefined,
                credits: 0,
              })),
            }
          : action === 'archive' || action === 'delete'
            ? { remove: items.map((item) => item.id) }
            : {};
    return mode === 'undo' ? { ...result, undo: async () => ({ upsert: items }) } : result;
  };
}
