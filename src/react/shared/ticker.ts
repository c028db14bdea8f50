/**
 * One shared one-second clock for every live duration on the page.
 *
 * A tiny external store (for `useSyncExternalStore`): the interval runs only while at least one
 * subscriber is mounted, so an idle list (no working rows) schedules nothing. The snapshot is a tick
 * counter, not a time: components read `Date.now()` when they render, so a freshly mounted cell is
 * never stale and two `getSnapshot` calls in one render always agree.
 */
const TICK_MS = 1000;

const listeners = new Set<() => void>();
let tick = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function emit(): void {
  tick += 1;
  for (const listener of listeners) listener();
}

export function subscribeTicker(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) timer = setInterval(emit, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export function getTick(): number {
  return tick;
}

export function getServerTick(): number {
  return 0;
}

/** For a fixed clock: subscribe to nothing. */
export function subscribeNever(): () => void {
  return noop;
}

function noop(): void {}

/** Test/diagnostic hook: whether the shared interval is running. */
export function isTickerRunning(): boolean {
  return timer !== undefined;
}
