// Shared by the useAgentData hook tests: host input, the hook rendered over a controlled source,
// and the fake clock they all run on.
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { AgentFilters, AgentTab } from '../../../src/core/types';
import type { ControlledSource } from './data-source-helpers';
import { useAgentData, type UseAgentDataOptions } from '../../../src/react/hooks';

export const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);

/** Host input for one item; `n` orders items: a larger n is newer. */
export function input(id: string, n: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'ambient',
    title: `Run ${id}`,
    source: 'slack',
    status: 'running',
    createdAt: new Date(T0 + n * 60_000).toISOString(),
    creator: { id: 'u_1', name: 'Ada' },
    ...extra,
  };
}

export type Props = Partial<UseAgentDataOptions> & { tab?: AgentTab; filters?: AgentFilters };

export function setup(source: ControlledSource, props: Props = {}) {
  return renderHook(
    (p: Props) =>
      useAgentData({
        viewerId: 'u_1',
        tab: 'all',
        filters: {},
        dataSource: source.dataSource,
        now: T0 + 3_600_000,
        ...p,
      }),
    {
      initialProps: props,
    },
  );
}

export const ids = (items: { id: string }[]) => items.map((item) => item.id);

/** Fake timers (the debounce, the poll) and a fixed clock for every test of the file. */
export function withFakeClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(T0 + 3_600_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
