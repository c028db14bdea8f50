import { createdOnField, FILTER_FIELDS, queryField } from '../../core/fields';
import type { AgentFilters, AgentTab } from '../../core/types';
import type { AgentEmptyReason } from '../states';

export interface EmptyReason {
  reason: AgentEmptyReason;
  /** The search text, while a search is active. */
  query: string | undefined;
  /** Whether the Day of creation filter is active (only then is a wider day range worth suggesting). */
  dayFilter: boolean;
}

/**
 * Why the view's list is empty, from what narrows it on this tab: nothing (`no-data`), only the
 * search (`no-search-match`), or filters, with or without the search (`no-match`). A filter that
 * does not apply on this tab (Creator on Personal) narrows nothing. `known` is false when the items
 * themselves are missing (a local view with no items at all): that is `no-data` whatever is active.
 *
 * @example
 * emptyReasonOf({ query: 'deploy' }, 'personal', true) // { reason: 'no-search-match', query: 'deploy', dayFilter: false }
 */
export function emptyReasonOf(filters: AgentFilters, tab: AgentTab, known: boolean): EmptyReason {
  const searching = queryField.isActive(filters, tab);
  const narrowing = FILTER_FIELDS.some((field) => field !== queryField && field.isActive(filters, tab));
  const query = searching ? filters.query : undefined;
  const dayFilter = createdOnField.isActive(filters, tab);
  if (!known || (!searching && !narrowing)) return { reason: 'no-data', query: undefined, dayFilter: false };
  return { reason: narrowing ? 'no-match' : 'no-search-match', query, dayFilter };
}
