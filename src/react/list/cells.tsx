import type { ReactElement } from 'react';
import { describeAgentError } from '../../core/errors';
import type { AgentItem } from '../../core/types';
import { AgentArtifacts } from '../artifacts';
import { Avatar, LiveDuration, SourceBadge, StatusBadge } from '../badges';
import { safeItemHref, VisuallyHidden } from '../shared';
import { SubRunOf, SubRunSummary, SubRunToggle } from '../sub-runs';
import { formatCreditsAt } from './credits';
import { LiveRelativeTime } from './LiveRelativeTime';
import type { CellProps } from './list-context';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** `'expired'` / `'unavailable'` for an ambient item whose shared session cannot be opened. */
export function getSessionProblem(item: AgentItem): 'expired' | 'unavailable' | undefined {
  if (item.kind !== 'ambient') return undefined;
  return item.sessionState === 'expired' || item.sessionState === 'unavailable' ? item.sessionState : undefined;
}

/**
 * The row's second line: a failure in words (`describeAgentError`: a known code's sentence, else
 * the host's detail, else the code; the code is in the tooltip) or what a blocked run waits on.
 */
function detailOf(item: AgentItem, ctx: CellProps['ctx']): { text: string; title: string } | undefined {
  if (item.status === 'blocked') {
    const detail = text(item.statusDetail).trim();
    return detail ? { text: detail, title: detail } : undefined;
  }
  if (item.status !== 'failed') return undefined;
  const error = describeAgentError(item, ctx.inspectLabels.errorMessages);
  if (!error) return undefined;
  const words = error.text.trim();
  if (!words) return undefined;
  const title = error.code && error.code !== error.text ? ctx.inspectLabels.errorWithCode(words, error.code) : words;
  return { text: words, title };
}

export function TitleCell({
  item,
  ctx,
  sessionDescriptionId,
  titleId,
  subRuns,
  expanded,
  rollup,
  subRunOf,
}: CellProps): ReactElement {
  const raw = text(item.title).trim();
  const title = raw || ctx.labels.untitled;
  const href = safeItemHref(item, ctx.getItemHref);
  const detail = detailOf(item, ctx);
  const session = getSessionProblem(item);
  const extra = ctx.renderTitleExtra?.(item);
  const Title = href ? 'a' : 'span';
  const showDetails = ctx.onShowDetails;
  const detailLine = detail ? (
    <div className="ab-title-detail" data-status={item.status} dir="auto" title={detail.title}>
      {detail.text}
    </div>
  ) : null;
  const tree = subRuns > 0 || rollup !== undefined || subRunOf !== undefined;
  return (
    <div className="ab-title-stack">
      <div className="ab-title-line">
        {/* A link is not a tab stop (the row is): it is there for new-tab, copy-link and middle-click. */}
        <Title
          id={titleId}
          className="ab-title"
          dir="auto"
          title={title}
          data-state={raw ? undefined : 'untitled'}
          href={href}
          tabIndex={href ? -1 : undefined}
        >
          {title}
        </Title>
        {session ? (
          <span className="ab-tag" data-state={session}>
            {session === 'expired' ? ctx.labels.sessionExpired : ctx.labels.sessionUnavailable}
          </span>
        ) : null}
        {session ? (
          <span id={sessionDescriptionId} hidden>
            {session === 'expired' ? ctx.labels.sessionExpiredDescription : ctx.labels.sessionUnavailableDescription}
          </span>
        ) : null}
        {extra ?? null}
        {item.artifacts && item.artifacts.length > 0 ? (
          // Not tab stops (the row is; the details panel lists them all); clicks never open the run.
          // Keyed by item: a recycled row starts with the next item's "+n" folded again.
          <AgentArtifacts
            key={item.id}
            className="ab-row-artifacts"
            artifacts={item.artifacts}
            variant="compact"
            itemTabIndex={-1}
            onShowMore={showDetails ? () => showDetails(item) : undefined}
            onCopied={ctx.onCopied}
            onCopyError={ctx.onCopyError}
            copyText={ctx.copyText}
            labels={ctx.inspectLabels}
            locale={ctx.locale}
          />
        ) : null}
      </div>
      {tree ? (
        <div className="ab-title-sub">
          {subRuns > 0 ? (
            <SubRunToggle
              count={subRuns}
              expanded={expanded}
              onExpandedChange={(open) => ctx.setSubRunsExpanded(item.id, open)}
              tabIndex={-1}
              labels={ctx.inspectLabels}
              locale={ctx.locale}
            />
          ) : null}
          {rollup ? <SubRunSummary rollup={rollup} labels={ctx.inspectLabels} locale={ctx.locale} /> : null}
          {subRunOf !== undefined ? <SubRunOf parent={subRunOf} labels={ctx.inspectLabels} /> : null}
          {detailLine}
        </div>
      ) : (
        detailLine
      )}
    </div>
  );
}

export function SourceCell({ item, ctx }: CellProps): ReactElement {
  return (
    <SourceBadge
      source={text(item.source)}
      registry={ctx.sourceRegistry}
      icons={ctx.sourceIcons}
      className={ctx.classNames.badge}
    />
  );
}

export function StatusCell({ item, ctx, busy }: CellProps): ReactElement {
  const badge = (
    <StatusBadge
      status={item.status}
      rawStatus={item.rawStatus}
      detail={item.statusDetail}
      label={ctx.labels.statuses?.[item.status]}
      className={ctx.classNames.badge}
    />
  );
  if (!busy) return badge;
  // While an action runs on the item the row is `aria-busy` (what a screen reader hears); the
  // spinner is what the eye sees, beside the status the action is about to change.
  return (
    <span className="ab-status-busy">
      <span className="ab-spinner" aria-hidden="true" />
      {badge}
    </span>
  );
}

export function CreatorCell({ item, ctx }: CellProps): ReactElement {
  const creator = item.creator ?? { id: '', name: '' };
  const isViewer = ctx.viewerId !== undefined && creator.id === ctx.viewerId;
  const name = isViewer ? ctx.labels.me : text(creator.name);
  return (
    <span className="ab-creator" data-state={isViewer ? 'viewer' : undefined} title={text(creator.name) || undefined}>
      <Avatar person={creator} decorative className={ctx.classNames.avatar} />
      <span className="ab-creator-name" dir="auto">
        {name}
      </span>
    </span>
  );
}

export function CreatedCell({ item, ctx }: CellProps): ReactElement {
  const date = item.createdAt;
  // A valid Date is always within toISOString's range (±8.64e15 ms), so NaN is the only check needed.
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return <span className="ab-muted">—</span>;
  return <LiveRelativeTime date={date} locale={ctx.locale} timeZone={ctx.timeZone} now={ctx.now} />;
}

export function DurationCell({ item, ctx }: CellProps): ReactElement {
  if (item.kind !== 'ambient') {
    return (
      <span className="ab-muted">
        <span aria-hidden="true">—</span>
        <VisuallyHidden>{ctx.labels.notApplicable}</VisuallyHidden>
      </span>
    );
  }
  return <LiveDuration item={item} locale={ctx.locale} now={ctx.now} />;
}

export function CreditsCell({ item, ctx }: CellProps): ReactElement {
  const value = formatCreditsAt(item.credits, ctx.creditDigits, ctx.locale);
  if (value === '—') {
    return (
      <span className="ab-muted">
        <span aria-hidden="true">—</span>
        <VisuallyHidden>{ctx.labels.notApplicable}</VisuallyHidden>
      </span>
    );
  }
  // A value wider than the column ends in an ellipsis; the title keeps the whole number reachable.
  // The unit is shown only on the two-line row, where no column header names the number.
  return (
    <span title={value}>
      {value}
      <span className="ab-cell-unit"> {ctx.labels.columnCredits.toLowerCase()}</span>
    </span>
  );
}
