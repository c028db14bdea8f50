import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agentItemInputSchema, parseAgentItems } from '../../../src/core';
import { fastParse } from '../../../src/core/fast-parse';
import { setParseFastPath } from '../../../src/core/parse';
import { generateAgentItems } from '../../fixtures/sample-data';
import { looseItem } from './parse-arbitraries';

const clean = {
  id: 'run_1',
  kind: 'ambient',
  title: 'Fix flaky login test',
  source: 'slack',
  status: 'in_progress',
  createdAt: '2026-11-20T15:04:00Z',
  creator: { id: 'u_1', name: 'Ada' },
};

describe('fastParse', () => {
  it('returns what the schema returns for a plainly valid item', () => {
    const snap = {
      ...clean,
      startedAt: 1_700_000_000_000,
      credits: 2.5,
      sessionUrl: 'https://runs.example/1',
      meta: { env: 'prod', tags: ['a'] },
    };
    const schema = agentItemInputSchema.safeParse(snap);
    expect(schema.success).toBe(true);
    expect(fastParse(snap)).toEqual(schema.data);
    expect(fastParse({ ...clean, id: 42 })!.id).toBe('42');
  });

  it('gives up (undefined) as soon as anything is unusual, leaving the field-level report to zod', () => {
    for (const over of [
      { id: '  ' },
      { kind: 'robot' },
      { title: 5 },
      { source: '' },
      { createdAt: '2026-02-30' },
      { createdAt: 9e15 },
      { endedAt: '2026-11-20T15:00:00Z' },
      { creator: { id: 'u_1', name: ' ' } },
      { creator: { id: 'u_1', name: 'Ada', avatarUrl: 'javascript:x' } },
      { credits: -1 },
      { sessionUrl: '/relative' },
      { sessionState: 'gone' },
      { meta: { env: 1 } },
    ]) {
      expect(fastParse({ ...clean, ...over }), JSON.stringify(over)).toBeUndefined();
    }
  });
});

describe('parseAgentItems fast path', { timeout: 120_000 }, () => {
  const both = (input: unknown) => {
    const fast = parseAgentItems(input);
    setParseFastPath(false);
    try {
      return { fast, zod: parseAgentItems(input) };
    } finally {
      setParseFastPath(true);
    }
  };

  it('gives exactly what the zod schema gives, on loose input', () => {
    fc.assert(
      fc.property(fc.array(looseItem, { maxLength: 12 }), (input) => {
        const { fast, zod } = both(input);
        // (A meta key named `constructor` would fool toStrictEqual's type check, so the generator has none.)
        expect(fast).toStrictEqual(zod);
        for (const item of fast.items) if (item.meta) expect(Object.getPrototypeOf(item.meta)).toBe(Object.prototype);
      }),
      { numRuns: 300 },
    );
  });

  it('gives exactly what the zod schema gives, on realistic input', () => {
    const input = generateAgentItems({ count: 300, seed: 77 });
    input[3] = {
      ...input[3]!,
      createdAt: Date.parse(input[3]!.createdAt as string),
      credits: 0,
      meta: { tags: ['a', 'b'] },
    };
    input[4] = {
      ...input[4]!,
      id: 42 as unknown as string,
      creator: { id: 7 as unknown as string, name: 'N', avatarUrl: '/a.png' },
    };
    const { fast, zod } = both(input);
    expect(fast.issues).toEqual([]);
    expect(fast).toStrictEqual(zod);
  });
});
