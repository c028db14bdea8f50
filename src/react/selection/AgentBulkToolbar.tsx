import { composeEventHandlers } from '@radix-ui/primitive';
import * as Toolbar from '@radix-ui/react-toolbar';
import { clsx } from 'clsx';
import { forwardRef, useMemo, type HTMLAttributes, type KeyboardEvent } from 'react';
import {
  getBulkActions,
  getMatchingBulkActions,
  type AgentActionRules,
  type AgentCustomAction,
} from '../../core/actions';
import { formatCount } from '../../core/format';
import { isMatchingSelection, type AgentSelection } from '../../core/selection';
import type { AgentActionId, AgentItem, AgentStatus } from '../../core/types';
import { actionLabel } from '../actions';
import { defaultActionLabels, useLabels, useSettings, type AgentActionLabels, type LabelOverrides } from '../root';
import { withDisplayName } from '../shared';

export interface AgentBulkToolbarProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'dir'> {
  /** Reading direction: which arrow key is "next" (default: the document's). */
  dir?: 'ltr' | 'rtl';
  selection: AgentSelection;
  /** The selected items that are loaded (for "all matching", the loaded ones not excepted). */
  selectedItems: readonly AgentItem[];
  /** How many are selected ("{n} selected"); for "all matching", `total − except`. */
  count: number | undefined;
  /** The data source's total of matching items; above the loaded rows it offers "Select all {total} matching". */
  total?: number;
  loadedCount: number;
  actions?: readonly AgentActionId[];
  customActions?: readonly AgentCustomAction[];
  /** A bulk button: the action and the ids it applies to (all selected ids it applies to; none for "all matching"). */
  onAction: (action: string, ids: readonly string[]) => void;
  onSelectAllMatching: () => void;
  /**
   * For "all matching": the statuses the question filters by, so that Cancel and Retry are offered
   * only where the match can hold items they apply to.
   */
  matchStatuses?: readonly AgentStatus[] | undefined;
  onClear: () => void;
  /** While an action runs: a Stop button aborts it. */
  running?: boolean;
  onAbort?: () => void;
  locale?: string;
  labels?: LabelOverrides<AgentActionLabels>;
  className?: string;
}

/**
 * The toolbar shown while anything is selected (`role="toolbar"`, named "Bulk actions"): "{n} selected",
 * a button per action that applies to some of the selection ("Retry 2 of 3"), "Select all {total}
 * matching" when the source has more than is loaded, and "Clear selection". One tab stop: the arrow
 * keys (and Home / End) move between its buttons, as the APG toolbar pattern asks. Escape clears. The ref
 * and any other `div` attribute go to the toolbar; an `onKeyDown` runs first, and calling
 * `preventDefault()` in it keeps Escape from clearing.
 *
 * @example
 * ```tsx
 * {sel.count ? <AgentBulkToolbar selection={sel.selection} selectedItems={items} count={sel.count} … /> : null}
 * ```
 */
export const AgentBulkToolbar = withDisplayName(
  /* @__PURE__ */ forwardRef<HTMLDivElement, AgentBulkToolbarProps>(function AgentBulkToolbar(
    {
      selection,
      selectedItems,
      count,
      total,
      loadedCount,
      actions,
      customActions,
      onAction,
      onSelectAllMatching,
      matchStatuses,
      onClear,
      running,
      onAbort,
      locale: localeProp,
      labels: labelsProp,
      className,
      onKeyDown: hostKeyDown,
      ...rest
    },
    ref,
  ) {
    const labels = useLabels(defaultActionLabels, labelsProp);
    const { locale } = useSettings({ locale: localeProp });
    const rules: AgentActionRules = useMemo(() => ({ actions, customActions }), [actions, customActions]);
    const matching = isMatchingSelection(selection);
    const buttons = useMemo(() => {
      if (matching)
        return getMatchingBulkActions(rules, { statuses: matchStatuses }).map((action) => ({
          action,
          ids: [] as string[],
          text: actionLabel(action, rules, labels),
        }));
      return getBulkActions(selectedItems, rules).map((b) => ({
        action: b.action,
        ids: b.ids,
        text: labels.bulkAction(actionLabel(b.action, rules, labels), b.ids.length, b.of, {
          count: formatCount(b.ids.length, locale),
          of: formatCount(b.of, locale),
        }),
      }));
    }, [matching, rules, selectedItems, labels, locale, matchStatuses]);
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClear();
      }
    };
    return (
      // Radix Toolbar: one tab stop, the arrow keys move between its buttons (the APG toolbar).
      <Toolbar.Root
        {...rest}
        ref={ref}
        className={clsx('ab-bulk-toolbar', className)}
        // A toolbar is found and announced by its role and name ("Bulk actions"): never replaced by a
        // host prop.
        role="toolbar"
        aria-label={labels.bulkActions}
        onKeyDown={composeEventHandlers(hostKeyDown, onKeyDown)}
      >
        <span className="ab-bulk-count" aria-live="polite">
          {count === undefined ? null : labels.selectedCount(count, formatCount(count, locale))}
        </span>
        {buttons.map((b) => (
          <Toolbar.Button
            key={b.action}
            type="button"
            className="ab-button"
            data-action={b.action}
            disabled={running}
            onClick={() => onAction(b.action, b.ids)}
          >
            {b.text}
          </Toolbar.Button>
        ))}
        {!matching && total !== undefined && total > loadedCount ? (
          <Toolbar.Button type="button" className="ab-button ab-button-ghost" onClick={onSelectAllMatching}>
            {labels.selectAllMatching(total, formatCount(total, locale))}
          </Toolbar.Button>
        ) : null}
        {running && onAbort ? (
          <Toolbar.Button type="button" className="ab-button" onClick={onAbort}>
            {labels.stop}
          </Toolbar.Button>
        ) : null}
        <Toolbar.Button type="button" className="ab-button ab-button-ghost" onClick={onClear}>
          {labels.clearSelection}
        </Toolbar.Button>
      </Toolbar.Root>
    );
  }),
  'AgentBulkToolbar',
);
