// What every feature folder shares: types, navigation rules, the live ticker, visually hidden text,
// and named contexts. Nothing here imports another feature folder.
export type {
  AgentboardClassNames,
  AgentFormatting,
  AgentNavigation,
  ColorScheme,
  Density,
  SourceIcons,
} from './types';
export { isPlainClick, openerFor, safeItemHref } from './navigation';
export { isFocusInDialog } from './focus';
export { nextTabStop, type TabStopOptions } from './tabbable';
export { usePopoverTabOut, type PopoverTabOutHandlers, type PopoverTabOutOptions } from './usePopoverTabOut';
export {
  getMinuteTick,
  getServerTick,
  getTick,
  isMinuteTickerRunning,
  isTickerRunning,
  subscribeMinuteTicker,
  subscribeNever,
  subscribeTicker,
} from './ticker';
export { VisuallyHidden, type VisuallyHiddenProps } from './VisuallyHidden';
export { createNamedContext } from './named-context';
export { withDisplayName } from './display-name';
