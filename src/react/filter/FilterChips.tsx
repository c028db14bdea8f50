import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { clsx } from 'clsx';
import { forwardRef, useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { getFilterChips } from '../../core/chips';
import { EMPTY_FILTERS } from '../../core/filter-state';
import { CloseIcon } from '../badges';
import { useFilterMenuContext } from './filter-menu-context';

/**
 * The active filters as removable chips (each a button named "Remove Status: Failed") and a
 * "Clear all" button. Focus moves to the next chip after a removal, and to the Filter button when
 * none remain. Must be inside `FilterMenu`. Renders nothing while no filter is active. The ref and
 * any other `div` attribute go to the group.
 *
 * @example
 * ```tsx
 * <FilterMenu filters={filters} onFiltersChange={setFilters} facets={facets}>
 *   <FilterMenuTrigger />
 *   <FilterMenuContent />
 *   <FilterChips />
 * </FilterMenu>
 * ```
 */
export interface FilterChipsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  className?: string;
}

export const FilterChips = forwardRef<HTMLDivElement, FilterChipsProps>(function FilterChips(
  { className, ...rest },
  forwardedRef,
) {
  const ctx = useFilterMenuContext('FilterChips');
  const { filters, setFilters, labels, classNames, triggerRef } = ctx;
  const chips = getFilterChips(filters, ctx);
  const groupRef = useRef<HTMLDivElement | null>(null);
  const ref = useComposedRefs(forwardedRef, groupRef);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    const buttons = groupRef.current?.querySelectorAll<HTMLButtonElement>('button[data-chip]');
    const target =
      buttons && buttons.length > 0 ? buttons[Math.min(focusIndex, buttons.length - 1)] : triggerRef.current;
    target?.focus();
    setFocusIndex(null);
  }, [focusIndex, chips.length, triggerRef]);

  if (chips.length === 0) return null;
  return (
    <div
      {...rest}
      ref={ref}
      className={clsx('ab-chips', className)}
      // A group is announced by its name: it comes from `labels.activeFilters`, never a stray prop.
      role="group"
      aria-label={labels.activeFilters}
    >
      {chips.map((chip, i) => (
        <button
          key={chip.key}
          type="button"
          className={clsx('ab-chip', classNames?.chip)}
          data-chip=""
          data-field={chip.field}
          aria-label={labels.removeChip(chip.fieldLabel, chip.valueLabel)}
          onClick={() => {
            setFilters((f) => chip.remove(f));
            setFocusIndex(i);
          }}
        >
          <span className="ab-chip-field">{chip.fieldLabel}:</span>{' '}
          <span className="ab-chip-value">{chip.valueLabel}</span>
          <CloseIcon className="ab-chip-x" />
        </button>
      ))}
      <button
        type="button"
        className="ab-button ab-button-ghost ab-clear-all"
        onClick={() => {
          setFilters(EMPTY_FILTERS);
          triggerRef.current?.focus();
        }}
      >
        {labels.clearAll}
      </button>
    </div>
  );
});
FilterChips.displayName = 'FilterChips';
