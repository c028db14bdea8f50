import { useMemo } from 'react';
import { useShallowStable } from '../hooks';
import { mergeLabels, type LabelOverrides } from './labels';
import { useRootSettings } from './settings-context';

/**
 * A part's strings, merged once: its defaults, then the root's `labels` (the view-wide overrides),
 * then the part's own `labels` prop. Nested records (`statuses`, `createdOn`) merge key by key. The
 * result keeps its identity while none of the three changes (an inline `labels={{…}}` that stays
 * equal counts as unchanged).
 *
 * @example
 * ```tsx
 * function MySearch({ labels }: { labels?: LabelOverrides<AgentViewLabels> }) {
 *   const l = useLabels(defaultViewLabels, labels);
 *   return <input aria-label={l.search} placeholder={l.searchPlaceholder} />;
 * }
 * ```
 */
export function useLabels<L extends object>(defaults: L, own: LabelOverrides<L> | undefined): L {
  // The root carries overrides for every part; each part reads the keys it knows.
  const root = useRootSettings().labels as LabelOverrides<L> | undefined;
  const stableOwn = useShallowStable(own);
  return useMemo(() => mergeLabels(mergeLabels(defaults, root), stableOwn), [defaults, root, stableOwn]);
}
