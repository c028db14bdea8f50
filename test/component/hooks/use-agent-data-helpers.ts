// Shared by the useAgentData hook tests: host input, the hook rendered over a controlled source,
// and the fake clock they all run on.
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { AgentFilters, AgentTab } from '../../../src/core/types';
import type { ControlledSource } from './data-source-helpers';
import { useAgentData, type UseAgentDataOptions } from '../../../src/react/hooks';

import { T0 } from '../../fixtures/host-input';

export { ids, input, T0 } from '../../fixtures/host-input';

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
