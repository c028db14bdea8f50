import { type RefObject } from 'react';
import type { FacetDefinition } from '../../core/chips';
import type { SourceRegistry } from '../../core/sources';
import type { AgentFacets, AgentFilters, AgentTab } from '../../core/types';
import type { SourceIcons } from '../badges';
import type { SetStateFn } from '../hooks';
import type { AgentViewLabels } from '../root';
import { createNamedContext, type AgentboardClassNames } from '../shared';

export type { FacetDefinition };

export const EMPTY_FACETS: AgentFacets = Object.freeze({
  sources: [],
  statuses: [],
  creators: [],
  createdOn: [],
  facets: {},
}) as unknown as AgentFacets;
export const EMPTY_DEFINITIONS: readonly FacetDefinition[] = Object.freeze([]);

export interface FilterMenuContextValue {
  filters: AgentFilters;
  setFilters: SetStateFn<AgentFilters>;
  clearFilters: () => void;
  facets: AgentFacets;
  tab: AgentTab;
  viewerId: string | undefined;
  facetDefinitions: readonly FacetDefinition[];
  sourceRegistry: SourceRegistry | undefined;
  sourceIcons: SourceIcons | undefined;
  locale: string | undefined;
  timeZone: string | undefined;
  now: Date | number | undefined;
  labels: AgentViewLabels;
  classNames: AgentboardClassNames | undefined;
  activeCount: number;
  triggerRef: RefObject<HTMLButtonElement | null>;
  open: boolean;
  setOpen: SetStateFn<boolean>;
}

const [FilterMenuContext, useFilterMenuContextNamed] = createNamedContext<FilterMenuContextValue>('FilterMenu');

/** Reads the filter menu's state from inside any of its parts. Throws outside `FilterMenu`. */
export const useFilterMenuContext: (partName: string) => FilterMenuContextValue = useFilterMenuContextNamed;

export { FilterMenuContext };
