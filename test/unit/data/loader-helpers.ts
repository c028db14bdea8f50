// Shared by the loader's unit tests: a hand-made source whose deferred answers the test releases
// (in any order, or as failures), and a loader driven the way `useAgentData`'s effects drive it.
import { afterEach, beforeEach, vi } from 'vitest';
import type { AgentDataListener, AgentDataSource, AgentQuery, AgentQueryResult } from '../../../src/data';
import { createAgentDataLoader } from '../../../src/data/loader';
import type { AgentDataOptions } from '../../../src/data/loader-types';

import { T0 } from '../../fixtures/host-input';

export { ids, input, T0 } from '../../fixtures/host-input';

interface Call {
  query: AgentQuery;
  resolve(result: AgentQueryResult): void;
  reject(error: unknown): void;
}

/** Deferred answers; by default a query rejects with an AbortError when aborted, as `fetch` does. */
export function handSource({ honorAbort = true } = {}) {
  const calls: Call[] = [];
  let listener: AgentDataListener | undefined;
  const dataSource: AgentDataSource = {
    query: (query) =>
      new Promise<AgentQueryResult>((resolve, reject) => {
        calls.push({ query, resolve, reject });
        if (honorAbort) query.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }),
    subscribe(l) {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
  };
  return {
    dataSource,
    calls,
    last: () => calls[calls.length - 1]!,
    emit: (update: Parameters<AgentDataListener>[0]) => listener!(update),
    get subscribed() {
      return listener !== undefined;
    },
  };
}

export type Source = ReturnType<typeof handSource>;

/** Lets the loader's promise callbacks run (a macrotask turn of the fake clock, no time passes). */
export const settle = () => vi.advanceTimersByTimeAsync(0);

/** A loader mounted and queried like the hook does on mount; `set` changes options like a re-render. */
export function start(source: Source | null, extra: Partial<AgentDataOptions> = {}) {
  let options: AgentDataOptions = {
    dataSource: source?.dataSource ?? null,
    tab: 'all',
    viewerId: 'u_1',
    filters: {},
    now: T0 + 3_600_000,
    ...extra,
  };
  const loader = createAgentDataLoader(options);
  const changes = vi.fn();
  loader.subscribe(changes);
  const unmount = loader.mount();
  let cleanup = loader.queryChanged();
  let key = loader.queryKey();
  return {
    loader,
    changes,
    unmount,
    data: () => loader.getSnapshot(),
    /** New options; a new query key re-queries, as the hook's effect does. */
    set(next: Partial<AgentDataOptions>) {
      options = { ...options, ...next };
      loader.setOptions(options);
      if (loader.queryKey() === key) return;
      key = loader.queryKey();
      cleanup?.();
      cleanup = loader.queryChanged();
    },
  };
}

/** Fake timers (the debounce, the poll) and a fixed clock for every test of the file. */
export function withFakeClock(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0 + 3_600_000);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}
