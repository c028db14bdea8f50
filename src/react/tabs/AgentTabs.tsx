import * as Tabs from '@radix-ui/react-tabs';
import { clsx } from 'clsx';
import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { formatCount } from '../../core/format';
import type { AgentTab } from '../../core/types';
import { LiveDot } from '../badges';
import { useControllableState, type TabCount } from '../hooks';
import {
  defaultViewLabels,
  useLabels,
  useSettings,
  useStandaloneRootProps,
  type AgentViewLabels,
  type LabelOverrides,
} from '../root';
import { createNamedContext, type AgentboardClassNames } from '../shared';

const TABS: readonly AgentTab[] = ['personal', 'all'];

interface AgentTabsContextValue {
  tab: AgentTab;
  counts: Partial<Record<AgentTab, TabCount>> | undefined;
  locale: string | undefined;
  labels: AgentViewLabels;
  classNames: AgentboardClassNames | undefined;
  /** Whether an `AgentTabsPanel` is mounted: only then may the active tab point at it. */
  hasPanel: boolean;
  registerPanel: () => () => void;
  selectTab: (tab: AgentTab) => void;
}

const [AgentTabsContext, useAgentTabsContext] = createNamedContext<AgentTabsContextValue>('AgentTabs');

export interface AgentTabsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'defaultValue' | 'dir'> {
  /** Reading direction; also which arrow key moves to the next tab. */
  dir?: 'ltr' | 'rtl';
  /** Controlled tab. */
  tab?: AgentTab;
  /** Initial tab while uncontrolled. Default `'personal'`. */
  defaultTab?: AgentTab;
  onTabChange?: (tab: AgentTab) => void;
  /** Per-tab counts (`useAgentView().tabCounts`): shown beside each tab; working runs add the live dot. */
  counts?: Partial<Record<AgentTab, TabCount>>;
  locale?: string;
  labels?: LabelOverrides<AgentViewLabels>;
  classNames?: AgentboardClassNames;
  className?: string;
  /**
   * Replaces the default content (the tab list). Compose `AgentTabsList` and `AgentTabsPanel`
   * anywhere inside, e.g. the list in a toolbar and the panel below it.
   */
  children?: ReactNode;
}

const AgentTabsRoot = forwardRef<HTMLDivElement, AgentTabsProps>(function AgentTabs(
  {
    tab: tabProp,
    defaultTab,
    onTabChange,
    counts,
    locale: localeProp,
    labels: labelsProp,
    classNames: classNamesProp,
    className,
    children,
    ...rest
  },
  ref,
) {
  const [tab, setTab] = useControllableState<AgentTab>({
    prop: tabProp,
    defaultProp: defaultTab ?? 'personal',
    onChange: onTabChange,
    name: 'AgentTabs.tab',
  });
  const { locale, classNames } = useSettings({ locale: localeProp, classNames: classNamesProp });
  const labels = useLabels(defaultViewLabels, labelsProp);
  const [panels, setPanels] = useState(0);
  const registerPanel = useCallback(() => {
    setPanels((n) => n + 1);
    return () => setPanels((n) => n - 1);
  }, []);
  const hasPanel = panels > 0;
  const value = useMemo<AgentTabsContextValue>(
    () => ({ tab, counts, locale, labels, classNames, hasPanel, registerPanel, selectTab: setTab }),
    [tab, counts, locale, labels, classNames, hasPanel, registerPanel, setTab],
  );
  const standalone = useStandaloneRootProps();
  return (
    <AgentTabsContext.Provider value={value}>
      <Tabs.Root
        data-color-scheme={standalone['data-color-scheme']}
        {...rest}
        ref={ref}
        value={tab}
        onValueChange={(v) => setTab(v as AgentTab)}
        activationMode="automatic"
        className={clsx('ab-tabs-root', standalone.className, className)}
      >
        {children ?? <AgentTabsList />}
      </Tabs.Root>
    </AgentTabsContext.Provider>
  );
});
AgentTabsRoot.displayName = 'AgentTabs';

export interface AgentTabsListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  className?: string;
}

// No `id` or `aria-labelledby`: Radix gives the panel the id its tab's `aria-controls` points at, and
// labels it by that tab; another would break the link.
export interface AgentTabsPanelProps extends Omit<HTMLAttributes<HTMLDivElement>, 'id' | 'aria-labelledby'> {
  children?: ReactNode;
  className?: string;
}

/**
 * The tab list with the Personal and All tabs, each with its count and live dot. Must be inside
 * `AgentTabs`; place it anywhere in the root (e.g. in a toolbar). The ref and any other `div`
 * attribute go to the tab list element.
 *
 * @example
 * ```tsx
 * <AgentTabs tab={tab} onTabChange={setTab} counts={tabCounts}>
 *   <header><AgentTabsList /></header>
 *   <AgentTabsPanel><AgentList items={visibleItems} /></AgentTabsPanel>
 * </AgentTabs>
 * ```
 */
export const AgentTabsList = forwardRef<HTMLDivElement, AgentTabsListProps>(function AgentTabsList(
  { className, ...rest },
  ref,
) {
  const { tab, counts, locale, labels, classNames, hasPanel } = useAgentTabsContext('AgentTabsList');
  return (
    <Tabs.List
      {...rest}
      ref={ref}
      className={clsx('ab-tabs', classNames?.tabs, className)}
      // A tab list named by `labels.tabList` (Radix sets the role before the host's props): a stray
      // `role` or `aria-label` must not replace either.
      role="tablist"
      aria-label={labels.tabList}
    >
      {TABS.map((t) => (
        <AgentTabTrigger
          key={t}
          value={t}
          controlsPanel={hasPanel && t === tab}
          count={counts?.[t]}
          locale={locale}
          labels={labels}
          className={classNames?.tab}
        />
      ))}
    </Tabs.List>
  );
});
AgentTabsList.displayName = 'AgentTabsList';

function AgentTabTrigger({
  value,
  controlsPanel,
  count,
  locale,
  labels,
  className,
}: {
  value: AgentTab;
  controlsPanel: boolean;
  count: TabCount | undefined;
  locale: string | undefined;
  labels: AgentViewLabels;
  className: string | undefined;
}) {
  const descId = useId();
  const { tab: selected, selectTab } = useAgentTabsContext('AgentTabsList');
  const working = count?.working ?? 0;
  const name = value === 'all' ? labels.tabAll : labels.tabPersonal;
  return (
    <Tabs.Trigger
      value={value}
      className={clsx('ab-tab', className)}
      data-running={working > 0 ? '' : undefined}
      aria-describedby={count ? descId : undefined}
      // Radix points every tab at its own panel, but only the active tab's panel is ever rendered
      // (AgentTabsPanel follows the active tab), and none without AgentTabsPanel: an id reference to
      // nothing is invalid ARIA. Radix spreads our props after its own, so `undefined` removes it.
      {...(controlsPanel ? null : { 'aria-controls': undefined })}
      onMouseDown={(event) => {
        // Radix focuses the tab from script on mousedown, which shows the keyboard focus ring after
        // a mouse click. Taking over the left click: the same focus and change, without the ring.
        if (event.button !== 0 || event.ctrlKey) return;
        event.preventDefault();
        event.currentTarget.focus({ focusVisible: false });
        if (value !== selected) selectTab(value);
      }}
    >
      <span className="ab-tab-label">{name}</span>
      {count ? (
        <>
          {working > 0 ? <LiveDot className="ab-tab-live" /> : null}
          <span className="ab-tab-count" aria-hidden="true">
            {formatCount(count.count, locale)}
          </span>
          <span id={descId} hidden>
            {labels.tabDescription(count.count, working, {
              count: formatCount(count.count, locale),
              running: formatCount(working, locale),
            })}
          </span>
        </>
      ) : null}
    </Tabs.Trigger>
  );
}

/**
 * The tab panel: renders `children` for the active tab, labelled by it (Radix keeps the tab ↔
 * panel relationship). Must be inside `AgentTabs`. Data attribute: `data-state="active|inactive"`.
 * The ref and any other `div` attribute go to the panel element.
 *
 * @example
 * ```tsx
 * <AgentTabs defaultTab="all">
 *   <AgentTabsList />
 *   <AgentTabsPanel><AgentList items={visibleItems} /></AgentTabsPanel>
 * </AgentTabs>
 * ```
 */
export const AgentTabsPanel = forwardRef<HTMLDivElement, AgentTabsPanelProps>(function AgentTabsPanel(
  {
    children,
    className,
    id: _id,
    'aria-labelledby': _labelledBy,
    ...rest
  }: AgentTabsPanelProps & { id?: string; 'aria-labelledby'?: string },
  ref,
) {
  const { tab, registerPanel } = useAgentTabsContext('AgentTabsPanel');
  useEffect(registerPanel, [registerPanel]);
  // One panel that follows the active tab, not one per tab: Radix unmounts an inactive panel's
  // children, so a panel per tab would remount the whole list (and re-measure and re-sort it) on
  // every switch. Both tabs show the same content over a different set, so the list stays mounted
  // and only receives new items; the panel's id and label move with the tab.
  return (
    <Tabs.Content
      tabIndex={-1}
      {...rest}
      ref={ref}
      value={tab}
      className={clsx('ab-panel', className)}
      // A tab panel (Radix sets the role before the host's props): a stray `role` must not replace it.
      role="tabpanel"
    >
      {children}
    </Tabs.Content>
  );
});
AgentTabsPanel.displayName = 'AgentTabsPanel';

/**
 * The Personal / All switch (Radix Tabs). Each tab shows its count beside its name (the accessible
 * names stay exactly "Personal" and "All"; the count is the tab's description), and a tab whose set
 * holds working runs carries a pulsing live dot described as "N running". Controlled with
 * `tab`/`onTabChange` or uncontrolled with `defaultTab`. Parts: `AgentTabsList`, `AgentTabsPanel`
 * (also as `AgentTabs.List`, `AgentTabs.Panel`). Data attributes: `data-state="active|inactive"` and `data-running` on each tab.
 *
 * The ref and any other `div` attribute go to the outer element.
 *
 * @example
 * ```tsx
 * const view = useAgentView({ items, viewerId });
 * <AgentTabs tab={view.tab} onTabChange={view.setTab} counts={view.tabCounts} />
 * ```
 */
export const AgentTabs = Object.assign(AgentTabsRoot, { List: AgentTabsList, Panel: AgentTabsPanel });
