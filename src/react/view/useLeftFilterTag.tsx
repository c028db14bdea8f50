import { useMemo, type ReactNode } from 'react';
import type { AgentItem } from '../../core/types';

/**
 * The list's `renderTitleExtra` for live rows that stopped matching the filters: a "No longer
 * matches" tag (`data-state="left-filter"`) after their title. `undefined` while there are none, so
 * the list's cells stay as they are; otherwise a function that keeps its identity while the rows
 * and the text stay the same, so memoised rows do not re-render.
 *
 * @example
 * ```tsx
 * const renderTitleExtra = useLeftFilterTag(data.leftFilter, labels.leftFilterTag);
 * <AgentList items={items} renderTitleExtra={renderTitleExtra} />
 * ```
 */
export function useLeftFilterTag(
  leftFilter: readonly AgentItem[],
  tag: string,
): ((item: AgentItem) => ReactNode) | undefined {
  const leftIds = useMemo(() => new Set(leftFilter.map((item) => item.id)), [leftFilter]);
  return useMemo(
    () =>
      leftIds.size === 0
        ? undefined
        : (item: AgentItem) =>
            leftIds.has(item.id) ? (
              <span className="ab-tag ab-left-tag" data-state="left-filter">
                {tag}
              </span>
            ) : null,
    [leftIds, tag],
  );
}
