import { clsx } from 'clsx';
import { forwardRef, memo, useId, type HTMLAttributes } from 'react';
import { STATUS_META } from '../../core/status';
import type { AgentStatus } from '../../core/types';
import { STATUS_ICONS } from './icons';
import { VisuallyHidden, withDisplayName } from '../shared';

export interface StatusBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  status: AgentStatus;
  /** What a blocked item waits on, or the error of a failed one. Shown as a tooltip and described to screen readers. */
  detail?: string;
  /** The status as the host sent it; shown in the tooltip when it differs from the label. */
  rawStatus?: string;
  /** Visible label; defaults to the status's label (`Working`, `Blocked`…). */
  label?: string;
  className?: string;
}

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

function sameWords(a: string, b: string): boolean {
  return a.toLowerCase().replace(NON_ALNUM, '') === b.toLowerCase().replace(NON_ALNUM, '');
}

/**
 * A status as an icon plus a visible label — never colour alone. Each status has its own icon shape
 * (spinner, pause, slashed circle, x, check). The accessible name is the label; the detail and the raw
 * status (when it says something the label does not) form its description and its tooltip.
 *
 * Data attributes: `data-status`. The ref and any other `span` attribute go to the badge.
 *
 * @example <StatusBadge status="blocked" detail="Approve the deploy plan" />
 */
export const StatusBadge = withDisplayName(
  /* @__PURE__ */ memo(
    /* @__PURE__ */ forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(
      { status, detail, rawStatus, label, className, ...rest },
      ref,
    ) {
      const descriptionId = useId();
      const meta = STATUS_META[status] ?? STATUS_META.failed;
      const Icon = STATUS_ICONS[status] ?? STATUS_ICONS.failed;
      const text = label ?? meta.label;
      const raw = typeof rawStatus === 'string' ? rawStatus.trim() : '';
      const parts: string[] = [];
      if (typeof detail === 'string' && detail.trim()) parts.push(detail.trim());
      if (raw && !sameWords(raw, text)) parts.push(`(${raw})`);
      const description = parts.join(' ');
      return (
        <span
          data-status={status}
          title={description ? `${text}: ${description}` : undefined}
          {...rest}
          ref={ref}
          className={clsx('ab-badge', 'ab-status-badge', className)}
          // An image is announced by its name alone: the status label must be that name, and the detail
          // its description, whatever else the host passes.
          role="img"
          aria-label={text}
          aria-describedby={description ? descriptionId : rest['aria-describedby']}
        >
          <Icon />
          <span className="ab-badge-label">{text}</span>
          {description ? <VisuallyHidden id={descriptionId}>{description}</VisuallyHidden> : null}
        </span>
      );
    }),
  ),
  'StatusBadge',
);
