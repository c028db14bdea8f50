import { formatCount } from '../../core/format';
import type { AgentDataResult } from '../hooks';
import { defaultLabels, useLabels, useSettings } from '../root';

/**
 * The data source's line above the list: "Showing 100 of 12,345" ("… from the sources that loaded"
 * while a merged list misses some), the "N new items" button for
 * live items that arrived above while the reader was scrolled down, "Hide them" for rows that no
 * longer match, a failed next page with its Retry, the live stream's state when it is not live ("Reconnecting…",
 * "Live updates paused"), and each source of a merged list that could not
 * be loaded while the others answered ("GitHub Actions could not be loaded: …"). Renders nothing when there is nothing to say.
 * Its strings and locale come from the view's root.
 *
 * @example
 * ```tsx
 * <LiveBar data={view.data} shown={view.visibleItems.length} onShowPending={showPending} />
 * ```
 */
export function LiveBar({
  data,
  shown,
  onShowPending,
}: {
  data: AgentDataResult;
  shown: number;
  onShowPending: () => void;
}) {
  const labels = useLabels(defaultLabels, undefined);
  const { locale } = useSettings({});
  const { total, pendingNew, leftFilter, error, items, loading, partial, connection } = data;
  const failedSources = partial ?? [];
  // With a source missing, the total counts only the sources that answered: it says so.
  const showingLabel = failedSources.length > 0 ? labels.showingCountPartial : labels.showingCount;
  const showing =
    total !== undefined && items.length > 0 && !loading
      ? showingLabel(shown, total, { shown: formatCount(shown, locale), total: formatCount(total, locale) })
      : null;
  const moreFailed = error !== null && items.length > 0;
  const connectionText =
    connection === 'reconnecting' ? labels.liveReconnecting : connection === 'paused' ? labels.livePaused : null;
  if (
    !showing &&
    pendingNew.length === 0 &&
    leftFilter.length === 0 &&
    !moreFailed &&
    failedSources.length === 0 &&
    connectionText === null
  ) {
    return null;
  }
  return (
    <div className="ab-live-bar">
      {showing ? <span className="ab-live-count">{showing}</span> : null}
      {connectionText !== null ? (
        <span className="ab-live-connection" role="status" data-connection={connection}>
          {connectionText}
        </span>
      ) : null}
      {pendingNew.length > 0 ? (
        <button type="button" className="ab-button ab-new-items" onClick={onShowPending}>
          {labels.newItems(pendingNew.length, formatCount(pendingNew.length, locale))}
        </button>
      ) : null}
      {leftFilter.length > 0 ? (
        <button type="button" className="ab-button ab-button-ghost" onClick={data.acknowledgeLeft}>
          {labels.hideLeftFilter(leftFilter.length, formatCount(leftFilter.length, locale))}
        </button>
      ) : null}
      {moreFailed ? (
        <span className="ab-live-error" role="alert">
          {labels.loadMoreError}{' '}
          <button type="button" className="ab-button ab-button-ghost" onClick={data.retry}>
            {labels.retry}
          </button>
        </span>
      ) : null}
      {failedSources.length > 0 ? (
        <ul className="ab-live-partial" role="status" aria-label={labels.partialSources}>
          {failedSources.map(({ source, message }, i) => (
            <li key={`${i}:${source}`}>{labels.partialSource(source, message)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
