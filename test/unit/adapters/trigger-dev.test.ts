import { describe, expect, it } from 'vitest';
import { parseAgentItems } from '../../../src/core';
import { describeAgentError } from '../../../src/core/errors';
import { defaultInspectLabels } from '../../../src/react/root/inspect-labels';
import { fromTriggerRuns, triggerFacetDefinitions, triggerSources } from '../../../src/adapters';
import { expectLabelled, parseClean, parseOne } from './helpers';

// A `ListRunResponseItem` as the REST API sends it (the SDK turns the dates into `Date`s).
const listedRun = {
  id: 'run_1234',
  status: 'COMPLETED',
  taskIdentifier: 'summarize-pr',
  idempotencyKey: 'k1',
  version: '20261120.3',
  isQueued: false,
  isExecuting: false,
  isWaiting: false,
  isCompleted: true,
  isSuccess: true,
  isFailed: false,
  isCancelled: false,
  isTest: false,
  createdAt: '2026-11-20T15:04:00.000Z',
  updatedAt: '2026-11-20T15:06:00.000Z',
  startedAt: '2026-11-20T15:04:02.000Z',
  finishedAt: '2026-11-20T15:06:00.000Z',
  tags: ['user_42', 'pr_9'],
  costInCents: 1.25,
  baseCostInCents: 0.25,
  durationMs: 118_000,
  metadata: { progress: 100, stage: 'done', nested: { no: 1 } },
  env: { id: 'env_1', name: 'production' },
};

const tr = (over: Record<string, unknown>) => ({ ...listedRun, ...over });

describe('fromTriggerRuns', () => {
  it('maps a documented run: its cost in dollars, told in meta rather than as credits', () => {
    expect(fromTriggerRuns({ data: [listedRun], pagination: { next: 'run_1233' } })).toEqual([
      {
        id: 'trigger:run_1234',
        kind: 'ambient',
        title: 'summarize-pr',
        source: 'trigger_dev',
        status: 'COMPLETED',
        createdAt: '2026-11-20T15:04:00.000Z',
        startedAt: '2026-11-20T15:04:02.000Z',
        endedAt: '2026-11-20T15:06:00.000Z',
        creator: { id: 'trigger_dev', name: 'Trigger.dev' },
        meta: {
          environment: 'production',
          task: 'summarize-pr',
          version: '20261120.3',
          tags: ['user_42', 'pr_9'],
          'metadata.progress': '100',
          'metadata.stage': 'done',
          cost_usd: '0.015',
        },
      },
    ]);
    parseOne(fromTriggerRuns([listedRun]));
  });

  it.each([
    ['PENDING_VERSION', 'pending', 'working', 'Pending version'],
    ['WAITING_FOR_DEPLOY', 'pending', 'working', 'Waiting for deploy'],
    ['DELAYED', 'pending', 'working', 'Delayed'],
    ['QUEUED', 'QUEUED', 'working', undefined],
    ['DEQUEUED', 'queued', 'working', 'Dequeued'],
    ['EXECUTING', 'running', 'working', 'Executing'],
    ['REATTEMPTING', 'running', 'working', 'Reattempting'],
    ['WAITING', 'running', 'working', 'Waiting'],
    ['FROZEN', 'running', 'working', 'Frozen'],
    ['COMPLETED', 'COMPLETED', 'success', undefined],
    ['CANCELED', 'CANCELED', 'canceled', undefined],
    ['FAILED', 'FAILED', 'failed', undefined],
    ['CRASHED', 'CRASHED', 'failed', undefined],
    ['SYSTEM_FAILURE', 'failed', 'failed', 'System failure'],
    ['INTERRUPTED', 'failed', 'failed', 'Interrupted'],
    ['EXPIRED', 'canceled', 'canceled', 'Expired'],
    ['TIMED_OUT', 'TIMED_OUT', 'failed', undefined],
  ])('maps the status %s to raw %s (%s)', (status, raw, display, detail) => {
    const item = parseOne(fromTriggerRuns([tr({ status })]));
    expect(item).toMatchObject({ rawStatus: raw, status: display });
    expect(item.statusDetail).toBe(detail);
  });

  it.each([
    ['TIMED_OUT', 'failed'],
    ['CRASHED', 'failed'],
    ['SYSTEM_FAILURE', 'failed'],
    ['INTERRUPTED', 'failed'],
    ['EXPIRED', 'canceled'],
  ])('gives a %s run that status as its error code (%s)', (status, display) => {
    const item = parseOne(fromTriggerRuns([tr({ status })]));
    expect(item).toMatchObject({ status: display, errorCode: status });
  });

  it('gives no error code to a status that names no cause', () => {
    const runs = ['COMPLETED', 'FAILED', 'CANCELED', 'EXECUTING', 'QUEUED'].map((status, i) =>
      tr({ id: `run_${i}`, status }),
    );
    for (const item of parseClean(fromTriggerRuns(runs))) expect(item.errorCode).toBeUndefined();
  });

  it('has a built-in sentence for each error code it emits', () => {
    for (const status of ['TIMED_OUT', 'CRASHED', 'SYSTEM_FAILURE', 'INTERRUPTED', 'EXPIRED']) {
      const item = parseOne(fromTriggerRuns([tr({ status })]));
      const error = describeAgentError(item, defaultInspectLabels.errorMessages);
      expect(error, status).toMatchObject({ known: true, code: status });
      expect(error?.text.toLowerCase()).not.toBe(status.toLowerCase());
    }
  });

  it('keeps an undocumented status raw, so the parser reports it', () => {
    const { issues } = parseAgentItems(fromTriggerRuns([tr({ status: 'HIBERNATING' })]));
    expect(issues).toEqual([expect.objectContaining({ level: 'warning', path: 'status' })]);
  });

  it('reads the Dates the SDK gives, and ends an expired run when it expired', () => {
    const item = parseOne(
      fromTriggerRuns([
        tr({
          status: 'EXPIRED',
          createdAt: new Date('2026-11-20T15:04:00Z'),
          startedAt: undefined,
          finishedAt: undefined,
          expiredAt: new Date('2026-11-20T16:04:00Z'),
        }),
      ]),
    );
    expect(item.createdAt.toISOString()).toBe('2026-11-20T15:04:00.000Z');
    expect(item.endedAt?.toISOString()).toBe('2026-11-20T16:04:00.000Z');
  });

  it('names the user of a development environment, marks test runs, and labels its source', () => {
    const [dev] = parseClean(fromTriggerRuns([tr({ env: { id: 'e', name: 'dev', user: 'ada' }, isTest: true })]));
    expect(dev?.creator).toEqual({ id: 'trigger:ada', name: 'ada' });
    expect(dev?.meta).toMatchObject({ environment: 'dev', test: 'true' });
    expectLabelled(['trigger_dev'], triggerSources);
  });

  it('leaves the cost out when neither cost is known, and counts one that is', () => {
    const [none, one] = fromTriggerRuns([
      tr({ costInCents: undefined, baseCostInCents: undefined }),
      tr({ costInCents: undefined, baseCostInCents: 3 }),
    ]);
    expect(none?.meta?.cost_usd).toBeUndefined();
    expect(one?.meta?.cost_usd).toBe('0.03');
    expect(one?.credits).toBeUndefined();
    expect(one?.creditsBreakdown).toBeUndefined();
  });

  it('reads the wrapped body and the bare array alike, and nothing from other shapes', () => {
    expect(fromTriggerRuns({ data: [listedRun], pagination: {} })).toEqual(fromTriggerRuns([listedRun]));
    for (const body of [undefined, null, 0, {}, { data: 'x' }, { runs: [listedRun] }]) {
      expect(fromTriggerRuns(body)).toEqual([]);
    }
  });

  it('offers a facet definition for each of its facets', () => {
    const meta = fromTriggerRuns([listedRun])[0]?.meta ?? {};
    for (const { key } of triggerFacetDefinitions) expect(meta[key]).toBeDefined();
  });
});
