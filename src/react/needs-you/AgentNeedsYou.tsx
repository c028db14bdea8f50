import { clsx } from 'clsx';
import { forwardRef, useId, useMemo, useState, type HTMLAttributes } from 'react';
import { formatCount } from '../../core/format';
import { selectNeedsYou } from '../../core/needs-you';
import type { SourceRegistry } from '../../core/sources';
import type { AgentItem } from '../../core/types';
import { ChevronIcon, SourceBadge, STATUS_ICONS, type SourceIcons } from '../badges';
import { useControllableState } from '../hooks';
import {
  defaultViewLabels,
  useLabels,
  useSettings,
  useStandaloneRootProps,
  type AgentViewLabels,
  type LabelOverrides,
} from '../root';
import { isPlainClick, openerFor, safeItemHref, type AgentboardClassNames, type AgentNavigation } from '../shared';

export interface AgentNeedsYouProps extends Omit<HTMLAttributes<HTMLElement>, 'children'>, AgentNavigation {
  /** Candidate items (the view passes its visible items); only the viewer's blocked ones are pinned. */
  items: readonly AgentItem[];
  /** The viewer whose blocked items are pinned. Default: the root's `viewerId`. */
  viewerId?: string;
  /** Controlled expanded state. Expanded by default. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Host-registered sources: labels and icons of the source badges. */
  sourceRegistry?: SourceRegistry;
  sourceIcons?: SourceIcons;
  locale?: string;
  labels?: LabelOverrides<AgentViewLabels>;
  classNames?: AgentboardClassNames;
  className?: string;
  /**
   * Shows every blocked item in the list instead of in place; offered past `PINNED_INLINE_MAX` items
   * ("Show all 500 in the list"). The view passes one that filters its list to Blocked.
   */
  onShowAllInList?: () => void;
}

const BLOCKED_ICON = STATUS_ICONS.blocked;

/**
 * How many blocked items "Needs you" shows before its "Show all N" button. A busy viewer can have
 * thousands blocked; rendering every one made a switch to Personal lay out tens of thousands of
 * elements (BENCHMARKS.md, UI).
 */
export const PINNED_LIMIT = 5;

/**
 * Up to this many blocked items "Show all" lists in place (a scroll area of whole rows); past it,
 * with `onShowAllInList`, the button shows them in the list instead (virtualised, keyboard-navigable),
 * filtered to Blocked.
 */
export const PINNED_INLINE_MAX = 50;

/** React keys unique even when the host repeats an id (each row still shows). */
function uniqueKeys(items: readonly AgentItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const id = String(item.id);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return n === 0 ? id : `${id}\u0000${n}`;
  });
}

/**
 * "Needs you": the viewer's blocked items pinned in a compact, collapsible section (a disclosure
 * button with `aria-expanded`, expanded by default, named "Needs you, 2 items" by `pinnedToggle` so
 * it differs from the summary's "Needs you 2" toggle), each with what it waits on and one click to
 * open it — `onOpenConversation` for interactive items, `onOpenRun` for ambient ones. Shows the
 * first `PINNED_LIMIT` (5) items, then a "Show all N" / "Show fewer" button (`aria-expanded`; focus
 * stays on it); past `PINNED_INLINE_MAX` (50), with `onShowAllInList`, "Show all N in the list". Renders nothing when the viewer has nothing blocked. Data attributes:
 * `data-state="open|closed"` and `data-expanded` (every item shown) on the section, `data-kind` on entries.
 *
 * The ref and any other `section` attribute go to the outer `section`.
 *
 * @example
 * ```tsx
 * <AgentNeedsYou items={view.visibleItems} viewerId="u_1" onOpenConversation={(item) => openChat(item.conversationId)} />
 * ```
 */
export const AgentNeedsYou = forwardRef<HTMLElement, AgentNeedsYouProps>(function AgentNeedsYou(
  {
    items,
    viewerId: viewerIdProp,
    onOpenRun,
    onOpenConversation,
    getItemHref,
    open: openProp,
    defaultOpen,
    onOpenChange,
    sourceRegistry: sourceRegistryProp,
    sourceIcons: sourceIconsProp,
    locale: localeProp,
    labels: labelsProp,
    classNames: classNamesProp,
    className,
    onShowAllInList,
    ...rest
  },
  ref,
) {
  const { viewerId, sourceRegistry, sourceIcons, locale, classNames } = useSettings({
    viewerId: viewerIdProp,
    sourceRegistry: sourceRegistryProp,
    sourceIcons: sourceIconsProp,
    locale: localeProp,
    classNames: classNamesProp,
  });
  const labels = useLabels(defaultViewLabels, labelsProp);
  const [open, setOpen] = useControllableState<boolean>({
    prop: openProp,
    defaultProp: defaultOpen ?? true,
    onChange: onOpenChange,
    name: 'AgentNeedsYou.open',
  });
  const blocked = useMemo(() => selectNeedsYou(items, viewerId ?? ''), [items, viewerId]);
  const [showAll, setShowAll] = useState(false);
  const capped = blocked.length > PINNED_LIMIT;
  const shown = useMemo(
    () => (capped && !showAll ? blocked.slice(0, PINNED_LIMIT) : blocked),
    [blocked, capped, showAll],
  );
  const keys = useMemo(() => uniqueKeys(shown), [shown]);
  const standalone = useStandaloneRootProps();
  const id = useId();
  if (blocked.length === 0) return null;

  return (
    <section
      data-color-scheme={standalone['data-color-scheme']}
      data-state={open ? 'open' : 'closed'}
      data-expanded={capped && showAll ? '' : undefined}
      {...rest}
      ref={ref}
      className={clsx('ab-pinned', standalone.className, classNames?.pinned, className)}
      // The region is named by its heading, whatever name the host passes.
      aria-labelledby={`${id}-h`}
    >
      <h2 className="ab-pinned-heading" id={`${id}-h`}>
        <button
          type="button"
          className="ab-pinned-toggle"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          // "Needs you, 2 items": the summary's status toggle already reads "Needs you 2".
          aria-label={labels.pinnedToggle(labels.pinnedTitle, blocked.length, formatCount(blocked.length, locale))}
          onClick={() => setOpen((o) => !o)}
        >
          <ChevronIcon className="ab-pinned-chevron" />
          {/* The space keeps the name's words apart ("Needs you 2", 2.5.3); the flex layout drops it. */}
          <span className="ab-pinned-title">{labels.pinnedTitle}</span>{' '}
          <span className="ab-pinned-count">{formatCount(blocked.length, locale)}</span>
        </button>
      </h2>
      <ul className="ab-pinned-list" id={`${id}-list`} hidden={!open}>
        {shown.map((item, index) => {
          const href = safeItemHref(item, getItemHref);
          const handler = openerFor(item, { onOpenRun, onOpenConversation });
          const body = (
            <>
              <span className="ab-pinned-icon" data-status="blocked" aria-hidden="true">
                <BLOCKED_ICON />
              </span>
              <span className="ab-pinned-text">
                <span className="ab-pinned-item-title">{item.title}</span>{' '}
                <span className="ab-pinned-detail">{item.statusDetail?.trim() || labels.pinnedFallbackDetail}</span>
              </span>
              <SourceBadge
                source={item.source}
                registry={sourceRegistry}
                icons={sourceIcons}
                className="ab-pinned-source"
              />
            </>
          );
          return (
            <li key={keys[index]} className="ab-pinned-entry" data-kind={item.kind}>
              {href ? (
                <a
                  className="ab-pinned-item"
                  href={href}
                  onClick={(e) => {
                    if (handler && isPlainClick(e)) {
                      e.preventDefault();
                      handler(item);
                    }
                  }}
                >
                  {body}
                </a>
              ) : (
                <button type="button" className="ab-pinned-item" onClick={() => handler?.(item)}>
                  {body}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {capped ? (
        <div className="ab-pinned-more" hidden={!open}>
          {onShowAllInList && blocked.length > PINNED_INLINE_MAX ? (
            <button type="button" className="ab-button ab-button-ghost ab-pinned-more-button" onClick={onShowAllInList}>
              {labels.pinnedShowInList(blocked.length, formatCount(blocked.length, locale))}
            </button>
          ) : (
            <button
              type="button"
              className="ab-button ab-button-ghost ab-pinned-more-button"
              aria-expanded={showAll}
              aria-controls={`${id}-list`}
              onClick={() => setShowAll((v) => !v)}
            >
              {showAll
                ? labels.pinnedShowFewer
                : labels.pinnedShowAll(blocked.length, formatCount(blocked.length, locale))}
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
});
AgentNeedsYou.displayName = 'AgentNeedsYou';
