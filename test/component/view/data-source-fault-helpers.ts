// Shared by the race and fault tests of the view with a data source: host input, a source the test
// drives by hand, what the view shows, and a console guard around every test.
import { afterEach, beforeEach, vi } from 'vitest';
import type {
  AgentDataListener,
  AgentDataSource,
  AgentFilters,
  AgentQuery,
  AgentQueryResult,
} from '../../../src/index';
import { inputAgo as input } from '../../fixtures/host-input';
import { guardConsole, type ConsoleGuard } from './hardening-helpers';

export { NOW } from '../../fixtures/view-items';
export { MIN, inputAgo as input } from '../../fixtures/host-input';
export { grid } from './view-data-source-helpers';

export interface Call {
  query: AgentQuery;
  settled: boolean;
  resolve(result: AgentQueryResult): void;
  reject(error: unknown): void;
}

/** A source the test drives by hand; it ignores aborts, so stale answers really do arrive late. */
export function fakeSource() {
  const calls: Call[] = [];
  const listeners = new Set<AgentDataListener>();
  const unsubscribe = vi.fn();
  const dataSource: AgentDataSource = {
    query: (query) =>
      new Promise<AgentQueryResult>((resolve, reject) => {
        const call: Call = {
          query,
          settled: false,
          resolve: (r) => {
            call.settled = true;
            resolve(r);
          },
          reject: (e) => {
            call.settled = true;
            reject(e);
          },
        };
        calls.push(call);
      }),
    subscribe: (l) => {
      listeners.add(l);
      return () => {
        unsubscribe();
        listeners.delete(l);
      };
    },
  };
  return {
    dataSource,
    calls,
    unsubscribe,
    listeners,
    /** Delivers to every listener ever subscribed, like a host that forgets to unsubscribe would. */
    emitRaw(update: Parameters<AgentDataListener>[0]) {
      for (const l of listeners) l(update);
    },
  };
}

export const rowTitles = () =>
  Array.from(document.querySelectorAll('[role="grid"] [role="row"] .ab-title'))
    .map((el) => el.textContent ?? '')
    .sort();
/** Loading: the root says so, and so does the list when it is shown (the error state replaces it). */
export const busy = () => {
  const state = document.querySelector('.ab-root')?.getAttribute('data-state');
  return state === 'loading' || document.querySelector('[role="grid"]')?.getAttribute('aria-busy') === 'true';
};

/** The page a query gets: its ids name the question it answers, so a stale answer is recognisable. */
export const FILTER_CHOICES: AgentFilters[] = [
  {},
  { statuses: ['failed'] },
  { sources: ['slack'] },
  { query: 'run' },
  { statuses: ['failed'], sources: ['slack'] },
];
export function pageFor(query: AgentQuery, n: number): AgentQueryResult {
  const tag = `q${FILTER_CHOICES.findIndex((f) => JSON.stringify(f) === JSON.stringify(query.filters))}`;
  return { items: Array.from({ length: n }, (_, i) => input(`${tag}-${i}`, i + 1)), total: n, nextCursor: null };
}

/**
 * Guards the console around every test of the file (and restores the real clock after it). The
 * returned guard reads the current test's console calls.
 */
export function withConsoleGuard(): Pick<ConsoleGuard, 'messages' | 'reset'> {
  let guard: ConsoleGuard | undefined;
  beforeEach(() => {
    guard = guardConsole();
  });
  afterEach(() => {
    guard?.restore();
    vi.useRealTimers();
  });
  return { messages: () => guard?.messages() ?? [], reset: () => guard?.reset() };
}
