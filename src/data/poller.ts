/** Whether the page is shown, and when that changes. */
export interface PageVisibility {
  isHidden(): boolean;
  /** Calls `listener` on every change; returns the function that stops it. */
  onChange(listener: () => void): () => void;
}

/**
 * The document's visibility (`document.visibilityState`). Without a document (a server, a worker,
 * Node) the page counts as always shown.
 */
export const documentVisibility: PageVisibility = {
  isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
  onChange(listener) {
    if (typeof document === 'undefined') return () => {};
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

export interface PollOptions {
  /** Time between the end of one poll and the start of the next (ms). */
  intervalMs: number;
  /** One round; the next is scheduled when it settles. */
  poll: () => Promise<unknown>;
  /** The page was hidden: a round in flight should stop (its answer would only be waited for). */
  onHide?: () => void;
  /** Default: `documentVisibility`. */
  visibility?: PageVisibility;
}

/**
 * Polls while the page is shown: one timer per round, started when the previous round settles (so
 * slow answers never pile up), none while the page is hidden. Hiding the page clears the timer and
 * calls `onHide`; showing it again polls at once, unless a timer is already waiting. Returns the stop.
 *
 * @example
 * const stop = startPolling({ intervalMs: 15_000, poll: refresh, onHide: () => request?.abort() });
 * // later
 * stop();
 */
export function startPolling({ intervalMs, poll, onHide, visibility = documentVisibility }: PollOptions): () => void {
  let active = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const schedule = () => {
    clear();
    if (active && !visibility.isHidden()) timer = setTimeout(tick, intervalMs);
  };
  const tick = () => {
    timer = undefined;
    if (!active || visibility.isHidden()) return;
    void poll().then(schedule, schedule);
  };
  const stopListening = visibility.onChange(() => {
    if (!active) return;
    if (visibility.isHidden()) {
      clear();
      onHide?.();
    } else if (timer === undefined) {
      tick();
    }
  });
  schedule();
  return () => {
    active = false;
    clear();
    stopListening();
  };
}
