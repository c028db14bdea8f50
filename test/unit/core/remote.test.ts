import { describe, expect, it } from 'vitest';
import { summarize, type AgentFacets } from '../../../src/core';
import { mergeRemoteFacets, mergeRemoteSummary, remoteTabCounts } from '../../../src/core/remote';
import { item, NO_FACETS } from './fixtures';

const local: AgentFacets = {
  ...NO_FACETS,
  sources: [{ value: 'slack', label: 'Slack', count: 1 }],
  statuses: [{ value: 'failed', label: 'Failed', count: 1 }],
  facets: { env: [{ value: 'prod', label: 'prod', count: 1 }] },
};
const loaded = summarize([item({ id: 'a', credits: 2 }), item({ id: 'b', status: 'working' })]);

describe('mergeRemoteFacets', () => {
  it('takes the host’s options field by field, and host facets key by key', () => {
    const hostSources = [{ value: 'slack', label: 'Slack', count: 120 }];
    const merged = mergeRemoteFacets(local, {
      sources: hostSources,
      facets: { repo: [{ value: 'web', label: 'web', count: 3 }] },
    });
    expect(merged.sources).toBe(hostSources);
    expect(merged.statuses).toBe(local.statuses);
    expect(Object.keys(merged.facets)).toEqual(['env', 'repo']);
    expect(mergeRemoteFacets(local, undefined)).toBe(local);
  });
});

describe('mergeRemoteSummary', () => {
  it('is the local summary until the host tells a total', () => {
    expect(mergeRemoteSummary(loaded, {}, {})).toBe(loaded);
  });

  it('takes the host’s total and status counts (0 for a status the filter excludes) and its credit sums', () => {
    const statuses = [
      { value: 'working', label: 'Working', count: 40 },
      { value: 'failed', label: 'Failed', count: 7 },
    ];
    const merged = mergeRemoteSummary(
      loaded,
      { total: 500, facets: { statuses }, summary: { credits: 812.5, creditsBySource: [] } },
      { statuses: ['failed'] },
    );
    expect(merged.total).toBe(500);
    expect(merged.byStatus).toEqual({ working: 0, blocked: 0, canceled: 0, failed: 7, success: 0 });
    expect(merged.credits).toBe(812.5);
    expect(merged.creditsByCreator).toEqual([]);
    // The loaded rows' count of items with credits says nothing about the host's sum.
    expect('creditsKnown' in merged).toBe(false);
  });

  it('keeps the loaded rows’ credits (and creditsKnown) when the host sums none', () => {
    const merged = mergeRemoteSummary(loaded, { total: 9 }, {});
    expect(merged).toEqual({ ...loaded, total: 9 });
  });
});

describe('remoteTabCounts', () => {
  it('counts the current tab once the host told its total, the other tab not without its tabTotals', () => {
    expect(remoteTabCounts('all', 120, loaded)).toEqual({ all: { count: 120, working: 1 } });
    expect(remoteTabCounts('personal', undefined, loaded)).toEqual({});
  });

  it('counts the other tab from tabTotals (no working count: no live dot), never from a bad number', () => {
    expect(remoteTabCounts('all', 120, loaded, { personal: 12, all: 120 })).toEqual({
      all: { count: 120, working: 1 },
      personal: { count: 12, working: 0 },
    });
    expect(remoteTabCounts('personal', undefined, loaded, { all: 0 })).toEqual({ all: { count: 0, working: 0 } });
    for (const bad of [-1, Number.NaN]) {
      expect(remoteTabCounts('all', 120, loaded, { personal: bad })).toEqual({ all: { count: 120, working: 1 } });
    }
  });
});
