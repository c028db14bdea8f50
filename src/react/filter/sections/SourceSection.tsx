import { useId } from 'react';
import { getSourceMeta } from '../../../core';
import type { FacetOption } from '../../../core/types';
import { setListField, toggleFilterValue } from '../../../core/filter-state';
import { formatCount } from '../../../core/format';
import { sourceIconOf } from '../../badges';
import { useFilterMenuContext } from '../filter-menu-context';
import { FilterMenuSection, FilterOptionFocus } from '../FilterMenuSection';

/**
 * The Source section. When two or more integration sources (Slack, Linear, host sources) are
 * present, an "All integrations" option above them selects or clears them together, so "what a
 * teammate triggered via integrations" stays two clicks. Must be inside `FilterMenu`.
 */
export function SourceSection() {
  const { facets, filters, setFilters, labels, sourceRegistry, sourceIcons } = useFilterMenuContext('SourceSection');
  const integrations = facets.sources.filter((o) => getSourceMeta(o.value, sourceRegistry).group === 'integration');
  return (
    <FilterMenuSection
      title={labels.sectionSource}
      field="sources"
      options={facets.sources}
      selected={filters.sources}
      onToggle={(v) => setFilters((f) => toggleFilterValue(f, 'sources', v))}
      renderLabel={(o) => (sourceRegistry ? getSourceMeta(o.value, sourceRegistry).label : o.label)}
      renderIcon={(o) => {
        const { custom, Icon } = sourceIconOf(o.value, sourceIcons);
        return (
          <span className="ab-option-icon" aria-hidden="true">
            {custom ?? <Icon />}
          </span>
        );
      }}
      leading={integrations.length >= 2 ? <IntegrationsOption integrations={integrations} /> : null}
    />
  );
}

function IntegrationsOption({ integrations }: { integrations: readonly FacetOption[] }) {
  const { filters, setFilters, labels, locale } = useFilterMenuContext('SourceSection');
  const id = useId();
  const selected = filters.sources ?? [];
  const values = integrations.map((o) => o.value);
  const chosen = values.filter((v) => selected.includes(v)).length;
  const all = chosen === values.length;
  const some = chosen > 0 && !all;
  const count = integrations.reduce((n, o) => n + o.count, 0);
  return (
    <label className="ab-option ab-option-group-toggle" data-checked={all ? '' : undefined}>
      <FilterOptionFocus>
        <input
          // `indeterminate` is a DOM property with no attribute, so it is set on the element.
          ref={(input) => {
            if (input) input.indeterminate = some;
          }}
          type="checkbox"
          className="ab-checkbox"
          checked={all}
          aria-checked={some ? 'mixed' : all}
          aria-labelledby={`${id}-n`}
          aria-describedby={`${id}-c`}
          onChange={() =>
            setFilters((f) => {
              const current = f.sources ?? [];
              const next = all
                ? current.filter((v) => !values.includes(v))
                : [...current, ...values.filter((v) => !current.includes(v))];
              return setListField(f, 'sources', next);
            })
          }
        />
      </FilterOptionFocus>
      <span className="ab-option-icon" aria-hidden="true" />
      <span id={`${id}-n`} className="ab-option-label">
        {labels.allIntegrations}
      </span>
      <span id={`${id}-c`} className="ab-option-count">
        {formatCount(count, locale)}
      </span>
    </label>
  );
}
