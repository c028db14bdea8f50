// Properties of filterAgentItems beyond filters.test.ts: it agrees with a naive reference on
// generated filter states and on hostile text, returns a subsequence of its input and is idempotent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countAgentItems,
  filterAgentItems,
  filterWithTabCounts,
  type AgentFilters,
  type AgentItem,
  type ViewContext,
} from '../../../src/core';
import { getItemIndex } from '../../../src/core/item-index';
import { generateParsedItems } from '../../fixtures/sample-data';
import { ctxArb, filtersArb, hostileText, RUNS, withArtifacts } from './arbitraries';
import { refFilter } from './reference';

const ITEMS = withArtifacts(generateParsedItems({ count: 1500, seed: 11 }));
const ids = (items: AgentItem[]) => items.map((i) => i.id);

describe('filterAgentItems properties', { timeout: 120_000 }, () => {
  const pool = ITEMS.slice(0, 600);
  it('returns a subsequence of its input, is idempotent and agrees with the naive reference', () => {
    fc.assert(
      fc.property(filtersArb, ctxArb, (filters, ctx) => {
        const out = filterAgentItems(pool, filters, ctx);
        // Subsequence: the same objects, in input order.
        let j = 0;
        for (const it of out) {
          while (j < pool.length && pool[j] !== it) j++;
          expect(j).toBeLessThan(pool.length);
          j++;
        }
        expect(filterAgentItems(out, filters, ctx)).toEqual(out);
        expect(out).toEqual(refFilter(pool, filters, ctx));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result over a built column index (the typed-array path) as over the objects', () => {
    // Hand-built oddities the index must not change: a status outside the display set, items
    // without meta, a creator id shared with the viewer's.
    const odd = [
      { ...pool[0]!, id: 'odd-status', status: 'weird' as AgentItem['status'] },
      { ...pool[1]!, id: 'no-meta', meta: undefined },
    ];
    const indexed = [...pool, ...odd];
    getItemIndex(indexed);
    fc.assert(
      fc.property(filtersArb, ctxArb, (filters, ctx) => {
        expect(filterAgentItems(indexed, filters, ctx)).toEqual(refFilter(indexed, filters, ctx));
      }),
      { numRuns: 300 },
    );
    const weird = { statuses: ['weird'] as unknown as AgentItem['status'][] };
    expect(ids(filterAgentItems(indexed, weird, { tab: 'all', viewerId: 'u_nobody' }))).toEqual(
      ids(refFilter(indexed, weird, { tab: 'all', viewerId: 'u_nobody' })),
    );
  });
});

describe('filterAgentItems on hostile text', { timeout: 120_000 }, () => {
  const people = [
    { id: 'u_me', name: 'Ünïcödé Me' },
    { id: 'u_2', name: 'مريم' },
    { id: 'u_3', name: 'İsmail ıdır' },
    { id: 'u_4', name: '👩‍👩‍👧 family' },
  ];
  const itemArb: fc.Arbitrary<AgentItem> = fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''),
    kind: fc.constantFrom('ambient' as const, 'interactive' as const),
    title: hostileText,
    source: fc.constantFrom('slack', 'cli', 'weird source', ''),
    status: fc.constantFrom(
      'working' as const,
      'blocked' as const,
      'canceled' as const,
      'failed' as const,
      'success' as const,
    ),
    rawStatus: fc.constant('x'),
    createdAt: fc.integer({ min: 0, max: Date.UTC(2100, 11, 31) }).map((t) => new Date(t)),
    creator: fc.constantFrom(...people),
  });
  const hostileCtxArb: fc.Arbitrary<ViewContext> = fc.record({
    tab: fc.constantFrom('personal' as const, 'all' as const),
    viewerId: fc.constant('u_me'),
    timeZone: fc.constantFrom('UTC', 'Asia/Kolkata', 'Australia/Adelaide'),
    now: fc.integer({ min: 0, max: Date.UTC(2100, 11, 31) }),
  });

  it('is a subsequence, idempotent, and agrees with the naive reference for queries cut from the data', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 25 }),
        hostileCtxArb,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<AgentFilters['createdOn']>(
          undefined,
          { preset: 'today' },
          { preset: 'last_week' },
          { day: '1970-01-01' },
          { from: '2099-01-01', to: '2100-12-31' },
        ),
        (items, ctx, pick, start, len, createdOn) => {
          // A query taken from a real title or name (so it matches something), or pure noise.
          const source = items.length
            ? [items[pick % items.length]!.title, items[pick % items.length]!.creator.name][pick % 2]!
            : '';
          const query = source.slice(start % (source.length + 1), (start % (source.length + 1)) + (len % 5));
          const filters: AgentFilters = { query, ...(createdOn ? { createdOn } : {}) };
          const out = filterAgentItems(items, filters, ctx);
          let j = 0;
          for (const it of out) {
            while (j < items.length && items[j] !== it) j++;
            expect(j).toBeLessThan(items.length);
            j++;
          }
          expect(filterAgentItems(out, filters, ctx)).toEqual(out);
          expect(out.map((i) => i.id)).toEqual(refFilter(items, filters, ctx).map((i) => i.id));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('free-text query across fields', { timeout: 120_000 }, () => {
  // Found by the property above (a title of "\u0000"): a query must match inside one field, never
  // across the title / creator name / id boundary.
  const mk = (id: string, title: string, name: string): AgentItem => ({
    id,
    kind: 'ambient',
    title,
    source: 'slack',
    status: 'success',
    rawStatus: 'done',
    createdAt: new Date(0),
    creator: { id: 'u_me', name },
  });
  const ctx: ViewContext = { tab: 'personal', viewerId: 'u_me', timeZone: 'UTC', now: 0 };
  const items = [mk('run_1', 'Fix login', 'Ada'), mk('run_2', 'Deploy', 'Bo')];

  it('a query never matches across the title / creator name / id boundary', () => {
    for (const query of ['\u0000', 'login\u0000ada', 'ada\u0000run_1', '\u0000bo\u0000']) {
      expect(
        filterAgentItems(items, { query }, ctx).map((i) => i.id),
        JSON.stringify(query),
      ).toEqual(refFilter(items, { query }, ctx).map((i) => i.id));
      expect(filterAgentItems(items, { query }, ctx), JSON.stringify(query)).toEqual([]);
    }
    // A NUL that is really in a title is still found.
    const withNul = [mk('n', 'a\u0000b', 'Ada')];
    expect(filterAgentItems(withNul, { query: 'a\u0000b' }, ctx)).toHaveLength(1);
  });
});

describe('countAgentItems', { timeout: 120_000 }, () => {
  const pool = ITEMS.slice(0, 600);
  const odd = [
    { ...pool[0]!, id: 'odd-status', status: 'weird' as AgentItem['status'] },
    { ...pool[1]!, id: 'no-meta', meta: undefined },
  ];
  const expected = (items: AgentItem[], filters: AgentFilters, ctx: ViewContext) => {
    const out = filterAgentItems(items, filters, ctx);
    return { count: out.length, working: out.filter((i) => i.status === 'working').length };
  };

  it('equals filterAgentItems(...).length and its working count, over plain items', () => {
    const plain = [...pool, ...odd];
    fc.assert(
      fc.property(filtersArb, ctxArb, (filters, ctx) => {
        expect(countAgentItems(plain, filters, ctx)).toEqual(expected(plain, filters, ctx));
      }),
      { numRuns: 300 },
    );
  });

  it('equals it over a built column index too (the typed-array path)', () => {
    const indexed = [...pool, ...odd];
    getItemIndex(indexed);
    fc.assert(
      fc.property(filtersArb, ctxArb, (filters, ctx) => {
        expect(countAgentItems(indexed, filters, ctx)).toEqual(expected(indexed, filters, ctx));
      }),
      { numRuns: 300 },
    );
  });

  it("filterWithTabCounts: the active tab's list and both tabs' counts in one pass, plain and indexed", () => {
    const plain = [...pool, ...odd];
    const indexed = [...pool, ...odd];
    getItemIndex(indexed);
    fc.assert(
      fc.property(filtersArb, ctxArb, (filters, ctx) => {
        for (const items of [plain, indexed]) {
          const { items: visible, counts } = filterWithTabCounts(items, filters, ctx);
          expect(visible).toEqual(filterAgentItems(items, filters, ctx));
          expect(counts.personal).toEqual(expected(items, filters, { ...ctx, tab: 'personal' }));
          expect(counts.all).toEqual(expected(items, filters, { ...ctx, tab: 'all' }));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on bad input', () => {
    expect(
      filterWithTabCounts(null as unknown as AgentItem[], {}, { tab: 'all', viewerId: 'u' }).counts.all.count,
    ).toBe(0);
    expect(countAgentItems(null as unknown as AgentItem[], {}, { tab: 'all', viewerId: 'u' })).toEqual({
      count: 0,
      working: 0,
    });
    expect(
      countAgentItems(pool, null as unknown as AgentFilters, { tab: 'all', viewerId: 'u' }).count,
    ).toBeGreaterThanOrEqual(0);
  });
});
