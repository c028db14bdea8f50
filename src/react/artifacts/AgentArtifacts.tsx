import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { clsx } from 'clsx';
import { forwardRef, useCallback, useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { formatCount } from '../../core/format';
import type { AgentArtifact } from '../../core/types';
import { defaultInspectLabels, useLabels, useSettings, type AgentInspectLabels, type LabelOverrides } from '../root';
import { ArtifactItem } from './ArtifactItem';
import { withDisplayName } from '../shared';

export interface AgentArtifactsProps extends Omit<HTMLAttributes<HTMLUListElement>, 'children'> {
  /** The item's artifacts, in the host's order. Nothing renders without any. */
  artifacts: readonly AgentArtifact[] | undefined;
  /** `compact` (default): sized for a row, the first `max` then "+n"; `full`: every one, named. */
  variant?: 'compact' | 'full';
  /** How many a compact list shows before "+n". Default 2. */
  max?: number;
  /**
   * Called once a branch name is on the clipboard, with the branch and the sentence to announce
   * ("Copied fix/login"): the view shows it as a toast.
   */
  onCopied?: (branch: string, message: string) => void;
  /** Called when the clipboard refused the copy. */
  onCopyError?: (branch: string, error: unknown) => void;
  /** Writes text to the clipboard. Default `navigator.clipboard.writeText`. */
  copyText?: (text: string) => Promise<void>;
  /** "+n" calls this (the view opens the details); without it "+n" reveals the rest in place. */
  onShowMore?: () => void;
  /**
   * `tabIndex` of every link and button inside: `-1` in a grid row, where the row is the tab stop
   * (the details panel lists them all for keyboard users). Default: each in the tab order.
   */
  itemTabIndex?: number;
  locale?: string;
  labels?: LabelOverrides<AgentInspectLabels>;
  className?: string;
}

const DEFAULT_MAX = 2;

function clipboardWrite(text: string): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.clipboard) {
    return Promise.reject(new Error('The clipboard is not available'));
  }
  return navigator.clipboard.writeText(text);
}

/**
 * What a run produced: a pull request as a link named "Pull request {title}" with its state (open,
 * draft, merged, closed) in an icon's shape and in words; a branch as a button named "Copy branch
 * {name}"; plans, screenshots, files and links by icon, each with an accessible name. A URL that is
 * not http(s) or relative never becomes a link. Compact on a row (the first `max`, then a "+n"
 * button), in full in the details panel. The ref and any other `ul` attribute go to the list.
 *
 * @example
 * ```tsx
 * <AgentArtifacts artifacts={item.artifacts} onCopied={(_, message) => toast(message)}
 *   onShowMore={() => openDetails(item.id)} />
 * ```
 */
export const AgentArtifacts = withDisplayName(
  /* @__PURE__ */ forwardRef<HTMLUListElement, AgentArtifactsProps>(function AgentArtifacts(
    {
      artifacts,
      variant = 'compact',
      max = DEFAULT_MAX,
      onCopied,
      onCopyError,
      copyText = clipboardWrite,
      onShowMore,
      itemTabIndex,
      locale: ownLocale,
      labels: ownLabels,
      className,
      ...rest
    },
    forwardedRef,
  ) {
    const labels = useLabels(defaultInspectLabels, ownLabels);
    const { locale } = useSettings({ locale: ownLocale });
    const [revealed, setRevealed] = useState(false);
    const listRef = useRef<HTMLUListElement>(null);
    const ref = useComposedRefs(forwardedRef, listRef);
    const firstHidden = useRef(-1);
    useEffect(() => {
      // The "+n" button is gone once it revealed the rest: focus moves to the first revealed artifact.
      if (!revealed || firstHidden.current < 0) return;
      const item = listRef.current?.children[firstHidden.current];
      item?.querySelector<HTMLElement>('a, button, [tabindex]')?.focus();
      firstHidden.current = -1;
    }, [revealed]);
    const onCopyBranch = useCallback(
      (branch: string) => {
        copyText(branch).then(
          () => onCopied?.(branch, labels.branchCopied(branch)),
          (error: unknown) => onCopyError?.(branch, error),
        );
      },
      [copyText, onCopied, onCopyError, labels],
    );
    if (!artifacts || artifacts.length === 0) return null;
    const limit = variant === 'full' || revealed ? artifacts.length : Math.max(0, max);
    const shown = artifacts.slice(0, limit);
    const hidden = artifacts.length - shown.length;
    return (
      <ul
        data-variant={variant}
        {...rest}
        ref={ref}
        className={clsx('ab-artifacts', className)}
        // The list is named by `labels.artifacts` ("Artifacts"), never left unnamed by a stray prop.
        aria-label={labels.artifacts}
      >
        {shown.map((artifact, i) => (
          <li key={i} className="ab-artifacts-item">
            <ArtifactItem
              artifact={artifact}
              labels={labels}
              variant={variant}
              onCopyBranch={onCopyBranch}
              tabIndex={itemTabIndex}
            />
          </li>
        ))}
        {hidden > 0 ? (
          <li className="ab-artifacts-item">
            <button
              type="button"
              className="ab-artifacts-more"
              tabIndex={itemTabIndex}
              aria-label={labels.moreArtifactsName(hidden, formatCount(hidden, locale))}
              onClick={
                onShowMore ??
                (() => {
                  firstHidden.current = shown.length;
                  setRevealed(true);
                })
              }
            >
              {labels.moreArtifacts(hidden, formatCount(hidden, locale))}
            </button>
          </li>
        ) : null}
      </ul>
    );
  }),
  'AgentArtifacts',
);
