import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREATED_ON_PRESETS,
  filtersFromSearchParams,
  filtersToSearchParams,
  STATUS_ORDER,
  type AgentFilters,
  type AgentTab,
} from '../../../src/core';

describe('filtersToSearchParams', () => {
  it('writes the canonical form', () => {
    const params = filtersToSearchParams({
      tab: 'all',
      filters: {
        sources: ['slack', 'cli'],
        statuses: ['failed'],
        creators: ['u_2'],
        createdOn: { preset: 'today' },
        query: 'deploy api',
        facets: { env: ['prod'] },
      },
    });
    expect(params.toString()).toBe(
      'tab=all&source=slack&source=cli&status=failed&creator=u_2&created=today&q=deploy+api&facet.env=prod',
    );
    expect(filtersToSearchParams({ filters: { createdOn: { day: '2026-11-20' } } }).toString()).toBe(
      'created=2026-11-20',
    );
    expect(filtersToSearchParams({ filters: { createdOn: { from: '2026-11-20', to: '2026-11-01' } } }).toString()).toBe(
      'created=2026-11-01..2026-11-20',
    );
  });

  it('leaves out empty and invalid parts', () => {
    const params = filtersToSearchParams({
      tab: 'bogus' as AgentTab,
      filters: {
        sources: [],
        statuses: ['nope' as never],
        query: '  ',
        createdOn: { day: '2026-02-30' },
        facets: { env: [] },
      },
    });
    expect(params.toString()).toBe('');
  });
});

describe('filtersFromSearchParams', () => {
  it('reads strings (with or without ?) and URLSearchParams', () => {
    const expected = { tab: 'all', filters: { statuses: ['failed'], createdOn: { preset: 'today' } } };
    expect(filtersFromSearchParams('?tab=all&status=failed&created=today')).toEqual(expected);
    expect(filtersFromSearchParams('tab=all&status=failed&created=today')).toEqual(expected);
    expect(filtersFromSearchParams(new URLSearchParams('tab=all&status=failed&created=today'))).toEqual(expected);
  });

  it('ignores garbage and never throws', () => {
    expect(
      filtersFromSearchParams('tab=xyz&status=meh&created=2026-02-30&created=nope&q=&source=&utm_source=x&facet.=1'),
    ).toEqual({ filters: {} });
    for (const v of [undefined, null, 42, {}, '%%%', '&&==&', 'created=2026-11-20..2026-11'] as unknown[]) {
      expect(() => filtersFromSearchParams(v as string)).not.toThrow();
    }
    expect(filtersFromSearchParams('created=2026-11-20..2026-11-01').filters.createdOn).toEqual({
      from: '2026-11-01',
      to: '2026-11-20',
    });
    expect(filtersFromSearchParams('source=a&source=a&source=b').filters.sources).toEqual(['a', 'b']);
  });

  const dayArb = fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const nonEmpty = fc.string({ minLength: 1, maxLength: 10 });
  const canonical = fc.record(
    {
      tab: fc.constantFrom<AgentTab>('personal', 'all'),
      filters: fc.record(
        {
          sources: fc.uniqueArray(nonEmpty, { minLength: 1, maxLength: 4 }),
          statuses: fc.uniqueArray(fc.constantFrom(...STATUS_ORDER), { minLength: 1 }),
          creators: fc.uniqueArray(nonEmpty, { minLength: 1, maxLength: 4 }),
          createdOn: fc.oneof(
            fc.constantFrom(...CREATED_ON_PRESETS).map((preset) => ({ preset })),
            dayArb.map((day) => ({ day })),
            fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
          ),
          query: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
          facets: fc
            .dictionary(nonEmpty, fc.uniqueArray(nonEmpty, { minLength: 1, maxLength: 3 }), { minKeys: 1, maxKeys: 3 })
            .filter((d) => !('__proto__' in d) || Object.prototype.hasOwnProperty.call(d, '__proto__')),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['filters'] },
  ) as fc.Arbitrary<{ tab?: AgentTab; filters: AgentFilters }>;

  it('round-trips every canonical state (as params and as a string)', () => {
    fc.assert(
      fc.property(canonical, (state) => {
        const params = filtersToSearchParams(state);
        expect(filtersFromSearchParams(params)).toEqual(state);
        expect(filtersFromSearchParams(`?${params.toString()}`)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('turns any query string into a canonical state', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const state = filtersFromSearchParams(s);
        expect(filtersFromSearchParams(filtersToSearchParams(state))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
