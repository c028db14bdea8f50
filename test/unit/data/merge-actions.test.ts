import { describe, expect, it, vi } from 'vitest';
import {
  AgentDataError,
  mergeAgentDataSources,
  type AgentActionRequest,
  type AgentActionResult,
  type AgentDataSource,
} from '../../../src/data';

const signal = () => new AbortController().signal;

/** A source whose `action` answers with `answer(request)` and records each request. */
function acting(answer: (request: AgentActionRequest) => AgentActionResult | Promise<AgentActionResult>) {
  const action = vi.fn(async (request: AgentActionRequest) => answer(request));
  const source: AgentDataSource = { query: async () => ({ items: [] }), action };
  return { source, action };
}

const prefixed = (prefix: string) => (id: string) => id.startsWith(prefix);

describe('mergeAgentDataSources: actions', () => {
  it('sends each id to the source that owns it and concatenates what they did', async () => {
    const github = acting(({ ids }) => ({ remove: ids, failed: [{ id: 'github:2', message: 'locked' }] }));
    const warp = acting(({ ids }) => ({ upsert: ids!.map((id) => ({ id })) }));
    const merged = mergeAgentDataSources([
      { name: 'GitHub Actions', source: github.source, owns: prefixed('github:') },
      { name: 'Warp', source: warp.source, owns: prefixed('warp:') },
    ]);
    const result = await merged.action!({
      action: 'archive',
      ids: ['warp:1', 'github:1', 'nobody:1', 'github:2'],
      input: { why: 'tidy' },
      signal: signal(),
    });

    expect(github.action).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'archive', ids: ['github:1', 'github:2'], input: { why: 'tidy' } }),
    );
    expect(warp.action.mock.calls[0]![0].ids).toEqual(['warp:1']);
    expect(github.action.mock.calls[0]![0]).not.toHaveProperty('match');
    expect(result.remove).toEqual(['github:1', 'github:2']);
    expect(result.upsert).toEqual([{ id: 'warp:1' }]);
    expect(result.failed).toEqual([
      { id: 'nobody:1', message: 'No data source owns this item.' },
      { id: 'github:2', message: 'locked' },
    ]);
  });

  it('fails the ids of a source that rejects or runs no actions, and leaves out the others', async () => {
    const github = acting(() => {
      throw new Error('token expired');
    });
    const warp = acting(({ ids }) => ({ remove: ids }));
    const plain: AgentDataSource = { query: async () => ({ items: [] }) };
    const merged = mergeAgentDataSources([
      { name: 'GitHub Actions', source: github.source, owns: prefixed('github:') },
      { name: 'Plain', source: plain, owns: prefixed('plain:') },
      { name: 'Warp', source: warp.source, owns: prefixed('warp:') },
    ]);
    const result = await merged.action!({ action: 'cancel', ids: ['github:1', 'plain:1', 'warp:1'], signal: signal() });
    expect(result.remove).toEqual(['warp:1']);
    expect(result.failed).toEqual([
      { id: 'plain:1', message: 'Plain cannot run actions.' },
      { id: 'github:1', message: 'token expired' },
    ]);
  });

  it('sends a match to every source with an action, sums affected and names one that failed', async () => {
    const match = { tab: 'all' as const, filters: { statuses: ['working' as const] }, except: ['warp:9'] };
    const a = acting(() => ({ affected: 3 }));
    const b = acting(() => ({ affected: 4 }));
    const broken = acting(() => Promise.reject(new Error('offline')));
    const merged = mergeAgentDataSources([
      { name: 'A', source: a.source },
      { name: 'B', source: b.source },
      { name: 'Broken', source: broken.source },
      { name: 'Plain', source: { query: async () => ({ items: [] }) } },
    ]);
    const result = await merged.action!({ action: 'cancel', match, timeZone: 'UTC', signal: signal() });

    for (const { action } of [a, b, broken]) {
      expect(action).toHaveBeenCalledWith(expect.objectContaining({ match, timeZone: 'UTC' }));
      expect(action.mock.calls[0]![0]).not.toHaveProperty('ids');
    }
    expect(result.affected).toBe(7);
    expect(result.partial).toEqual([{ source: 'Broken', message: 'offline' }]);
  });

  it('leaves affected out when a source does not count, and rejects when every source failed', async () => {
    const counted = mergeAgentDataSources([
      { name: 'A', source: acting(() => ({ affected: 3 })).source },
      { name: 'B', source: acting(() => ({})).source },
    ]);
    const match = { tab: 'all' as const, filters: {} };
    expect(await counted.action!({ action: 'archive', match, signal: signal() })).not.toHaveProperty('affected');

    const down = mergeAgentDataSources([
      { name: 'A', source: acting(() => Promise.reject(new Error('no'))).source },
      { name: 'B', source: acting(() => Promise.reject(new Error('nope'))).source },
    ]);
    const error = await down.action!({ action: 'archive', match, signal: signal() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentDataError);
    expect((error as Error).message).toBe('No data source could run the action. A: no; B: nope');
  });

  it('undoes every source’s part with one undo', async () => {
    const undoA = vi.fn(async () => ({ upsert: [{ id: 'a:1' }] }));
    const undoB = vi.fn(async () => ({ upsert: [{ id: 'b:1' }] }));
    const merged = mergeAgentDataSources([
      { name: 'A', source: acting(() => ({ remove: ['a:1'], undo: undoA })).source, owns: prefixed('a:') },
      { name: 'B', source: acting(() => ({ remove: ['b:1'], undo: undoB })).source, owns: prefixed('b:') },
    ]);
    const result = await merged.action!({ action: 'archive', ids: ['a:1', 'b:1'], signal: signal() });
    const undone = await result.undo!();
    expect(undoA).toHaveBeenCalledTimes(1);
    expect(undoB).toHaveBeenCalledTimes(1);
    expect(undone).toEqual({ upsert: [{ id: 'a:1' }, { id: 'b:1' }] });
  });

  it('passes each source a signal that follows the reader’s', async () => {
    const seen: AbortSignal[] = [];
    const slow = acting(
      ({ signal: own }) =>
        new Promise<AgentActionResult>((_, reject) => {
          seen.push(own);
          own.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    const merged = mergeAgentDataSources([
      { name: 'A', source: slow.source, owns: prefixed('a:') },
      { name: 'B', source: slow.source, owns: prefixed('b:') },
    ]);
    const controller = new AbortController();
    const pending = merged.action!({ action: 'cancel', ids: ['a:1', 'b:1'], signal: controller.signal });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.every((own) => own.aborted)).toBe(true);
  });

  it('has no action when no source has one', () => {
    expect(
      mergeAgentDataSources([{ name: 'A', source: { query: async () => ({ items: [] }) } }]).action,
    ).toBeUndefined();
  });
});
