import { sanitizeUrl } from '../../core/safe-url';
import type { AgentItem } from '../../core/types';
import type { AgentNavigation } from './types';

/**
 * What activating an item calls: `onOpenRun` for an ambient run (its shared session),
 * `onOpenConversation` for anything else (a local conversation). One rule for every part.
 */
export function openerFor(item: AgentItem, nav: AgentNavigation): ((item: AgentItem) => void) | undefined {
  return item.kind === 'ambient' ? nav.onOpenRun : nav.onOpenConversation;
}

/** The host's href for an item, only if it is http(s) or relative. A throwing callback gives none. */
export function safeItemHref(item: AgentItem, getItemHref: AgentNavigation['getItemHref']): string | undefined {
  if (!getItemHref) return undefined;
  try {
    return sanitizeUrl(getItemHref(item));
  } catch {
    return undefined;
  }
}

/**
 * A plain primary click. Modified or non-primary clicks on a link belong to the browser (new tab,
 * new window, download…), never to the host's callback.
 */
export function isPlainClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
