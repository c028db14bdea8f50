import { parseAgentItems } from '../core';
import type { AgentItem, AgentStatus, ParseIssue } from '../core/types';

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
