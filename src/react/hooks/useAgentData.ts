import { useEffect, useState, useSyncExternalStore } from 'react';
import { createAgentDataLoader } from '../../data/loader';
import type { AgentDataOptions, AgentDataResult } from '../../data/loader-types';

export type { AgentDataOptions as UseAgentDataOptions, AgentDataResult } from '../../data/loader-types';

/**
 * Drives an `AgentDataSource`: queries the first page for the tab and filters (debounced, the
 * request in flight aborted, out-of-order answers dropped), pages on `loadMore`, merges live
 * updates by id without moving rows under the reader, and optionally polls while the page is visible.
 * Everything it started (timers, requests, the subscription) stops on unmount. The work is done by a
 * plain store without React; the hook hands it the latest options and reads its snapshot.
 *
 * @example
 * const data = useAgentData({ dataSource, tab, viewerId: 'u_1', filters });
 * <AgentList items={data.items} loading={data.loading && data.items.length === 0}
 *   onEndReached={data.hasMore ? data.loadMore : undefined} … />
 */
export function useAgentData(options: AgentDataOptions): AgentDataResult {
  const [loader] = useState(() => createAgentDataLoader(options));
  // Callbacks and timers read the options between renders: they always see the latest.
  loader.setOptions(options);
  const { dataSource, pollIntervalMs } = options;
  const enabled = dataSource != null;
  const queryKey = loader.queryKey();

  const data = useSyncExternalStore(loader.subscribe, loader.getSnapshot, loader.getSnapshot);

  // Mount / unmount: whatever is still running stops at unmount. Declared first: it runs first.
  useEffect(() => loader.mount(), [loader]);

  // Query again when what is asked for changes: at once on mount, debounced after. The key covers
  // every query input, `enabled` included (null without a source); a new `debounceMs` applies from
  // the next change on.
  useEffect(() => loader.queryChanged(), [loader, queryKey]);

  useEffect(() => loader.listen(dataSource), [loader, dataSource]);

  useEffect(() => {
    if (enabled && pollIntervalMs && pollIntervalMs > 0) return loader.poll(pollIntervalMs);
  }, [loader, enabled, pollIntervalMs]);

  return data;
}
