// Properties of getFacets: every count agrees with the naive reference (each field under every other
// filter), on arbitrary filter states and on a fresh array each time (a cold column index).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { generateParsedItems } from '../../fixtures/sample-data';
import { ctxArb, filtersArb, withArtifacts } from './arbitraries';
import { checkAgainstReference } from './facets-reference';

const ITEMS = withArtifacts(generateParsedItems({ count: 600, seed: 5 }));

describe('getFacets properties', { timeout: 120_000 }, () => {
  it('agrees with the naive reference on a fresh array each time (cold index)', () => {
    fc.assert(
      fc.property(filtersArb, ctxArb, fc.integer({ min: 0, max: 600 }), (filters, c, size) =>
        checkAgainstReference(ITEMS.slice(0, size), filters, c),
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with the naive reference for arbitrary filters', () => {
    fc.assert(
      fc.property(filtersArb, ctxArb, (filters, c) => checkAgainstReference(ITEMS, filters, c)),
      { numRuns: 300 },
    );
  });
});
