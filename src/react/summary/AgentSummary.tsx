import * as Toolbar from '@radix-ui/react-toolbar';
import { clsx } from 'clsx';
import { forwardRef, useId, type HTMLAttributes } from 'react';
import { EMPTY_FILTERS, toggleStatus } from '../../core/filter-state';
import { formatCount } from '../../core/format';
import type { SourceRegistry } from '../../core/sources';
import type { AgentFilters, AgentStatus, AgentSummaryData } from '../../core/types';
import { LiveDot } from '../badges';
import { useControllableState } from '../hooks';
import {
  defaultViewLabels,
  useLabels,
  useSettings,
  useStandaloneRootProps,
  type AgentViewLabels,
  type LabelOverrides,
} from '../root';
import type { AgentboardClassNames } from '../shared';
import { BREAKDOWN_LIMIT, CreditsBreakdown } from './CreditsBreakdown';

export { BREAKDOWN_LIMIT };

export interface AgentSummaryProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'dir'> {
  /** Reading direction: which arrow key is "next" among the cards (default: left to right). */
  dir?: 'ltr' | 'rtl';
  /** Totals of the visible items (`useAgentView().summary`, from core `summarize`). */
  summary: AgentSummaryData;
  /** Controlled filters: the status toggles add or remove one status in `filters.statuses`. */
  filters?: AgentFilters;
  defaultFilters?: AgentFilters;
  onFiltersChange?: (filters: AgentFilters) => void;
  /** The viewer: shown as "Me" in the breakdown by creator. */
  viewerId?: string;
  sourceRegistry?: SourceRegistry;
  locale?: string;
  labels?: LabelOverrides<AgentViewLabels>;
  classNames?: AgentboardClassNames;
  className?: string;
  /**
   * `false` leaves out the credits total and its breakdown — e.g. with a data source that does not
   * sum credits over every match, where the loaded rows' sum would understate it. Default true.
   */
  credits?: boolean;
}

const TOGGLES: readonly { status: AgentStatus; label: keyof AgentViewLabels }[] = [
  { status: 'working', label: 'summaryWorking' },
  { status: 'blocked', label: 'summaryBlocked' },
  { status: 'failed', label: 'summaryFailed' },
];

/**
 * The view at a glance, for the visible items: total, working now (with a live dot while anything
 * runs), blocked ("Needs you"), failed, and the credits total. Each status count is a toggle
 * (`aria-pressed`) that adds or removes exactly that status in `filters.statuses` — the same state
 * the filter menu's Status section edits, so its chips follow. The credits total (a button named
 * "Credits total, …", distinct from the list's Credits column) opens a breakdown by source and by
 * creator (top five and "Others"), which sums to the total. When no visible item reports credits it
 * reads "—" (named "Credits total, no data", tooltip "No credits reported"), never "0". Data
 * attributes: `data-status` and `data-state="on|off"` on toggles, `data-live` while working,
 * `data-empty` on a toggle at 0 and on the credits tile without data.
 *
 * Keyboard: the toggles and the credits total are one tab stop, a toolbar named like the summary
 * (←/→, Home and End move between them; Space or Enter presses).
 *
 * The ref and any other `section` attribute go to the outer `section`.
 *
 * @example
 * ```tsx
 * const view = useAgentView({ items, viewerId: 'u_1' });
 * <AgentSummary summary={view.summary} filters={view.filters} onFiltersChange={view.setFilters} />
 * ```
 */
export const AgentSummary = forwardRef<HTMLElement, AgentSummaryProps>(function AgentSummary(
  {
    summary,
    filters: filtersProp,
    defaultFilters,
    onFiltersChange,
    viewerId: viewerIdProp,
    sourceRegistry: sourceRegistryProp,
    locale: localeProp,
    labels: labelsProp,
    classNames: classNamesProp,
    className,
    credits: showCredits = true,
    dir,
    ...rest
  },
  ref,
) {
  const { viewerId, sourceRegistry, locale, classNames } = useSettings({
    viewerId: viewerIdProp,
    sourceRegistry: sourceRegistryProp,
    locale: localeProp,
    classNames: classNamesProp,
  });
  const labels = useLabels(defaultViewLabels, labelsProp);
  const [filters, setFilters] = useControllableState<AgentFilters>({
    prop: filtersProp,
    defaultProp: defaultFilters ?? EMPTY_FILTERS,
    onChange: onFiltersChange,
    name: 'AgentSummary.filters',
  });
  const standalone = useStandaloneRootProps();
  const id = useId();
  const working = summary.byStatus.working ?? 0;

  return (
    <section
      data-color-scheme={standalone['data-color-scheme']}
      data-live={working > 0 ? '' : undefined}
      {...rest}
      ref={ref}
      dir={dir}
      className={clsx('ab-summary', standalone.className, classNames?.summary, className)}
      // The region's name comes from `labels.summary`; a stray `aria-label` must not replace it.
      aria-label={labels.summary}
    >
      {/* The toggles and the credits total are one tab stop (the APG toolbar): ←/→, Home and End
          move between them. The toolbar is the cards' grid; the total is a card but no control. */}
      <Toolbar.Root className="ab-summary-controls" aria-label={labels.summary} dir={dir}>
        <div className={clsx('ab-summary-item', 'ab-summary-total', classNames?.summaryItem)} data-kind="total">
          <span className="ab-summary-label">{labels.summaryTotal}</span>{' '}
          <span className="ab-summary-value" id={`${id}-total-v`}>
            {formatCount(summary.total, locale)}
          </span>
        </div>
        {TOGGLES.map(({ status, label }) => {
          const count = summary.byStatus[status] ?? 0;
          const pressed = filters.statuses?.includes(status) ?? false;
          const labelId = `${id}-${status}-l`;
          const valueId = `${id}-${status}-v`;
          return (
            <Toolbar.Button
              key={status}
              type="button"
              className={clsx('ab-summary-item', 'ab-summary-toggle', classNames?.summaryItem)}
              data-status={status}
              data-state={pressed ? 'on' : 'off'}
              data-empty={count === 0 ? '' : undefined}
              data-live={status === 'working' && count > 0 ? '' : undefined}
              aria-pressed={pressed}
              onClick={() => setFilters((f) => toggleStatus(f, status))}
            >
              <span className="ab-summary-label">
                {status === 'working' && count > 0 ? (
                  <LiveDot className="ab-summary-live" />
                ) : (
                  <span className="ab-summary-dot" aria-hidden="true" />
                )}
                <span id={labelId}>{labels[label] as string}</span>
              </span>{' '}
              <span className="ab-summary-value" id={valueId}>
                {formatCount(count, locale)}
              </span>
            </Toolbar.Button>
          );
        })}
        {showCredits ? (
          <CreditsBreakdown
            summary={summary}
            viewerId={viewerId}
            sourceRegistry={sourceRegistry}
            locale={locale}
            labels={labels}
            classNames={classNames}
          />
        ) : null}
      </Toolbar.Root>
    </section>
  );
});
AgentSummary.displayName = 'AgentSummary';
