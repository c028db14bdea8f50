import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agentItemInputSchema, parseAgentItems, type AgentItem } from '../../../src/core';

const valid = (over: Record<string, unknown> = {}) => ({
  id: 'run_1',
  kind: 'ambient',
  title: 'Fix flaky login test',
  source: 'slack',
  status: 'in_progress',
  createdAt: '2026-11-20T15:04:00Z',
  creator: { id: 'u_1', name: 'Ada' },
  ...over,
});

const issuesAt = (r: ReturnType<typeof parseAgentItems>, path: string) => r.issues.filter((i) => i.path === path);

describe('parseAgentItems', () => {
  it('normalises a valid item', () => {
    const r = parseAgentItems([
      valid({
        statusDetail: 'x',
        startedAt: Date.parse('2026-11-20T15:05:00Z'),
        endedAt: new Date('2026-11-20T15:06:00Z'),
        credits: 12.5,
        sessionUrl: 'https://agents.example.com/s/1',
        sessionState: 'expired',
        meta: { environment: 'prod', tags: ['a', 'b'] },
        unknownExtra: { deep: true },
      }),
    ]);
    expect(r.issues).toEqual([]);
    expect(r.items).toEqual([
      {
        id: 'run_1',
        kind: 'ambient',
        title: 'Fix flaky login test',
        source: 'slack',
        status: 'working',
        rawStatus: 'in_progress',
        statusDetail: 'x',
        createdAt: new Date('2026-11-20T15:04:00Z'),
        startedAt: new Date('2026-11-20T15:05:00Z'),
        endedAt: new Date('2026-11-20T15:06:00Z'),
        creator: { id: 'u_1', name: 'Ada' },
        credits: 12.5,
        sessionUrl: 'https://agents.example.com/s/1',
        sessionState: 'expired',
        meta: { environment: 'prod', tags: ['a', 'b'] },
      },
    ]);
    expect('unknownExtra' in (r.items[0] as object)).toBe(false);
  });

  it('accepts dates as ISO strings, epoch ms and Dates (copied)', () => {
    const d = new Date('2026-11-20T15:04:00Z');
    const r = parseAgentItems([
      valid({ createdAt: d }),
      valid({ id: 'b', createdAt: d.getTime() }),
      valid({ id: 'c', createdAt: '2026-11-20T16:04:00+01:00' }),
    ]);
    expect(r.items.map((i) => i.createdAt.getTime())).toEqual([d.getTime(), d.getTime(), d.getTime()]);
    expect(r.items[0]!.createdAt).not.toBe(d);
  });

  it('accepts only ISO strings that name a real instant', () => {
    const at = (createdAt: unknown) => parseAgentItems([valid({ createdAt })]).items[0]?.createdAt.getTime();
    expect(at('2026-11-20')).toBe(Date.UTC(2026, 10, 20));
    expect(at('2028-02-29T10:00:00.5+05:30')).toBe(Date.UTC(2028, 1, 29, 4, 30, 0, 500));
    expect(at('+275760-09-13')).toBe(8.64e15);
    for (const bad of [
      '2026-02-29',
      '2026-11-20T24:00:00Z',
      '2026-11-20T10:00:00,5Z',
      '2026-11-20T10:00:00+05',
      '+275761-01-01',
      'Nov 20 2026',
      '20261120',
    ]) {
      expect(at(bad), bad).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (d) => {
        expect(at(d.toISOString())).toBe(d.getTime());
        expect(at(d.getTime())).toBe(d.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('applies the host statusMap', () => {
    const r = parseAgentItems([valid({ status: 'Paused' })], { statusMap: { paused: 'blocked' } });
    expect(r.items[0]!.status).toBe('blocked');
    expect(r.issues).toEqual([]);
  });

  it('never throws, whatever it is given', () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const cyclic: Record<string, unknown> = valid();
    cyclic.self = cyclic;
    (cyclic.creator as Record<string, unknown>).self = cyclic;
    const cyclicMeta: Record<string, unknown> = {};
    cyclicMeta.loop = cyclicMeta;
    const throwing = new Proxy(valid(), {
      get() {
        throw new Error('boom');
      },
    });
    const getter = Object.defineProperty(valid({ id: 'g' }), 'title', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const weirdArray = new Proxy([valid()], {
      get(target, key) {
        if (key === '0') throw new Error('boom');
        return Reflect.get(target, key);
      },
    });
    for (const input of [
      undefined,
      null,
      'items',
      42,
      {},
      { items: [] },
      revoked.proxy,
      [revoked.proxy],
      [cyclic],
      [valid({ meta: cyclicMeta })],
      [throwing],
      [getter],
      weirdArray,
      [null, undefined, 1, 'x', [], () => 1, Symbol('s')],
    ]) {
      expect(() => parseAgentItems(input)).not.toThrow();
    }
    expect(parseAgentItems(null).issues).toEqual([
      { index: -1, path: '', message: expect.any(String), level: 'error' },
    ]);
    const c = parseAgentItems([cyclic]);
    expect(c.items).toHaveLength(1);
    const g = parseAgentItems([getter]);
    expect(g.items).toHaveLength(0);
    expect(g.issues).toEqual([expect.objectContaining({ index: 0, id: 'g', path: 'title', level: 'error' })]);
    expect(parseAgentItems([valid({ meta: cyclicMeta })]).issues).toEqual([
      expect.objectContaining({ path: 'meta.loop', level: 'warning' }),
    ]);
  });

  it('drops items without a usable id, kind, title, creator or creation date, with an error at the field', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [valid({ id: undefined }), 'id'],
      [valid({ id: '  ' }), 'id'],
      [valid({ id: { x: 1 } }), 'id'],
      [valid({ kind: 'robot' }), 'kind'],
      [valid({ title: 42 }), 'title'],
      [valid({ title: null }), 'title'],
      [valid({ creator: undefined }), 'creator'],
      [valid({ creator: 'ada' }), 'creator'],
      [valid({ creator: { name: 'Ada' } }), 'creator.id'],
      [valid({ createdAt: 'yesterday' }), 'createdAt'],
      [valid({ createdAt: '2026-02-30T00:00:00Z' }), 'createdAt'],
      [valid({ createdAt: new Date(Number.NaN) }), 'createdAt'],
      [valid({ createdAt: Infinity }), 'createdAt'],
    ];
    const r = parseAgentItems([valid({ id: 'ok' }), ...cases.map(([item]) => item)]);
    expect(r.items.map((i) => i.id)).toEqual(['ok']);
    cases.forEach(([, path], k) => {
      expect(r.issues.filter((i) => i.index === k + 1)).toEqual([
        expect.objectContaining({ index: k + 1, path, level: 'error' }),
      ]);
    });
  });

  it('keeps items with repairable problems and warns about each', () => {
    const r = parseAgentItems([
      valid({ id: 'a', status: 'mystery' }),
      valid({ id: 'b', sessionUrl: 'javascript:alert(1)' }),
      valid({ id: 'c', creator: { id: 'u_1', name: 'Ada', avatarUrl: 'data:image/png;base64,AAA' } }),
      valid({ id: 'd', startedAt: '2026-11-20T16:00:00Z', endedAt: '2026-11-20T15:30:00Z' }),
      valid({ id: 'e', credits: -3 }),
      valid({ id: 'f', credits: Number.NaN }),
      valid({ id: 'g', credits: '12' }),
      valid({ id: 'h', title: '' }),
      valid({ id: 'i', meta: { env: 'prod', bad: 3, list: ['a', 2] } }),
      valid({ id: 'j', sessionState: 'gone' }),
      valid({ id: 'k', creator: { id: 'u_9' } }),
      valid({ id: 'l', source: undefined }),
    ]);
    expect(r.items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
    expect(r.issues.every((i) => i.level === 'warning')).toBe(true);
    const byId = Object.fromEntries(r.items.map((i) => [i.id, i])) as Record<string, AgentItem>;
    expect(byId.a).toMatchObject({ status: 'failed', rawStatus: 'mystery' });
    expect(issuesAt(r, 'status')).toEqual([expect.objectContaining({ index: 0, id: 'a' })]);
    expect(byId.b!.sessionUrl).toBeUndefined();
    expect(issuesAt(r, 'sessionUrl')).toEqual([expect.objectContaining({ index: 1 })]);
    expect(byId.c!.creator).toEqual({ id: 'u_1', name: 'Ada' });
    expect(issuesAt(r, 'creator.avatarUrl')).toEqual([expect.objectContaining({ index: 2 })]);
    expect(byId.d!.endedAt).toBeUndefined();
    expect(byId.d!.startedAt).toEqual(new Date('2026-11-20T16:00:00Z'));
    expect(issuesAt(r, 'endedAt')).toEqual([expect.objectContaining({ index: 3 })]);
    for (const id of ['e', 'f', 'g']) expect(byId[id]!.credits).toBeUndefined();
    expect(issuesAt(r, 'credits').map((i) => i.index)).toEqual([4, 5, 6]);
    expect(byId.h!.title).toBe('');
    expect(issuesAt(r, 'title')).toEqual([expect.objectContaining({ index: 7 })]);
    expect(byId.i!.meta).toEqual({ env: 'prod' });
    expect(issuesAt(r, 'meta.bad')).toHaveLength(1);
    expect(issuesAt(r, 'meta.list')).toHaveLength(1);
    expect(byId.j!.sessionState).toBeUndefined();
    expect(byId.k!.creator).toEqual({ id: 'u_9', name: 'u_9' });
    expect(issuesAt(r, 'creator.name')).toHaveLength(1);
    expect(byId.l!.source).toBe('unknown');
    expect(issuesAt(r, 'source')).toHaveLength(1);
  });

  it('treats null optional fields as absent, silently', () => {
    const r = parseAgentItems([
      valid({ endedAt: null, credits: null, sessionUrl: null, meta: null, statusDetail: null }),
    ]);
    expect(r.issues).toEqual([]);
    expect(Object.keys(r.items[0]!).sort()).toEqual([
      'createdAt',
      'creator',
      'id',
      'kind',
      'rawStatus',
      'source',
      'status',
      'title',
    ]);
  });

  it('keeps a duplicate id under a deterministic new id and warns naming the original', () => {
    const r = parseAgentItems([
      valid({ id: 'x' }),
      valid({ id: 'x', title: 'second' }),
      valid({ id: 'x#2' }),
      valid({ id: 'x' }),
    ]);
    expect(r.items.map((i) => i.id)).toEqual(['x', 'x#2', 'x#2#2', 'x#3']);
    expect(r.items[1]!.title).toBe('second');
    expect(r.issues.map((i) => [i.index, i.id, i.path, i.level])).toEqual([
      [1, 'x', 'id', 'warning'],
      [2, 'x#2', 'id', 'warning'],
      [3, 'x', 'id', 'warning'],
    ]);
  });

  it('never mangles text', () => {
    const r = parseAgentItems([
      valid({ title: '  spaced  <b>ünïcödé</b> 🚀 ', creator: { id: ' u_1 ', name: ' Ada ' } }),
    ]);
    expect(r.items[0]!.title).toBe('  spaced  <b>ünïcödé</b> 🚀 ');
    expect(r.items[0]!.creator).toEqual({ id: ' u_1 ', name: ' Ada ' });
  });

  it('drops a __proto__ meta key with a warning and never touches the prototype', () => {
    const r = parseAgentItems(
      JSON.parse(
        '[{"id":"p","kind":"ambient","title":"t","source":"api","status":"done","createdAt":0,"creator":{"id":"u","name":"U"},"meta":{"__proto__":"x","env":"prod"}}]',
      ),
    );
    const meta = r.items[0]!.meta!;
    expect(Object.getPrototypeOf(meta)).toBe(Object.prototype);
    expect(Object.keys(meta)).toEqual(['env']);
    expect(r.issues).toEqual([expect.objectContaining({ index: 0, path: 'meta.__proto__', level: 'warning' })]);
  });

  it('documents the schema: what hosts send validates', () => {
    expect(agentItemInputSchema.safeParse(valid()).success).toBe(true);
    expect(agentItemInputSchema.safeParse(valid({ createdAt: 'nope' })).success).toBe(false);
  });
});
