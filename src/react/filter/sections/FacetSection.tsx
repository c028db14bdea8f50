import { toggleFacetValue } from '../../../core/filter-state';
import { useFilterMenuContext, type FacetDefinition } from '../filter-menu-context';
import { FilterMenuSection } from '../FilterMenuSection';

/**
 * One host-defined section over `item.meta[definition.key]`: its options with counts, toggled into
 * `filters.facets[definition.key]`. Must be inside `FilterMenu`.
 *
 * @example
 * ```tsx
 * <FacetSection definition={{ key: 'env', label: 'Environment' }} />
 * ```
 */
export function FacetSection({ definition }: { definition: FacetDefinition }) {
  const { facets, filters, setFilters } = useFilterMenuContext('FacetSection');
  const { key, label } = definition;
  return (
    <FilterMenuSection
      title={label}
      field={`facet:${key}`}
      options={facets.facets[key] ?? []}
      selected={filters.facets?.[key]}
      onToggle={(v) => setFilters((f) => toggleFacetValue(f, key, v))}
    />
  );
}
