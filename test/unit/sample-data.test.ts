import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterAgentItems, getDurationMs, parseAgentItems } from '../../src/core';
import {
  generateAgentItems,
  generateParsedItems,
  SAMPLE_NOW,
  SAMPLE_PEOPLE,
  SAMPLE_TEAMMATES,
  SAMPLE_VIEWER,
} from '../fixtures/sample-data';

describe('sample data', () => {
  it('is deterministic per seed and differs across seeds', () => {
    expect(generateAgentItems({ count: 50, seed: 3 })).toEqual(generateAgentItems({ count: 50, seed: 3 }));
    expect(generateAgentItems({ count: 50, seed: 3 })).not.toEqual(generateAgentItems({ count: 50, seed: 4 }));
  });

  it('is raw host input that parses cleanly into exactly the parsed fast path', () => {
    const opts = { count: 2000, seed: 21 };
    const raw = generateAgentItems(opts);
    expect(typeof raw[0]!.createdAt).toBe('string');
    const { items, issues } = parseAgentItems(raw);
    expect(issues).toEqual([]);
    expect(items).toEqual(generateParsedItems(opts));
    expect(new Set(raw.map((r) => r.status)).size).toBeGreaterThan(8);
  });

  it('looks like a real team over the past 30 days', () => {
    const items = generateParsedItems({ count: 5000 });
    expect(SAMPLE_TEAMMATES.length).toBeGreaterThanOrEqual(12);
    expect(SAMPLE_PEOPLE[0]).toEqual(SAMPLE_VIEWER);
    const ages = items.map((i) => SAMPLE_NOW - i.createdAt.getTime());
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(30 * 86_400_000);
    const share = (p: (i: (typeof items)[number]) => boolean) => items.filter(p).length / items.length;
    expect(share((i) => i.status === 'success')).toBeGreaterThan(0.5);
    expect(share((i) => i.status === 'working')).toBeGreaterThan(0);
    for (const i of items.filter((x) => x.status === 'working'))
      expect(SAMPLE_NOW - i.createdAt.getTime()).toBeLessThan(3 * 3_600_000 + 1);
    expect(items.filter((i) => i.status === 'blocked').every((i) => i.statusDetail)).toBe(true);
    expect(items.filter((i) => i.status === 'failed').every((i) => i.statusDetail)).toBe(true);
    expect(share((i) => i.credits === undefined)).toBeGreaterThan(0.02);
    expect(items.some((i) => i.sessionState === 'expired')).toBe(true);
    expect(new Set(items.map((i) => i.source)).size).toBe(7);
    expect(new Set(items.map((i) => i.meta?.environment))).toEqual(new Set(['production', 'staging', 'dev']));
    const durations = items.map((i) => getDurationMs(i, SAMPLE_NOW)).filter((d): d is number => d !== null);
    expect(Math.min(...durations)).toBeLessThan(60_000);
    expect(Math.max(...durations)).toBeGreaterThan(3_600_000);
    expect(filterAgentItems(items, {}, { tab: 'all', viewerId: 'u_me' }).length).toBeGreaterThan(
      filterAgentItems(items, {}, { tab: 'personal', viewerId: 'u_me' }).length,
    );
  });

  it('takes a viewer id and a clock', () => {
    const items = generateParsedItems({ count: 300, viewerId: 'u_x', now: Date.UTC(2030, 0, 1) });
    expect(items.some((i) => i.creator.id === 'u_x')).toBe(true);
    expect(items.every((i) => i.createdAt.getTime() <= Date.UTC(2030, 0, 1))).toBe(true);
  });

  it('makes 100,000 items with unique ids (its speed is a figure of the core bench)', () => {
    const items = generateParsedItems({ count: 100_000 });
    expect(items).toHaveLength(100_000);
    expect(new Set(items.map((item) => item.id)).size).toBe(100_000);
  });

  it('does not import React', () => {
    const source = readFileSync(new URL('../fixtures/sample-data.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from ['"]react/);
  });
});
