import type { AgentStatus } from '../../../core/types';
import { toggleFilterValue } from '../../../core/filter-state';
import { STATUS_ICONS } from '../../badges';
import { useFilterMenuContext } from '../filter-menu-context';
import { FilterMenuSection } from '../FilterMenuSection';

/** The Status section. Must be inside `FilterMenu`. */
export function StatusSection() {
  const { facets, filters, setFilters, labels } = useFilterMenuContext('StatusSection');
  return (
    <FilterMenuSection
      title={labels.sectionStatus}
      field="statuses"
      options={facets.statuses}
      selected={filters.statuses}
      onToggle={(v) => setFilters((f) => toggleFilterValue(f, 'statuses', v))}
      renderLabel={(o) => labels.statuses[o.value as AgentStatus] ?? o.label}
      renderIcon={(o) => {
        const Icon = STATUS_ICONS[o.value as AgentStatus];
        return Icon ? (
          <span className="ab-option-icon ab-status-icon" data-status={o.value} aria-hidden="true">
            <Icon />
          </span>
        ) : null;
      }}
    />
  );
}
