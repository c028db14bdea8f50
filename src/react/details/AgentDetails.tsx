import { composeEventHandlers } from '@radix-ui/primitive';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { clsx } from 'clsx';
import {
  forwardRef,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { AgentItem } from '../../core/types';
import type { AgentArtifactsProps } from '../artifacts';
import { CloseIcon } from '../badges';
import {
  defaultAgentListLabels,
  defaultInspectLabels,
  useLabels,
  useSettings,
  type AgentInspectLabels,
  type AgentListLabels,
  type LabelOverrides,
  type ResolvedSettings,
} from '../root';
import { DetailsFields, type DetailsRunLink } from './DetailsFields';
import { withDisplayName } from '../shared';

export interface AgentDetailsProps
  extends
    Pick<AgentArtifactsProps, 'onCopied' | 'onCopyError' | 'copyText'>,
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'autoFocus'> {
  item: AgentItem;
  /** Escape or the close button. */
  onClose: () => void;
  /** `j` (+1) / `k` (−1): the next or previous item of the view's order. */
  onStep?: (delta: 1 | -1) => void;
  /** The parent or a sub-run was activated: the panel should show that id. */
  onNavigate?: (id: string) => void;
  /** The run that started this one, when known. */
  parent?: DetailsRunLink;
  /** Its sub-runs, in the list's order. */
  subRuns?: readonly DetailsRunLink[];
  /** Host content under the built-in fields (a transcript, logs). */
  renderDetails?: (item: AgentItem) => ReactNode;
  /**
   * Where focus goes when the panel closes (the row it was opened from). Default: the element that
   * had focus when the panel opened.
   */
  returnFocusTo?: () => HTMLElement | null | undefined;
  /** Focus the panel when it opens (default true); the view passes false when opened by a click elsewhere. */
  autoFocus?: boolean;
  labels?: LabelOverrides<AgentInspectLabels & Pick<AgentListLabels, 'untitled'>>;
  className?: string;
  locale?: string;
  timeZone?: string;
  now?: Date | number;
}

const NO_RUNS: readonly DetailsRunLink[] = Object.freeze([]);
const DEFAULTS = { ...defaultInspectLabels, untitled: defaultAgentListLabels.untitled };

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return (
    tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox')
  );
}

/**
 * The details of one item: a non-modal `role="dialog"` named by the item's title (no focus trap:
 * the list beside it stays usable), with status and its detail, the error in words and its code,
 * whether a retry may help, source, creator, created / started / ended, the live duration,
 * credits with their breakdown, the session's state, the artifacts with their actions, the parent
 * and sub-runs (activating one calls `onNavigate`), `meta`, then the host's `renderDetails`. `j` /
 * `k` call `onStep` (never inside a text field), Escape calls `onClose`; when it closes, focus
 * returns to `returnFocusTo()` or to where it was when the panel opened. Beside the list in a
 * wide container, a sheet over it in a narrow one (the stylesheet's container queries). The ref
 * and any other `div` attribute go to the dialog element; an `onKeyDown` runs first, and calling
 * `preventDefault()` in it skips the panel's own keys.
 *
 * @example
 * ```tsx
 * <AgentDetails item={item} onClose={() => setDetails(null)} onStep={step} onNavigate={setDetails} />
 * ```
 */
export const AgentDetails = withDisplayName(
  /* @__PURE__ */ forwardRef<HTMLDivElement, AgentDetailsProps>(function AgentDetails(props, forwardedRef) {
    const {
      item,
      onClose,
      onStep,
      onNavigate,
      parent,
      subRuns = NO_RUNS,
      renderDetails,
      returnFocusTo,
      onCopied,
      onCopyError,
      copyText,
      autoFocus,
      labels: labelsProp,
      className,
      locale,
      timeZone,
      now,
      onKeyDown: hostKeyDown,
      ...rest
    } = props;
    const labels = useLabels(DEFAULTS, labelsProp);
    const settings: ResolvedSettings = useSettings({ locale, timeZone, now });
    const titleId = useId();
    const ref = useRef<HTMLDivElement>(null);
    const composedRef = useComposedRefs(forwardedRef, ref);
    const returnTo = useRef(returnFocusTo);
    returnTo.current = returnFocusTo;

    // Where focus was when the panel opened, and back there on close when focus is still inside the
    // panel (or was dropped to the body): a non-modal panel must not pull focus from elsewhere.
    useLayoutEffect(() => {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const panel = ref.current;
      if (autoFocus !== false) panel?.focus();
      return () => {
        const active = document.activeElement;
        if (active && active !== document.body && !panel?.contains(active)) return;
        const target = returnTo.current?.() ?? opener;
        if (target?.isConnected) target.focus();
      };
      // Once per open panel: stepping to another item keeps the first opener.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []);

    // Stepping to another item keeps focus in the panel, on the panel itself.
    const firstItem = useRef(item.id);
    useEffect(() => {
      if (item.id !== firstItem.current && ref.current && !ref.current.contains(document.activeElement))
        ref.current.focus();
    }, [item.id]);

    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onClose();
      } else if ((event.key === 'j' || event.key === 'k') && onStep && !isTextEntry(event.target)) {
        event.preventDefault();
        onStep(event.key === 'j' ? 1 : -1);
      }
    };

    return (
      <div
        data-status={item.status}
        data-kind={item.kind}
        {...rest}
        ref={composedRef}
        className={clsx('ab-details', className)}
        // A dialog named by the item's title and focusable itself (focus moves to it on open and on
        // j / k): a host prop must not unname it or take it out of the focus order.
        role="dialog"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={composeEventHandlers(hostKeyDown, onKeyDown)}
      >
        <header className="ab-details-header">
          <h2 id={titleId} className="ab-details-title">
            {item.title || labels.untitled}
          </h2>
          <button type="button" className="ab-details-close" aria-label={labels.detailsClose} onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        {onStep ? <p className="ab-details-keys">{labels.detailsKeys}</p> : null}
        <DetailsFields
          item={item}
          labels={labels}
          settings={settings}
          parent={parent}
          subRuns={subRuns}
          onNavigate={onNavigate}
          artifactProps={{ onCopied, onCopyError, copyText }}
        />
        {renderDetails ? <div className="ab-details-host">{renderDetails(item)}</div> : null}
      </div>
    );
  }),
  'AgentDetails',
);
