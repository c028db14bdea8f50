// Parsing one answer: one row per id (a page keeps the first copy and reports the rest, a live
// batch keeps the last), issues reported at the indexes of the input as the host gave it.
import { describe, expect, it, vi } from 'vitest';
import type { ParseIssue } from '../../../src/core/types';
import { parseAnswer } from '../../../src/data/parse-answer';
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
