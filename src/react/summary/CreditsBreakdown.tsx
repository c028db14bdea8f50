import * as Popover from '@radix-ui/react-popover';
import * as Toolbar from '@radix-ui/react-toolbar';
import { clsx } from 'clsx';
import { useCallback, useId, useMemo, useState } from 'react';
import { EMPTY_VALUE, formatCredits, getSourceMeta, OTHERS_VALUE, topWithOthers } from '../../core';
import type { SourceRegistry } from '../../core/sources';
import type { AgentSummaryData, FacetOption } from '../../core/types';
import { CreditsIcon } from '../badges';
import { useAgentboardRoot, useStandaloneRootProps, type AgentViewLabels } from '../root';
import { usePopoverTabOut, VisuallyHidden, type AgentboardClassNames } from '../shared';

/** How many sources / creators the credits breakdown lists before "Others". */
export const BREAKDOWN_LIMIT = 5;

/** From this many credits on, the summary card shows the total in compact notation. */
const COMPACT_FROM = 1_000_000;

/** Whether any item behind the summary reported credits (a summary without `creditsKnown`: a positive sum). */
function hasCreditsData(summary: AgentSummaryData): boolean {
  if (typeof summary.creditsKnown === 'number') return summary.creditsKnown > 0;
  return summary.credits > 0 || summary.creditsBySource.length > 0;
}

/**
 * Top five and "Others" — but an "Others" standing for one or two entries would hide names to save
 * no room: up to seven (every built-in source) are all listed.
 */
function keepFor(options: readonly FacetOption[]): number {
  return options.length <= BREAKDOWN_LIMIT + 2 ? options.length : BREAKDOWN_LIMIT;
}

/**
 * The summary's credits card: the total (compact from a million on, "—" when no item reported
 * credits) and, behind it, a popover with the credits by source and by creator — the top
 * `BREAKDOWN_LIMIT` and "Others" (all of them up to seven) — each as a captioned table; "By creator"
 * is left out when every credit is the viewer's own. The popover holds no control: Tab closes it and
 * moves on past the card, Shift+Tab and Escape close it onto the card.
 *
 * @example
 * ```tsx
 * <CreditsBreakdown summary={summary} viewerId="u_1" sourceRegistry={undefined} locale="en-US" labels={labels} classNames={undefined} />
 * ```
 */
export function CreditsBreakdown({
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
  // Controlled, so that Tab can close it: the popover traps nothing (see `usePopoverTabOut`).
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const tabOut = usePopoverTabOut({ onClose: close });

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      {/* A button of the summary's toolbar (one tab stop with the status toggles). */}
      <Toolbar.Button asChild>
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
      </Toolbar.Button>
      <Popover.Portal container={root?.portalContainer ?? undefined}>
        <Popover.Content
          align="end"
          sideOffset={6}
          collisionPadding={8}
          aria-labelledby={`${id}-h`}
          onKeyDown={tabOut.onKeyDown}
          onCloseAutoFocus={tabOut.onCloseAutoFocus}
          className={clsx('ab-popover', 'ab-breakdown', standalone.className)}
          data-color-scheme={standalone['data-color-scheme']}
        >
          <div className="ab-breakdown-head">
            <h2 className="ab-breakdown-title" id={`${id}-h`}>
              {labels.creditsBreakdown}
            </h2>
            <span className="ab-breakdown-total">
              <VisuallyHidden>{labels.creditsTotal} </VisuallyHidden>
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
              {/* Only the viewer's own credits (Personal): "Me 100%" would say nothing. */}
              {byCreator.length === 1 && byCreator[0]?.value === viewerId ? null : (
                <BreakdownTable
                  caption={labels.creditsByCreator}
                  rows={byCreator}
                  total={summary.credits}
                  locale={locale}
                  field="creator"
                />
              )}
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
