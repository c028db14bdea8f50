import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgentDataError, mergeAgentDataSources, type AgentQueryResult } from '../../../src/data';
import { firstPage, ids, item, listSource, newestFirst, type Input } from './merge-helpers';

/** Pages a merged source to its end; `fresh` rebuilds the merge before every page (cursor alone). */
async function pageToEnd(make: () => ReturnType<typeof mergeAgentDataSources>, limit: number, fresh: boolean) {
  let merged = make();
  const pages: AgentQueryResult[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 500; guard++) {
    const page = await merged.query({ ...firstPage(undefined, limit), ...(cursor !== undefined ? { cursor } : {}) });
    pages.push(page);
    if (!page.nextCursor) return pages;
    cursor = page.nextCursor;
    if (fresh) merged = make();
  }
  throw new Error('The merge never reached its end.');
}

describe('mergeAgentDataSources: order and paging', () => {
  it('gives the first page newest first across sources, asking each with the same question', async () => {
    const github = listSource([item('github:1', 5), item('github:2', 1)], 10);
    const warp = listSource([item('warp:1', 4), item('warp:2', 3), item('warp:3', 0)], 10);
    const merged = mergeAgentDataSources([
      { name: 'GitHub Actions', source: github.source },
      { name: 'Warp', source: warp.source },
    ]);
    const query = { ...firstPage(undefined, 3), tab: 'personal' as const, timeZone: 'Europe/Paris' };
    const page = await merged.query(query);

    expect(ids(page.items)).toEqual(['github:1', 'warp:1', 'warp:2']);
    expect(page.nextCursor).toEqual(expect.any(String));
    for (const { queries } of [github, warp]) {
      expect(queries[0]).toMatchObject({ tab: 'personal', viewerId: 'u_1', limit: 3, timeZone: 'Europe/Paris' });
      expect(queries[0]!.cursor).toBeUndefined();
    }
    const rest = await merged.query({ ...query, cursor: page.nextCursor! });
    expect(ids(rest.items)).toEqual(['github:2', 'warp:3']);
    expect(rest.nextCursor).toBeNull();
  });

  it('asks again only the sources that still have more', async () => {
    const short = listSource([item('a:1', 9)], 5);
    const long = listSource(
      Array.from({ length: 6 }, (_, i) => item(`b:${i}`, i)),
      2,
    );
    const merged = mergeAgentDataSources([
      { name: 'A', source: short.source },
      { name: 'B', source: long.source },
    ]);
    const pages = await pageToEnd(() => merged, 2, false);

    expect(pages.flatMap((page) => ids(page.items))).toEqual(['a:1', 'b:5', 'b:4', 'b:3', 'b:2', 'b:1', 'b:0']);
    expect(short.queries).toHaveLength(1);
    expect(long.queries.map((query) => query.cursor)).toEqual([undefined, '2', '4']);
  });

  it('emits an item only when no source could still have a newer one', async () => {
    // A's first page ends at minute 8; B's second page holds minute 7, newer than A's next one (6).
    const a = listSource([item('a:1', 10), item('a:2', 8), item('a:3', 6)], 2);
    const b = listSource([item('b:1', 9), item('b:2', 7)], 1);
    const merged = mergeAgentDataSources([
      { name: 'A', source: a.source },
      { name: 'B', source: b.source },
    ]);
    const page = await merged.query(firstPage(undefined, 4));
    expect(ids(page.items)).toEqual(['a:1', 'b:1', 'a:2', 'b:2']);
  });

  it('pages to the end with every item once and in order, for any lists, ties and page sizes', async () => {
    const lists = fc.array(
      fc.record({
        minutes: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 14 }),
        pageSize: fc.integer({ min: 1, max: 5 }),
      }),
      { minLength: 1, maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(lists, fc.integer({ min: 1, max: 6 }), fc.boolean(), async (sources, limit, fresh) => {
        // Few distinct minutes: many items tie on createdAt, within a source and across sources.
        const inputs: Input[][] = sources.map(({ minutes }, s) =>
          minutes.map((minute, i) => item(`s${s}:${String(i).padStart(2, '0')}`, minute)),
        );
        const make = () =>
          mergeAgentDataSources(
            sources.map(({ pageSize }, s) => ({ name: `S${s}`, source: listSource(inputs[s]!, pageSize).source })),
          );
        const pages = await pageToEnd(make, limit, fresh);
        const expected = inputs
          .flat()
          .sort(newestFirst)
          .map((input) => input.id);
        expect(pages.flatMap((page) => ids(page.items))).toEqual(expected);
        // Only the last page may come up short of the limit.
        for (const page of pages.slice(0, -1)) expect(page.items).toHaveLength(limit);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects a cursor it did not write', async () => {
    const merged = mergeAgentDataSources([{ name: 'A', source: listSource([], 1).source }]);
    for (const cursor of ['nope', '[1,2]', '[{"c":5}]']) {
      await expect(merged.query({ ...firstPage(), cursor })).rejects.toBeInstanceOf(AgentDataError);
    }
  });
});

describe('mergeAgentDataSources: totals, facets and summary', () => {
  const option = (value: string, count: number, label = value) => ({ value, label, count });

  it('sums them over the sources, options by value with the first source’s label', async () => {
    const a = listSource([item('a:1', 1)], 5, {
      total: 4,
      facets: { sources: [option('slack', 2, 'Slack'), option('linear', 1)], facets: { repo: [option('web', 1)] } },
      summary: { credits: 10, creditsBySource: [option('slack', 10)], creditsByCreator: [option('u_1', 10)] },
    });
    const b = listSource([item('b:1', 2)], 5, {
      total: 3,
      facets: { sources: [option('slack', 3, 'slack!'), option('cli', 4)], facets: {} },
      summary: { credits: 25, creditsBySource: [option('cli', 25)], creditsByCreator: [option('u_1', 5)] },
    });
    const merged = mergeAgentDataSources([
      { name: 'A', source: a.source },
      { name: 'B', source: b.source },
    ]);
    const page = await merged.query(firstPage());

    expect(page.total).toBe(7);
    expect(page.facets).toEqual({
      sources: [option('slack', 5, 'Slack'), option('linear', 1), option('cli', 4)],
      facets: { repo: [option('web', 1)] },
    });
    expect(page.summary).toEqual({
      credits: 35,
      creditsBySource: [option('cli', 25), option('slack', 10)],
      creditsByCreator: [option('u_1', 15)],
    });
  });

  it('leaves a number out when one source does not tell it', async () => {
    const merged = mergeAgentDataSources([
      { name: 'A', source: listSource([item('a:1', 1)], 5, { total: 4, summary: { credits: 1 } }).source },
      { name: 'B', source: listSource([item('b:1', 2)], 5).source },
    ]);
    const page = await merged.query(firstPage());
    expect(page).not.toHaveProperty('total');
    expect(page).not.toHaveProperty('summary');
    expect(page).not.toHaveProperty('facets');
  });
});
