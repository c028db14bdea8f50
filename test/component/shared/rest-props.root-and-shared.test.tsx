// The rest-props rule (rest-props-helpers.ts) on the root and the shared VisuallyHidden.
import { fireEvent, render } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AgentboardRoot } from '../../../src/index';
import { VisuallyHidden } from '../../../src/react/shared';
import { HOST, part, expectHostProps } from './rest-props-helpers';

describe('AgentboardRoot', () => {
  test('host attributes reach the root; the host style merges with the theme variables', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentboardRoot ref={ref} theme={{ accent: '#7c3aed' }} {...HOST} />);
    const root = expectHostProps(ref, 'ab-root');
    expect(root.style.getPropertyValue('--ab-accent')).toBe('#7c3aed');
    expect(root.getAttribute('data-density')).toBe('comfortable');
  });

  test('a host onKeyDown runs', () => {
    const onKeyDown = vi.fn();
    render(<AgentboardRoot {...HOST} onKeyDown={onKeyDown} />);
    fireEvent.keyDown(part(), { key: 'x' });
    expect(onKeyDown).toHaveBeenCalledTimes(1);
  });

  test('its data-* are defaults: a host data-density or data-color-scheme replaces them', () => {
    render(<AgentboardRoot density="compact" {...HOST} data-density="host" data-color-scheme="dark" />);
    expect(part().getAttribute('data-density')).toBe('host');
    expect(part().getAttribute('data-color-scheme')).toBe('dark');
  });
});

describe('VisuallyHidden', () => {
  test('host attributes reach the span; the host style merges with the hiding; a host onClick runs', () => {
    const ref = createRef<HTMLSpanElement>();
    const onClick = vi.fn();
    render(
      <VisuallyHidden ref={ref} {...HOST} onClick={onClick}>
        hidden text
      </VisuallyHidden>,
    );
    const span = expectHostProps(ref, 'ab-visually-hidden');
    expect(span.style.position).toBe('absolute');
    expect(span.style.overflow).toBe('hidden');
    fireEvent.click(span);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
