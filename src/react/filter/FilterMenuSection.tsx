import * as RovingFocusGroup from '@radix-ui/react-roving-focus';
import { clsx } from 'clsx';
import { forwardRef, useId, type FieldsetHTMLAttributes, type ReactNode } from 'react';
import type { FacetOption } from '../../core/types';
import { EMPTY_STRINGS } from '../../core/filter-state';
import { formatCount } from '../../core/format';
import { useFilterMenuContext } from './filter-menu-context';
import { useTypeahead } from './useTypeahead';

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
  /** Content between the title and the options (e.g. a search box); its own tab stop. */
  before?: ReactNode;
  /**
   * An option placed first in the options' group (e.g. "All integrations"); its checkbox joins the
   * group's arrow keys when wrapped in `<FilterOptionFocus>`.
   */
  leading?: ReactNode;
  /** Shown when there are no options. */
  emptyText?: string;
  className?: string;
}

/**
 * One section of checkboxes (`<fieldset>` named by its title), each option with its faceted count.
 * Within a section options are OR-ed. Must be inside `FilterMenu`. The ref and any other
 * `fieldset` attribute go to the fieldset.
 *
 * Keyboard (the APG's roving tab stop): the options are one tab stop, entered on the option last
 * focused; ↑/↓ move between them (wrapping), Home/End (and PageUp/PageDown) jump to the first/last,
 * typing moves to the next option whose label starts with the typed letters, Space toggles.
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
    leading,
    emptyText,
    className,
    ...rest
  },
  ref,
) {
  const { locale, labels } = useFilterMenuContext('FilterMenuSection');
  const id = useId();
  const onTypeahead = useTypeahead();
  return (
    <fieldset data-field={field} {...rest} ref={ref} className={clsx('ab-filter-section', className)}>
      <legend className="ab-section-title">{title}</legend>
      {before}
      {options.length === 0 ? (
        <p className="ab-section-empty">{emptyText ?? labels.noOptions}</p>
      ) : (
        <RovingFocusGroup.Root asChild orientation="vertical" loop>
          <div className="ab-options" onKeyDown={onTypeahead}>
            {leading}
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
                  <FilterOptionFocus>
                    <input
                      type="checkbox"
                      className="ab-checkbox"
                      checked={checked}
                      onChange={() => onToggle(option.value)}
                      aria-labelledby={nameId}
                      aria-describedby={countId}
                      data-value={option.value}
                    />
                  </FilterOptionFocus>
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
        </RovingFocusGroup.Root>
      )}
    </fieldset>
  );
});
FilterMenuSection.displayName = 'FilterMenuSection';

/**
 * Makes its one child (an option's `<input>`) a stop of the section's roving focus: `tabIndex` 0
 * only while it is the section's current stop, arrow keys move on from it. For options a host adds
 * through `leading`.
 *
 * @example
 * ```tsx
 * <FilterMenuSection leading={<label><FilterOptionFocus><input type="checkbox" /></FilterOptionFocus> All</label>} … />
 * ```
 */
export function FilterOptionFocus({ children }: { children: ReactNode }) {
  return <RovingFocusGroup.Item asChild>{children}</RovingFocusGroup.Item>;
}
