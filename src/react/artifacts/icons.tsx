import type { AgentArtifactType, PullRequestState } from '../../core/types';
import { createIcon, type Icon } from '../badges';

/**
 * Artifact and pull-request-state icons on the 16×16 grid the badges use, drawn by the badges' icon
 * factory at 14 px (they sit inside a row's compact artifact list). Each has its own *shape* (a
 * PR's state too: open, draft, merged and closed differ by outline, not only by colour). Always
 * decorative: the text or accessible name beside them carries the meaning.
 */
export type ArtifactIcon = Icon;

const ARTIFACT_ICON_SIZE = 14;

/* @__NO_SIDE_EFFECTS__ */
function icon(paths: readonly string[]): ArtifactIcon {
  return createIcon(paths, ARTIFACT_ICON_SIZE);
}

const DOT = (x: number, y: number) => `M${x - 1.5} ${y}a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0`;

/** Two branches joining: a pull request. */
const PullRequestIcon = icon([
  DOT(4, 3.5),
  DOT(4, 12.5),
  DOT(12, 12.5),
  'M4 5v6',
  'M12 11V6.5a2 2 0 0 0-2-2H7.5',
  'M9 3 7.5 4.5 9 6',
]);
/** One line forking off another: a branch. */
const BranchIcon = icon([DOT(4, 3.5), DOT(4, 12.5), DOT(12, 4.5), 'M4 5v6', 'M12 6c0 3-4 3-7.2 5.2']);
/** A checklist: a plan. */
const PlanIcon = icon(['M3 4h1M3 8h1M3 12h1', 'M6.5 4h6.5M6.5 8h6.5M6.5 12h4']);
/** A framed picture: a screenshot. */
const ScreenshotIcon = icon(['M2.5 3.5h11v9h-11z', 'M2.5 10.5 6 7.5l3 3 1.5-1.5 3 3', DOT(10.5, 6)]);
/** A page with a folded corner: a file. */
const FileIcon = icon(['M4 2.5h5l3 3v8H4z', 'M9 2.5v3h3']);
/** Two chain links: a link. */
const LinkIcon = icon([
  'M7 9a2.5 2.5 0 0 0 3.5 0l2-2a2.5 2.5 0 0 0-3.5-3.5l-.5.5',
  'M9 7a2.5 2.5 0 0 0-3.5 0l-2 2a2.5 2.5 0 0 0 3.5 3.5l.5-.5',
]);
/** An empty circle crossed: nothing produced. */
const NoneIcon = icon(['M3 8a5 5 0 1 0 10 0a5 5 0 1 0-10 0', 'M4.5 11.5l7-7']);

/** The icon of each artifact type, and of `none` (the Has artifact filter's "No artifact"). */
export const ARTIFACT_ICONS: Readonly<Record<AgentArtifactType | 'none', ArtifactIcon>> = {
  pull_request: PullRequestIcon,
  branch: BranchIcon,
  plan: PlanIcon,
  screenshot: ScreenshotIcon,
  file: FileIcon,
  link: LinkIcon,
  none: NoneIcon,
};

/** A pull request's state by shape: open is the PR mark, draft dashed, merged joined, closed crossed. */
export const PULL_REQUEST_STATE_ICONS: Readonly<Record<PullRequestState, ArtifactIcon>> = {
  open: PullRequestIcon,
  draft: icon([DOT(4, 3.5), DOT(4, 12.5), DOT(12, 12.5), 'M4 5v6', 'M12 9v.01M12 6.5v.01M12 4v.01']),
  merged: icon([DOT(4, 3.5), DOT(4, 12.5), DOT(12, 8), 'M4 5v6', 'M4 5c0 2.5 2.5 3 6.5 3']),
  closed: icon([DOT(4, 3.5), DOT(4, 12.5), DOT(12, 12.5), 'M4 5v6', 'M10.5 3.5l3 3M13.5 3.5l-3 3']),
};
