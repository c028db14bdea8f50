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
  // A table this hook made from the same defaults already holds them and the root's overrides: a part that
  // hands it down to the parts of every row (the list to its sub-run and artifact parts) does not
  // make each row merge it again. Unchanged result: every key is set, so a merge would copy it.
  const merged = own !== undefined && RESOLVED.get(own) === defaults ? (own as L) : undefined;
  const stableOwn = useShallowStable(merged ? undefined : own);
  return useMemo(() => {
    if (merged) return merged;
    const labels = mergeLabels(mergeLabels(defaults, root), stableOwn);
    RESOLVED.set(labels, defaults);
    return labels;
  }, [merged, defaults, root, stableOwn]);
}

/** The tables `useLabels` returned, each with the defaults it was made from. */
const RESOLVED = new WeakMap<object, object>();
