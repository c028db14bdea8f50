import * as Popover from '@radix-ui/react-popover';
import { clsx } from 'clsx';
import { formatCount } from '../../core/format';
import { FilterIcon } from '../badges';
import { useFilterMenuContext } from './filter-menu-context';

/**
 * The "Filter" button that opens the menu. Its accessible name is "Filter", or "Filter, 2 active"
 * while filters are active (the count also shows as a badge). Must be inside `FilterMenu`. Data
 * attributes: `data-state="open|closed"`, `data-active`.
 *
 * @example
 * ```tsx
 * <FilterMenu filters={filters} onFiltersChange={setFilters} facets={facets}>
 *   <FilterMenuTrigger />
 *   <FilterMenuContent />
 * </FilterMenu>
 * ```
 */
export function FilterMenuTrigger({ className }: { className?: string }) {
  const { labels, activeCount, locale, classNames, triggerRef } = useFilterMenuContext('FilterMenuTrigger');
  const count = formatCount(activeCount, locale);
  return (
    <Popover.Trigger
      ref={triggerRef}
      className={clsx('ab-button', 'ab-filter-trigger', classNames?.filterTrigger, className)}
      aria-label={activeCount > 0 ? labels.filterWithCount(activeCount, count) : undefined}
      data-active={activeCount > 0 ? '' : undefined}
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
}
