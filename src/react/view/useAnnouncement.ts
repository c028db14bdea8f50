import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { formatCount } from '../../core/format';
import type { AgentSorting } from '../../core/sort';
import type { AgentFilters, AgentTab } from '../../core/types';
import type { AgentDataResult } from '../hooks';
import { LIST_COLUMNS } from '../list';
import type { AgentboardLabels } from '../root';
import { emptyStateTitle } from '../states';
import { emptyReasonOf } from './empty-reason';

export interface AnnouncementOptions {
  filters: AgentFilters;
  tab: AgentTab;
  /** The rows the list shows. */
  count: number;
  /** Whether the items are there at all (a local view with none has no activity, whatever is active). */
  known: boolean;
  labels: AgentboardLabels;
  locale: string | undefined;
  /** The data source's state, or `null` for local items. */
  data: AgentDataResult | null;
  /** The host's controlled sort, if any. */
  sorting: AgentSorting | undefined;
  /** The host's callback, called by the returned `onSortingChange`. */
  onSortingChange: ((sorting: AgentSorting) => void) | undefined;
}

export interface Announcement {
  /** The live region's text. */
  text: string;
  /** Changes with every announcement: key the text's node with it. */
  id: number;
  /** Pass to the list in place of the host's: the view hears the reader's sorts through it. */
  onSortingChange: (sorting: AgentSorting) => void;
}

/** Search typing is announced once it pauses, not at every keystroke. */
const TYPING_PAUSE_MS = 500;
/**
 * What the reader is told after the tab, the search or the filters change: the count in the grid's
 * words, or, for an empty list, the title its empty state shows (`AgentEmptyState`'s choice).
 */
function resultMessage(
  count: number,
  filters: AgentFilters,
  tab: AgentTab,
  known: boolean,
  labels: AgentboardLabels,
  locale: string | undefined,
): string {
  if (count > 0) return labels.resultCount(count, formatCount(count, locale));
  const { reason, query } = emptyReasonOf(filters, tab, known);
  return emptyStateTitle(reason, query, labels);
}

function sortMessage(sorting: AgentSorting, labels: AgentboardLabels): string | null {
  const key = LIST_COLUMNS.find((column) => column.id === sorting.id)?.label;
  if (!key) return null;
  return sorting.desc ? labels.sortedDescending(labels[key]) : labels.sortedAscending(labels[key]);
}

/** Whether `b` differs from `a` in the search text alone (each filter change makes a new object). */
function onlyQueryChanged(a: AgentFilters, b: AgentFilters): boolean {
  if ((a.query ?? '') === (b.query ?? '')) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof AgentFilters)[]);
  for (const key of keys) if (key !== 'query' && !Object.is(a[key], b[key])) return false;
  return true;
}

/**
 * The polite live region of the management view: says what changed, in `labels`, and nothing on
 * mount, when items tick or when live items arrive.
 *
 * - The tab or the filters change: the result in the grid's words ("12 agent runs", `resultCount`),
 *   or for an empty list the title its empty state shows ("No items match these filters"). With
 *   local items once the settled filters are applied, a search once the typing pauses; with a data
 *   source once its answer for them arrived. The same message again is said again.
 * - The reader sorts the list: "Sorted by Credits, descending" (`sortedDescending` /
 *   `sortedAscending`); with a controlled `sorting`, when the host's sort changes.
 * - Live updates take shown rows out of the filters: "2 items no longer match the filters".
 *
 * @example
 * ```tsx
 * const announcement = useAnnouncement({ filters, tab, count, known, labels, locale, data: null, sorting, onSortingChange });
 * <AgentList onSortingChange={announcement.onSortingChange} … />
 * <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
 *   <span key={announcement.id}>{announcement.text}</span>
 * </VisuallyHidden>
 * ```
 */
export function useAnnouncement(options: AnnouncementOptions): Announcement {
  const { filters, tab, count, known, labels, locale, data, sorting, onSortingChange: onHostSortingChange } = options;
  const settled = useDeferredValue(filters);
  // A live region speaks when its content changes, so the same message twice would be said once.
  // Each announcement is a new node (as React Aria's LiveAnnouncer appends one per message: the
  // key changes) and a repeated message also alternates a trailing no-break space, which no screen
  // reader voices, so its text differs from the last one as well.
  const [live, setLive] = useState({ message: '', bump: false, id: 0 });
  const announce = useCallback((message: string) => {
    setLive((prev) => ({ message, bump: prev.message === message && !prev.bump, id: prev.id + 1 }));
  }, []);

  const latest = useRef({ count, known, labels, locale });
  latest.current = { count, known, labels, locale };
  const remote = data !== null;
  // Compare with what was last seen rather than counting mounts, so StrictMode's double effect
  // run on mount announces nothing.
  const seen = useRef({ settled, tab });
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(typing.current), []);
  useEffect(() => {
    if (remote) return;
    const before = seen.current;
    if (before.settled === settled && before.tab === tab) return;
    seen.current = { settled, tab };
    clearTimeout(typing.current);
    const say = () => {
      const { count: n, known: k, labels: l, locale: loc } = latest.current;
      announce(resultMessage(n, settled, tab, k, l, loc));
    };
    if (before.tab === tab && onlyQueryChanged(before.settled, settled))
      typing.current = setTimeout(say, TYPING_PAUSE_MS);
    else say();
  }, [settled, tab, remote, announce]);

  // A data source: announce when an answer lands, except the first one (that is the mount).
  const loading = data?.loading ?? false;
  const failed = data?.error != null;
  const total = data?.total;
  const answered = useRef(false);
  const filtersRef = useRef({ filters, tab });
  filtersRef.current = { filters, tab };
  useEffect(() => {
    if (!remote || loading) return;
    if (!answered.current) {
      answered.current = true;
      return;
    }
    if (failed) return;
    const { count: n, labels: l, locale: loc } = latest.current;
    announce(resultMessage(total ?? n, filtersRef.current.filters, filtersRef.current.tab, true, l, loc));
    // `total` is read when the answer lands, not followed as live updates adjust it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remote, loading]);

  const left = data?.leftFilter.length ?? 0;
  const leftBefore = useRef(left);
  useEffect(() => {
    const before = leftBefore.current;
    leftBefore.current = left;
    if (left > before) announce(latest.current.labels.leftFilter(left, formatCount(left, latest.current.locale)));
  }, [left, announce]);

  // Sorting: the list calls back for the reader's sorts (only real changes). Uncontrolled, that is
  // the sort shown; controlled, the host decides, so its `sorting` is followed instead.
  const controlled = sorting !== undefined;
  const hostSortingChange = useRef(onHostSortingChange);
  hostSortingChange.current = onHostSortingChange;
  const controlledRef = useRef(controlled);
  controlledRef.current = controlled;
  const onSortingChange = useCallback(
    (next: AgentSorting) => {
      if (!controlledRef.current) {
        const message = sortMessage(next, latest.current.labels);
        if (message) announce(message);
      }
      hostSortingChange.current?.(next);
    },
    [announce],
  );
  const sortId = sorting?.id;
  const sortDesc = sorting?.desc;
  const seenSort = useRef({ sortId, sortDesc });
  useEffect(() => {
    const before = seenSort.current;
    if (before.sortId === sortId && before.sortDesc === sortDesc) return;
    seenSort.current = { sortId, sortDesc };
    if (sortId === undefined) return;
    const message = sortMessage({ id: sortId, desc: !!sortDesc }, latest.current.labels);
    if (message) announce(message);
  }, [sortId, sortDesc, announce]);

  return { text: live.bump ? `${live.message}\u00a0` : live.message, id: live.id, onSortingChange };
}
