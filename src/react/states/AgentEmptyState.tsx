import { clsx } from 'clsx';
import { forwardRef, type HTMLAttributes } from 'react';
import { FilterIcon, InboxIcon } from '../badges';
import { defaultViewLabels, useLabels, type AgentViewLabels, type LabelOverrides } from '../root';

export interface AgentEmptyStateProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** `no-data`: nothing at all yet. `no-match`: the filters hide everything (offers "Clear filters"). */
  reason: 'no-data' | 'no-match';
  onClearFilters?: () => void;
  labels?: LabelOverrides<AgentViewLabels>;
  className?: string;
}

/**
 * The list's empty state. "No agent activity yet" (with a short line on what will appear) differs
 * from "No items match these filters", which offers a "Clear filters" button. Data attribute:
 * `data-reason`.
 *
 * The ref and any other `div` attribute go to the outer element.
 *
 * @example
 * ```tsx
 * <AgentEmptyState reason="no-match" onClearFilters={view.clearFilters} />
 * ```
 */
export const AgentEmptyState = forwardRef<HTMLDivElement, AgentEmptyStateProps>(function AgentEmptyState(
  { reason, onClearFilters, labels: labelsProp, className, ...rest },
  ref,
) {
  const labels = useLabels(defaultViewLabels, labelsProp);
  const noMatch = reason === 'no-match';
  return (
    <div {...rest} ref={ref} className={clsx('ab-state', 'ab-empty-state', className)} data-reason={reason}>
      <span className="ab-state-icon" aria-hidden="true">
        {noMatch ? <FilterIcon /> : <InboxIcon />}
      </span>
      <p className="ab-state-title">{noMatch ? labels.noMatchTitle : labels.emptyTitle}</p>
      <p className="ab-state-description">{noMatch ? labels.noMatchDescription : labels.emptyDescription}</p>
      {noMatch && onClearFilters ? (
        <button type="button" className="ab-button" onClick={onClearFilters}>
          {labels.clearFilters}
        </button>
      ) : null}
    </div>
  );
});
AgentEmptyState.displayName = 'AgentEmptyState';
