import { useComposedRefs } from '@radix-ui/react-compose-refs';
import * as Toolbar from '@radix-ui/react-toolbar';
import { clsx } from 'clsx';
import { forwardRef, useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { getFilterChips } from '../../core/chips';
import { EMPTY_FILTERS } from '../../core/filter-state';
import { CloseIcon } from '../badges';
import { useFilterMenuContext } from './filter-menu-context';

/**
 * The active filters as removable chips (each a button named "Remove Status: Failed") and a
 * "Clear all" button, in a toolbar named "Active filters": one tab stop, ←/→, Home and End move
 * between the chips and "Clear all" (as React Aria's tag group). Focus moves to the next chip after
 * a removal, and to the Filter button when none remain. Must be inside `FilterMenu`. Renders nothing
 * while no filter is active. The ref and any other `div` attribute go to the toolbar.
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
export interface FilterChipsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'dir'> {
  className?: string;
  /** Reading direction: which arrow key is "next" (default: left to right). */
  dir?: 'ltr' | 'rtl';
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
    // Radix Toolbar: the roving tab stop and the arrow keys (the APG toolbar).
    <Toolbar.Root
      {...rest}
      ref={ref}
      className={clsx('ab-chips', className)}
      // A toolbar is announced by its role and name: `labels.activeFilters`, never a stray prop.
      role="toolbar"
      aria-label={labels.activeFilters}
    >
      {chips.map((chip, i) => (
        <Toolbar.Button
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
        </Toolbar.Button>
      ))}
      <Toolbar.Button
        type="button"
        className="ab-button ab-button-ghost ab-clear-all"
        onClick={() => {
          setFilters(EMPTY_FILTERS);
          triggerRef.current?.focus();
        }}
      >
        {labels.clearAll}
      </Toolbar.Button>
    </Toolbar.Root>
  );
});
FilterChips.displayName = 'FilterChips';
