// Shared by the merge's unit tests: sources over fixed item lists, paged with their own page size,
// and a deferred source whose answers the test releases.
import type { AgentDataSource, AgentQuery, AgentQueryResult } from '../../../src/data';

export const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);

/** Host input for one item; a larger `minute` is newer. */
export const item = (id: string, minute: number) => ({
  id,
  kind: 'ambient',
  title: `Run ${id}`,
  source: 'slack',
  status: 'running',
  createdAt: new Date(T0 + minute * 60_000).toISOString(),
  creator: { id: 'u_1', name: 'Ada' },
});

export type Input = ReturnType<typeof item>;

/** Newest first, ties by id descending: the order `compareNewestFirst` gives. */
export const newestFirst = (a: Input, b: Input) =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * A source over `items` that answers at most `pageSize` of them per page (whatever the limit) with
 * an offset as its cursor, and records every query it was asked.
 */
export function listSource(items: readonly Input[], pageSize: number, extra: Partial<AgentQueryResult> = {}) {
  const sorted = items.slice().sort(newestFirst);
  const queries: AgentQuery[] = [];
  const source: AgentDataSource = {
    async query(query) {
      queries.push(query);
      const from = query.cursor === undefined ? 0 : Number(query.cursor);
      const to = Math.min(from + Math.min(pageSize, query.limit), sorted.length);
      return { items: sorted.slice(from, to), nextCursor: to < sorted.length ? String(to) : null, ...extra };
    },
  };
  return { source, queries };
}

interface Call {
  query: AgentQuery;
  resolve(result: AgentQueryResult): void;
  reject(error: unknown): void;
}

/** A source whose queries wait for the test; each records whether its signal was aborted. */
export function deferredSource() {
  const calls: Call[] = [];
  const source: AgentDataSource = {
    query: (query) =>
      new Promise<AgentQueryResult>((resolve, reject) => {
        calls.push({ query, resolve, reject });
        query.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }),
  };
  return { source, calls };
}

export const firstPage = (signal = new AbortController().signal, limit = 10): AgentQuery => ({
  tab: 'all',
  viewerId: 'u_1',
  filters: {},
  limit,
  signal,
});

export const ids = (items: readonly unknown[]) => items.map((raw) => (raw as { id: string }).id);
