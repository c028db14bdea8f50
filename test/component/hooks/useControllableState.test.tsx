import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useControllableState } from '../../../src/index';

afterEach(() => vi.restoreAllMocks());

describe('useControllableState', () => {
  test('uncontrolled: starts at defaultProp, updates itself and reports every change', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ defaultProp: 1, onChange }));
    expect(result.current[0]).toBe(1);
    act(() => result.current[1](2));
    expect(result.current[0]).toBe(2);
    act(() => result.current[1]((v) => v + 1));
    expect(result.current[0]).toBe(3);
    expect(onChange.mock.calls).toEqual([[2], [3]]);
  });

  test('controlled: shows the prop, asks through onChange, never changes on its own', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(({ prop }) => useControllableState({ prop, defaultProp: 0, onChange }), {
      initialProps: { prop: 5 },
    });
    act(() => result.current[1](6));
    expect(onChange).toHaveBeenCalledWith(6);
    expect(result.current[0]).toBe(5);
    rerender({ prop: 6 });
    expect(result.current[0]).toBe(6);
  });

  test('the setter is stable and same-value sets do not call onChange', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(() => useControllableState({ defaultProp: 'a', onChange }));
    const first = result.current[1];
    rerender();
    expect(result.current[1]).toBe(first);
    act(() => result.current[1]('a'));
    expect(onChange).not.toHaveBeenCalled();
  });

  test('two updaters in one event chain', async () => {
    function Counter() {
      const [n, setN] = useControllableState({ defaultProp: 0 });
      return (
        <button
          onClick={() => {
            setN((v) => v + 1);
            setN((v) => v + 1);
          }}
        >
          {n}
        </button>
      );
    }
    render(<Counter />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('2');
  });

  test('warns in development when switching between controlled and uncontrolled', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    function Switcher() {
      const [prop, setProp] = useState<number | undefined>(undefined);
      const [value] = useControllableState({ prop, defaultProp: 0, name: 'Test.value' });
      return <button onClick={() => setProp(3)}>{value}</button>;
    }
    render(<Switcher />);
    expect(warn).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/Test\.value is changing from uncontrolled to controlled/);
  });

  test('does not warn in production', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const { rerender } = renderHook(({ prop }) => useControllableState({ prop, defaultProp: 0 }), {
        initialProps: { prop: undefined as number | undefined },
      });
      rerender({ prop: 2 });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
