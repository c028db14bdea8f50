import { memo, useSyncExternalStore, type ReactElement } from 'react';
import { formatFullDate } from '../../core/format';
import { DAY_MS } from '../../core/time';
import { getMinuteTick, getServerTick, subscribeMinuteTicker, subscribeNever } from '../shared';
import { formatRelativeTime } from './relative-time';

export interface LiveRelativeTimeProps {
  date: Date;
  locale?: string | undefined;
  timeZone?: string | undefined;
  /** A fixed clock (epoch ms) disables ticking. */
  now?: number | undefined;
}

/** Past a week the label is a date ("Nov 20"), which no longer moves with the clock. */
const RELATIVE_FOR_MS = 7 * DAY_MS;

/**
 * When a run was created, relative to now ("3m ago", "Yesterday"), with the full date, time and
 * zone in `data-full` (the list's one tooltip shows it on hover and keyboard focus). On the live clock, a time under a week old re-renders itself through the shared
 * half-minute clock, so "Now" becomes "1m ago" without the row re-rendering; older ones, and every
 * time under a fixed `now`, subscribe to nothing.
 *
 * @example <LiveRelativeTime date={item.createdAt} locale="en-GB" timeZone="Europe/London" />
 */
export const LiveRelativeTime = memo(function LiveRelativeTime({
  date,
  locale,
  timeZone,
  now,
}: LiveRelativeTimeProps): ReactElement {
  const epoch = date.getTime();
  const live = now === undefined && Date.now() - epoch < RELATIVE_FOR_MS;
  // Subscribing is what makes this component re-render; the value itself is only a change signal.
  useSyncExternalStore(live ? subscribeMinuteTicker : subscribeNever, getMinuteTick, getServerTick);
  const opts = { locale, timeZone };
  return (
    <time dateTime={date.toISOString()} data-full={formatFullDate(date, opts)} data-live={live ? '' : undefined}>
      {formatRelativeTime(epoch, now ?? Date.now(), opts)}
    </time>
  );
});
