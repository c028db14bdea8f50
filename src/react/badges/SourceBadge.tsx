import { clsx } from 'clsx';
import { forwardRef, memo, type HTMLAttributes } from 'react';
import { getSourceMeta, type SourceRegistry } from '../../core/sources';
import { withDisplayName, type SourceIcons } from '../shared';
import { sourceIconOf } from './icons';

export type { SourceIcons };

export interface SourceBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  source: string;
  /** Host-registered sources: labels and groups (see `getSourceMeta`). */
  registry?: SourceRegistry;
  /** Host-registered icons, keyed by source. */
  icons?: SourceIcons;
  className?: string;
}

/**
 * Where an item was launched from: an icon and the source's label (`Slack`, `CLI`, `GitHub Actions`…).
 * Built-in sources have distinct icons; a host source uses its registered icon or a generic one.
 *
 * Data attributes: `data-source`, `data-group` (`app` | `developer` | `integration` | `automation`).
 * The ref and any other `span` attribute go to the badge.
 *
 * @example <SourceBadge source="slack" />
 */
export const SourceBadge = withDisplayName(
  /* @__PURE__ */ memo(
    /* @__PURE__ */ forwardRef<HTMLSpanElement, SourceBadgeProps>(function SourceBadge(
      { source, registry, icons, className, ...rest },
      ref,
    ) {
      const meta = getSourceMeta(source, registry);
      const { custom, Icon } = sourceIconOf(source, icons);
      const icon =
        custom !== undefined ? (
          <span className="ab-icon" aria-hidden="true">
            {custom}
          </span>
        ) : (
          <Icon />
        );
      return (
        <span
          data-source={source}
          data-group={meta.group}
          title={meta.label}
          {...rest}
          ref={ref}
          className={clsx('ab-badge', 'ab-source-badge', className)}
        >
          {icon}
          <span className="ab-badge-label" dir="auto">
            {meta.label}
          </span>
        </span>
      );
    }),
  ),
  'SourceBadge',
);
