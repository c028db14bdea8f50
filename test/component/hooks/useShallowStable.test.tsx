import { renderHook } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useShallowStable } from '../../../src/react/hooks';

describe('useShallowStable', () => {
  test('keeps the first object while an equal one comes in, and takes the next one that differs', () => {
    const first = { row: 'r', cell: 'c' };
    const { result, rerender } = renderHook(({ value }: { value: object | undefined }) => useShallowStable(value), {
      initialProps: { value: first as object | undefined },
    });
    rerender({ value: { row: 'r', cell: 'c' } });
    expect(result.current).toBe(first);
    const changed = { row: 'r', cell: 'other' };
    rerender({ value: changed });
    expect(result.current).toBe(changed);
    const extraKey = { row: 'r', cell: 'other', badge: 'b' };
    rerender({ value: extraKey });
    expect(result.current).toBe(extraKey);
    rerender({ value: undefined });
    expect(result.current).toBeUndefined();
  });
});
