/// <reference lib="dom" />
'use client';
/**
 * agentboard — the React entry: the management view, its composable parts and hooks, and (re-exported)
 * the whole headless core, so hosts can import everything from 'agentboard'.
 * The build also adds the 'use client' banner (bundlers drop module-level directives when tree-shaking).
 */
export * from './core';

export { AgentManagementView } from './react/view';
export type { AgentManagementViewProps } from './react/view';
export { AgentboardRoot } from './react/root';
export type { AgentboardRootProps } from './react/root';

export { useAgentView, useAgentViewState, useAgentViewModel } from './react/hooks';
export type { UseAgentViewOptions, AgentViewState, TabCount } from './react/hooks';
export { useAgentData } from './react/hooks';
export type { UseAgentDataOptions, AgentDataResult } from './react/hooks';
export { useUrlFilters, getHistoryAdapter } from './react/hooks';
export type { UrlSearchAdapter, UseUrlFiltersOptions, UrlFiltersState } from './react/hooks';
export * from './data';
export { useControllableState } from './react/hooks';
export type { UseControllableStateOptions, SetStateFn } from './react/hooks';

export { AgentTabs, AgentTabsList, AgentTabsPanel } from './react/tabs';
export type { AgentTabsProps, AgentTabsListProps, AgentTabsPanelProps } from './react/tabs';

export { FilterMenu, FilterMenuTrigger, FilterMenuContent, useFilterMenuContext } from './react/filter';
export type { FilterMenuProps, FilterMenuContextValue } from './react/filter';
export type { FilterMenuTriggerProps, FilterMenuContentProps, FilterChipsProps } from './react/filter';
export { FilterMenuSection, FilterOptionFocus } from './react/filter';
export type { FilterMenuSectionProps } from './react/filter';
export { FilterChips } from './react/filter';
export { CREATOR_SEARCH_THRESHOLD } from './react/filter';

export { AgentSearch } from './react/search';
export type { AgentSearchProps } from './react/search';
export { AgentSummary, BREAKDOWN_LIMIT } from './react/summary';
export type { AgentSummaryProps } from './react/summary';
export { AgentNeedsYou, PINNED_INLINE_MAX, PINNED_LIMIT } from './react/needs-you';
export type { AgentNeedsYouProps } from './react/needs-you';
export { AgentEmptyState, AgentErrorState } from './react/states';
export type { AgentEmptyReason, AgentEmptyStateProps, AgentErrorStateProps } from './react/states';

export { AgentList } from './react/list';
export { defaultAgentListLabels } from './react/root';
export type { AgentListProps, AgentListClassNames } from './react/list';
export type { AgentListLabels } from './react/root';
export { StatusBadge } from './react/badges';
export type { StatusBadgeProps } from './react/badges';
export { SourceBadge } from './react/badges';
export type { SourceBadgeProps, SourceIcons } from './react/badges';
export { Avatar } from './react/badges';
export type { AvatarProps } from './react/badges';

export { defaultLabels, defaultViewLabels } from './react/root';
export type { AgentboardLabels, AgentViewLabels, LabelOverrides } from './react/root';
export { themeToStyle, themeTokenVar } from './react/root';
export type { AgentboardTheme, AgentboardThemeToken } from './react/root';
export type { AgentboardClassNames, AgentNavigation, AgentFormatting, ColorScheme, Density } from './react/shared';

export { AgentArtifacts } from './react/artifacts';
export type { AgentArtifactsProps } from './react/artifacts';
export { SubRunToggle, SubRunSummary, SubRunOf, useSubRunKeys, useExpandedRuns } from './react/sub-runs';
export type { SubRunToggleProps, SubRunSummaryProps, SubRunOfProps, UseSubRunKeysOptions } from './react/sub-runs';
export { AgentDetails, useDetailsNavigation } from './react/details';
export type {
  AgentDetailsProps,
  DetailsRunLink,
  DetailsNavigation,
  UseDetailsNavigationOptions,
} from './react/details';
export { defaultInspectLabels } from './react/root';
export type { AgentInspectLabels } from './react/root';
export { AgentActionsMenu, AgentActionsContextMenu, AgentActionConfirm, useAgentActions } from './react/actions';
export type {
  AgentActionsMenuProps,
  AgentActionsContextMenuProps,
  AgentActionConfirmProps,
  AgentActionHandler,
  AgentActionTarget,
  AgentActionsApi,
  UseAgentActionsOptions,
} from './react/actions';
export { AgentBulkToolbar, useAgentSelection } from './react/selection';
export type { AgentBulkToolbarProps, AgentSelectionApi, UseAgentSelectionOptions } from './react/selection';
export { AgentToastProvider, useToast } from './react/toast';
export type { AgentToastProviderProps, ToastApi, ToastOptions } from './react/toast';
export { defaultActionLabels } from './react/root';
export type { AgentActionLabels, ActionConfirmInput } from './react/root';
