// The root every part lives under: the themed element, its contexts (portal container and scheme;
// the view-wide settings), the labels and `useLabels`, and the theme tokens.
export { AgentboardRoot, type AgentboardRootProps } from './AgentboardRoot';
export {
  AgentboardRootContext,
  useAgentboardRoot,
  useStandaloneRootProps,
  type AgentboardRootValue,
} from './root-context';
export { themeToStyle, themeTokenVar, type AgentboardTheme, type AgentboardThemeToken } from './theme';
export { defaultLabels, mergeLabels, type AgentboardLabels, type LabelOverrides } from './labels';
export { defaultViewLabels, type AgentViewLabels } from './view-labels';
export { defaultAgentListLabels, type AgentListLabels } from './list-labels';
export { defaultInspectLabels, type AgentInspectLabels } from './inspect-labels';
export { defaultActionLabels, type ActionConfirmInput, type AgentActionLabels } from './action-labels';
export {
  AgentboardSettingsContext,
  useRootSettings,
  useSettings,
  type AgentboardSettings,
  type ResolvedSettings,
} from './settings-context';
export { useLabels } from './useLabels';
export { withSourceNames } from './source-names';
