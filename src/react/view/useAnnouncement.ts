import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { formatCount } from '../../core/format';
import type { AgentFilters, AgentTab } from '../../core/types';
import type { AgentDataResult } from '../hooks';
import type { AgentboardLabels } from '../root';

/**
 * The text of the polite live region. The result count is set only after the filters or the tab
 * change (never on mount, never because items ticked or arrived): with local items once the
 * settled filters are applied, with a data source once its answer for them arrived. Live updates
 * that take shown rows out of the filters are announced too ("2 items no longer match the filters").
 *
 * @example
 * ```tsx
 * const text = useAnnouncement(view.filters, view.tab, view.visibleItems.length, labels, locale, null);
 * <VisuallyHidden role="status" aria-live="polite">{text}</VisuallyHidden>
 * ```
 */
export function useAnnouncement(
  filters: AgentFilters,
  tab: AgentTab,
  count: number,
  labels: AgentboardLabels,
  locale: string | undefined,
  data: AgentDataResult | null,
): string {
  const settled = useDeferredValue(filters);
  const [text, setText] = useState('');
  const countRef = useRef(count);
  countRef.current = count;
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  const remote = data !== null;
  // Compare with what was last seen rather than counting mounts, so StrictMode's double effect
  // run on mount announces nothing.
  const seen = useRef({ settled, tab });
  useEffect(() => {
    if (remote) return;
    if (seen.current.settled === settled && seen.current.tab === tab) return;
    seen.current = { settled, tab };
    const n = countRef.current;
    setText(labelsRef.current.resultCount(n, formatCount(n, locale)));
  }, [settled, tab, locale, remote]);

  // A data source: announce when an answer lands, except the first one (that is the mount).
  const loading = data?.loading ?? false;
  const failed = data?.error != null;
  const total = data?.total;
  const answered = useRef(false);
  useEffect(() => {
    if (!remote || loading) return;
    if (!answered.current) {
      answered.current = true;
      return;
    }
    if (failed) return;
    const n = total ?? countRef.current;
    setText(labelsRef.current.resultCount(n, formatCount(n, locale)));
    // `total` is read when the answer lands, not followed as live updates adjust it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remote, loading]);

  const left = data?.leftFilter.length ?? 0;
  const leftBefore = useRef(left);
  useEffect(() => {
    const before = leftBefore.current;
    leftBefore.current = left;
    if (left > before) setText(labelsRef.current.leftFilter(left, formatCount(left, locale)));
  }, [left, locale]);
  return text;
}
