import { describe, expect, it } from 'vitest';
import { getDurationMs, type AgentItem } from '../../../src/core';

describe('getDurationMs', () => {
  const base: AgentItem = {
    id: 'r',
    kind: 'ambient',
    title: 't',
    source: 'api',
    status: 'success',
    rawStatus: 'done',
    createdAt: new Date(1_000_000),
    creator: { id: 'u', name: 'U' },
  };
  it('measures from startedAt, else createdAt, to endedAt', () => {
    expect(getDurationMs({ ...base, startedAt: new Date(1_005_000), endedAt: new Date(1_065_000) }, 0)).toBe(60_000);
    expect(getDurationMs({ ...base, endedAt: new Date(1_010_000) }, 0)).toBe(10_000);
  });
  it('ticks to now while working', () => {
    expect(getDurationMs({ ...base, status: 'working' }, 1_030_000)).toBe(30_000);
    expect(getDurationMs({ ...base, status: 'working' }, new Date(1_030_000))).toBe(30_000);
  });
  it('never goes negative: clock skew on a working run reads 0, an end before the start is null', () => {
    expect(getDurationMs({ ...base, status: 'working' }, 900_000)).toBe(0);
    expect(getDurationMs({ ...base, startedAt: new Date(1_010_000), endedAt: new Date(1_005_000) }, 0)).toBeNull();
  });
  it('is null without a usable start or clock, and never throws on odd items', () => {
    expect(getDurationMs({ ...base, status: 'working', createdAt: new Date(Number.NaN) }, 1_030_000)).toBeNull();
    expect(getDurationMs({ ...base, status: 'working' }, Number.NaN)).toBeNull();
    expect(getDurationMs(null as unknown as AgentItem, 0)).toBeNull();
  });
  it('is null for interactive items and finished runs without an end', () => {
    expect(getDurationMs({ ...base, kind: 'interactive', endedAt: new Date(2_000_000) }, 0)).toBeNull();
    expect(getDurationMs(base, 5_000_000)).toBeNull();
    expect(getDurationMs({ ...base, status: 'failed' }, 5_000_000)).toBeNull();
  });
});
