import { describe, expect, it } from 'vitest';
import { SOURCE_COLUMN } from '../../../src/core/columns';
import { compileFilters } from '../../../src/core/filters';
import { getItemIndex } from '../../../src/core/item-index';
import {
  bindChecks,
  keepPassing,
  narrowAllTab,
  ON_ALL,
  ON_PERSONAL,
  passes,
  tabFlags,
  tabList,
  tabRows,
} from '../../../src/core/match';
import { item, NOW } from './fixtures';

const ada = { id: 'u_ada', name: 'Ada' };
const items = [
  item({ id: 'mine', source: 'slack', meta: { env: ['prod', 'dev'] } }),
  item({ id: 'ada-run', creator: ada, source: 'cli' }),
  item({ id: 'ada-chat', creator: ada, kind: 'interactive', source: 'slack' }),
  item({ id: 'mine-old', createdAt: new Date('2026-01-01T00:00:00Z'), title: 'Deploy' }),
];
const ctx = { tab: 'all' as const, viewerId: 'u_me', timeZone: 'UTC', now: NOW };
const rowsOf = (rows: Int32Array, m: number) => [...rows.subarray(0, m)].map((i) => items[i]!.id);

describe('the matching kernels', () => {
  it('bind code checks first, then ranges, then predicates, selected values as tables over codes', () => {
    const index = getItemIndex(items);
    const checks = bindChecks(
      index,
      compileFilters({ query: 'x', createdOn: { preset: 'today' }, sources: ['slack'], facets: { env: ['dev'] } }, ctx)
        .checks,
    );
    expect(checks.map((c) => [c.kind, c.group])).toEqual([
      ['codes', 'sources'],
      ['codes', 'facet:env'],
      ['range', 'createdOn'],
      ['predicate', null],
    ]);
    const source = checks[0]!;
    const values = index.codes(SOURCE_COLUMN).values;
    expect(values).toEqual(['slack', 'cli', 'api']);
    expect(source.kind === 'codes' && values.map((_, c) => source.table[c])).toEqual([1, 0, 0]);
  });

  it('keep, in order and in place, the rows passing one check', () => {
    const index = getItemIndex(items);
    const [sources, env, range, query] = bindChecks(
      index,
      compileFilters(
        { sources: ['slack'], facets: { env: ['dev'] }, createdOn: { preset: 'today' }, query: 'deploy' },
        ctx,
      ).checks,
    );
    const all = () => Int32Array.from(items.keys());
    const rows = all();
    expect(rowsOf(rows, keepPassing(sources!, rows, 4, items))).toEqual(['mine', 'ada-chat']);
    expect(rowsOf(rows, keepPassing(env!, rows, 2, items))).toEqual(['mine']);
    const r2 = all();
    expect(rowsOf(r2, keepPassing(range!, r2, 4, items))).toEqual(['mine', 'ada-run', 'ada-chat']);
    const r3 = all();
    expect(rowsOf(r3, keepPassing(query!, r3, 4, items))).toEqual(['mine-old']);
    expect(items.map((_, i) => passes(sources!, i, items))).toEqual([true, false, true, false]);
  });

  it('know each tab’s rows per viewer, kept with the index', () => {
    const index = getItemIndex(items);
    const personal = tabList(index, 'u_me', false);
    expect(tabList(index, 'u_me', false)).toBe(personal);
    expect([...personal].map((i) => items[i]!.id)).toEqual(['mine', 'mine-old']);
    expect([...tabList(index, 'u_me', true)].map((i) => items[i]!.id)).toEqual(['mine', 'ada-run', 'mine-old']);
    expect([...tabFlags(index, 'u_me')]).toEqual([ON_PERSONAL | ON_ALL, ON_ALL, 0, ON_PERSONAL | ON_ALL]);
    const rows = new Int32Array(4);
    expect(rowsOf(rows, tabRows(index, 'u_ada', false, rows, null))).toEqual(['ada-run', 'ada-chat']);
  });

  it('narrow the All tab only: a failing row loses its All bit and leaves when on no tab', () => {
    const index = getItemIndex(items);
    const [creator] = bindChecks(index, compileFilters({ creators: ['u_ada'] }, ctx).checks);
    const rows = new Int32Array(4);
    const flags = new Uint8Array(4);
    const m = tabRows(index, 'u_me', true, rows, flags);
    const kept = narrowAllTab(creator!, rows, m, flags, items);
    expect(rowsOf(rows, kept)).toEqual(['mine', 'ada-run', 'mine-old']);
    expect([flags[0], flags[1], flags[3]]).toEqual([ON_PERSONAL, ON_ALL, ON_PERSONAL]);
  });
});
