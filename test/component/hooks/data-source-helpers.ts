import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type { AgentDataListener, AgentDataSource, AgentQuery, AgentQueryResult } from '../../../src/data';

export interface PendingQuery {
  query: AgentQuery;
  resolve(result: AgentQueryResult): void;
  reject(error: unknown): void;
}

/**
 * A data source whose answers the test releases by hand, in any order. By default a query rejects
 * with an AbortError when its signal aborts (as `fetch` does); `honorAbort: false` ignores aborts.
 */
export function controlledSource(options: { honorAbort?: boolean } = {}) {
  const calls: PendingQuery[] = [];
  let listener: AgentDataListener | undefined;
  const unsubscribe = vi.fn(() => {
    listener = undefined;
  });
  const dataSource: AgentDataSource = {
    query: vi.fn(
      (query: AgentQuery) =>
        new Promise<AgentQueryResult>((resolve, reject) => {
          calls.push({ query, resolve, reject });
          if (options.honorAbort !== false) {
            query.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
          }
        }),
    ),
    subscribe: vi.fn((l: AgentDataListener) => {
      listener = l;
      return unsubscribe;
    }),
  };
  return {
    dataSource,
    calls,
    unsubscribe,
    last: () => calls[calls.length - 1]!,
    async answer(call: PendingQuery, result: AgentQueryResult) {
      await act(async () => call.resolve(result));
    },
    async fail(call: PendingQuery, error: unknown) {
      await act(async () => call.reject(error));
    },
    emit(update: Parameters<AgentDataListener>[0]) {
      act(() => listener!(update));
    },
    get subscribed() {
      return listener !== undefined;
    },
  };
}

export type ControlledSource = ReturnType<typeof controlledSource>;
