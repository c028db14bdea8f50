import type { ReactNode } from 'react';
import { describeAgentError } from '../../core/errors';
import { formatCreatedAt, formatCredits } from '../../core/format';
import type { AgentItem } from '../../core/types';
import { AgentArtifacts, type AgentArtifactsProps } from '../artifacts';
import { LiveDuration, SourceBadge, StatusBadge } from '../badges';
import type { AgentInspectLabels, AgentListLabels, ResolvedSettings } from '../root';

/** A run the panel links to (its parent, its sub-runs): enough to name it. */
export interface DetailsRunLink {
  id: string;
  title: string;
}

export interface DetailsFieldsProps {
  item: AgentItem;
  labels: AgentInspectLabels & Pick<AgentListLabels, 'untitled'>;
  settings: ResolvedSettings;
  parent: DetailsRunLink | undefined;
  subRuns: readonly DetailsRunLink[];
  onNavigate: ((id: string) => void) | undefined;
  artifactProps: Pick<AgentArtifactsProps, 'onCopied' | 'onCopyError' | 'copyText'>;
}

const CREDIT_PARTS = ['inference', 'compute', 'platform'] as const;

function Field({ name, children, field }: { name: string; children: ReactNode; field: string }) {
  return (
    <div className="ab-details-field" data-field={field}>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function RunLink({
  run,
  onNavigate,
  untitled,
}: {
  run: DetailsRunLink;
  onNavigate?: (id: string) => void;
  untitled: string;
}) {
  const name = run.title || untitled;
  return onNavigate ? (
    <button type="button" className="ab-details-run" onClick={() => onNavigate(run.id)}>
      {name}
    </button>
  ) : (
    <span className="ab-details-run">{name}</span>
  );
}

/** The built-in fields of the details panel, as one description list; absent values are left out. */
export function DetailsFields({
  item,
  labels,
  settings,
  parent,
  subRuns,
  onNavigate,
  artifactProps,
}: DetailsFieldsProps) {
  const { locale, timeZone, now } = settings;
  const dateOpts = { locale, timeZone, now };
  const error = describeAgentError(item, labels.errorMessages);
  const breakdown = item.creditsBreakdown;
  const meta = item.meta ? Object.entries(item.meta) : [];
  return (
    <dl className="ab-details-fields">
      <Field name={labels.detailsStatus} field="status">
        <StatusBadge status={item.status} rawStatus={item.rawStatus} />
        {item.statusDetail && !error ? <span className="ab-details-detail">{item.statusDetail}</span> : null}
      </Field>
      {error ? (
        <Field name={labels.detailsError} field="error">
          <span className="ab-details-error">
            {error.code ? labels.errorWithCode(error.text, error.code) : error.text}
          </span>
          {error.known && item.statusDetail ? <span className="ab-details-detail">{item.statusDetail}</span> : null}
        </Field>
      ) : null}
      {item.retryable !== undefined ? (
        <Field name={labels.detailsRetry} field="retryable">
          {item.retryable ? labels.retryMayHelp : labels.retryWontHelp}
        </Field>
      ) : null}
      <Field name={labels.detailsSource} field="source">
        <SourceBadge source={item.source} registry={settings.sourceRegistry} icons={settings.sourceIcons} />
      </Field>
      <Field name={labels.detailsCreator} field="creator">
        {item.creator.name}
      </Field>
      <Field name={labels.detailsCreated} field="createdAt">
        {formatCreatedAt(item.createdAt, dateOpts)}
      </Field>
      {item.startedAt ? (
        <Field name={labels.detailsStarted} field="startedAt">
          {formatCreatedAt(item.startedAt, dateOpts)}
        </Field>
      ) : null}
      {item.endedAt ? (
        <Field name={labels.detailsEnded} field="endedAt">
          {formatCreatedAt(item.endedAt, dateOpts)}
        </Field>
      ) : null}
      {item.kind === 'ambient' ? (
        <Field name={labels.detailsDuration} field="duration">
          <LiveDuration item={item} locale={locale} now={now === undefined ? undefined : Number(now)} />
        </Field>
      ) : null}
      {item.credits !== undefined ? (
        <Field name={labels.detailsCredits} field="credits">
          {formatCredits(item.credits, { locale })}
          {breakdown ? (
            <ul className="ab-details-credits">
              {CREDIT_PARTS.filter((part) => breakdown[part] !== undefined).map((part) => (
                <li key={part}>
                  {labels.creditParts[part]}: {formatCredits(breakdown[part], { locale })}
                </li>
              ))}
            </ul>
          ) : null}
        </Field>
      ) : null}
      {item.sessionState ? (
        <Field name={labels.detailsSession} field="session">
          {labels.sessionStates[item.sessionState]}
        </Field>
      ) : null}
      {item.artifacts && item.artifacts.length > 0 ? (
        <Field name={labels.detailsArtifacts} field="artifacts">
          <AgentArtifacts artifacts={item.artifacts} variant="full" {...artifactProps} />
        </Field>
      ) : null}
      {parent ? (
        <Field name={labels.detailsParent} field="parent">
          <RunLink run={parent} onNavigate={onNavigate} untitled={labels.untitled} />
        </Field>
      ) : null}
      {subRuns.length > 0 ? (
        <Field name={labels.detailsSubRuns} field="subRuns">
          <ul className="ab-details-subruns">
            {subRuns.map((run) => (
              <li key={run.id}>
                <RunLink run={run} onNavigate={onNavigate} untitled={labels.untitled} />
              </li>
            ))}
          </ul>
        </Field>
      ) : null}
      {meta.length > 0 ? (
        <Field name={labels.detailsMeta} field="meta">
          <dl className="ab-details-meta">
            {meta.map(([key, value]) => (
              <Field key={key} name={key} field={`meta:${key}`}>
                {Array.isArray(value) ? value.join(', ') : value}
              </Field>
            ))}
          </dl>
        </Field>
      ) : null}
    </dl>
  );
}
