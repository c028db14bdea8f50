import {
  getAvailableActions,
  getShortcut,
  isDestructiveAction,
  type AgentActionRules,
  type AgentShortcut,
} from '../../core/actions';
import type { AgentActionId, AgentItem } from '../../core/types';
import type { AgentActionLabels } from '../root';

/** One item of the row actions menu. `details` is the "Show details" entry, not an action. */
export interface ActionMenuEntry {
  id: string;
  label: string;
  shortcut: AgentShortcut | undefined;
  destructive: boolean;
}

/** The name an action goes by: its label from `labels.actions`, a custom action's `label`, else its id. */
export function actionLabel(action: string, rules: AgentActionRules, labels: AgentActionLabels): string {
  const builtIn = labels.actions[action as AgentActionId];
  if (builtIn !== undefined) return builtIn;
  return rules.customActions?.find((c) => c.id === action)?.label ?? action;
}

/**
 * The entries of an item's menu: the actions that apply to it in menu order, then "Show details"
 * when the host can open details. Destructive ones come last so the menu can set them apart.
 */
export function getMenuEntries(
  item: AgentItem,
  rules: AgentActionRules,
  labels: AgentActionLabels,
  withDetails: boolean,
): ActionMenuEntry[] {
  const entries = getAvailableActions(item, rules).map((id) => ({
    id,
    label: actionLabel(id, rules, labels),
    shortcut: getShortcut(id, rules),
    destructive: isDestructiveAction(id, rules),
  }));
  if (withDetails) {
    entries.push({
      id: 'details',
      label: labels.showDetails,
      shortcut: getShortcut('details', rules),
      destructive: false,
    });
  }
  return [...entries.filter((e) => !e.destructive), ...entries.filter((e) => e.destructive)];
}
