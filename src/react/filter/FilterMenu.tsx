import * as Popover from '@radix-ui/react-popover';
import { clsx } from 'clsx';
import { forwardRef, useCallback, useMemo, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { countActiveFilters } from '../../core/chips';
import { EMPTY_FILTERS } from '../../core/filter-state';
import type { SourceRegistry } from '../../core/sources';
import type { AgentFacets, AgentFilters, AgentTab } from '../../core/types';
import { type SourceIcons } from '../badges';
import { useControllableState } from '../hooks';
import {
  defaultViewLabels,
  useLabels,
  useSettings,
  useStandaloneRootProps,
  type AgentViewLabels,
  type LabelOverrides,
} from '../root';
import type { AgentboardClassNames } from '../shared';
import {
  FilterMenuContext,
  useFilterMenuContext,
  type FacetDefinition,
  type FilterMenuContextValue,
  EMPTY_DEFINITIONS,
  EMPTY_FACETS,
} from './filter-menu-context';
import { FilterChips } from './FilterChips';
import { FilterMenuContent } from './FilterMenuContent';
import { FilterMenuSection } from './FilterMenuSection';
import { FilterMenuTrigger } from './FilterMenuTrigger';

export interface FilterMenuProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Controlled filters. */
  filters?: AgentFilters;
  /** Initial filters while uncontrolled. */
  defaultFilters?: AgentFilters;
  onFiltersChange?: (filters: AgentFilters) => void;
  /** Options and counts (`useAgentView().facets`, from core `getFacets`). */
  facets?: AgentFacets;
  /** The current tab: the Creator section only shows on All. Default `'all'`. */
  tab?: AgentTab;
  /** The viewer: listed first among creators, as "Me". */
  viewerId?: string;
  /** Host-defined sections over `item.meta`. */
  facetDefinitions?: readonly FacetDefinition[];
  /** Labels for host-registered sources. */
  sourceRegistry?: SourceRegistry;
  /** Icons for host-registered sources. */
  sourceIcons?: SourceIcons;
  locale?: string;
  /** Time zone for "A day…" / "Range…" defaults. */
  timeZone?: string;
  now?: Date | number;
  labels?: LabelOverrides<AgentViewLabels>;
  classNames?: AgentboardClassNames;
  className?: string;
  /** Controlled open state of the popover. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /**
   * Replaces the default parts (`FilterMenuTrigger`, `FilterMenuContent`, `FilterChips`), so a
   * layout can place them apart.
   */
  children?: ReactNode;
}

const FilterMenuRoot = forwardRef<HTMLDivElement, FilterMenuProps>(function FilterMenu(
  {
    filters: filtersProp,
    defaultFilters,
    onFiltersChange,
    facets = EMPTY_FACETS,
    tab = 'all',
    viewerId: viewerIdProp,
    facetDefinitions = EMPTY_DEFINITIONS,
    sourceRegistry: sourceRegistryProp,
    sourceIcons: sourceIconsProp,
    locale: localeProp,
    timeZone: timeZoneProp,
    now: nowProp,
    labels: labelsProp,
    classNames: classNamesProp,
    className,
    open: openProp,
    defaultOpen,
    onOpenChange,
    children,
    ...rest
  },
  ref,
) {
  const [filters, setFilters] = useControllableState<AgentFilters>({
    prop: filtersProp,
    defaultProp: defaultFilters ?? EMPTY_FILTERS,
    onChange: onFiltersChange,
    name: 'FilterMenu.filters',
  });
  const [open, setOpen] = useControllableState<boolean>({
    prop: openProp,
    defaultProp: defaultOpen ?? false,
    onChange: onOpenChange,
    name: 'FilterMenu.open',
  });
  const clearFilters = useCallback(() => setFilters(EMPTY_FILTERS), [setFilters]);
  const { viewerId, sourceRegistry, sourceIcons, locale, timeZone, now, classNames } = useSettings({
    viewerId: viewerIdProp,
    sourceRegistry: sourceRegistryProp,
    sourceIcons: sourceIconsProp,
    locale: localeProp,
    timeZone: timeZoneProp,
    now: nowProp,
    classNames: classNamesProp,
  });
  const labels = useLabels(defaultViewLabels, labelsProp);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const activeCount = countActiveFilters(filters, tab);
  const standalone = useStandaloneRootProps();

  const value = useMemo<FilterMenuContextValue>(
    () => ({
      filters,
      setFilters,
      clearFilters,
      facets,
      tab,
      viewerId,
      facetDefinitions,
      sourceRegistry,
      sourceIcons,
      locale,
      timeZone,
      now,
      labels,
      classNames,
      activeCount,
      triggerRef,
      open,
      setOpen,
    }),
    [
      filters,
      setFilters,
      clearFilters,
      facets,
      tab,
      viewerId,
      facetDefinitions,
      sourceRegistry,
      sourceIcons,
      locale,
      timeZone,
      now,
      labels,
      classNames,
      activeCount,
      open,
      setOpen,
    ],
  );

  return (
    <FilterMenuContext.Provider value={value}>
      <Popover.Root open={open} onOpenChange={setOpen}>
        <div
          data-color-scheme={standalone['data-color-scheme']}
          data-active={activeCount > 0 ? '' : undefined}
          {...rest}
          ref={ref}
          className={clsx('ab-filter', standalone.className, className)}
        >
          {children ?? (
            <>
              <FilterMenuTrigger />
              <FilterMenuContent />
              <FilterChips />
            </>
          )}
        </div>
      </Popover.Root>
    </FilterMenuContext.Provider>
  );
});
FilterMenuRoot.displayName = 'FilterMenu';

/**
 * The filter menu: a "Filter" button (its name says how many filters are active, e.g.
 * "Filter, 2 active") opening a Radix Popover with the sections Source, Status, Creator (on the
 * All tab only; searchable once there are many creators; the viewer first, as "Me") and Day of
 * creation, plus one section per host `facetDefinitions` entry. Every option is a checkbox with
 * its faceted count. Active filters also show as removable chips beside the button, with "Clear
 * all". Keyboard: Tab / Shift-Tab move through the sections, Space toggles, Escape closes and
 * focus returns to the button; Tab from the last section closes the menu and moves on to what
 * follows the button (the chips), Shift+Tab from the first closes it onto the button. Parts:
 * `FilterMenuTrigger`, `FilterMenuContent`,
 * `FilterMenuSection`, `FilterChips` (also as `FilterMenu.Trigger`, `.Content`, `.Section`, `.Chips`). Data attributes: `data-state="open|closed"` and
 * `data-active` on the trigger, `data-checked` on options.
 *
 * The ref and any other `div` attribute go to the outer element (the one around the trigger and the
 * chips; the popover portals elsewhere).
 *
 * @example
 * ```tsx
 * const view = useAgentView({ items, viewerId: 'u_1' });
 * <FilterMenu
 *   filters={view.filters}
 *   onFiltersChange={view.setFilters}
 *   facets={view.facets}
 *   tab={view.tab}
 *   viewerId="u_1"
 * />
 * ```
 */
export const FilterMenu = Object.assign(FilterMenuRoot, {
  Trigger: FilterMenuTrigger,
  Content: FilterMenuContent,
  Section: FilterMenuSection,
  Chips: FilterChips,
});

export { useFilterMenuContext };
export type { FacetDefinition, FilterMenuContextValue };
