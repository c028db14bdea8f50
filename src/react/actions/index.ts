// Row actions: the menu button and the context menu sharing one list of items, the confirmation,
// and the entries' rules over the core's availability.
export { AgentActionsMenu, MoreIcon, type AgentActionsMenuProps } from './AgentActionsMenu';
export {
  AgentActionsContextMenu,
  type AgentActionsContextMenuProps,
  type ContextMenuTarget,
} from './AgentActionsContextMenu';
export { AgentActionConfirm, type AgentActionConfirmProps } from './AgentActionConfirm';
export { actionLabel, getMenuEntries, type ActionMenuEntry } from './menu-entries';
export type { ActionMenuBaseProps } from './menu-props';
export {
  useAgentActions,
  type AgentActionHandler,
  type AgentActionTarget,
  type AgentActionsApi,
  type UseAgentActionsOptions,
} from './useAgentActions';
export { copyText } from './copy-text';
