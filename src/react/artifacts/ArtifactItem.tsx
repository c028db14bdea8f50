import { sanitizeUrl } from '../../core/safe-url';
import type { AgentArtifact } from '../../core/types';
import type { AgentInspectLabels } from '../root';
import { VisuallyHidden } from '../shared';
import { ARTIFACT_ICONS, PULL_REQUEST_STATE_ICONS } from './icons';

export interface ArtifactItemProps {
  artifact: AgentArtifact;
  labels: AgentInspectLabels;
  /** `compact`: a row's icons and short names; `full`: every artifact with its name and actions. */
  variant: 'compact' | 'full';
  /** Copies a branch name (a button's click). */
  onCopyBranch: (branch: string) => void;
  /** `tabIndex` of its link or button (`-1` inside a grid row, where the row is the tab stop). */
  tabIndex?: number | undefined;
}

// Artifacts open outside the view: a pull request or a screenshot is never the view's own page.
const EXTERNAL = { target: '_blank', rel: 'noopener noreferrer' } as const;

function CopyBranchButton({
  branch,
  labels,
  onCopyBranch,
  tabIndex,
}: {
  branch: string;
  labels: AgentInspectLabels;
  onCopyBranch: (branch: string) => void;
  tabIndex: number | undefined;
}) {
  const BranchIcon = ARTIFACT_ICONS.branch;
  return (
    <button
      type="button"
      className="ab-artifact ab-artifact-branch"
      data-artifact="branch"
      aria-label={labels.copyBranch(branch)}
      tabIndex={tabIndex}
      onClick={() => onCopyBranch(branch)}
    >
      <BranchIcon />
      <span className="ab-artifact-title">{branch}</span>
    </button>
  );
}

/**
 * One artifact. The URL is checked again here, whatever parsing did (a host may hand items to a
 * part without `parseAgentItems`): an unsafe URL renders no link at all, only the name.
 */
export function ArtifactItem({ artifact, labels, variant, onCopyBranch, tabIndex }: ArtifactItemProps) {
  const href = sanitizeUrl(artifact.url);
  if (artifact.type === 'pull_request') {
    const title = artifact.title ?? artifact.branch ?? '';
    const state = artifact.state;
    const StateIcon = PULL_REQUEST_STATE_ICONS[state ?? 'open'];
    const name = (
      <>
        <StateIcon />
        <span className="ab-artifact-title">{title}</span>
      </>
    );
    return (
      <span className="ab-artifact-group" data-artifact="pull_request" data-state={state}>
        {href ? (
          <a
            className="ab-artifact ab-artifact-pr"
            href={href}
            aria-label={labels.pullRequest(title)}
            tabIndex={tabIndex}
            {...EXTERNAL}
          >
            {name}
          </a>
        ) : (
          <span className="ab-artifact ab-artifact-pr">
            <VisuallyHidden>{labels.artifactTypeNames.pull_request} </VisuallyHidden>
            {name}
          </span>
        )}
        {state ? (
          <span className="ab-pr-state" data-state={state}>
            {labels.pullRequestStates[state]}
          </span>
        ) : null}
        {variant === 'full' && artifact.branch ? (
          <CopyBranchButton branch={artifact.branch} labels={labels} onCopyBranch={onCopyBranch} tabIndex={tabIndex} />
        ) : null}
      </span>
    );
  }
  if (artifact.type === 'branch') {
    const branch = artifact.branch ?? artifact.title;
    if (!branch) return null;
    return <CopyBranchButton branch={branch} labels={labels} onCopyBranch={onCopyBranch} tabIndex={tabIndex} />;
  }
  const Icon = ARTIFACT_ICONS[artifact.type] ?? ARTIFACT_ICONS.link;
  const typeName = labels.artifactTypeNames[artifact.type] ?? labels.artifactTypeNames.link;
  const name = labels.artifactName(typeName, artifact.title);
  const visible = variant === 'full' ? <span className="ab-artifact-title">{artifact.title ?? typeName}</span> : null;
  if (href) {
    return (
      <a
        className="ab-artifact"
        data-artifact={artifact.type}
        href={href}
        aria-label={name}
        title={variant === 'compact' ? name : undefined}
        tabIndex={tabIndex}
        {...EXTERNAL}
      >
        <Icon />
        {visible}
      </a>
    );
  }
  return (
    <span
      className="ab-artifact"
      data-artifact={artifact.type}
      role="img"
      aria-label={name}
      title={variant === 'compact' ? name : undefined}
    >
      <Icon />
      {visible}
    </span>
  );
}
