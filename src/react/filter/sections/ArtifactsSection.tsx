import type { AgentArtifactType } from '../../../core/types';
import { toggleFilterValue } from '../../../core/filter-state';
import { ARTIFACT_ICONS } from '../../artifacts';
import { useFilterMenuContext } from '../filter-menu-context';
import { FilterMenuSection } from '../FilterMenuSection';

type ArtifactValue = AgentArtifactType | 'none';

/**
 * The Has artifact section: every artifact type and "No artifact", each with its faceted count,
 * toggled into `filters.artifacts`. Shows nothing when the facets carry no artifact counts (a data
 * source that does not count them), so a section of zeros never pretends to know. Must be inside
 * `FilterMenu`.
 *
 * @example
 * ```tsx
 * <FilterMenuContent><ArtifactsSection /></FilterMenuContent>
 * ```
 */
export function ArtifactsSection() {
  const { facets, filters, setFilters, labels } = useFilterMenuContext('ArtifactsSection');
  if (!facets.artifacts) return null;
  return (
    <FilterMenuSection
      title={labels.sectionArtifacts}
      field="artifacts"
      options={facets.artifacts}
      selected={filters.artifacts}
      onToggle={(v) => setFilters((f) => toggleFilterValue(f, 'artifacts', v))}
      renderLabel={(o) => labels.artifactTypes[o.value as ArtifactValue] ?? o.label}
      renderIcon={(o) => {
        const Icon = ARTIFACT_ICONS[o.value as ArtifactValue];
        return Icon ? (
          <span className="ab-option-icon ab-artifact-icon" data-artifact={o.value} aria-hidden="true">
            <Icon />
          </span>
        ) : null;
      }}
    />
  );
}
