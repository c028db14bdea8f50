/**
 * Shared clocks for every live value on the page: one-second for live durations, half-minute for
 * relative times ("3m ago").
 *
 * Each is a tiny external store (for `useSyncExternalStore`): its interval runs only while at least
 * one subscriber is mounted, so an idle list schedules nothing. The snapshot is a tick counter, not
 * a time: components read `Date.now()` when they render, so a freshly mounted cell is never stale
 * and two `getSnapshot` calls in one render always agree.
 */
interface Ticker {
  subscribe(listener: () => void): () => void;
  getTick(): number;
  isRunning(): boolean;
}

function createTicker(everyMs: number): Ticker {
  const listeners = new Set<() => void>();
  let tick = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const emit = (): void => {
    tick += 1;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (timer === undefined) timer = setInterval(emit, everyMs);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== undefined) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
    getTick: () => tick,
    isRunning: () => timer !== undefined,
  };
}

const seconds = createTicker(1000);
// A relative time changes at most once a minute; ticking twice a minute keeps it at most 30 s late.
const halfMinutes = createTicker(30_000);

export const subscribeTicker = seconds.subscribe;
export const getTick = seconds.getTick;
export const subscribeMinuteTicker = halfMinutes.subscribe;
export const getMinuteTick = halfMinutes.getTick;

export function getServerTick(): number {
  return 0;
}

/** For a fixed clock: subscribe to nothing. */
export function subscribeNever(): () => void {
  return noop;
}

function noop(): void {}

/** Test/diagnostic hook: whether the one-second clock of live durations is running. */
export const isTickerRunning = seconds.isRunning;

/** Test/diagnostic hook: whether the clock of relative times is running. */
export const isMinuteTickerRunning = halfMinutes.isRunning;
