import { describe, expect, it } from 'vitest';
import { agentItemInputSchema, parseAgentItems } from '../../../src/core';
import { fastParse } from '../../../src/core/fast-parse';
import { setParseFastPath } from '../../../src/core/parse';
import { snapshot } from '../../../src/core/snapshot';

const base = {
  id: 'run_1',
  kind: 'ambient',
  title: 'Fix flaky login test',
  source: 'slack',
  status: 'failed',
  createdAt: '2026-11-20T15:04:00Z',
  creator: { id: 'u_1', name: 'Ada' },
};

const full = {
  ...base,
  parentId: 'run_0',
  errorCode: 'INSUFFICIENT_CREDITS',
  retryable: false,
  credits: 3,
  creditsBreakdown: { inference: 2.5, compute: 0.5 },
  permissions: { cancel: false, delete: true, forkLocally: true },
  artifacts: [
    {
      type: 'pull_request',
      url: 'https://github.com/o/r/pull/12',
      title: '#12 Fix login',
      state: 'merged',
      branch: 'fix/login',
    },
    { type: 'branch', branch: 'fix/login', title: 'fix/login' },
    { type: 'plan', url: '/plans/7', title: 'Plan' },
  ],
};

function parseOne(input: unknown) {
  const { items, issues } = parseAgentItems([input]);
  return { item: items[0], issues };
}

describe('the item model additions', () => {
  it('keeps parent, artifacts, error code, retryability, credit parts and permissions as sent', () => {
    const { item, issues } = parseOne(full);
    expect(issues).toEqual([]);
    expect(item).toMatchObject({
      parentId: 'run_0',
      errorCode: 'INSUFFICIENT_CREDITS',
      retryable: false,
      credits: 3,
      creditsBreakdown: { inference: 2.5, compute: 0.5 },
      permissions: { cancel: false, delete: true, forkLocally: true },
      artifacts: full.artifacts,
    });
  });

  it('gives the same result through the fast path and through zod', () => {
    const fast = parseAgentItems([full, { ...full, id: 'run_2', parentId: 7 }]);
    setParseFastPath(false);
    try {
      expect(parseAgentItems([full, { ...full, id: 'run_2', parentId: 7 }])).toStrictEqual(fast);
    } finally {
      setParseFastPath(true);
    }
    expect(fast.items[1]!.parentId).toBe('7');
    expect(fastParse(snapshot(full, []))).toEqual(agentItemInputSchema.parse(snapshot(full, [])));
  });

  it('copies what it keeps: changing the host object later changes nothing', () => {
    const input = structuredClone(full);
    const { item } = parseOne(input);
    input.artifacts[0]!.title = 'changed';
    input.creditsBreakdown.inference = 99;
    input.permissions.cancel = true;
    expect(item!.artifacts![0]!.title).toBe('#12 Fix login');
    expect(item!.creditsBreakdown!.inference).toBe(2.5);
    expect(item!.permissions!.cancel).toBe(false);
  });

  it('reads null as absent, inside the new objects too, and leaves out empty ones', () => {
    const { item, issues } = parseOne({
      ...base,
      parentId: null,
      errorCode: null,
      retryable: null,
      artifacts: [],
      creditsBreakdown: { inference: null },
      permissions: {},
    });
    expect(issues).toEqual([]);
    for (const key of ['parentId', 'errorCode', 'retryable', 'artifacts', 'creditsBreakdown', 'permissions']) {
      expect(item, key).not.toHaveProperty(key);
    }
  });

  it('keeps an artifact with an unknown type or an unsafe URL without its link, and says so', () => {
    const { item, issues } = parseOne({
      ...base,
      artifacts: [
        { type: 'video', url: 'https://cdn.example/demo.mp4', title: 'Demo' },
        { type: 'pull_request', url: 'javascript:alert(1)', title: '#3', state: 'open' },
        { type: 'link', url: 'https://example.com/doc', title: 'Doc' },
      ],
    });
    expect(item!.artifacts).toEqual([
      { type: 'link', title: 'Demo' },
      { type: 'pull_request', title: '#3', state: 'open' },
      { type: 'link', url: 'https://example.com/doc', title: 'Doc' },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        level: 'warning',
        path: 'artifacts[0].type',
        message: expect.stringMatching(/kept as a link without its URL$/),
      }),
      expect.objectContaining({
        level: 'warning',
        path: 'artifacts[1].url',
        message: expect.stringMatching(/not an http\(s\) or relative URL; kept without its link$/),
      }),
    ]);
  });

  it('drops a bad optional part of an artifact and a value that is no artifact at all, each with a warning', () => {
    const { item, issues } = parseOne({
      ...base,
      artifacts: ['oops', { type: 'pull_request', title: 5, state: 'reopened', branch: 'main' }, null],
    });
    expect(item!.artifacts).toEqual([{ type: 'pull_request', branch: 'main' }]);
    expect(issues.map((i) => [i.path, i.level])).toEqual([
      ['artifacts[0]', 'warning'],
      ['artifacts[1].title', 'warning'],
      ['artifacts[1].state', 'warning'],
      ['artifacts[2]', 'warning'],
    ]);
  });

  it('drops unusable values field by field, keeping the item and the rest of each object', () => {
    const { item, issues } = parseOne({
      ...base,
      parentId: '  ',
      errorCode: 42,
      retryable: 'yes',
      artifacts: 'https://x',
      creditsBreakdown: { inference: -1, compute: 2, platform: Number.NaN },
      permissions: { cancel: 'no', retry: true },
    });
    expect(item).toBeDefined();
    expect(item).not.toHaveProperty('parentId');
    expect(item).not.toHaveProperty('errorCode');
    expect(item).not.toHaveProperty('retryable');
    expect(item).not.toHaveProperty('artifacts');
    expect(item!.creditsBreakdown).toEqual({ compute: 2 });
    expect(item!.permissions).toEqual({ retry: true });
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        'artifacts',
        'creditsBreakdown.inference',
        'creditsBreakdown.platform',
        'errorCode',
        'parentId',
        'permissions.cancel',
        'retryable',
      ].sort(),
    );
    expect(issues.every((i) => i.level === 'warning' && i.message.endsWith('; dropped'))).toBe(true);
  });

  it('survives an artifact whose getters throw', () => {
    const hostile = {
      get type() {
        throw new Error('boom');
      },
      title: 'Plan',
    };
    const { item, issues } = parseOne({ ...base, artifacts: [hostile] });
    expect(item!.artifacts).toEqual([{ type: 'link', title: 'Plan' }]);
    expect(issues).toEqual([expect.objectContaining({ path: 'artifacts[0].type', level: 'warning' })]);
  });
});
