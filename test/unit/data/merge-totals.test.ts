// The counts of several sources' answers as one: summed only when every source told them, so a
// number on screen never silently leaves a source out.
import { describe, expect, it } from 'vitest';
import type { FacetOption } from '../../../src/core/types';
import { sumOptions, sumTotals } from '../../../src/data/merge-totals';
import type { AgentQueryResult } from '../../../src/data/types';

const opt = (value: string, count: number, label = value): FacetOption => ({ value, label, count });
const answer = (over: Partial<AgentQueryResult> = {}): AgentQueryResult => ({ items: [], ...over });

describe('sumOptions', () => {
  it('sums by value in first-seen order, keeping the first list’s label', () => {
    expect(
      sumOptions([
        [opt('slack', 2, 'Slack'), opt('api', 1)],
        [opt('linear', 4), opt('slack', 3, 'slack')],
      ]),
    ).toEqual([opt('slack', 5, 'Slack'), opt('api', 1), opt('linear', 4)]);
  });

  it('skips malformed options rather than producing NaN', () => {
    const bad = [null, { value: 1, label: 'x', count: 1 }, opt('a', Number.NaN), opt('b', Number.POSITIVE_INFINITY)];
    expect(sumOptions([[...(bad as FacetOption[]), opt('a', 2)]])).toEqual([opt('a', 2)]);
  });

  it('does not change the options it was given', () => {
    const first = opt('a', 1);
    sumOptions([[first], [opt('a', 2)]]);
    expect(first.count).toBe(1);
  });
});

describe('sumTotals', () => {
  it('is empty for no answers', () => {
    expect(sumTotals([])).toEqual({});
  });

  it('sums total only when every answer has one', () => {
    expect(sumTotals([answer({ total: 2 }), answer({ total: 3 })])).toEqual({ total: 5 });
    expect(sumTotals([answer({ total: 2 }), answer()])).toEqual({});
    expect(sumTotals([answer({ total: 0 }), answer({ total: 0 })])).toEqual({ total: 0 });
  });

  it('sums each tab’s count only when every answer told it: a tab one source left out stays unknown', () => {
    expect(
      sumTotals([answer({ tabTotals: { personal: 2, all: 5 } }), answer({ tabTotals: { personal: 1, all: 3 } })]),
    ).toEqual({ tabTotals: { personal: 3, all: 8 } });
    expect(sumTotals([answer({ tabTotals: { personal: 2, all: 5 } }), answer({ tabTotals: { all: 3 } })])).toEqual({
      tabTotals: { all: 8 },
    });
    expect(sumTotals([answer({ tabTotals: { personal: 2, all: 5 } }), answer()])).toEqual({});
    expect(sumTotals([answer({ tabTotals: { all: 0 } }), answer({ tabTotals: { all: 0 } })])).toEqual({
      tabTotals: { all: 0 },
    });
  });

  it('counts a tab count that is not a whole number ≥ 0 as not told, never summing it', () => {
    for (const bad of [-4, Number.NaN, 1.5, '3', null]) {
      const out = sumTotals([
        answer({ tabTotals: { personal: 2, all: 5 } }),
        answer({ tabTotals: { personal: 1, all: bad } as never }),
      ]);
      expect(out, String(bad)).toEqual({ tabTotals: { personal: 3 } });
    }
    expect(sumTotals([answer({ tabTotals: 'many' as never }), answer({ tabTotals: { all: 1 } })])).toEqual({});
  });

  it('sums each list facet that every answer counted, and leaves out the others', () => {
    const out = sumTotals([
      answer({ facets: { statuses: [opt('failed', 1)], sources: [opt('slack', 1)] } }),
      answer({ facets: { statuses: [opt('failed', 2), opt('success', 1)] } }),
    ]);
    expect(out.facets).toEqual({ statuses: [opt('failed', 3), opt('success', 1)] });
  });

  it('has no facets when one answer has none, or no field is counted by all', () => {
    expect(sumTotals([answer({ facets: { statuses: [] } }), answer()]).facets).toBeUndefined();
    expect(
      sumTotals([answer({ facets: { statuses: [] } }), answer({ facets: { sources: [] } })]).facets,
    ).toBeUndefined();
  });

  it('host facets: a key one source lacks counts zero there, not unknown', () => {
    const out = sumTotals([
      answer({ facets: { facets: { playbook: [opt('p1', 2)] } } }),
      answer({ facets: { facets: { repo: [opt('web', 1)] } } }),
    ]);
    expect(out.facets?.facets).toEqual({ playbook: [opt('p1', 2)], repo: [opt('web', 1)] });
  });

  it('sums credits and orders the breakdowns most credits first', () => {
    const out = sumTotals([
      answer({ summary: { credits: 1.5, creditsBySource: [opt('slack', 1), opt('api', 0.5)] } }),
      answer({ summary: { credits: 4, creditsBySource: [opt('api', 4)] } }),
    ]);
    expect(out.summary).toEqual({ credits: 5.5, creditsBySource: [opt('api', 4.5), opt('slack', 1)] });
  });

  it('has no summary when one answer has none or a non-finite credits, and no breakdown one lacks', () => {
    expect(sumTotals([answer({ summary: { credits: 1 } }), answer()]).summary).toBeUndefined();
    expect(
      sumTotals([answer({ summary: { credits: 1 } }), answer({ summary: { credits: Number.NaN } })]).summary,
    ).toBeUndefined();
    const out = sumTotals([
      answer({ summary: { credits: 1, creditsByCreator: [opt('u1', 1)] } }),
      answer({ summary: { credits: 2 } }),
    ]);
    expect(out.summary).toEqual({ credits: 3 });
  });
});
