import type { AgentItem } from '../types';
import type { FieldUrlRead, FieldUrlWrite, FilterField } from './types';

const searchTexts = new WeakMap<AgentItem, string>();

/**
 * The lower-cased text the free-text query searches (title, creator name, id), cached per item object
 * (items are treated as immutable: a changed item is a new object).
 *
 * @example
 * searchTextOf(item).includes('flaky')
 */
export function searchTextOf(item: AgentItem): string {
  let text = searchTexts.get(item);
  if (text === undefined) {
    text = `${item.title}\u0000${item.creator?.name ?? ''}\u0000${item.id}`.toLowerCase();
    searchTexts.set(item, text);
  }
  return text;
}

/**
 * Whether an item matches a (trimmed, lower-cased) free-text query. The joined search text is
 * exact for any query without the NUL separator (a match cannot span two fields without it); a
 * query with one is checked field by field, so it never matches across fields.
 *
 * @example
 * matchesQuery(item, 'flaky')
 */
export function matchesQuery(item: AgentItem, query: string): boolean {
  if (!query.includes('\u0000')) return searchTextOf(item).includes(query);
  return (
    `${item.title}`.toLowerCase().includes(query) ||
    `${item.creator?.name ?? ''}`.toLowerCase().includes(query) ||
    `${item.id}`.toLowerCase().includes(query)
  );
}

function normalized(query: unknown): string {
  return typeof query === 'string' ? query.trim().toLowerCase() : '';
}

/**
 * The free-text query: a case-insensitive substring of the title, the creator's name or the id. Not
 * a column (it is text search) and not a facet: every count applies it. No chip (it has its own
 * box).
 */
export const queryField: FilterField = {
  key: 'query',
  compile(filters) {
    const query = normalized(filters.query);
    return query === '' ? [] : [{ kind: 'predicate', test: (item) => matchesQuery(item, query) }];
  },
  chips: () => [],
  activeCount: () => 0,
  isActive: (filters) => typeof filters.query === 'string' && filters.query.trim() !== '',
};

/** The query in URLs: `q`, kept as typed; a blank one is left out. */
export const writeQueryUrl: FieldUrlWrite = (filters, append) => {
  if (typeof filters.query === 'string' && filters.query.trim() !== '') append('q', filters.query);
};

/** Reads back what `writeQueryUrl` writes: the first non-blank `q`. */
export const readQueryUrl: FieldUrlRead = (params) => {
  for (const [name, value] of params) if (name === 'q' && value.trim() !== '') return { query: value };
  return {};
};
