import { useId, useState } from 'react';
import type { FacetOption } from '../../../core/types';
import { toggleFilterValue } from '../../../core/filter-state';
import { SearchIcon } from '../../badges';
import { useFilterMenuContext } from '../filter-menu-context';
import { FilterMenuSection } from '../FilterMenuSection';

/** More creators than this and the section grows a search box. */
export const CREATOR_SEARCH_THRESHOLD = 8;

/**
 * The Creator section (the view shows it on the All tab only): the viewer first, as "Me"; a search
 * box once there are more than eight creators. Must be inside `FilterMenu`.
 */
export function CreatorSection() {
  const { facets, filters, setFilters, labels, viewerId } = useFilterMenuContext('CreatorSection');
  const [search, setSearch] = useState('');
  const searchId = useId();

  const viewer = facets.creators.find((o) => o.value === viewerId);
  const others = facets.creators.filter((o) => o.value !== viewerId);
  const ordered: FacetOption[] = viewer ? [{ ...viewer, label: labels.me }, ...others] : others;

  const searchable = ordered.length > CREATOR_SEARCH_THRESHOLD;
  const needle = search.trim().toLowerCase();
  const selected = filters.creators;
  // The viewer's option is already labelled "Me", so "me" finds it; selected creators stay listed.
  const shown =
    searchable && needle
      ? ordered.filter((o) => o.label.toLowerCase().includes(needle) || selected?.includes(o.value))
      : ordered;

  return (
    <FilterMenuSection
      title={labels.sectionCreator}
      field="creators"
      options={shown}
      selected={selected}
      onToggle={(v) => setFilters((f) => toggleFilterValue(f, 'creators', v))}
      emptyText={needle ? labels.noCreatorsMatch : undefined}
      before={
        searchable ? (
          <div className="ab-input-wrap ab-creator-search">
            <SearchIcon />
            <input
              id={searchId}
              type="search"
              className="ab-input"
              aria-label={labels.creatorSearch}
              placeholder={labels.creatorSearch}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
        ) : null
      }
    />
  );
}
