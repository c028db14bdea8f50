// withDisplayName names a component for DevTools inside the expression that creates it, and hands
// back that very component (so refs, statics and identity are untouched).
import { forwardRef, memo } from 'react';
import { describe, expect, it } from 'vitest';
import { withDisplayName } from '../../../src/react/shared/display-name';

describe('withDisplayName', () => {
  it('returns the same component with its displayName set', () => {
    function Panel() {
      return null;
    }
    const named = withDisplayName(Panel, 'AgentPanel');
    expect(named).toBe(Panel);
    expect((named as { displayName?: string }).displayName).toBe('AgentPanel');
  });

  it('works on forwardRef and memo objects, keeping their other fields', () => {
    const Fwd = forwardRef<HTMLDivElement>(function Fwd(_props, _ref) {
      return null;
    });
    const render = (Fwd as unknown as { render: unknown }).render;
    const named = withDisplayName(Fwd, 'Forwarded');
    expect(named.displayName).toBe('Forwarded');
    expect((named as unknown as { render: unknown }).render).toBe(render);
    const Memo = withDisplayName(
      memo(() => null),
      'Memoised',
    );
    expect(Memo.displayName).toBe('Memoised');
  });
});
