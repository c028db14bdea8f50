import { clsx } from 'clsx';
import { formatCount } from '../../core/format';
import type { SubRunRollup } from '../../core/tree';
import type { AgentStatus } from '../../core/types';
import { AlertIcon, ChevronIcon } from '../badges';
import { defaultInspectLabels, useLabels, useSettings, type AgentInspectLabels, type LabelOverrides } from '../root';

interface Common {
  locale?: string;
  labels?: LabelOverrides<AgentInspectLabels>;
  className?: string;
}

export interface SubRunToggleProps extends Common {
  /** How many sub-runs expanding shows. */
  count: number;
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  /** The id of the element the sub-runs appear in, when there is one (`aria-controls`). */
  controls?: string;
  /** The button's `tabIndex`: `-1` inside a grid row, where the row is the tab stop. */
  tabIndex?: number;
}

/**
 * The button that shows or hides a parent's sub-runs, named "Show {n} sub-runs", its state in
 * `aria-expanded` (and `data-state`). Clicks do not reach the row (they would open the run).
 *
 * @example
 * ```tsx
 * <SubRunToggle count={3} expanded={open} onExpandedChange={(o) => setExpanded(id, o)} />
 * ```
 */
export function SubRunToggle({
  count,
  expanded,
  onExpandedChange,
  controls,
  tabIndex,
  locale: own,
  labels: ownLabels,
  className,
}: SubRunToggleProps) {
  const labels = useLabels(defaultInspectLabels, ownLabels);
  const { locale } = useSettings({ locale: own });
  return (
    <button
      type="button"
      className={clsx('ab-subrun-toggle', className)}
      aria-expanded={expanded}
      aria-controls={controls}
      tabIndex={tabIndex}
      data-state={expanded ? 'open' : 'closed'}
      onClick={(event) => {
        event.stopPropagation();
        onExpandedChange(!expanded);
      }}
    >
      <ChevronIcon className="ab-subrun-chevron" />
      {labels.showSubRuns(count, formatCount(count, locale))}
    </button>
  );
}

const ORDER: readonly AgentStatus[] = ['working', 'blocked', 'failed', 'canceled', 'success'];

export interface SubRunSummaryProps extends Common {
  rollup: SubRunRollup;
}

/**
 * How a parent's sub-runs stand, in words ("2 working · 1 failed"), and, when the parent
 * succeeded while a sub-run failed, a warning with an icon ("Succeeded, but 1 sub-run failed"):
 * the parent's own status would hide that failure.
 *
 * @example
 * ```tsx
 * const rollup = tree.rollupOf(item.id);
 * {rollup ? <SubRunSummary rollup={rollup} /> : null}
 * ```
 */
export function SubRunSummary({ rollup, locale: own, labels: ownLabels, className }: SubRunSummaryProps) {
  const labels = useLabels(defaultInspectLabels, ownLabels);
  const { locale } = useSettings({ locale: own });
  const parts = ORDER.filter((s) => rollup.byStatus[s] > 0).map((s) =>
    labels.subRunCount(s, rollup.byStatus[s], formatCount(rollup.byStatus[s], locale)),
  );
  return (
    <span className={clsx('ab-subrun-summary', className)} data-warning={rollup.succeededWithFailures ? '' : undefined}>
      <span className="ab-subrun-counts">{parts.join(labels.subRunSeparator)}</span>
      {rollup.succeededWithFailures ? (
        <span className="ab-subrun-warning" data-status="failed">
          <AlertIcon />
          {labels.subRunsFailedWarning(rollup.failed, formatCount(rollup.failed, locale))}
        </span>
      ) : null}
    </span>
  );
}

export interface SubRunOfProps extends Common {
  /** The parent's title or id (`tree.missingParentOf(id)`). */
  parent: string;
}

/**
 * "Sub-run of {parent}": on a sub-run shown as a top-level row because its parent is not in the
 * list (filtered out, or never loaded).
 *
 * @example
 * ```tsx
 * const parent = tree.missingParentOf(item.id);
 * {parent ? <SubRunOf parent={parent} /> : null}
 * ```
 */
export function SubRunOf({ parent, labels: ownLabels, className }: SubRunOfProps) {
  const labels = useLabels(defaultInspectLabels, ownLabels);
  return <span className={clsx('ab-subrun-of', className)}>{labels.subRunOf(parent)}</span>;
}
