// A data source over items in memory, answering like a server would (filters, newest first, pages,
// totals, facets and credits over the whole match), with a latency and an optional failure: what the
// stories use to show the view wired to sources without a network.
import {
  compareNewestFirst,
  filterAgentItems,
  getFacets,
  parseAgentItems,
  summarize,
  type AgentItem,
} from '../src/core';
import type { AgentDataSource } from '../src/data';

export interface MemorySourceOptions {
  /** Milliseconds before each answer. Default 250. */
  latencyMs?: number;
  /** Every query fails with this message (a platform that is down). */
  failWith?: string;
}

/**
 * A data source over host input (what an adapter returns): parsed once, then every query filtered,
 * sorted newest first and paged with a numeric cursor.
 *
 * @example
 * const warp = memoryDataSource(fromWarpRuns(warpRunsBody()));
 */
export function memoryDataSource(input: unknown[], options: MemorySourceOptions = {}): AgentDataSource {
  const items: AgentItem[] = parseAgentItems(input).items.sort(compareNewestFirst);
  const latency = options.latencyMs ?? 250;
  return {
    async query({ tab, viewerId, filters, cursor, limit, timeZone, signal }) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, latency);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      });
      if (options.failWith !== undefined) throw new Error(options.failWith);
      const ctx = { tab, viewerId, timeZone };
      const matching = filterAgentItems(items, filters, ctx);
      const start = cursor === undefined ? 0 : Number(cursor);
      const end = start + limit;
      const summary = summarize(matching);
      return {
        items: matching.slice(start, end),
        nextCursor: end < matching.length ? String(end) : null,
        total: matching.length,
        facets: getFacets(items, filters, ctx),
        summary: summary.creditsKnown > 0 ? summary : undefined,
      };
    },
  };
}
