// The shared clocks of live values: an interval only while someone listens, one tick per period to
// every listener, and nothing scheduled once the last one leaves. Fake timers throughout.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getMinuteTick,
  getServerTick,
  getTick,
  isMinuteTickerRunning,
  isTickerRunning,
  subscribeMinuteTicker,
  subscribeNever,
  subscribeTicker,
} from '../../../src/react/shared/ticker';

const SECOND = 1000;
// A relative time ("3m ago") changes once a minute: the clock must tick at least twice a minute
// so it is never more than 30 s late.
const HALF_MINUTE = 30 * SECOND;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
});

describe('the one-second clock of live durations', () => {
  it('schedules nothing until someone subscribes, and stops when the last one leaves', () => {
    expect(isTickerRunning()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    const stopA = subscribeTicker(() => {});
    const stopB = subscribeTicker(() => {});
    expect(isTickerRunning()).toBe(true);
    expect(vi.getTimerCount()).toBe(1);
    stopA();
    expect(isTickerRunning()).toBe(true);
    stopB();
    expect(isTickerRunning()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ticks once a second, calling every listener and counting up the snapshot', () => {
    const a = vi.fn();
    const b = vi.fn();
    const stopA = subscribeTicker(a);
    const stopB = subscribeTicker(b);
    const start = getTick();
    vi.advanceTimersByTime(SECOND - 1);
    expect(a).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    expect(getTick()).toBe(start + 1);
    vi.advanceTimersByTime(3 * SECOND);
    expect(a).toHaveBeenCalledTimes(4);
    expect(getTick()).toBe(start + 4);
    stopA();
    stopB();
  });

  it('an unsubscribed listener is not called again; the snapshot is stable between ticks', () => {
    const gone = vi.fn();
    const stays = vi.fn();
    const stopGone = subscribeTicker(gone);
    const stopStays = subscribeTicker(stays);
    stopGone();
    vi.advanceTimersByTime(2 * SECOND);
    expect(gone).not.toHaveBeenCalled();
    expect(stays).toHaveBeenCalledTimes(2);
    expect(getTick()).toBe(getTick());
    stopStays();
    // Unsubscribing twice is harmless and does not restart anything.
    stopStays();
    expect(isTickerRunning()).toBe(false);
  });

  it('a resubscribed clock starts a fresh period', () => {
    const stop = subscribeTicker(() => {});
    vi.advanceTimersByTime(SECOND / 2);
    stop();
    const listener = vi.fn();
    const again = subscribeTicker(listener);
    vi.advanceTimersByTime(SECOND / 2);
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SECOND / 2);
    expect(listener).toHaveBeenCalledTimes(1);
    again();
  });
});

describe('the half-minute clock of relative times', () => {
  it('runs apart from the seconds clock and ticks every half minute', () => {
    const listener = vi.fn();
    const stop = subscribeMinuteTicker(listener);
    expect(isMinuteTickerRunning()).toBe(true);
    expect(isTickerRunning()).toBe(false);
    const start = getMinuteTick();
    vi.advanceTimersByTime(HALF_MINUTE - 1);
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(getMinuteTick()).toBe(start + 1);
    stop();
    expect(isMinuteTickerRunning()).toBe(false);
  });
});

describe('fixed clocks', () => {
  it('the server snapshot is constant and subscribeNever schedules nothing', () => {
    expect(getServerTick()).toBe(getServerTick());
    const listener = vi.fn();
    // useSyncExternalStore hands it a listener; it must never call it.
    const stop = (subscribeNever as (onTick: () => void) => () => void)(listener);
    vi.advanceTimersByTime(10 * HALF_MINUTE);
    expect(listener).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    expect(() => stop()).not.toThrow();
  });
});
