import { clsx } from 'clsx';
import { useMemo, type ReactNode } from 'react';
import { defaultViewLabels, mergeLabels, type AgentViewLabels, type LabelOverrides } from './labels';
import { AlertIcon, FilterIcon, InboxIcon } from './icons';

export interface AgentEmptyStateProps {
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
 * @example
 * ```tsx
 * <AgentEmptyState reason="no-match" onClearFilters={view.clearFilters} />
 * ```
 */
export function AgentEmptyState({ reason, onClearFilters, labels: labelsProp, className }: AgentEmptyStateProps) {
  const labels = useMemo(() => mergeLabels(defaultViewLabels, labelsProp), [labelsProp]);
  const noMatch = reason === 'no-match';
  return (
    <div className={clsx('ab-state', 'ab-empty-state', className)} data-reason={reason}>
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
}

export interface AgentErrorStateProps {
  /** Whatever was thrown or rejected: an `Error`'s message (or a string) is shown under the title. */
  error: unknown;
  onRetry?: () => void;
  labels?: LabelOverrides<AgentViewLabels>;
  className?: string;
}

/** A readable message for any thrown value. */
export function errorMessage(error: unknown): string | undefined {
  if (error instanceof Error) return error.message || undefined;
  if (typeof error === 'string') return error || undefined;
  if (
    error &&
    typeof error === 'object' &&
    'message' in error &&
    typeof (error as { message: unknown }).message === 'string'
  ) {
    return (error as { message: string }).message || undefined;
  }
  return undefined;
}

/**
 * The error state: a title, the error's message and a "Retry" button calling `onRetry`. Announced
 * as an alert.
 *
 * @example
 * ```tsx
 * <AgentErrorState error={new Error('Network unreachable')} onRetry={refetch} />
 * ```
 */
export function AgentErrorState({ error, onRetry, labels: labelsProp, className }: AgentErrorStateProps) {
  const labels = useMemo(() => mergeLabels(defaultViewLabels, labelsProp), [labelsProp]);
  const message = errorMessage(error);
  return (
    <div className={clsx('ab-state', 'ab-error-state', className)} role="alert">
      <span className="ab-state-icon" aria-hidden="true">
        <AlertIcon />
      </span>
      <p className="ab-state-title">{labels.errorTitle}</p>
      {message ? <p className="ab-state-description">{message}</p> : null}
      {onRetry ? (
        <button type="button" className="ab-button" onClick={onRetry}>
          {labels.retry}
        </button>
      ) : null}
    </div>
  );
}

/** Visually hidden, still read by screen readers. */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span className="ab-visually-hidden" id={id}>
      {children}
    </span>
  );
}
