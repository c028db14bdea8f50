import { clsx } from 'clsx';
import { forwardRef, type HTMLAttributes } from 'react';
import { AlertIcon } from '../badges';
import { defaultViewLabels, useLabels, type AgentViewLabels, type LabelOverrides } from '../root';
import { errorMessage } from './error-message';

export interface AgentErrorStateProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Whatever was thrown or rejected: an `Error`'s message (or a string) is shown under the title. */
  error: unknown;
  onRetry?: () => void;
  labels?: LabelOverrides<AgentViewLabels>;
  className?: string;
}

/**
 * The error state: a title, the error's message and a "Retry" button calling `onRetry`. Announced
 * as an alert.
 *
 * The ref and any other `div` attribute go to the outer element.
 *
 * @example
 * ```tsx
 * <AgentErrorState error={new Error('Network unreachable')} onRetry={refetch} />
 * ```
 */
export const AgentErrorState = forwardRef<HTMLDivElement, AgentErrorStateProps>(function AgentErrorState(
  { error, onRetry, labels: labelsProp, className, ...rest },
  ref,
) {
  const labels = useLabels(defaultViewLabels, labelsProp);
  const message = errorMessage(error);
  return (
    <div {...rest} ref={ref} className={clsx('ab-state', 'ab-error-state', className)} role="alert">
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
});
AgentErrorState.displayName = 'AgentErrorState';
