import { defaultInspectLabels, type AgentInspectLabels } from './inspect-labels';
import { defaultAgentListLabels, type AgentListLabels } from './list-labels';
import { defaultViewLabels, type AgentViewLabels } from './view-labels';

/**
 * What a `labels` prop accepts: any subset of the strings, and any subset of a nested record
 * (`statuses`, `createdOn`).
 */
export type LabelOverrides<L> = {
  [K in keyof L]?: L[K] extends (...args: never[]) => unknown ? L[K] : L[K] extends object ? Partial<L[K]> : L[K];
};

/**
 * Merges label overrides over a complete set: a shallow merge that also merges one level of nested
 * records (`statuses`, `createdOn`), so overriding one status keeps the others. Returns `base`
 * itself when there is nothing to merge.
 *
 * @example
 * ```ts
 * mergeLabels(defaultViewLabels, { statuses: { failed: 'Broken' } }).statuses.working; // 'Working'
 * ```
 */
export function mergeLabels<L extends object>(base: L, overrides: LabelOverrides<L> | undefined): L {
  if (!overrides) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const prev = out[key];
    out[key] =
      prev && typeof prev === 'object' && value && typeof value === 'object' && !Array.isArray(value)
        ? { ...prev, ...value }
        : value;
  }
  return out as L;
}

/**
 * Every visible string of the management view: the list's (`AgentListLabels`), the view's own
 * (`AgentViewLabels`) and the inspecting parts' (`AgentInspectLabels`). Pass a partial object as `labels`; nested records (`statuses`, `createdOn`)
 * merge key by key.
 */
export type AgentboardLabels = AgentListLabels & AgentViewLabels & AgentInspectLabels;

/**
 * The English defaults of every string.
 *
 * @example
 * ```tsx
 * <AgentManagementView labels={{ ...germanLabels, tabAll: 'Alle' }} … />
 * ```
 */
export const defaultLabels: AgentboardLabels = {
  ...defaultAgentListLabels,
  ...defaultViewLabels,
  ...defaultInspectLabels,
};
