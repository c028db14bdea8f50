import * as Popover from '@radix-ui/react-popover';
import { clsx } from 'clsx';
import { useId, useMemo } from 'react';
import { EMPTY_VALUE, formatCredits, getSourceMeta, OTHERS_VALUE, topWithOthers } from '../../core';
import { EMPTY_FILTERS, toggleStatus } from '../../core/filter-state';
import { formatCount } from '../../core/format';
import type { SourceRegistry } from '../../core/sources';
import type { AgentFilters, AgentStatus, AgentSummaryData, FacetOption } from '../../core/types';
import { CreditsIcon, LiveDot } from '../badges';
import { useControllableState } from '../hooks';
import {
  defaultViewLabels,
  mergeLabels,
  useAgentboardRoot,
  useStandaloneRootProps,
  type AgentViewLabels,
  type LabelOverrides,
} from '../root';
import type { AgentboardClassNames } from '../shared';

/** How many sources / creators the credits breakdown lists before "Others". */
export const BREAKDOWN_LIMIT = 5;

/** From this many credits on, the summary card shows the total in compact notation. */
const COMPACT_FROM = 1_000_000;

export interface AgentSummaryProps {
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
 * @example
 * ```tsx
 * const view = useAgentView({ items, viewerId: 'u_1' });
 * <AgentSummary summary={view.summary} filters={view.filters} onFiltersChange={view.setFilters} />
 * ```
 */
export function AgentSummary({
  summary,
  filters: filtersProp,
  defaultFilters,
  onFiltersChange,
  viewerId,
  sourceRegistry,
  locale,
  labels: labelsProp,
  classNames,
  className,
  credits: showCredits = true,
}: AgentSummaryProps) {
  const labels = useMemo(() => mergeLabels(defaultViewLabels, labelsProp), [labelsProp]);
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
      className={clsx('ab-summary', standalone.className, classNames?.summary, className)}
      data-color-scheme={standalone['data-color-scheme']}
      aria-label={labels.summary}
      data-live={working > 0 ? '' : undefined}
    >
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
          <button
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
          </button>
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
    </section>
  );
}

/** Whether any item behind the summary reported credits (a summary without `creditsKnown`: a positive sum). */
function hasCreditsData(summary: AgentSummaryData): boolean {
  if (typeof summary.creditsKnown === 'number') return summary.creditsKnown > 0;
  return summary.credits > 0 || summary.creditsBySource.length > 0;
}

/** Top five and "Others" — but an "Others" standing for a single entry would hide its name: show it. */
function keepFor(options: readonly FacetOption[]): number {
  return options.length === BREAKDOWN_LIMIT + 1 ? BREAKDOWN_LIMIT + 1 : BREAKDOWN_LIMIT;
}

function CreditsBreakdown({
  summary,
  viewerId,
  sourceRegistry,
  locale,
  labels,
  classNames,
}: {
  summary: AgentSummaryData;
  viewerId: string | undefined;
  sourceRegistry: SourceRegistry | undefined;
  locale: string | undefined;
  labels: AgentViewLabels;
  classNames: AgentboardClassNames | undefined;
}) {
  const root = useAgentboardRoot();
  const standalone = useStandaloneRootProps();
  const id = useId();
  const bySource = useMemo(
    () =>
      topWithOthers(summary.creditsBySource, keepFor(summary.creditsBySource), labels.creditsOthers).map((o) =>
        o.value === OTHERS_VALUE || !sourceRegistry ? o : { ...o, label: getSourceMeta(o.value, sourceRegistry).label },
      ),
    [summary.creditsBySource, labels.creditsOthers, sourceRegistry],
  );
  const byCreator = useMemo(
    () =>
      topWithOthers(summary.creditsByCreator, keepFor(summary.creditsByCreator), labels.creditsOthers).map((o) =>
        viewerId && o.value === viewerId && o.value !== OTHERS_VALUE ? { ...o, label: labels.me } : o,
      ),
    [summary.creditsByCreator, labels.creditsOthers, labels.me, viewerId],
  );
  const known = hasCreditsData(summary);
  // No item reported credits: the sum is unknown, not zero, so no "0" anywhere.
  const total = known ? formatCredits(summary.credits, { locale }) : EMPTY_VALUE;
  // A huge total stays readable in the card (12.3M); the breakdown shows it in full.
  const cardTotal =
    known && summary.credits >= COMPACT_FROM ? formatCredits(summary.credits, { locale, compact: true }) : total;
  const empty = !known || (summary.creditsBySource.length === 0 && summary.credits === 0);

  return (
    <Popover.Root>
      <Popover.Trigger
        className={clsx('ab-summary-item', 'ab-summary-credits', classNames?.summaryItem)}
        data-empty={known ? undefined : ''}
        // The name starts with the visible label, so it stays distinct from the list's "Credits"
        // column and contains the visible text (WCAG label-in-name).
        aria-label={known ? undefined : labels.summaryCreditsUnknown(labels.summaryCredits)}
        title={known ? undefined : labels.creditsNotReported}
      >
        <span className="ab-summary-label" id={`${id}-l`}>
          {labels.summaryCredits}
        </span>{' '}
        <span className="ab-summary-value" id={`${id}-v`}>
          <CreditsIcon className="ab-summary-credits-icon" />
          {cardTotal}
        </span>
      </Popover.Trigger>
      <Popover.Portal container={root?.portalContainer ?? undefined}>
        <Popover.Content
          align="end"
          sideOffset={6}
          collisionPadding={8}
          aria-labelledby={`${id}-h`}
          className={clsx('ab-popover', 'ab-breakdown', standalone.className)}
          data-color-scheme={standalone['data-color-scheme']}
        >
          <div className="ab-breakdown-head">
            <h2 className="ab-breakdown-title" id={`${id}-h`}>
              {labels.creditsBreakdown}
            </h2>
            <span className="ab-breakdown-total">
              <span className="ab-visually-hidden">{labels.creditsTotal} </span>
              <span data-total="">{total}</span>
            </span>
          </div>
          {empty ? (
            <p className="ab-section-empty">{labels.noCredits}</p>
          ) : (
            <>
              <BreakdownTable
                caption={labels.creditsBySource}
                rows={bySource}
                total={summary.credits}
                locale={locale}
                field="source"
              />
              <BreakdownTable
                caption={labels.creditsByCreator}
                rows={byCreator}
                total={summary.credits}
                locale={locale}
                field="creator"
              />
            </>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function BreakdownTable({
  caption,
  rows,
  total,
  locale,
  field,
}: {
  caption: string;
  rows: readonly FacetOption[];
  total: number;
  locale: string | undefined;
  field: string;
}) {
  return (
    <table className="ab-breakdown-table" data-field={field}>
      <caption className="ab-section-title">{caption}</caption>
      {/* Column widths for the fixed layout (Chromium ignores a cell's own width next to a caption). */}
      <colgroup>
        <col />
        <col className="ab-breakdown-col-value" />
      </colgroup>
      <tbody>
        {rows.map((row) => {
          const share = total > 0 ? Math.max(0, Math.min(1, row.count / total)) : 0;
          return (
            <tr key={row.value} data-value={row.value} data-others={row.value === OTHERS_VALUE ? '' : undefined}>
              <th scope="row" className="ab-breakdown-label">
                <span className="ab-breakdown-name">{row.label}</span>
                <span className="ab-breakdown-bar" aria-hidden="true">
                  <span style={{ width: `${(share * 100).toFixed(1)}%` }} />
                </span>
              </th>
              <td className="ab-breakdown-value" data-credits={row.count}>
                {formatCredits(row.count, { locale })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
