import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentVisibility, startPolling, type PageVisibility } from '../../../src/data/poller';

/** A page whose visibility the test sets; listeners are called like `visibilitychange`. */
function fakePage(initiallyHidden = false) {
  let hidden = initiallyHidden;
  const listeners = new Set<() => void>();
  const visibility: PageVisibility = {
    isHidden: () => hidden,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    visibility,
    listeners,
    set(next: boolean) {
      hidden = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

/** A poll whose rounds the test settles by hand. */
function manualPoll() {
  const rounds: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  const poll = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        rounds.push({ resolve, reject });
      }),
  );
  return { poll, rounds, last: () => rounds[rounds.length - 1]! };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startPolling', () => {
  it('polls after each interval, with the next timer started only when the round settles', async () => {
    const page = fakePage();
    const { poll, last } = manualPoll();
    const stop = startPolling({ intervalMs: 1000, poll, visibility: page.visibility });
    expect(poll).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);

    await vi.advanceTimersByTimeAsync(999);
    expect(poll).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(poll).toHaveBeenCalledTimes(1);
    // A slow round: no timer runs meanwhile, so rounds never pile up.
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(poll).toHaveBeenCalledTimes(1);

    last().resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(poll).toHaveBeenCalledTimes(2);
    stop();
  });

  it('schedules the next round after a failed one too', async () => {
    const { poll, last } = manualPoll();
    const stop = startPolling({ intervalMs: 100, poll, visibility: fakePage().visibility });
    await vi.advanceTimersByTimeAsync(100);
    last().reject(new Error('blip'));
    await vi.advanceTimersByTimeAsync(100);
    expect(poll).toHaveBeenCalledTimes(2);
    stop();
  });

  it('keeps no timer while the page is hidden, calls onHide, and polls at once when it shows', async () => {
    const page = fakePage();
    const { poll, last } = manualPoll();
    const onHide = vi.fn();
    const stop = startPolling({ intervalMs: 1000, poll, onHide, visibility: page.visibility });

    page.set(true);
    expect(onHide).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(poll).not.toHaveBeenCalled();

    page.set(false);
    expect(poll).toHaveBeenCalledTimes(1);
    last().resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(1);
    stop();
  });

  it('a round that settles while the page is hidden schedules nothing', async () => {
    const page = fakePage();
    const { poll, last } = manualPoll();
    const stop = startPolling({ intervalMs: 1000, poll, visibility: page.visibility });
    await vi.advanceTimersByTimeAsync(1000);
    page.set(true);
    last().reject(new DOMException('Aborted', 'AbortError'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(vi.getTimerCount()).toBe(0);
    expect(poll).toHaveBeenCalledTimes(1);
    stop();
  });

  it('starting on a hidden page waits for it to show', async () => {
    const page = fakePage(true);
    const { poll } = manualPoll();
    const stop = startPolling({ intervalMs: 1000, poll, visibility: page.visibility });
    expect(vi.getTimerCount()).toBe(0);
    page.set(false);
    expect(poll).toHaveBeenCalledTimes(1);
    stop();
  });

  it('keeps one timer when the page shows while a timer already waits', async () => {
    const page = fakePage();
    const { poll } = manualPoll();
    const stop = startPolling({ intervalMs: 1000, poll, visibility: page.visibility });
    page.set(false); // a "visible" event on a shown page
    expect(poll).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);
    stop();
  });

  it('stop clears the timer, stops listening, and a round settling later schedules nothing', async () => {
    const page = fakePage();
    const { poll, last } = manualPoll();
    const stop = startPolling({ intervalMs: 1000, poll, visibility: page.visibility });
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    expect(page.listeners.size).toBe(0);
    last().resolve();
    await vi.advanceTimersByTimeAsync(5000);
    expect(vi.getTimerCount()).toBe(0);
    expect(poll).toHaveBeenCalledTimes(1);
  });
});

describe('documentVisibility', () => {
  it('without a document (Node, a worker) the page counts as shown and nothing is listened to', () => {
    expect(typeof document).toBe('undefined');
    expect(documentVisibility.isHidden()).toBe(false);
    const listener = vi.fn();
    const stop = documentVisibility.onChange(listener);
    expect(() => stop()).not.toThrow();
  });
});
