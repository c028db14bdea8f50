import { describe, expect, it } from 'vitest';
import { countPass } from '../../../src/core/facet-pass';

describe('countPass', () => {
  // Four rows, two code checks (on columns A and B) and one counter per column.
  const colA = Int32Array.of(0, 1, 0, 1);
  const colB = Int32Array.of(0, 0, 1, 1);
  const selectedA = Uint8Array.of(1, 0); // A must be 0
  const selectedB = Uint8Array.of(1, 0); // B must be 0
  const run = (tab: Int32Array) => {
    const countsA = new Int32Array(2);
    const countsB = new Int32Array(2);
    countPass(
      tab,
      [],
      {
        codes: [colA, colB],
        tables: [selectedA, selectedB],
        multi: [new Map(), new Map()],
        epochs: [],
        lo: [],
        hi: [],
        predicates: [],
      },
      { codes: [colA, colB], multi: [new Map(), new Map()], counts: [countsA, countsB], own: [1, 2] },
      { epochs: [], lo: [], hi: [], counts: [], own: [] },
    );
    return { countsA: [...countsA], countsB: [...countsB] };
  };

  it('counts a row failing no check everywhere, one failing a single check for that check’s own counter only', () => {
    // Row 0 passes both; row 1 fails A only; row 2 fails B only; row 3 fails both (counted nowhere).
    expect(run(Int32Array.of(0, 1, 2, 3))).toEqual({ countsA: [1, 1], countsB: [1, 1] });
  });

  it('walks only the tab’s rows', () => {
    expect(run(Int32Array.of(1, 3))).toEqual({ countsA: [0, 1], countsB: [0, 0] });
  });
});
