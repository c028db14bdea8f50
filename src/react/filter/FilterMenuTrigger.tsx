import { useComposedRefs } from '@radix-ui/react-compose-refs';
import * as Popover from '@radix-ui/react-popover';
import { clsx } from 'clsx';
import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { formatCount } from '../../core/format';
import { FilterIcon } from '../badges';
import { useFilterMenuContext } from './filter-menu-context';

/**
 * The "Filter" button that opens the menu. Its accessible name is "Filter", or "Filter, 2 active"
 * while filters are active (the count also shows as a badge). Must be inside `FilterMenu`. Data
 * attributes: `data-state="open|closed"`, `data-active`. The ref and any other `button` attribute go
 * to the button.
 *
 * @example
 * ```tsx
 * <FilterMenu filters={filters} onFiltersChange={setFilters} facets={facets}>
 *   <FilterMenuTrigger />
 *   <FilterMenuContent />
 * </FilterMenu>
 * ```
 */
export interface FilterMenuTriggerProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  className?: string;
}

export const FilterMenuTrigger = forwardRef<HTMLButtonElement, FilterMenuTriggerProps>(function FilterMenuTrigger(
  { className, ...rest },
  forwardedRef,
) {
  const { labels, activeCount, locale, classNames, triggerRef } = useFilterMenuContext('FilterMenuTrigger');
  // The chips give focus back to this button once none remain: the menu's own ref must stay on it.
  const ref = useComposedRefs(forwardedRef, triggerRef);
  const count = formatCount(activeCount, locale);
  return (
    <Popover.Trigger
      data-active={activeCount > 0 ? '' : undefined}
      {...rest}
      ref={ref}
      className={clsx('ab-button', 'ab-filter-trigger', classNames?.filterTrigger, className)}
      // The name says how many filters are active, which the visible badge shows only to sighted
      // users: a host's `aria-label` must not drop it.
      aria-label={activeCount > 0 ? labels.filterWithCount(activeCount, count) : rest['aria-label']}
    >
      <FilterIcon />
      <span>{labels.filter}</span>
      {activeCount > 0 ? ' ' : null}
      {activeCount > 0 ? (
        <span className="ab-filter-count" aria-hidden="true">
          {count}
        </span>
      ) : null}
    </Popover.Trigger>
  );
});
FilterMenuTrigger.displayName = 'FilterMenuTrigger';
