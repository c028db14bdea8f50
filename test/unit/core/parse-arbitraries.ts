// Loosely item-shaped host input (every field sometimes valid, sometimes not) and the invariants every
// parsed item keeps, shared by the parse properties and the fast-path comparison.
import fc from 'fast-check';
import { expect } from 'vitest';
import { sanitizeHttpUrl, sanitizeUrl, type AgentItem } from '../../../src/core';

/** Invariants every item `parseAgentItems` returns keeps. */
const looseValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
const dateish = fc.oneof(
  fc.integer({ min: -1e13, max: 1e13 }),
  fc.date({ noInvalidDate: false }),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('2026-11-20', '2026-11-20T10:00:00+05:30', '2026-13-01', 'Nov 20', ''),
  looseValue,
);
export const looseItem = fc.record(
  {
    id: fc.oneof(
      fc.constantFrom('a', 'b', 'c', 'a#2'),
      fc.string({ maxLength: 4 }),
      fc.integer({ min: 0, max: 5 }),
      looseValue,
    ),
    kind: fc.oneof(fc.constantFrom('interactive', 'ambient'), looseValue),
    title: fc.oneof(fc.string(), looseValue),
    source: fc.oneof(fc.constantFrom('slack', 'cli', 'my_thing'), looseValue),
    status: fc.oneof(fc.constantFrom('done', 'In Progress', 'WAITING_FOR_INPUT', 'weird'), looseValue),
    statusDetail: fc.oneof(fc.string(), looseValue),
    createdAt: dateish,
    startedAt: dateish,
    endedAt: dateish,
    creator: fc.oneof(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom('u_1', 'u_2'), looseValue),
          name: fc.oneof(fc.string(), looseValue),
          avatarUrl: fc.oneof(
            fc.constantFrom('https://x/a.png', '/a.png', 'javascript:alert(1)', 'data:x'),
            looseValue,
          ),
        },
        { requiredKeys: [] },
      ),
      looseValue,
    ),
    credits: fc.oneof(fc.double(), fc.integer({ min: -5, max: 500 }), looseValue),
    sessionUrl: fc.oneof(
      fc.constantFrom('https://s/1', 'http://s/2', '/rel', 'javascript:x', ' https://s'),
      looseValue,
    ),
    sessionState: fc.oneof(fc.constantFrom('available', 'expired', 'unavailable', 'gone'), looseValue),
    conversationId: fc.oneof(fc.string({ maxLength: 5 }), looseValue),
    meta: fc.oneof(
      fc.dictionary(
        fc.constantFrom('env', 'repo', '__proto__', 'toString', 'hasOwnProperty'),
        fc.oneof(fc.string(), fc.array(fc.string()), looseValue),
      ),
      looseValue,
    ),
    parentId: fc.oneof(fc.constantFrom('a', 'run_9', ' '), fc.integer({ min: 0, max: 5 }), looseValue),
    artifacts: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              type: fc.oneof(fc.constantFrom('pull_request', 'branch', 'plan', 'link', 'video'), looseValue),
              url: fc.oneof(fc.constantFrom('https://gh/pr/1', '/files/a', 'javascript:x', 'data:x'), looseValue),
              title: fc.oneof(fc.string({ maxLength: 6 }), looseValue),
              state: fc.oneof(fc.constantFrom('open', 'draft', 'merged', 'closed', 'reopened'), looseValue),
              branch: fc.oneof(fc.string({ maxLength: 6 }), looseValue),
              extra: fc.anything(),
            },
            { requiredKeys: [] },
          ),
          looseValue,
        ),
        { maxLength: 4 },
      ),
      looseValue,
    ),
    errorCode: fc.oneof(fc.constantFrom('INSUFFICIENT_CREDITS', ' '), looseValue),
    retryable: fc.oneof(fc.boolean(), looseValue),
    creditsBreakdown: fc.oneof(
      fc.record(
        {
          inference: fc.oneof(fc.double(), fc.integer({ min: -2, max: 50 }), looseValue),
          compute: fc.oneof(fc.double(), looseValue),
          platform: looseValue,
          other: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      looseValue,
    ),
    permissions: fc.oneof(
      fc.dictionary(
        fc.constantFrom('cancel', 'retry', 'delete', 'forkLocally', 'launch'),
        fc.oneof(fc.boolean(), looseValue),
      ),
      looseValue,
    ),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

export function checkInvariants(item: AgentItem): void {
  expect(typeof item.id).toBe('string');
  expect(item.id.trim()).not.toBe('');
  expect(['interactive', 'ambient']).toContain(item.kind);
  expect(typeof item.title).toBe('string');
  expect(typeof item.source).toBe('string');
  expect(item.source).not.toBe('');
  expect(['working', 'blocked', 'canceled', 'failed', 'success']).toContain(item.status);
  expect(typeof item.rawStatus).toBe('string');
  expect(item.createdAt).toBeInstanceOf(Date);
  expect(Number.isNaN(item.createdAt.getTime())).toBe(false);
  for (const d of [item.startedAt, item.endedAt]) {
    if (d !== undefined) {
      expect(d).toBeInstanceOf(Date);
      expect(Number.isNaN(d.getTime())).toBe(false);
    }
  }
  if (item.endedAt) expect(item.endedAt.getTime()).toBeGreaterThanOrEqual((item.startedAt ?? item.createdAt).getTime());
  expect(typeof item.creator.id).toBe('string');
  expect(item.creator.id.trim()).not.toBe('');
  expect(typeof item.creator.name).toBe('string');
  if (item.creator.avatarUrl !== undefined) expect(sanitizeUrl(item.creator.avatarUrl)).toBe(item.creator.avatarUrl);
  if (item.credits !== undefined) {
    expect(Number.isFinite(item.credits)).toBe(true);
    expect(item.credits).toBeGreaterThanOrEqual(0);
  }
  if (item.sessionUrl !== undefined) expect(sanitizeHttpUrl(item.sessionUrl)).toBe(item.sessionUrl);
  if (item.sessionState !== undefined) expect(['available', 'expired', 'unavailable']).toContain(item.sessionState);
  if (item.conversationId !== undefined) expect(typeof item.conversationId).toBe('string');
  if (item.parentId !== undefined) expect(item.parentId.trim()).not.toBe('');
  if (item.errorCode !== undefined) expect(item.errorCode.trim()).not.toBe('');
  if (item.retryable !== undefined) expect(typeof item.retryable).toBe('boolean');
  if (item.artifacts !== undefined) {
    expect(item.artifacts.length).toBeGreaterThan(0);
    for (const a of item.artifacts) {
      expect(['pull_request', 'branch', 'plan', 'screenshot', 'file', 'link']).toContain(a.type);
      if (a.url !== undefined) expect(sanitizeUrl(a.url)).toBe(a.url);
      if (a.state !== undefined) expect(['open', 'draft', 'merged', 'closed']).toContain(a.state);
      for (const k of Object.keys(a)) expect(['type', 'url', 'title', 'state', 'branch']).toContain(k);
    }
  }
  for (const [k, v] of Object.entries(item.creditsBreakdown ?? {})) {
    expect(['inference', 'compute', 'platform']).toContain(k);
    expect(Number.isFinite(v) && v >= 0).toBe(true);
  }
  for (const v of Object.values(item.permissions ?? {})) expect(typeof v).toBe('boolean');
  if (item.meta !== undefined) {
    for (const key of Object.keys(item.meta)) {
      const v = item.meta[key];
      expect(typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))).toBe(true);
    }
  }
}
