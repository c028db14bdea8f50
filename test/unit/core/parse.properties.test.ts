// Properties of parseAgentItems beyond parse.test.ts: it never throws, every element of loosely
// item-shaped or arbitrary JSON input is returned or reported, and every output item keeps the item
// invariants and validates against the published input schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agentItemInputSchema, mapStatus, parseAgentItems } from '../../../src/core';
import { hostileText, RUNS } from './arbitraries';
import { checkInvariants, looseItem } from './parse-arbitraries';

describe('parseAgentItems on arbitrary JSON arrays', { timeout: 120_000 }, () => {
  const elem = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue() },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          id: fc.oneof(fc.string({ maxLength: 3 }), fc.jsonValue()),
          kind: fc.oneof(fc.constantFrom('ambient', 'interactive'), fc.jsonValue()),
          title: fc.oneof(hostileText, fc.jsonValue()),
          status: fc.oneof(fc.constantFrom('done', 'failed', 'blocked'), fc.jsonValue()),
          createdAt: fc.oneof(
            fc.integer({ min: -1e13, max: 1e13 }),
            fc.constantFrom('2028-02-29T12:00:00Z', '1970-01-01', '2100-12-31T23:59:59Z'),
            fc.jsonValue(),
          ),
          creator: fc.oneof(
            fc.record(
              {
                id: fc.oneof(fc.string({ maxLength: 3 }), fc.jsonValue()),
                name: fc.oneof(hostileText, fc.jsonValue()),
              },
              { requiredKeys: [] },
            ),
            fc.jsonValue(),
          ),
          credits: fc.oneof(fc.double(), fc.jsonValue()),
          meta: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    },
  );

  it('accounts for every element: returned, or reported with an error at its index', () => {
    fc.assert(
      fc.property(fc.array(elem, { maxLength: 15 }), (input) => {
        let r!: ReturnType<typeof parseAgentItems>;
        expect(() => {
          r = parseAgentItems(input);
        }).not.toThrow();
        const errored = new Set(r.issues.filter((i) => i.level === 'error').map((i) => i.index));
        // Every errored index is a real element, and everything not errored came out.
        for (const k of errored) {
          expect(Number.isInteger(k) && k >= 0 && k < input.length).toBe(true);
        }
        expect(r.items.length + errored.size).toBe(input.length);
        for (const issue of r.issues) {
          expect(typeof issue.path).toBe('string');
          expect(typeof issue.message).toBe('string');
          expect(issue.message.length).toBeGreaterThan(0);
        }
        expect(new Set(r.items.map((i) => i.id)).size).toBe(r.items.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('returns only items that the published input schema accepts, with a status consistent with their raw status', () => {
    fc.assert(
      fc.property(fc.array(elem, { maxLength: 15 }), (input) => {
        const { items } = parseAgentItems(input);
        for (const item of items) {
          const check = agentItemInputSchema.safeParse(item);
          expect(check.success, JSON.stringify(check.error?.issues)).toBe(true);
          // Unknown raw statuses show as failed; known ones map as mapStatus says.
          expect(item.status).toBe(mapStatus(item.rawStatus));
        }
        // Parsing the output again loses nothing.
        const again = parseAgentItems(items.map((i) => ({ ...i, status: i.rawStatus })));
        expect(again.issues.filter((i) => i.level === 'error')).toEqual([]);
        expect(again.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseAgentItems properties', { timeout: 120_000 }, () => {
  it('never throws on arbitrary JSON or values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.array(fc.jsonValue())), (input) => {
        const r = parseAgentItems(input);
        expect(Array.isArray(r.items)).toBe(true);
        r.items.forEach(checkInvariants);
      }),
      { numRuns: 300 },
    );
  });

  it('returns every loosely-shaped item or reports an error at its index, and outputs only valid items', () => {
    fc.assert(
      fc.property(fc.array(looseItem, { maxLength: 12 }), (input) => {
        const r = parseAgentItems(input);
        r.items.forEach(checkInvariants);
        const errored = new Set(r.issues.filter((i) => i.level === 'error').map((i) => i.index));
        const kept = input.map((_, k) => k).filter((k) => !errored.has(k));
        expect(r.items).toHaveLength(kept.length);
        // Kept items come out in input order under their own (possibly suffixed) id.
        kept.forEach((k, n) => {
          const id = input[k]!.id;
          expect(r.items[n]!.id.startsWith(String(id))).toBe(true);
        });
        expect(new Set(r.items.map((i) => i.id)).size).toBe(r.items.length);
        for (const issue of r.issues) {
          expect(issue.index).toBeGreaterThanOrEqual(0);
          expect(issue.index).toBeLessThan(input.length);
          expect(['error', 'warning']).toContain(issue.level);
          expect(issue.message).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});
