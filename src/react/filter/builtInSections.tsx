import { getSourceMeta } from '../../core';
import type { AgentStatus } from '../../core/types';
import { toggleFilterValue } from '../filterState';
import { SOURCE_ICONS, STATUS_ICONS } from '../icons';
import { useFilterMenuContext } from './context';
import { FilterMenuSection } from './FilterMenuSection';

/** The Source section. Must be inside `FilterMenu`. */
export function SourceSection() {
  const { facets, filters, setFilters, labels, sourceRegistry } = useFilterMenuContext('SourceSection');
  return (
    <FilterMenuSection
      title={labels.sectionSource}
      field="sources"
      options={facets.sources}
      selected={filters.sources}
      onToggle={(v) => setFilters((f) => toggleFilterValue(f, 'sources', v))}
      renderLabel={(o) => (sourceRegistry ? getSourceMeta(o.value, sourceRegistry).label : o.label)}
      renderIcon={(o) => {
        const Icon = Object.prototype.hasOwnProperty.call(SOURCE_ICONS, o.value) ? SOURCE_ICONS[o.value] : undefined;
        return (
          <span className="ab-option-icon" aria-hidden="true">
            {Icon ? <Icon /> : null}
          </span>
        );
      }}
    />
  );
}

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
