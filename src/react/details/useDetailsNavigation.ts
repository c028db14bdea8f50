import { useCallback, useRef } from 'react';

export interface UseDetailsNavigationOptions {
  /**
   * The ids in the view's current filter and sort: what `j` / `k` step through. A function is
   * called only when stepping (the view reads the list's rows then, without re-rendering for them).
   */
  orderedIds: readonly string[] | (() => readonly string[]);
  /** The id whose details are open, or null. */
  details: string | null;
  onDetailsChange: (id: string | null) => void;
  /** The row of an id, to return focus to when the panel closes (the one last shown). */
  getRowElement?: (id: string) => HTMLElement | null | undefined;
}

export interface DetailsNavigation {
  /** Opens the details of `id`; `from` is where focus returns if the row cannot be found. */
  open: (id: string, from?: HTMLElement | null) => void;
  close: () => void;
  /** +1: the next item of `orderedIds`, −1 the previous; stops at either end, never leaves the order. */
  step: (delta: 1 | -1) => void;
  /** For `<AgentDetails returnFocusTo>`: the row of the item last shown, else the opener. */
  returnFocusTo: () => HTMLElement | null;
}

/**
 * The details panel's navigation for the view: open and close, `j` / `k` over the view's current
 * filter and sort (an item the filters no longer keep steps to the first or last one), and where
 * focus returns when the panel closes. Stateless apart from the opener: `details` stays the
 * caller's (a prop, `useUrlFilters().details`, …).
 *
 * @example
 * ```tsx
 * const nav = useDetailsNavigation({ orderedIds, details, onDetailsChange: setDetails, getRowElement });
 * {item ? <AgentDetails item={item} onClose={nav.close} onStep={nav.step} returnFocusTo={nav.returnFocusTo} /> : null}
 * ```
 */
export function useDetailsNavigation(options: UseDetailsNavigationOptions): DetailsNavigation {
  const latest = useRef(options);
  latest.current = options;
  const opener = useRef<HTMLElement | null>(null);
  const lastShown = useRef<string | null>(null);
  if (options.details !== null) lastShown.current = options.details;

  const open = useCallback((id: string, from?: HTMLElement | null) => {
    opener.current = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    latest.current.onDetailsChange(id);
  }, []);
  const close = useCallback(() => latest.current.onDetailsChange(null), []);
  const step = useCallback((delta: 1 | -1) => {
    const { details, onDetailsChange } = latest.current;
    const ids = latest.current.orderedIds;
    const orderedIds = typeof ids === 'function' ? ids() : ids;
    if (orderedIds.length === 0) return;
    const at = details === null ? -1 : orderedIds.indexOf(details);
    const next = at === -1 ? (delta > 0 ? 0 : orderedIds.length - 1) : at + delta;
    if (next < 0 || next >= orderedIds.length || next === at) return;
    onDetailsChange(orderedIds[next]!);
  }, []);
  const returnFocusTo = useCallback(() => {
    const id = lastShown.current;
    const row = id === null ? null : latest.current.getRowElement?.(id);
    return row ?? opener.current;
  }, []);
  return { open, close, step, returnFocusTo };
}
