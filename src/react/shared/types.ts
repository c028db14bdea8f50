import type { ReactNode } from 'react';
import type { AgentItem } from '../../core/types';

/**
 * Slots that `classNames` can target. Every part renders its slot class (`ab-<slot>`) plus the
 * host's class for that slot, so hosts can style any piece without fighting specificity.
 */
export interface AgentboardClassNames {
  root?: string;
  header?: string;
  tabs?: string;
  tab?: string;
  filterTrigger?: string;
  filterContent?: string;
  chip?: string;
  summary?: string;
  summaryItem?: string;
  pinned?: string;
  list?: string;
  headerCell?: string;
  row?: string;
  cell?: string;
  badge?: string;
  avatar?: string;
  empty?: string;
  error?: string;
  skeleton?: string;
  /** The view's details panel. */
  details?: string;
}

export type Density = 'comfortable' | 'compact';
export type ColorScheme = 'light' | 'dark' | 'system';

/** Navigation callbacks the host provides. agentboard never navigates on its own. */
export interface AgentNavigation {
  /** An ambient row was activated: open its shared session. */
  onOpenRun?: (item: AgentItem) => void;
  /** An interactive row was activated: open the conversation locally. */
  onOpenConversation?: (item: AgentItem) => void;
  /** Optional: rows become real links. Only http(s) or relative URLs are ever used. */
  getItemHref?: (item: AgentItem) => string | null | undefined;
}

/** Formatting context shared by every part. */
export interface AgentFormatting {
  /** BCP 47 locale for numbers and dates. Default `en-US`. */
  locale?: string;
  /** IANA time zone for dates and the Day-of-creation filter. Default: the runtime's. */
  timeZone?: string;
  /** Fixed clock (tests, SSR). Default: the real clock. */
  now?: Date | number;
}

/** Icons for host-registered sources (or to replace a built-in one), keyed by source. Decorative. */
export type SourceIcons = Readonly<Record<string, ReactNode>>;
