import { describe, expect, it } from 'vitest';
import { fromLangSmithRuns, langSmithFacetDefinitions, langSmithSources } from '../../../src/adapters';
import { expectLabelled, parseClean, parseOne } from './helpers';

// A root run as `POST /api/v1/runs/query` returns it: UTC times without an offset, a decimal cost string.
const rootRun = {
  id: '0f1e2d3c-0000-4000-8000-000000000001',
  name: 'support-agent',
  run_type: 'chain',
  start_time: '2026-11-20T15:04:00.123456',
  end_time: '2026-11-20T15:04:09.5',
  status: 'success',
  error: null,
  inputs: { question: 'Where is my order?' },
  outputs: { answer: 'On its way.' },
  extra: { metadata: { ls_model_name: 'gpt-4.1', ls_provider: 'openai', thread_id: 't1' } },
  parent_run_id: null,
  trace_id: '0f1e2d3c-0000-4000-8000-000000000001',
  session_id: 'proj-1',
  tags: ['prod'],
  total_tokens: 1234,
  total_cost: '0.00421',
  prompt_cost: '0.003',
  completion_cost: '0.00121',
  app_path: '/o/tenant-1/projects/p/proj-1/r/0f1e2d3c-0000-4000-8000-000000000001?trace_id=0f1e2d3c',
};

const lr = (over: Record<string, unknown>) => ({ ...rootRun, ...over });

describe('fromLangSmithRuns', () => {
  it('maps a documented root run', () => {
    expect(fromLangSmithRuns({ runs: [rootRun], cursors: { next: null } })).toEqual([
      {
        id: 'langsmith:0f1e2d3c-0000-4000-8000-000000000001',
        kind: 'ambient',
        title: 'support-agent',
        source: 'langsmith',
        status: 'success',
        createdAt: '2026-11-20T15:04:00.123456Z',
        startedAt: '2026-11-20T15:04:00.123456Z',
        endedAt: '2026-11-20T15:04:09.5Z',
        creator: { id: 'langsmith', name: 'LangSmith' },
        sessionUrl:
          'https://smith.langchain.com/o/tenant-1/projects/p/proj-1/r/0f1e2d3c-0000-4000-8000-000000000001?trace_id=0f1e2d3c',
        meta: {
          runType: 'chain',
          project: 'proj-1',
          model: 'gpt-4.1',
          provider: 'openai',
          tags: ['prod'],
          tokens: '1234',
          trace: '0f1e2d3c-0000-4000-8000-000000000001',
          // Dollars are not credits: without a rate the cost is only told.
          cost_usd: '0.00421',
        },
      },
    ]);
    const item = parseOne(fromLangSmithRuns([rootRun]));
    // Read as UTC, not as the machine's local time.
    expect(item.createdAt.toISOString()).toBe('2026-11-20T15:04:00.123Z');
    expect(item).toMatchObject({ status: 'success', meta: { cost_usd: '0.00421' } });
    expect(item.credits).toBeUndefined();
    const spaced = parseOne(fromLangSmithRuns([lr({ start_time: '2026-11-20 15:04:00', end_time: null })]));
    expect(spaced.createdAt.toISOString()).toBe('2026-11-20T15:04:00.000Z');
  });

  it.each([
    ['success', undefined, 'success'],
    ['error', 'ValueError: bad input\n\nTraceback (most recent call last): …', 'failed'],
    ['pending', undefined, 'working'],
  ])('maps the status %s', (status, error, display) => {
    const item = parseOne(
      fromLangSmithRuns([lr({ status, error, end_time: status === 'pending' ? null : rootRun.end_time })]),
    );
    expect(item).toMatchObject({ rawStatus: status, status: display });
    expect(item.statusDetail).toBe(error === undefined ? undefined : 'ValueError: bad input');
  });

  it('derives a missing status the way LangSmith does: error, else ended, else pending', () => {
    const derived = fromLangSmithRuns([
      lr({ status: undefined, error: 'Boom' }),
      lr({ status: undefined, error: null }),
      lr({ status: undefined, error: null, end_time: null }),
    ]).map((i) => i.status);
    expect(derived).toEqual(['error', 'success', 'pending']);
  });

  it('links child runs to their parent, and reads epoch milliseconds and numeric costs', () => {
    const [child] = parseClean(
      fromLangSmithRuns([
        lr({
          id: 'c1',
          run_type: 'llm',
          parent_run_id: rootRun.id,
          start_time: 1_763_651_040_000,
          end_time: 1_763_651_041_000,
          total_cost: 0.5,
        }),
      ]),
    );
    expect(fromLangSmithRuns([lr({ parent_run_id: 'p1' })])[0]?.parentId).toBe('langsmith:p1');
    expect(child).toMatchObject({ meta: { runType: 'llm', cost_usd: '0.5' } });
    expect(child?.createdAt.getTime()).toBe(1_763_651_040_000);
  });

  it('resolves the link on another LangSmith host, and keeps an absolute one', () => {
    const [eu] = fromLangSmithRuns([rootRun], { appUrl: 'https://eu.smith.langchain.com/' });
    expect(eu?.sessionUrl).toBe(`https://eu.smith.langchain.com${rootRun.app_path}`);
    const [absolute] = fromLangSmithRuns([lr({ app_path: 'https://ls.internal/r/1' })]);
    expect(absolute?.sessionUrl).toBe('https://ls.internal/r/1');
    expect(fromLangSmithRuns([lr({ app_path: undefined })])[0]?.sessionUrl).toBeUndefined();
  });

  it('maps a run with only its required fields, and labels its source', () => {
    const item = parseOne(
      fromLangSmithRuns([{ id: 'r1', name: 'tool-call', run_type: 'tool', start_time: '2026-11-20T15:04:00Z' }]),
    );
    expect(item).toMatchObject({ id: 'langsmith:r1', status: 'working', rawStatus: 'pending' });
    expect(item.credits).toBeUndefined();
    expectLabelled(['langsmith'], langSmithSources);
  });

  it('reads every list shape alike, and nothing from other shapes', () => {
    expect(fromLangSmithRuns({ runs: [rootRun] })).toEqual(fromLangSmithRuns([rootRun]));
    expect(fromLangSmithRuns({ items: [rootRun] })).toEqual(fromLangSmithRuns([rootRun]));
    for (const body of [undefined, null, NaN, {}, { runs: 1 }, { data: [rootRun] }]) {
      expect(fromLangSmithRuns(body)).toEqual([]);
    }
  });

  it('offers a facet definition for each of its facets', () => {
    const meta = fromLangSmithRuns([rootRun])[0]?.meta ?? {};
    for (const { key } of langSmithFacetDefinitions) expect(meta[key]).toBeDefined();
  });
});
