import { describe, expect, it } from 'vitest';
import { SOURCE_COLUMN } from '../../../src/core/columns';
import { compileFilters } from '../../../src/core/filters';
import { getItemIndex } from '../../../src/core/item-index';
import {
  bindChecks,
  keepPassing,
  ON_ALL_ONLY,
  ON_BOTH,
  ON_PERSONAL_ONLY,
  tabList,
  tabMarks,
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
  });

  it('with marks, keep a failing row that failed no other check, marked with this one', () => {
    const index = getItemIndex(items);
    const [sources, range, query] = bindChecks(
      index,
      compileFilters({ sources: ['slack'], createdOn: { preset: 'today' }, query: 'deploy' }, ctx).checks,
    );
    const rows = Int32Array.from(items.keys());
    const marks = new Uint16Array(4);
    // sources fails ada-run and mine-old (marked 1); the range fails mine-old (already marked 1:
    // two failures, dropped) and no other.
    let m = keepPassing(sources!, rows, 4, items, marks, 1);
    expect(rowsOf(rows, m)).toEqual(['mine', 'ada-run', 'ada-chat', 'mine-old']);
    m = keepPassing(range!, rows, m, items, marks, 2);
    expect(rowsOf(rows, m)).toEqual(['mine', 'ada-run', 'ada-chat']);
    expect([...marks]).toEqual([0, 1, 0, 1]);
    // A predicate (the query: no facet) drops its failing rows whatever the marks.
    expect(rowsOf(rows, keepPassing(query!, rows, m, items, marks, 3))).toEqual([]);
  });

  it('know each tab’s rows per viewer, kept with the index', () => {
    const index = getItemIndex(items);
    const personal = tabList(index, 'u_me', false);
    expect(tabList(index, 'u_me', false)).toBe(personal);
    expect([...personal].map((i) => items[i]!.id)).toEqual(['mine', 'mine-old']);
    expect([...tabList(index, 'u_me', true)].map((i) => items[i]!.id)).toEqual(['mine', 'ada-run', 'mine-old']);
    expect(tabMarks(index, 'u_me')).toBe(tabMarks(index, 'u_me'));
    expect([...tabMarks(index, 'u_me')]).toEqual([ON_BOTH, ON_ALL_ONLY, ON_ALL_ONLY, ON_BOTH]);
    expect(rowsOf(tabList(index, 'u_ada', false), 2)).toEqual(['ada-run', 'ada-chat']);
  });

  it('narrow the All tab only: a failing row stays, marked Personal-only, when on Personal; else leaves', () => {
    const index = getItemIndex(items);
    const [creator] = bindChecks(index, compileFilters({ creators: ['u_ada'] }, ctx).checks);
    const rows = tabList(index, 'u_me', true).slice();
    const marks = tabMarks(index, 'u_me').slice();
    const kept = keepPassing(creator!, rows, rows.length, items, marks, ON_PERSONAL_ONLY);
    expect(rowsOf(rows, kept)).toEqual(['mine', 'ada-run', 'mine-old']);
    expect([marks[0], marks[1], marks[3]]).toEqual([ON_PERSONAL_ONLY, ON_ALL_ONLY, ON_PERSONAL_ONLY]);
    // An All-only row failing it leaves.
    const [me] = bindChecks(index, compileFilters({ creators: ['u_me'] }, ctx).checks);
    const rows2 = tabList(index, 'u_me', true).slice();
    const marks2 = tabMarks(index, 'u_me').slice();
    expect(rowsOf(rows2, keepPassing(me!, rows2, rows2.length, items, marks2, ON_PERSONAL_ONLY))).toEqual([
      'mine',
      'mine-old',
    ]);
  });
});
