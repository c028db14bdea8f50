import { clsx } from 'clsx';
import { forwardRef, useId, type FieldsetHTMLAttributes, type ReactNode } from 'react';
import type { FacetOption } from '../../core/types';
import { EMPTY_STRINGS } from '../../core/filter-state';
import { formatCount } from '../../core/format';
import { useFilterMenuContext } from './filter-menu-context';

export interface FilterMenuSectionProps extends Omit<
  FieldsetHTMLAttributes<HTMLFieldSetElement>,
  'children' | 'title' | 'onToggle'
> {
  /** Section title; also the accessible name of its group. */
  title: string;
  /** Identifies the section in `data-field` (e.g. `sources`, `facet:environment`). */
  field: string;
  options: readonly FacetOption[];
  selected?: readonly string[] | undefined;
  onToggle: (value: string) => void;
  /** Visible label of an option; defaults to `option.label`. */
  renderLabel?: (option: FacetOption) => ReactNode;
  /** A decorative icon before the label. */
  renderIcon?: (option: FacetOption) => ReactNode;
  /** Content between the title and the options (e.g. a search box). */
  before?: ReactNode;
  /** Shown when there are no options. */
  emptyText?: string;
  className?: string;
}

/**
 * One section of checkboxes (`<fieldset>` named by its title), each option with its faceted count.
 * Within a section options are OR-ed. Must be inside `FilterMenu`. The ref and any other
 * `fieldset` attribute go to the fieldset.
 *
 * @example
 * ```tsx
 * <FilterMenuSection title="Environment" field="facet:env" options={facets.facets.env ?? []}
 *   selected={filters.facets?.env} onToggle={(v) => setFilters((f) => toggleFacetValue(f, 'env', v))} />
 * ```
 */
export const FilterMenuSection = forwardRef<HTMLFieldSetElement, FilterMenuSectionProps>(function FilterMenuSection(
  {
    title,
    field,
    options,
    selected = EMPTY_STRINGS,
    onToggle,
    renderLabel,
    renderIcon,
    before,
    emptyText,
    className,
    ...rest
  },
  ref,
) {
  const { locale, labels } = useFilterMenuContext('FilterMenuSection');
  const id = useId();
  return (
    <fieldset data-field={field} {...rest} ref={ref} className={clsx('ab-filter-section', className)}>
      <legend className="ab-section-title">{title}</legend>
      {before}
      {options.length === 0 ? (
        <p className="ab-section-empty">{emptyText ?? labels.noOptions}</p>
      ) : (
        <div className="ab-options">
          {options.map((option, i) => {
            const checked = selected.includes(option.value);
            const nameId = `${id}-${i}-n`;
            const countId = `${id}-${i}-c`;
            return (
              <label
                key={option.value}
                className="ab-option"
                data-checked={checked ? '' : undefined}
                data-empty={option.count === 0 ? '' : undefined}
              >
                <input
                  type="checkbox"
                  className="ab-checkbox"
                  checked={checked}
                  onChange={() => onToggle(option.value)}
                  aria-labelledby={nameId}
                  aria-describedby={countId}
                  data-value={option.value}
                />
                {renderIcon?.(option)}
                <span id={nameId} className="ab-option-label">
                  {renderLabel ? renderLabel(option) : option.label}
                </span>
                <span id={countId} className="ab-option-count">
                  {formatCount(option.count, locale)}
                </span>
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
});
FilterMenuSection.displayName = 'FilterMenuSection';
