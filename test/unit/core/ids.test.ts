import { describe, expect, it } from 'vitest';
import { toId } from '../../../src/core/ids';

describe('toId', () => {
  it('keeps a non-blank string as it is and writes a finite number as its decimal string', () => {
    expect(toId('run_1')).toBe('run_1');
    expect(toId(' run 1 ')).toBe(' run 1 ');
    expect(toId(42)).toBe('42');
    expect(toId(-0.5)).toBe('-0.5');
  });
  it('is undefined for anything that cannot be an id', () => {
    for (const bad of ['', '   ', Number.NaN, Infinity, null, undefined, {}, ['a'], true]) {
      expect(toId(bad), String(bad)).toBeUndefined();
    }
  });
});
