import { clsx } from 'clsx';
import { useCallback, useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { setListField } from '../../core/filter-state';
import type { AgentItem } from '../../core/types';
import { AgentActionConfirm } from '../actions';
import { AgentDetails } from '../details';
import { AgentList } from '../list';
import { AgentNeedsYou } from '../needs-you';
import type { AgentboardLabels } from '../root';
import { AgentBulkToolbar } from '../selection';
import { VisuallyHidden } from '../shared';
import { AgentErrorState } from '../states';
import { AgentSummary } from '../summary';
import { useToast } from '../toast';
import { LiveBar } from './LiveBar';
import { useViewActions, type ViewActionsOptions } from './useViewActions';
import { useViewDetails } from './useViewDetails';
import type { AgentManagementViewProps } from './view-props';

export interface ViewBodyProps
  extends
    ViewActionsOptions,
    Pick<
      AgentManagementViewProps,
      | 'onOpenRun'
      | 'onOpenConversation'
      | 'sorting'
      | 'defaultSorting'
      | 'onSortingChange'
      | 'density'
      | 'classNames'
      | 'details'
      | 'defaultDetails'
      | 'onDetailsChange'
      | 'renderDetails'
    > {
  labels: AgentboardLabels;
  loading: boolean;
  awaitingFirstItems: boolean;
  hasError: boolean;
  error: unknown;
  onRetry: (() => void) | undefined;
  onEndReached: (() => void) | undefined;
  showSummary: boolean;
  pinBlocked: boolean;
  emptyState: ReactNode;
  /** Nothing narrows the list (or there are no items at all): an empty list then means no activity. */
  noData: boolean;
  renderTitleExtra: ((item: AgentItem) => ReactNode) | undefined;
  onShowPending: () => void;
}

/**
 * The management view's tab panel: the summary, Needs you, the live bar, the bulk toolbar, the list
 * (or the error state, or the empty state when there is no activity at all) with the details panel
 * beside it, the action confirmation and the actions' polite announcements. Rendered inside the
 * view's toast provider, which the actions' toasts need.
 */
export function ViewBody(props: ViewBodyProps): ReactElement {
  const { view, hasError, awaitingFirstItems, classNames, onOpenRun, onOpenConversation, getItemHref } = props;
  const { tab, filters, setFilters, visibleItems, data, remote } = view;
  const showBlockedInList = useCallback(
    () => setFilters((f) => setListField(f, 'statuses', ['blocked'])),
    [setFilters],
  );
  const mainRef = useRef<HTMLDivElement>(null);
  const details = useViewDetails({
    details: props.details,
    defaultDetails: props.defaultDetails,
    onDetailsChange: props.onDetailsChange,
    items: view.items,
    loading: props.loading,
    containerRef: mainRef,
  });
  const act = useViewActions({ ...props, onShowDetails: details.open });
  const toast = useToast();
  const onCopied = useCallback((_text: string, message: string) => toast.show({ message }), [toast]);
  const onCopyError = useCallback(
    (branch: string) => toast.show({ message: props.labels.branchCopyFailed(branch), tone: 'error' }),
    [toast, props.labels],
  );
  // No activity at all: no row of zero tiles and no column headers to sort nothing by, just the
  // message in the list's place. Filters that hide everything keep the list's header (its columns
  // and sort stay while the reader changes the filters).
  const noActivity = props.noData && !hasError && !props.loading && visibleItems.length === 0;
  // The list reports scrolling away from the top; with it gone the reader is at the top, so live
  // items that arrive show at once instead of waiting behind "N new items".
  const setAtTop = data.setAtTop;
  useEffect(() => {
    if (noActivity && remote) setAtTop(true);
  }, [noActivity, remote, setAtTop]);
  return (
    <>
      {props.showSummary && !hasError && !awaitingFirstItems && !noActivity ? (
        <AgentSummary
          summary={view.summary}
          filters={filters}
          onFiltersChange={setFilters}
          credits={!remote || data.summary !== undefined}
        />
      ) : null}
      {props.pinBlocked && tab === 'personal' && !hasError ? (
        <AgentNeedsYou
          items={visibleItems}
          onOpenRun={onOpenRun}
          onOpenConversation={onOpenConversation}
          getItemHref={getItemHref}
          // A long list shows in the list itself (virtualised): Personal, filtered to Blocked.
          onShowAllInList={showBlockedInList}
        />
      ) : null}
      {remote && !hasError ? (
        <LiveBar data={data} shown={visibleItems.length - data.leftFilter.length} onShowPending={props.onShowPending} />
      ) : null}
      <div ref={mainRef} className="ab-view-main" data-details={details.item ? '' : undefined}>
        {hasError ? (
          <AgentErrorState
            error={props.error}
            onRetry={props.onRetry}
            className={clsx('ab-view-error', classNames?.error)}
          />
        ) : noActivity ? (
          <div className="ab-view-empty">{props.emptyState}</div>
        ) : (
          <AgentList
            className="ab-view-list"
            items={visibleItems}
            onOpenRun={onOpenRun}
            onOpenConversation={onOpenConversation}
            getItemHref={getItemHref}
            sorting={props.sorting}
            defaultSorting={props.defaultSorting}
            onSortingChange={props.onSortingChange}
            density={props.density}
            loading={props.loading}
            emptyState={props.emptyState}
            onEndReached={props.onEndReached}
            onAtTopChange={remote ? data.setAtTop : undefined}
            renderTitleExtra={props.renderTitleExtra}
            rowActions={act.rowActions}
            rowSelection={act.rowSelection}
            subRunContext={view.items}
            onShowDetails={details.open}
            currentId={details.item ? details.item.id : null}
            onRowsChange={details.onRowsChange}
            onCopied={onCopied}
            onCopyError={onCopyError}
            data-bulk={act.toolbar ? '' : undefined}
          />
        )}
        {details.item && !hasError ? (
          <AgentDetails
            item={details.item}
            parent={details.parent}
            subRuns={details.subRuns}
            onClose={details.close}
            onStep={details.step}
            onNavigate={details.navigate}
            renderDetails={props.renderDetails}
            returnFocusTo={details.returnFocusTo}
            autoFocus={details.autoFocus}
            onCopied={onCopied}
            onCopyError={onCopyError}
            className={clsx('ab-view-details', classNames?.details)}
          />
        ) : null}
      </div>
      {act.toolbar && !hasError ? <AgentBulkToolbar {...act.toolbar} className="ab-view-bulk" /> : null}
      {act.rowActions ? <AgentActionConfirm {...act.confirmProps} /> : null}
      {act.rowSelection ? (
        // The toasts announce the actions' results (politely); this says what the eye may miss:
        // selected runs that left the list.
        <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
          {act.announcement}
        </VisuallyHidden>
      ) : null}
    </>
  );
}
