/**
 * How item text is stored so that SQL compares it exactly as the core's JavaScript does, in both
 * databases: Postgres cannot store NUL in `text`, and both databases order text by its UTF-8 bytes
 * where JavaScript orders strings by UTF-16 code units.
 */

/**
 * Escapes text for a column compared by equality (sources, creator ids, `meta` values): a backslash
 * doubles and NUL becomes `\0`, an injective mapping, so equal strings stay equal and unequal ones
 * unequal, and Postgres can store every string.
 *
 * @example
 * storedText('a\u0000b') // 'a\\0b'
 */
export function storedText(value: string): string {
  if (!value.includes('\\') && !value.includes('\u0000')) return value;
  return value.replace(/\\/g, '\\\\').replace(/\u0000/g, '\\0');
}

/**
 * Reverses `storedText` (facet values and creator names read back from a group-by).
 *
 * @example
 * fromStoredText('a\\0b') // 'a\u0000b'
 */
export function fromStoredText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\(\\|0)/g, (_, c: string) => (c === '0' ? '\u0000' : '\\'));
}

/**
 * A key whose byte order is the UTF-16 code-unit order of `id` (what `compareNewestFirst`'s
 * `a.id < b.id` compares): four hex digits per code unit. A prefix's key is a prefix of the longer
 * key's, so shorter ids sort first, as in JavaScript.
 *
 * @example
 * idKey('a') // '0061'
 */
export function idKey(id: string): string {
  let out = '';
  for (let i = 0; i < id.length; i++) out += id.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

/**
 * One field of the free-text search, lower-cased in JavaScript (SQLite's `lower()` folds ASCII only)
 * with NUL replaced by U+0001: queries with control characters are refused before they reach SQL,
 * so neither can be matched, and Postgres can store the text.
 *
 * @example
 * searchField('ÜBER') // 'über'
 */
export function searchField(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes('\u0000') ? lower.replace(/\u0000/g, '\u0001') : lower;
}

/**
 * Escapes `%`, `_` and the escape character for a `LIKE … ESCAPE '\'` pattern: they are literal in
 * the user's query.
 *
 * @example
 * likeContains('100%') // '%100\\%%'
 */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
