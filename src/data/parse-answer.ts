import { parseAgentItems } from '../core';
import type { AgentItem, AgentStatus, AgentTab, ParseIssue } from '../core/types';

function inputId(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

export interface ParseAnswerOptions {
  statusMap?: Record<string, AgentStatus>;
  onDataIssues?: (issues: ParseIssue[]) => void;
}

/**
 * Parses host input, unique by id before parsing (`parseAgentItems` would keep a repeated id under
 * a new one, which here would show one row twice). A page keeps the first copy and reports the
 * others; a live batch keeps the last copy, the newest state. Issues go to `onDataIssues`, with the
 * indexes of the input as given.
 *
 * @example
 * parseAnswer([{ id: 'a', … }, { id: 'a', … }], 'first', { onDataIssues: console.warn })
 * // one item; a warning about the second copy
 */
export function parseAnswer(input: unknown[], keep: 'first' | 'last', options: ParseAnswerOptions): AgentItem[] {
  const { statusMap, onDataIssues } = options;
  const ids = input.map(inputId);
  const chosen = new Map<string, number>();
  ids.forEach((id, index) => {
    if (id !== undefined && (keep === 'last' || !chosen.has(id))) chosen.set(id, index);
  });
  const unique: unknown[] = [];
  const indexes: number[] = [];
  const duplicates: ParseIssue[] = [];
  ids.forEach((id, index) => {
    if (id === undefined || chosen.get(id) === index) {
      unique.push(input[index]);
      indexes.push(index);
    } else {
      duplicates.push({
        index,
        id,
        path: 'id',
        message: `Duplicate id "${id}" in one answer; the ${keep} copy is kept`,
        level: 'warning',
      });
    }
  });
  // Unique by id from here on: `parseAgentItems` renames any id it already saw.
  const { items, issues } = parseAgentItems(unique, statusMap ? { statusMap } : undefined);
  const reported = issues.map((issue) =>
    issue.index >= 0 ? { ...issue, index: indexes[issue.index] ?? issue.index } : issue,
  );
  if (keep === 'first') reported.push(...duplicates);
  if (reported.length > 0) onDataIssues?.(reported);
  return items;
}

/**
 * An answer's `tabTotals`, checked: each tab's entry is kept when it is a whole number ≥ 0; any
 * other entry (negative, fractional, NaN, a string, an unknown tab) is left out with a warning
 * (`index: -1`, the path of the entry), so that tab shows no count while the rest of the answer
 * stands. `undefined` and `null` are no counts, without an issue. Never throws.
 *
 * @example
 * readTabTotals({ personal: 12, all: -1 })
 * // { tabTotals: { personal: 12 }, issues: [{ path: 'tabTotals.all', message: 'tabTotals.all is -1, not a whole number ≥ 0: …' }] }
 */
export function readTabTotals(value: unknown): {
  tabTotals: Partial<Record<AgentTab, number>> | undefined;
  issues: ParseIssue[];
} {
  const issues: ParseIssue[] = [];
  const ignore = (path: string, why: string) =>
    issues.push({ index: -1, path, message: `${path} ${why}: ignored, that tab shows no count`, level: 'warning' });
  const tabTotals: Partial<Record<AgentTab, number>> = {};
  try {
    if (value === undefined || value === null) return { tabTotals: undefined, issues };
    if (typeof value !== 'object' || Array.isArray(value)) ignore('tabTotals', 'is not { personal?, all? }');
    else {
      for (const key of Object.keys(value)) {
        const count: unknown = (value as Record<string, unknown>)[key];
        if (key !== 'personal' && key !== 'all') ignore(`tabTotals.${key.slice(0, 40)}`, 'names no tab');
        else if (Number.isSafeInteger(count) && (count as number) >= 0) tabTotals[key] = count as number;
        else
          ignore(`tabTotals.${key}`, `is ${typeof count === 'number' ? count : typeof count}, not a whole number ≥ 0`);
      }
    }
  } catch {
    ignore('tabTotals', 'could not be read');
    return { tabTotals: undefined, issues };
  }
  return { tabTotals: Object.keys(tabTotals).length > 0 ? tabTotals : undefined, issues };
}
