import { memo, useSyncExternalStore, type ReactElement } from 'react';
import { getDurationMs } from '../../core/duration';
import { formatDuration } from '../../core/format';
import type { AgentItem } from '../../core/types';
import { getServerTick, getTick, subscribeNever, subscribeTicker } from '../shared';

export interface LiveDurationProps {
  item: AgentItem;
  locale?: string;
  /** A fixed clock (epoch ms) disables ticking. */
  now?: number;
  className?: string;
}

/**
 * The duration of an ambient run. While the run is working and no fixed `now` is given, it
 * re-renders itself once a second through the shared ticker; nothing around it re-renders.
 *
 * @example <LiveDuration item={run} locale="en-GB" />
 */
export const LiveDuration = memo(function LiveDuration({
  item,
  locale,
  now,
  className,
}: LiveDurationProps): ReactElement {
  const live = now === undefined && item.kind === 'ambient' && item.status === 'working';
  // Subscribing is what makes this component tick; the value itself is only a change signal.
  useSyncExternalStore(live ? subscribeTicker : subscribeNever, getTick, getServerTick);
  const ms = getDurationMs(item, now ?? Date.now());
  return (
    <span className={className} data-live={live ? '' : undefined}>
      {formatDuration(ms, { locale })}
    </span>
  );
});
