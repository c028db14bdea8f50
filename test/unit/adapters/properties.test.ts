import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAgentItems } from '../../../src/core';
import {
  fromCursorAgents,
  fromDevinSessions,
  fromGitHubActionsRuns,
  fromLangSmithRuns,
  fromTriggerRuns,
  fromWarpRuns,
  type AdapterItem,
} from '../../../src/adapters';
import { cursorBody, devinBody, githubBody, langSmithBody, triggerBody, warpBody } from './arbitraries';
import { hostileBodies } from './helpers';

type Adapter = (body: unknown) => AdapterItem[];

// Each property takes about a second alone; the machine is shared with other test runs, so the
// limit is set far above that rather than at Vitest's 5 s default.
const PROPERTY_TIMEOUT = 60_000;

const ADAPTERS: [name: string, adapt: Adapter, listKey: string, wellFormed: fc.Arbitrary<unknown>, prefix: string][] = [
  ['fromWarpRuns', fromWarpRuns, 'runs', warpBody, 'warp:'],
  ['fromGitHubActionsRuns', fromGitHubActionsRuns, 'workflow_runs', githubBody, 'github:'],
  ['fromCursorAgents', fromCursorAgents, 'agents', cursorBody, 'cursor:'],
  ['fromDevinSessions', fromDevinSessions, 'sessions', devinBody, 'devin:'],
  ['fromTriggerRuns', fromTriggerRuns, 'data', triggerBody, 'trigger:'],
  ['fromLangSmithRuns', (body) => fromLangSmithRuns(body), 'runs', langSmithBody, 'langsmith:'],
];

const lengthOf = (body: unknown): number => {
  if (Array.isArray(body)) return body.length;
  const list = Object.values(body as object).find(Array.isArray);
  return list?.length ?? 0;
};

describe.each(ADAPTERS)('%s', (_name, adapt, listKey, wellFormed, prefix) => {
  it(
    'never throws on arbitrary JSON, wrapped or bare, and always returns an array',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          for (const body of [value, [value], { [listKey]: value }, { [listKey]: [value] }]) {
            const items = adapt(body);
            expect(Array.isArray(items)).toBe(true);
            expect(() => parseAgentItems(items)).not.toThrow();
          }
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throws on anything at all, nor on values whose reads throw',
    () => {
      fc.assert(
        fc.property(
          fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true }),
          (value) => {
            expect(Array.isArray(adapt({ [listKey]: [value] }))).toBe(true);
            expect(Array.isArray(adapt([value]))).toBe(true);
          },
        ),
        { numRuns: 150 },
      );
      for (const body of hostileBodies(listKey)) {
        const items = adapt(body);
        expect(Array.isArray(items)).toBe(true);
        // Whatever could not be read becomes an item without an id, which the parser reports.
        const { items: parsed, issues } = parseAgentItems(items);
        expect(parsed.length + issues.filter((i) => i.level === 'error' && i.path === 'id').length).toBe(items.length);
      }
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'maps every element of a well-formed response to an item the parser accepts without any issue',
    () => {
      fc.assert(
        fc.property(wellFormed, (body) => {
          const adapted = adapt(body);
          expect(adapted).toHaveLength(lengthOf(body));
          const { items, issues } = parseAgentItems(adapted);
          expect(issues).toEqual([]);
          expect(items).toHaveLength(adapted.length);
          for (const item of items) {
            expect(item.id.startsWith(prefix)).toBe(true);
            if (item.endedAt)
              expect(item.endedAt.getTime()).toBeGreaterThanOrEqual((item.startedAt ?? item.createdAt).getTime());
          }
          for (const raw of adapted) {
            if (raw.parentId !== undefined) expect(raw.parentId.startsWith(prefix)).toBe(true);
            for (const artifact of raw.artifacts ?? []) {
              expect(['pull_request', 'branch', 'plan', 'screenshot', 'file', 'link']).toContain(artifact.type);
              if (artifact.state !== undefined) expect(['open', 'draft', 'merged', 'closed']).toContain(artifact.state);
            }
          }
        }),
        { numRuns: 120 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
