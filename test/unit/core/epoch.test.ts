import { describe, expect, it } from 'vitest';
import { MAX_EPOCH_MS, toEpoch } from '../../../src/core/epoch';

describe('toEpoch', () => {
  it('reads Dates and finite numbers as epoch ms', () => {
    expect(toEpoch(new Date(5))).toBe(5);
    expect(toEpoch(-3)).toBe(-3);
  });
  it('reads anything unusable as the fallback: NaN by default, and an explicit undefined stays undefined', () => {
    for (const bad of [new Date(Number.NaN), Number.NaN, Infinity, '5', null, undefined, {}]) {
      expect(toEpoch(bad)).toBeNaN();
      expect(toEpoch(bad, 7)).toBe(7);
      expect(toEpoch(bad, undefined)).toBeUndefined();
    }
  });
});

describe('MAX_EPOCH_MS', () => {
  it('is the edge of what a Date can hold', () => {
    expect(new Date(MAX_EPOCH_MS).getTime()).toBe(MAX_EPOCH_MS);
    expect(new Date(-MAX_EPOCH_MS).getTime()).toBe(-MAX_EPOCH_MS);
    expect(Number.isNaN(new Date(MAX_EPOCH_MS + 1).getTime())).toBe(true);
  });
});
