// The host's panel follows the run it opened (src/follow-run.ts): the data source the view gets is
// the host's own, seen on the way, so a live update, an action's result or a page about the opened
// run reaches the panel, while the view gets every answer and update as they were.
import { parseAgentItems, type AgentDataListener, type AgentDataSource, type AgentQueryResult } from 'agentboard';
import { describe, expect, it, vi } from 'vitest';
import { followRuns } from '../src/follow-run';

const at = Date.parse('2026-05-04T10:00:00Z');
const raw = (id: string, more: Record<string, unknown> = {}) => ({
  id,
  kind: 'ambient',
  title: `Run ${id}`,
  source: 'api',
  status: 'running',
  createdAt: new Date(at).toISOString(),
  startedAt: new Date(at).toISOString(),
  creator: { id: 'u_me', name: 'Alex Morgan' },
  ...more,
});
const parsed = (input: Record<string, unknown>) => parseAgentItems([input]).items[0]!;

/** A source whose pages answer when the test says, with its listener and its actions in the test's hands. */
function fakeSource() {
  const listeners: AgentDataListener[] = [];
  const pages: ((result: AgentQueryResult) => void)[] = [];
  const source: AgentDataSource = {
    query: () => new Promise<AgentQueryResult>((resolve) => pages.push(resolve)),
    subscribe(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    action: vi.fn(),
  };
  return {
    source,
    push: (update: Parameters<AgentDataListener>[0]) => listeners.forEach((l) => l(update)),
    answer: (items: unknown[]) => pages.shift()!({ items }),
    act: source.action as ReturnType<typeof vi.fn>,
  };
}

const signal = new AbortController().signal;
const query = { tab: 'personal' as const, viewerId: 'u_me', filters: {}, limit: 100, signal };

describe('following the opened run', () => {
  it('takes a live change to the run, and passes every update on to the view as it was', () => {
    const fake = fakeSource();
    const runs = followRuns(fake.source);
    const view = vi.fn();
    runs.dataSource.subscribe!(view);
    const changed = vi.fn();
    runs.follow({ item: parsed(raw('r1')) }, changed);

    const update = { upsert: [raw('r1', { status: 'failed', credits: 12.5, endedAt: new Date(at + 60_000) })] };
    fake.push(update);
    expect(view).toHaveBeenCalledWith(update);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(runs.get('r1')).toMatchObject({ item: { status: 'failed', credits: 12.5 } });
    expect(runs.get('r1')?.removed).toBeUndefined();

    fake.push({ upsert: [raw('r2', { status: 'failed' })] });
    expect(changed).toHaveBeenCalledTimes(1);
    expect(view).toHaveBeenCalledTimes(2);
  });

  it('a page that was in flight when the run changed live does not undo the change; a later page updates it', async () => {
    const fake = fakeSource();
    const runs = followRuns(fake.source);
    runs.dataSource.subscribe!(() => {});
    runs.follow({ item: parsed(raw('r1')) }, () => {});

    const older = runs.dataSource.query(query);
    fake.push({ upsert: [raw('r1', { status: 'canceled' })] });
    fake.answer([raw('r1')]);
    expect((await older).items).toEqual([raw('r1')]);
    expect(runs.get('r1')?.item.status).toBe('canceled');

    const newer = runs.dataSource.query(query);
    fake.answer([raw('r1', { status: 'failed' })]);
    await newer;
    expect(runs.get('r1')?.item.status).toBe('failed');
  });

  it('a run removed on the stream stays as it was last, removed', () => {
    const fake = fakeSource();
    const runs = followRuns(fake.source);
    runs.dataSource.subscribe!(() => {});
    const changed = vi.fn();
    runs.follow({ item: parsed(raw('r1')) }, changed);
    fake.push({ remove: ['r1'] });
    expect(runs.get('r1')).toMatchObject({ item: { id: 'r1', status: 'working' }, removed: 'removed' });
    expect(runs.get('r1')?.removedAt).toEqual(expect.any(Number));
    // The action's answer and the stream both tell of it: one change.
    fake.push({ remove: ['r1'] });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('this page’s delete says "deleted", also when the stream’s removal arrives before the answer', async () => {
    const fake = fakeSource();
    const runs = followRuns(fake.source);
    runs.dataSource.subscribe!(() => {});
    const changed = vi.fn();
    runs.follow({ item: parsed(raw('r1')) }, changed);
    fake.act.mockImplementation(async () => {
      fake.push({ remove: ['r1'] });
      return { remove: ['r1'] };
    });
    const result = await runs.dataSource.action!({ action: 'delete', ids: ['r1'], signal });
    expect(result).toEqual({ remove: ['r1'] });
    expect(runs.get('r1')?.removed).toBe('deleted');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('archive says "archived", and its undo brings the run back', async () => {
    const fake = fakeSource();
    const runs = followRuns(fake.source);
    runs.follow({ item: parsed(raw('r1')) }, () => {});
    const undo = vi.fn(async () => ({ upsert: [raw('r1')] }));
    fake.act.mockResolvedValue({ remove: ['r1'], undo });
    const result = await runs.dataSource.action!({ action: 'archive', ids: ['r1'], signal });
    expect(runs.get('r1')?.removed).toBe('archived');
    await result.undo!();
    expect(undo).toHaveBeenCalledTimes(1);
    expect(runs.get('r1')?.removed).toBeUndefined();
    expect(runs.get('r1')?.item.id).toBe('r1');
  });

  it('a cancel’s answer reaches the run before the stream does', async () => {
    const fake = fakeSource();
    const runs = followRuns(fake.source);
    runs.follow({ item: parsed(raw('r1')) }, () => {});
    fake.act.mockResolvedValue({ upsert: [raw('r1', { status: 'canceled' })] });
    await runs.dataSource.action!({ action: 'cancel', ids: ['r1'], signal });
    expect(runs.get('r1')?.item.status).toBe('canceled');
  });

  it('stops following when the panel closes', () => {
    const fake = fakeSource();
    const runs = followRuns(fake.source);
    runs.dataSource.subscribe!(() => {});
    const changed = vi.fn();
    const stop = runs.follow({ item: parsed(raw('r1')) }, changed);
    stop();
    fake.push({ upsert: [raw('r1', { status: 'failed' })] });
    expect(changed).not.toHaveBeenCalled();
    expect(runs.get('r1')).toBeUndefined();
  });
});
