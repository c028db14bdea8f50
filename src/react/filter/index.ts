// The filter menu: its trigger and popover, one section per field, the chips of active filters and
// the context the parts share.
export {
  FilterMenu,
  useFilterMenuContext,
  type FacetDefinition,
  type FilterMenuContextValue,
  type FilterMenuProps,
} from './FilterMenu';
export { FilterMenuTrigger, type FilterMenuTriggerProps } from './FilterMenuTrigger';
export { FilterMenuContent, type FilterMenuContentProps } from './FilterMenuContent';
export { FilterMenuSection, FilterOptionFocus, type FilterMenuSectionProps } from './FilterMenuSection';
export { FilterChips, type FilterChipsProps } from './FilterChips';
export { CREATOR_SEARCH_THRESHOLD } from './sections/CreatorSection';
