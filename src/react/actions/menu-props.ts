import type { AgentActionRules, AgentCustomAction } from '../../core/actions';
import type { AgentActionId, AgentItem } from '../../core/types';
import type { AgentActionLabels, LabelOverrides } from '../root';

/** What both row menus take: the item, the view's action rules and where a chosen action goes. */
export interface ActionMenuBaseProps {
  item: AgentItem;
  /** Built-in actions the host runs (default: only `copy_link`). */
  actions?: readonly AgentActionId[];
  customActions?: readonly AgentCustomAction[];
  /** The host's link for an item; `sessionUrl` is the fallback for "Copy link". */
  getItemHref?: AgentActionRules['getItemHref'];
  /**
   * A menu item was chosen. `origin` is the element focus returns to after a confirmation (the menu
   * button, or the row the context menu opened on).
   */
  onAction: (action: string, item: AgentItem, origin: HTMLElement | null) => void;
  /** Offers "Show details" (shortcut `i`) when given. */
  onShowDetails?: (item: AgentItem) => void;
  /** The item's action is running: its actions are disabled (copy link and details stay). */
  busy?: boolean;
  labels?: LabelOverrides<AgentActionLabels>;
}
