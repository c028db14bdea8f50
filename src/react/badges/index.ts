// Small display parts shared by the list, the filter menu, Needs you and the summary: badges, the
// avatar, the live duration and dot, and the icons they draw.
export { StatusBadge, type StatusBadgeProps } from './StatusBadge';
export { SourceBadge, type SourceBadgeProps, type SourceIcons } from './SourceBadge';
export { Avatar, getAvatarHue, getInitials, type AvatarProps } from './Avatar';
export { LiveDuration, type LiveDurationProps } from './LiveDuration';
export { LiveDot } from './LiveDot';
export {
  AlertIcon,
  ChevronIcon,
  CloseIcon,
  createIcon,
  createMark,
  CreditsIcon,
  FilterIcon,
  InboxIcon,
  SearchIcon,
  SortIcon,
  SOURCE_ICONS,
  sourceIconOf,
  STATUS_ICONS,
  type Icon,
  type IconPart,
  type IconProps,
} from './icons';
