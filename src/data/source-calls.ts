import { AgentDataError } from './errors';
import type { AgentDataListener, AgentDataSource, AgentQuery, AgentQueryResult } from './types';

/**
 * The error a failed request is shown as: an `Error` as it is, anything else a source rejected with
 * (a string, an object) wrapped in an `AgentDataError` of kind `network`.
 *
 * @example
 * toError('timeout').message // 'timeout'
 */
export function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  return new AgentDataError(typeof error === 'string' ? error : 'Loading agent items failed.', {
    kind: 'network',
    cause: error,
  });
}

/**
 * Asks a host's source for a page. A source that throws instead of rejecting fails the same way,
 * and an answer that is not a page at all (no `items` array) rejects with an `AgentDataError` of
 * kind `parse`; the items themselves are checked later, one by one.
 *
 * @example
 * const result = await querySource(dataSource, { tab: 'all', viewerId: 'u_1', filters: {}, limit: 100, signal });
 */
export async function querySource(dataSource: AgentDataSource, query: AgentQuery): Promise<AgentQueryResult> {
  const result: unknown = await dataSource.query(query);
  if (!result || typeof result !== 'object' || !Array.isArray((result as AgentQueryResult).items)) {
    throw new AgentDataError('The data source answered without an `items` array.', { kind: 'parse' });
  }
  return result as AgentQueryResult;
}

/**
 * Follows a source's live updates, if it has any. A `subscribe` that throws (a socket that cannot
 * open…) is reported with `console.warn` and leaves the list without live updates rather than
 * taking it down: it still loads, and polling, when on, still refreshes it. Returns the unsubscribe
 * (which never throws), or `undefined` when nothing was subscribed.
 *
 * @example
 * const stop = subscribeToSource(dataSource, (update) => merge(update));
 * stop?.();
 */
export function subscribeToSource(
  dataSource: AgentDataSource | null | undefined,
  listener: AgentDataListener,
): (() => void) | undefined {
  if (!dataSource?.subscribe) return;
  let unsubscribe: unknown;
  try {
    unsubscribe = dataSource.subscribe(listener);
  } catch (error) {
    console.warn('agentboard: the data source’s subscribe threw; continuing without live updates.', error);
    return;
  }
  return () => {
    if (typeof unsubscribe !== 'function') return;
    try {
      unsubscribe();
    } catch {
      // Nothing to keep alive any more.
    }
  };
}
