/// <reference lib="dom" />
'use client';
/**
 * agentboard — the React entry: the management view, its composable parts and hooks, and (re-exported)
 * the whole headless core, so hosts can import everything from 'agentboard'.
 * The build also adds the 'use client' banner (bundlers drop module-level directives when tree-shaking).
 */
export * from './core';

export { AgentManagementView } from './react/AgentManagementView';
export type { AgentManagementViewProps } from './react/AgentManagementView';
export { AgentboardRoot } from './react/AgentboardRoot';
export type { AgentboardRootProps } from './react/AgentboardRoot';

export { useAgentView, useAgentViewState, useAgentViewModel } from './react/useAgentView';
export type { UseAgentViewOptions, AgentViewState, TabCount } from './react/useAgentView';
export { useAgentData } from './react/useAgentData';
export type { UseAgentDataOptions, AgentDataResult } from './react/useAgentData';
export { useUrlFilters, getHistoryAdapter } from './react/useUrlFilters';
export type { UrlSearchAdapter, UseUrlFiltersOptions, UrlFiltersState } from './react/useUrlFilters';
export * from './data';
export { useControllableState } from './react/useControllableState';
export type { UseControllableStateOptions, SetStateFn } from './react/useControllableState';

export { AgentTabs, AgentTabsList, AgentTabsPanel } from './react/AgentTabs';
export type { AgentTabsProps } from './react/AgentTabs';

export { FilterMenu, FilterMenuTrigger, FilterMenuContent, useFilterMenuContext } from './react/FilterMenu';
export type { FilterMenuProps, FilterMenuContextValue } from './react/FilterMenu';
export { FilterMenuSection } from './react/filter/FilterMenuSection';
export type { FilterMenuSectionProps } from './react/filter/FilterMenuSection';
export { FilterChips } from './react/filter/FilterChips';
export { CREATOR_SEARCH_THRESHOLD } from './react/filter/CreatorSection';

export { AgentSearch } from './react/AgentSearch';
export type { AgentSearchProps } from './react/AgentSearch';
export { AgentSummary, BREAKDOWN_LIMIT } from './react/AgentSummary';
export type { AgentSummaryProps } from './react/AgentSummary';
export { AgentNeedsYou, PINNED_LIMIT } from './react/AgentNeedsYou';
export type { AgentNeedsYouProps } from './react/AgentNeedsYou';
export { AgentEmptyState, AgentErrorState } from './react/AgentStates';
export type { AgentEmptyStateProps, AgentErrorStateProps } from './react/AgentStates';

export { AgentList, defaultAgentListLabels } from './react/AgentList';
export type { AgentListProps, AgentListClassNames, AgentListLabels } from './react/AgentList';
export { StatusBadge } from './react/StatusBadge';
export type { StatusBadgeProps } from './react/StatusBadge';
export { SourceBadge } from './react/SourceBadge';
export type { SourceBadgeProps, SourceIcons } from './react/SourceBadge';
export { Avatar } from './react/Avatar';
export type { AvatarProps } from './react/Avatar';

export { defaultLabels, defaultViewLabels } from './react/labels';
export type { AgentboardLabels, AgentViewLabels, LabelOverrides } from './react/labels';
export { themeToStyle, themeTokenVar } from './react/theme';
export type { AgentboardTheme, AgentboardThemeToken } from './react/theme';
export type { AgentboardClassNames, AgentNavigation, AgentFormatting, ColorScheme, Density } from './react/types';
