// Parsing one answer: one row per id (a page keeps the first copy and reports the rest, a live
// batch keeps the last), issues reported at the indexes of the input as the host gave it.
import { describe, expect, it, vi } from 'vitest';
import type { ParseIssue } from '../../../src/core/types';
import { parseAnswer, readTabTotals } from '../../../src/data/parse-answer';
import { input as hostInput } from '../../fixtures/host-input';

// The fixtures' host row, finished ('done' maps to success), with any id the host may send.
const input = (id: string | number, over: Record<string, unknown> = {}) =>
  hostInput(String(id), 0, { id, status: 'done', ...over });

describe('parseAnswer', () => {
  it('a page keeps the first copy of a repeated id and warns about each other one, at its index', () => {
    const onDataIssues = vi.fn<(issues: ParseIssue[]) => void>();
    const items = parseAnswer(
      [input('a', { title: 'first' }), input('b'), input('a', { title: 'second' }), input('a', { title: 'third' })],
      'first',
      { onDataIssues },
    );
    expect(items.map((i) => [i.id, i.title])).toEqual([
      ['a', 'first'],
      ['b', 'Run b'],
    ]);
    const issues = onDataIssues.mock.calls[0]![0];
    expect(issues.map((i) => [i.index, i.id, i.path, i.level])).toEqual([
      [2, 'a', 'id', 'warning'],
      [3, 'a', 'id', 'warning'],
    ]);
  });

  it('a live batch keeps the last copy (the newest state) in its place, without a warning', () => {
    const onDataIssues = vi.fn();
    const items = parseAnswer(
      [input('a', { status: 'working' }), input('b'), input('a', { status: 'failed' })],
      'last',
      {
        onDataIssues,
      },
    );
    expect(items.map((i) => [i.id, i.status])).toEqual([
      ['b', 'success'],
      ['a', 'failed'],
    ]);
    expect(onDataIssues).not.toHaveBeenCalled();
  });

  it('treats a number id and its decimal string as the same id', () => {
    const items = parseAnswer([input(7), input('7')], 'first', {});
    expect(items).toHaveLength(1);
  });

  it('never renames an id: the kept rows have exactly the input ids', () => {
    const items = parseAnswer([input('a'), input('a'), input('a')], 'first', {});
    expect(items.map((i) => i.id)).toEqual(['a']);
  });

  it('reports a bad item at its index in the input, not in the deduplicated list', () => {
    const onDataIssues = vi.fn<(issues: ParseIssue[]) => void>();
    const items = parseAnswer([input('a'), input('a'), input('b', { createdAt: 'not a date' })], 'first', {
      onDataIssues,
    });
    expect(items.map((i) => i.id)).toEqual(['a']);
    const issues = onDataIssues.mock.calls[0]![0];
    const bad = issues.filter((i) => i.id === 'b');
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.every((i) => i.index === 2)).toBe(true);
  });

  it('keeps items without a readable id for the parser to report', () => {
    const onDataIssues = vi.fn<(issues: ParseIssue[]) => void>();
    parseAnswer([{ title: 'no id' }, input('a')], 'first', { onDataIssues });
    expect(onDataIssues.mock.calls[0]![0].some((i) => i.index === 0)).toBe(true);
  });

  it('maps raw statuses through the statusMap', () => {
    const [item] = parseAnswer([input('a', { status: 'exploded' })], 'first', { statusMap: { exploded: 'failed' } });
    expect(item!.status).toBe('failed');
    expect(item!.rawStatus).toBe('exploded');
  });

  it('calls onDataIssues only when there is something to report', () => {
    const onDataIssues = vi.fn();
    expect(parseAnswer([input('a'), input('b')], 'first', { onDataIssues })).toHaveLength(2);
    expect(parseAnswer([], 'last', { onDataIssues })).toEqual([]);
    expect(onDataIssues).not.toHaveBeenCalled();
  });
});

describe('readTabTotals', () => {
  it('keeps each tab’s whole count ≥ 0, without an issue', () => {
    expect(readTabTotals({ personal: 12, all: 0 })).toEqual({ tabTotals: { personal: 12, all: 0 }, issues: [] });
    expect(readTabTotals({ all: 40 })).toEqual({ tabTotals: { all: 40 }, issues: [] });
  });

  it('takes no counts from nothing, without an issue', () => {
    for (const nothing of [undefined, null])
      expect(readTabTotals(nothing)).toEqual({ tabTotals: undefined, issues: [] });
    expect(readTabTotals({})).toEqual({ tabTotals: undefined, issues: [] });
  });

  it('leaves out a count that is negative, fractional, NaN, infinite, huge or not a number, each with a warning', () => {
    for (const bad of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, '12', null, true, [3], { n: 1 }]) {
      const { tabTotals, issues } = readTabTotals({ personal: 7, all: bad });
      expect(tabTotals, String(bad)).toEqual({ personal: 7 });
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ index: -1, path: 'tabTotals.all', level: 'warning' });
      expect(issues[0]!.message).toMatch(
        /^tabTotals\.all is .+, not a whole number ≥ 0: ignored, that tab shows no count$/,
      );
    }
    expect(readTabTotals({ personal: -3 }).issues[0]!.message).toBe(
      'tabTotals.personal is -3, not a whole number ≥ 0: ignored, that tab shows no count',
    );
    expect(readTabTotals({ all: '12' }).issues[0]!.message).toBe(
      'tabTotals.all is string, not a whole number ≥ 0: ignored, that tab shows no count',
    );
  });

  it('ignores a key that names no tab, and a value that is no object, with a warning', () => {
    expect(readTabTotals({ All: 4, all: 5 })).toMatchObject({
      tabTotals: { all: 5 },
      issues: [{ path: 'tabTotals.All', message: expect.stringMatching(/names no tab/) }],
    });
    for (const bad of [12, 'all', [1, 2], true]) {
      const { tabTotals, issues } = readTabTotals(bad);
      expect(tabTotals).toBeUndefined();
      expect(issues).toMatchObject([{ index: -1, path: 'tabTotals', level: 'warning' }]);
    }
  });

  it('never throws, even on an object whose keys cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
      },
    );
    expect(readTabTotals(hostile)).toMatchObject({
      tabTotals: undefined,
      issues: [{ path: 'tabTotals', message: expect.stringMatching(/could not be read/) }],
    });
  });
});
