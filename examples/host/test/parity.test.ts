/**
 * The example API filters, pages and counts in SQL. These tests feed the same filters to the SQL
 * query and to agentboard's `filterAgentItems` / `getFacets` over the same items and require the
 * same ids in the same order, the same total and the same facet counts — for hand-picked cases
 * (escaping, Unicode, day boundaries in several time zones) and for random filter combinations.
 */
import { createServer } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterAgentItems, getFacets, parseAgentItems, summarize } from '../../../src/core';
import type { AgentFilters, AgentItem, AgentTab, CreatedOnFilter } from '../../../src/core/types';
import type { AgentItemInput } from '../../../src/core/schema';
import { AgentDataError, createFetchDataSource } from '../../../src/data';
import { compareNewestFirst } from '../../../src/data/live';
import { generateAgentItems, SAMPLE_NOW, SAMPLE_PEOPLE } from '../../../stories/sample-data';
import { createApi, type Api } from '../server/api';
import { type Db, openDb, queryAgents, upsertItems } from '../server/db';
import { flipOnce } from '../server/flipper';

const NOW = SAMPLE_NOW; // 2026-11-25T15:00:00Z
const VIEWER = 'u_me';
const TIME_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland'];

const person = (id: string) => SAMPLE_PEOPLE.find((p) => p.id === id)!;

/** Items that probe the edges: LIKE metacharacters, Unicode case, local midnights, ties, arrays. */
const EDGE_ITEMS: AgentItemInput[] = [
  {
    id: 'edge_pct',
    kind: 'ambient',
    title: 'Ship 100% of the_backlog',
    source: 'slack',
    status: 'failed',
    createdAt: NOW - 3_600_000,
    creator: person('u_priya'),
  },
  {
    id: 'edge_bs',
    kind: 'ambient',
    title: 'Path C:\\temp\\agents',
    source: 'zapier',
    status: 'running',
    createdAt: NOW - 7_200_000,
    creator: person(VIEWER),
  },
  {
    id: 'edge_uni',
    kind: 'ambient',
    title: 'Ünïcode STRASSE Straße',
    source: 'linear',
    status: 'done',
    createdAt: NOW - 86_400_000,
    creator: person('u_marcus'),
  },
  {
    id: 'edge_private',
    kind: 'interactive',
    title: 'Teammate conversation',
    source: 'interactive',
    status: 'needs_input',
    createdAt: NOW - 60_000,
    creator: person('u_sofia'),
  },
  // Exactly local midnight (start of Nov 25) in Los Angeles and in Kolkata, and one ms before.
  {
    id: 'edge_la_mid',
    kind: 'ambient',
    title: 'LA midnight',
    source: 'cli',
    status: 'failed',
    createdAt: '2026-11-25T08:00:00.000Z',
    creator: person(VIEWER),
  },
  {
    id: 'edge_la_pre',
    kind: 'ambient',
    title: 'LA before midnight',
    source: 'cli',
    status: 'failed',
    createdAt: '2026-11-25T07:59:59.999Z',
    creator: person(VIEWER),
  },
  {
    id: 'edge_in_mid',
    kind: 'ambient',
    title: 'Kolkata midnight',
    source: 'api',
    status: 'failed',
    createdAt: '2026-11-24T18:30:00.000Z',
    creator: person('u_lena'),
  },
  // A tie on createdAt: the id breaks it (descending), across a page boundary.
  {
    id: 'edge_tie_a',
    kind: 'ambient',
    title: 'Tie A',
    source: 'api',
    status: 'failed',
    createdAt: NOW - 5_000,
    creator: person('u_tom'),
  },
  {
    id: 'edge_tie_b',
    kind: 'ambient',
    title: 'Tie B',
    source: 'api',
    status: 'failed',
    createdAt: NOW - 5_000,
    creator: person('u_tom'),
  },
  {
    id: 'edge_meta',
    kind: 'ambient',
    title: 'Multi env',
    source: 'scheduled',
    status: 'success',
    createdAt: NOW - 9_000_000,
    creator: person(VIEWER),
    meta: { environment: ['staging', 'production', 'staging'], team: 'infra' },
  },
];

let db: Db;
let items: AgentItem[];

beforeAll(() => {
  const input = [...generateAgentItems({ count: 4000, now: NOW, seed: 7, viewerId: VIEWER }), ...EDGE_ITEMS];
  const parsed = parseAgentItems(input);
  expect(parsed.issues.filter((i) => i.level === 'error')).toEqual([]);
  items = parsed.items.slice().sort(compareNewestFirst);
  db = openDb(':memory:');
  upsertItems(db, input, NOW, false);
});

afterAll(() => db?.close());

interface Case {
  tab: AgentTab;
  filters: AgentFilters;
  timeZone: string;
}

function sqlAll(c: Case, limit = 500): { ids: string[]; total: number } {
  const ids: string[] = [];
  let cursor: string | null = null;
  let total: number;
  do {
    const page = queryAgents(db, {
      tab: c.tab,
      viewerId: VIEWER,
      filters: c.filters,
      timeZone: c.timeZone,
      now: NOW,
      cursor,
      limit,
      withFacets: false,
    });
    ids.push(...page.items.map((item) => String(item.id)));
    total = page.total;
    cursor = page.nextCursor;
  } while (cursor);
  return { ids, total };
}

function coreIds(c: Case): string[] {
  return filterAgentItems(items, c.filters, { tab: c.tab, viewerId: VIEWER, timeZone: c.timeZone, now: NOW }).map(
    (i) => i.id,
  );
}

function expectParity(c: Case, limit?: number) {
  const expected = coreIds(c);
  const { ids, total } = sqlAll(c, limit);
  expect(ids).toEqual(expected);
  expect(total).toBe(expected.length);
  const first = queryAgents(db, {
    tab: c.tab,
    viewerId: VIEWER,
    filters: c.filters,
    timeZone: c.timeZone,
    now: NOW,
    limit: 1,
  });
  expect(first.facets).toEqual(
    getFacets(items, c.filters, { tab: c.tab, viewerId: VIEWER, timeZone: c.timeZone, now: NOW }),
  );
  // Credits over every match, as `summarize` sums them (floating sums compared to 6 decimals).
  const core = summarize(
    filterAgentItems(items, c.filters, { tab: c.tab, viewerId: VIEWER, timeZone: c.timeZone, now: NOW }),
  );
  const round = (o: { value: string; label: string; count: number }) => ({
    ...o,
    count: Math.round(o.count * 1e6) / 1e6,
  });
  expect(first.summary!.credits).toBeCloseTo(core.credits, 6);
  expect(first.summary!.creditsBySource.map(round)).toEqual(core.creditsBySource.map(round));
  expect(first.summary!.creditsByCreator.map(round)).toEqual(core.creditsByCreator.map(round));
  return expected;
}

describe('SQL ↔ filterAgentItems parity', () => {
  const cases: [string, Case][] = [
    ['Personal, no filters', { tab: 'personal', filters: {}, timeZone: 'UTC' }],
    ['All, no filters', { tab: 'all', filters: {}, timeZone: 'UTC' }],
    [
      'everything that failed today (LA)',
      {
        tab: 'all',
        filters: { statuses: ['failed'], createdOn: { preset: 'today' } },
        timeZone: 'America/Los_Angeles',
      },
    ],
    [
      'everything that failed today (Kolkata)',
      { tab: 'all', filters: { statuses: ['failed'], createdOn: { preset: 'today' } }, timeZone: 'Asia/Kolkata' },
    ],
    ['runs from Slack', { tab: 'all', filters: { sources: ['slack'] }, timeZone: 'UTC' }],
    [
      'a teammate via integrations',
      { tab: 'all', filters: { creators: ['u_priya'], sources: ['slack', 'linear'] }, timeZone: 'UTC' },
    ],
    ['creators ignored on Personal', { tab: 'personal', filters: { creators: ['u_priya'] }, timeZone: 'UTC' }],
    ['yesterday', { tab: 'all', filters: { createdOn: { preset: 'yesterday' } }, timeZone: 'Pacific/Auckland' }],
    ['last 24 hours', { tab: 'all', filters: { createdOn: { preset: 'last_24_hours' } }, timeZone: 'UTC' }],
    [
      'past 3 days + blocked',
      {
        tab: 'all',
        filters: { createdOn: { preset: 'past_3_days' }, statuses: ['blocked', 'working'] },
        timeZone: 'UTC',
      },
    ],
    ['last week', { tab: 'personal', filters: { createdOn: { preset: 'last_week' } }, timeZone: 'Europe/Paris' }],
    ['a given day', { tab: 'all', filters: { createdOn: { day: '2026-11-20' } }, timeZone: 'America/Los_Angeles' }],
    [
      'a day range, reversed',
      { tab: 'all', filters: { createdOn: { from: '2026-11-22', to: '2026-11-18' } }, timeZone: 'Asia/Kolkata' },
    ],
    ['query with % and _ (escaped)', { tab: 'all', filters: { query: '100%' }, timeZone: 'UTC' }],
    ['query _ alone', { tab: 'all', filters: { query: 'the_b' }, timeZone: 'UTC' }],
    ['query with a backslash', { tab: 'all', filters: { query: 'c:\\temp' }, timeZone: 'UTC' }],
    ['query, Unicode case', { tab: 'all', filters: { query: '  ÜNÏCODE straße ' }, timeZone: 'UTC' }],
    ['query on creator name', { tab: 'all', filters: { query: 'priya' }, timeZone: 'UTC' }],
    ['query on id', { tab: 'all', filters: { query: 'RUN_00A' }, timeZone: 'UTC' }],
    [
      'host facets: array values',
      { tab: 'all', filters: { facets: { environment: ['production'], team: ['infra'] } }, timeZone: 'UTC' },
    ],
    [
      'host facet and status',
      { tab: 'all', filters: { facets: { harness: ['codex'] }, statuses: ['success'] }, timeZone: 'UTC' },
    ],
    ['unknown source selected', { tab: 'all', filters: { sources: ['nowhere'] }, timeZone: 'UTC' }],
  ];

  it.each(cases)('%s', (_name, c) => {
    expectParity(c);
  });

  it('treats the midnight boundary like the core: a local midnight is "today", a ms before is not', () => {
    const ids = expectParity({
      tab: 'all',
      filters: { createdOn: { preset: 'today' } },
      timeZone: 'America/Los_Angeles',
    });
    expect(ids).toContain('edge_la_mid');
    expect(ids).not.toContain('edge_la_pre');
  });

  it('pages by keyset without gaps or repeats, ties included (pages of 7)', () => {
    expectParity({ tab: 'all', filters: { statuses: ['failed'] }, timeZone: 'UTC' }, 7);
  });

  it('never shows a teammate’s interactive conversation', () => {
    expect(sqlAll({ tab: 'all', filters: {}, timeZone: 'UTC' }).ids).not.toContain('edge_private');
  });

  it('agrees on random filter combinations', () => {
    const dayKey = fc
      .integer({ min: 0, max: 35 })
      .map((n) => new Date(NOW - n * 86_400_000).toISOString().slice(0, 10));
    const createdOn: fc.Arbitrary<CreatedOnFilter> = fc.oneof(
      fc
        .constantFrom('today', 'yesterday', 'last_24_hours', 'past_3_days', 'last_week')
        .map((preset) => ({ preset }) as CreatedOnFilter),
      dayKey.map((day) => ({ day })),
      fc.tuple(dayKey, dayKey).map(([from, to]) => ({ from, to })),
    );
    const filters: fc.Arbitrary<AgentFilters> = fc.record(
      {
        sources: fc.subarray(['interactive', 'cli', 'api', 'slack', 'linear', 'scheduled', 'github_actions', 'zapier']),
        statuses: fc.subarray(['working', 'blocked', 'canceled', 'failed', 'success'] as const),
        creators: fc.subarray(SAMPLE_PEOPLE.map((p) => p.id)),
        createdOn,
        query: fc.constantFrom('', 'fix', 'flaky', '100%', '_', 'ü', 'run_01', 'ALEX', 'zz-no-match'),
        facets: fc.record(
          {
            environment: fc.subarray(['production', 'staging', 'dev']),
            harness: fc.subarray(['warp', 'claude-code', 'codex']),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom<AgentTab>('personal', 'all'),
        filters,
        fc.constantFrom(...TIME_ZONES),
        (tab, f, timeZone) => {
          expectParity({ tab, filters: f, timeZone });
        },
      ),
      { numRuns: 60, seed: 20261125 },
    );
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('the HTTP API through createFetchDataSource', () => {
  let api: Api;
  let base: string;
  let liveDb: Db;

  beforeAll(async () => {
    liveDb = openDb(':memory:');
    upsertItems(
      liveDb,
      [...generateAgentItems({ count: 1500, now: NOW, seed: 7, viewerId: VIEWER }), ...EDGE_ITEMS],
      NOW,
      false,
    );
    api = createApi({ db: liveDb, now: () => NOW, changePollMs: 60_000 });
    const port = await freePort();
    await new Promise<void>((resolve) => api.server.listen(port, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await api?.close();
    liveDb?.close();
  });

  it('answers "everything that failed today" page by page, like the core', async () => {
    const all = parseAgentItems(
      (liveDb.prepare('SELECT id FROM agents').all() as { id: string }[]).length > 0
        ? [...generateAgentItems({ count: 1500, now: NOW, seed: 7, viewerId: VIEWER }), ...EDGE_ITEMS]
        : [],
    ).items.sort(compareNewestFirst);
    const filters: AgentFilters = { statuses: ['failed'], createdOn: { preset: 'today' } };
    const expected = filterAgentItems(all, filters, {
      tab: 'all',
      viewerId: VIEWER,
      timeZone: 'America/Los_Angeles',
      now: NOW,
    }).map((i) => i.id);
    expect(expected.length).toBeGreaterThan(3);

    const source = createFetchDataSource({ url: `${base}/api/agents` });
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await source.query({
        tab: 'all',
        viewerId: VIEWER,
        filters,
        limit: 3,
        cursor,
        signal: new AbortController().signal,
        timeZone: 'America/Los_Angeles',
      });
      const parsed = parseAgentItems(page.items);
      expect(parsed.issues).toEqual([]);
      ids.push(...parsed.items.map((i) => i.id));
      expect(page.total).toBe(expected.length);
      if (pages === 0) expect(page.facets?.statuses?.find((s) => s.value === 'failed')?.count).toBe(expected.length);
      else expect(page.facets).toBeUndefined();
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 3));
  });

  it('rejects a forged cursor and a missing viewer with readable 400s', async () => {
    const source = createFetchDataSource({ url: `${base}/api/agents` });
    const error = await source
      .query({
        tab: 'all',
        viewerId: VIEWER,
        filters: {},
        limit: 5,
        cursor: 'bogus',
        signal: new AbortController().signal,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentDataError);
    expect(error).toMatchObject({
      status: 400,
      message: 'The server answered 400 Bad Request: The cursor is not one this server wrote.',
    });
    const res = await fetch(`${base}/api/agents?tab=all`);
    expect(res.status).toBe(400);
  });

  it('pushes flipped runs on the stream', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/agents/stream`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const { flipped, started } = flipOnce(liveDb, { count: 2, start: true, now: NOW, random: () => 0.5 });
    expect(flipped).toHaveLength(2);
    expect(api.pushChanges()).toBe(3);
    while (!text.includes('\n\ndata: ') || !text.trimEnd().endsWith('}')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
    controller.abort();
    const data = JSON.parse(text.slice(text.indexOf('data: ') + 6).split('\n\n')[0]!) as {
      upsert: AgentItemInput[];
      remove: string[];
    };
    const parsed = parseAgentItems(data.upsert).items;
    expect(parsed.map((i) => i.id).sort()).toEqual([...flipped.map((f) => f.id), ...started].sort());
    for (const f of flipped) expect(parsed.find((i) => i.id === f.id)?.status).toBe(f.status);
    expect(parsed.find((i) => i.id === started[0])?.status).toBe('working');
  });
});
