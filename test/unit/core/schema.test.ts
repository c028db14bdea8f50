import { describe, expect, it } from 'vitest';
import { agentItemInputSchema, agentPersonInputSchema, dateInputSchema } from '../../../src/core';
import { isRealIsoDate } from '../../../src/core/schema';

const valid = {
  id: 'run_1',
  kind: 'ambient',
  title: 'Deploy',
  createdAt: '2026-11-20T15:04:00Z',
  creator: { id: 'u_1', name: 'Ada' },
};

describe('agentItemInputSchema', () => {
  it('accepts the required fields alone, null as "absent" for optional ones, and ignores extras', () => {
    expect(agentItemInputSchema.safeParse(valid).success).toBe(true);
    expect(agentItemInputSchema.safeParse({ ...valid, source: null, credits: null, extra: { x: 1 } }).success).toBe(
      true,
    );
  });

  it('reads ids as strings and dates as new Date objects', () => {
    const date = new Date('2026-11-20T15:04:00Z');
    const r = agentItemInputSchema.parse({ ...valid, id: 7, createdAt: date, startedAt: date.getTime() });
    expect(r.id).toBe('7');
    expect(r.createdAt).toEqual(date);
    expect(r.createdAt).not.toBe(date);
    expect(r.startedAt).toEqual(date);
  });

  it('rejects what it cannot use, naming the field', () => {
    const bad = (over: Record<string, unknown>) => {
      const r = agentItemInputSchema.safeParse({ ...valid, ...over });
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(bad({ id: ' ' })).toEqual(['id']);
    expect(bad({ kind: 'robot' })).toEqual(['kind']);
    expect(bad({ createdAt: '2026-02-30' })).toEqual(['createdAt']);
    expect(bad({ credits: -1 })).toEqual(['credits']);
    expect(bad({ sessionUrl: 'javascript:alert(1)' })).toEqual(['sessionUrl']);
    expect(bad({ meta: { env: 1 } })).toEqual(['meta.env']);
    expect(bad({ startedAt: '2026-11-20T16:00:00Z', endedAt: '2026-11-20T15:59:00Z' })).toEqual(['endedAt']);
  });
});

describe('agentPersonInputSchema and dateInputSchema', () => {
  it('wants a person with an id and a non-blank name, and an avatar only when it is a safe URL', () => {
    expect(agentPersonInputSchema.safeParse({ id: 'u', name: 'A', avatarUrl: '/a.png' }).success).toBe(true);
    expect(agentPersonInputSchema.safeParse({ id: 'u', name: '  ' }).success).toBe(false);
    expect(agentPersonInputSchema.safeParse({ id: 'u', name: 'A', avatarUrl: 'data:x' }).success).toBe(false);
  });
  it('takes ISO strings, epoch ms within a Date’s range and valid Dates', () => {
    expect(dateInputSchema.safeParse(8.64e15).success).toBe(true);
    expect(dateInputSchema.safeParse(8.64e15 + 1).success).toBe(false);
    expect(dateInputSchema.safeParse(new Date(Number.NaN)).success).toBe(false);
    expect(dateInputSchema.safeParse('Nov 20').success).toBe(false);
  });
  it('isRealIsoDate: a real calendar day (leap years included)', () => {
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(isRealIsoDate('2027-02-29')).toBe(false);
    expect(isRealIsoDate('2026-04-31')).toBe(false);
    expect(isRealIsoDate('2026-11-20T25:00:00Z')).toBe(false);
    expect(isRealIsoDate('+012026-11-20')).toBe(true);
  });
});
