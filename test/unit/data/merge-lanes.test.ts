// One source's lane in a merge: the sort key read from host input, a page taken into the lane, and
// the merged cursor that must resume the merge exactly (and refuse anything it did not write).
import { describe, expect, it } from 'vitest';
import { AgentDataError } from '../../../src/data/errors';
import {
  compareKeys,
  copyLane,
  freshLane,
  isSpent,
  keyOf,
  packLanes,
  takePage,
  unpackLanes,
  type Lane,
} from '../../../src/data/merge-lanes';

const at = (iso: string) => ({ createdAt: iso });
const row = (id: string, iso: string) => ({ id, ...at(iso) });

describe('keyOf: the sort key of host input', () => {
  it('reads a number id as its decimal string and a date as an ISO string, epoch ms or a Date', () => {
    const ms = Date.parse('2026-11-20T15:04:00Z');
    expect(keyOf({ id: 7, createdAt: '2026-11-20T15:04:00Z' })).toEqual({ id: '7', createdAt: new Date(ms) });
    expect(keyOf({ id: 'a', createdAt: ms })?.createdAt.getTime()).toBe(ms);
    expect(keyOf({ id: 'a', createdAt: new Date(ms) })?.createdAt.getTime()).toBe(ms);
  });

  it('copies a Date, so the key does not change when the host mutates its input', () => {
    const date = new Date('2026-11-20T15:04:00Z');
    const key = keyOf({ id: 'a', createdAt: date })!;
    date.setFullYear(2000);
    expect(key.createdAt.getUTCFullYear()).toBe(2026);
  });

  it('has no key for input the parser would drop', () => {
    for (const raw of [
      null,
      'a',
      42,
      {},
      { id: '', createdAt: 0 },
      { id: '   ', createdAt: 0 },
      { id: Number.NaN, createdAt: 0 },
      { id: Number.POSITIVE_INFINITY, createdAt: 0 },
      { id: true, createdAt: 0 },
      { id: 'a' },
      { id: 'a', createdAt: 'not a date' },
      { id: 'a', createdAt: { iso: '2026-01-01' } },
      { id: 'a', createdAt: new Date(Number.NaN) },
    ]) {
      expect(keyOf(raw)).toBeUndefined();
    }
  });

  it('orders keys as servers page: newest createdAt first, then id descending', () => {
    const older = keyOf(row('z', '2026-11-20T10:00:00Z'))!;
    const newer = keyOf(row('a', '2026-11-20T12:00:00Z'))!;
    const tieLow = keyOf(row('a', '2026-11-20T10:00:00Z'))!;
    expect(compareKeys(older, newer)).toBeGreaterThan(0);
    expect(compareKeys(newer, older)).toBeLessThan(0);
    expect(compareKeys(older, tieLow)).toBeLessThan(0); // same time: 'z' before 'a'
    expect(compareKeys(older, keyOf(row('z', '2026-11-20T10:00:00Z'))!)).toBe(0);
  });
});

describe('takePage', () => {
  it('returns keyless items at once and buffers keyed ones newest first, even from a page out of order', () => {
    const lane = freshLane();
    const keyless = { title: 'no id' };
    const out = takePage(lane, [row('old', '2026-11-20T08:00:00Z'), keyless, row('new', '2026-11-20T12:00:00Z')], 'p2');
    expect(out).toEqual([keyless]);
    expect(lane.buffer.map((k) => k.key.id)).toEqual(['new', 'old']);
    expect(lane.bound?.id).toBe('old');
    expect(lane).toMatchObject({ cursor: 'p2', pageCursor: undefined, more: true, reread: false });
  });

  it('drops items already emitted (the last one and anything newer)', () => {
    const lane: Lane = { ...freshLane(), last: keyOf(row('b', '2026-11-20T10:00:00Z'))! };
    takePage(
      lane,
      [row('a', '2026-11-20T11:00:00Z'), row('b', '2026-11-20T10:00:00Z'), row('c', '2026-11-20T09:00:00Z')],
      null,
    );
    expect(lane.buffer.map((k) => k.key.id)).toEqual(['c']);
  });

  it('on a reread page, keyless items (emitted the first time) are not returned again', () => {
    const lane: Lane = { ...freshLane(), reread: true };
    expect(takePage(lane, [{ title: 'keyless' }], null)).toEqual([]);
    expect(lane.reread).toBe(false);
  });

  it('ends the lane on a null cursor, and on a source that answers the cursor it was asked with', () => {
    const last = freshLane();
    takePage(last, [], null);
    expect(last.more).toBe(false);
    expect(last.cursor).toBeUndefined();

    const stuck: Lane = { ...freshLane(), cursor: 'p2' };
    takePage(stuck, [row('a', '2026-11-20T10:00:00Z')], 'p2');
    expect(stuck.more).toBe(false);
    expect(stuck.pageCursor).toBe('p2');
  });

  it('an empty page keeps the previous bound', () => {
    const bound = keyOf(row('x', '2026-11-20T10:00:00Z'))!;
    const lane: Lane = { ...freshLane(), bound };
    takePage(lane, [], null);
    expect(lane.bound).toBe(bound);
  });
});

describe('isSpent and copyLane', () => {
  it('a lane is spent when it failed, or holds nothing and can read nothing more', () => {
    expect(isSpent(freshLane())).toBe(false);
    expect(isSpent({ ...freshLane(), more: false })).toBe(true);
    expect(isSpent({ ...freshLane(), failed: 'offline' })).toBe(true);
    const held = freshLane();
    takePage(held, [row('a', '2026-11-20T10:00:00Z')], null);
    expect(isSpent(held)).toBe(false);
  });

  it('a copy’s buffer can be consumed without touching the original', () => {
    const lane = freshLane();
    takePage(lane, [row('a', '2026-11-20T10:00:00Z')], 'p2');
    const copy = copyLane(lane);
    copy.buffer.shift();
    expect(lane.buffer).toHaveLength(1);
  });
});

describe('packLanes / unpackLanes: the merged cursor', () => {
  it('writes a spent lane as 0, a failed one with its reason, an open one with its next cursor', () => {
    const failed: Lane = { ...freshLane(), failed: 'offline' };
    const spent: Lane = { ...freshLane(), more: false };
    const open: Lane = { ...freshLane(), cursor: 'p2' };
    const lanes = unpackLanes(packLanes([failed, spent, open]), 3);
    expect(lanes[0]).toMatchObject({ failed: 'offline', more: false });
    expect(isSpent(lanes[1]!)).toBe(true);
    expect(lanes[1]!.failed).toBeUndefined();
    expect(lanes[2]).toMatchObject({ cursor: 'p2', more: true, reread: false });
  });

  it('a lane holding unemitted items resumes by rereading their page and skipping what was emitted', () => {
    const lane = freshLane();
    lane.cursor = 'p2';
    takePage(
      lane,
      [row('a', '2026-11-20T12:00:00Z'), row('b', '2026-11-20T11:00:00Z'), row('c', '2026-11-20T10:00:00Z')],
      'p3',
    );
    // The merge emitted `a` and still holds b and c.
    lane.last = lane.buffer.shift()!.key;
    const [resumed] = unpackLanes(packLanes([lane]), 1);
    expect(resumed).toMatchObject({ cursor: 'p2', reread: true, more: true });
    expect(resumed!.last).toEqual(keyOf(row('a', '2026-11-20T12:00:00Z')));

    // Reading that page again yields exactly what was not shown.
    takePage(
      resumed!,
      [row('a', '2026-11-20T12:00:00Z'), row('b', '2026-11-20T11:00:00Z'), row('c', '2026-11-20T10:00:00Z')],
      'p3',
    );
    expect(resumed!.buffer.map((k) => k.key.id)).toEqual(lane.buffer.map((k) => k.key.id));
  });

  it('a first page that is held is reread from the start (no cursor written)', () => {
    const lane = freshLane();
    takePage(lane, [row('a', '2026-11-20T12:00:00Z')], 'p2');
    const [resumed] = unpackLanes(packLanes([lane]), 1);
    expect(resumed!.cursor).toBeUndefined();
    expect(resumed!.reread).toBe(true);
  });

  it('rejects a cursor it did not write with an AgentDataError of kind parse', () => {
    const good = packLanes([freshLane(), freshLane()]);
    const bad = [
      'not json',
      '{}',
      '"[0]"',
      good.replace(/^\[/, '[0,'), // one lane too many
      '[0]',
      '[1,0]',
      '[null,0]',
      '[{"c":5},0]',
      '[{"k":"x"},0]',
      '[{"k":[1]},0]',
      '[{"k":["1","a"]},0]',
      '[{"k":[1e20,"a"]},0]',
    ];
    for (const cursor of bad) {
      let caught: unknown;
      try {
        unpackLanes(cursor, 2);
      } catch (error) {
        caught = error;
      }
      expect(caught, cursor).toBeInstanceOf(AgentDataError);
      expect((caught as AgentDataError).kind).toBe('parse');
    }
    expect(() => unpackLanes(good, 2)).not.toThrow();
  });
});
