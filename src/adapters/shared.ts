// What every platform adapter needs: reading a list body that may be anything, safe getters, dates
// in the forms the parser reads, and the few mappings (status, person, pull request, meta) that work
// the same way on every platform. Small on purpose: an app that imports one adapter pays for this too.
import { humanizeSource } from '../core/sources';
import type { AdapterArtifact, AdapterDate, AdapterItem, AdapterOptions, AdapterPerson } from './types';

type Fields = Record<string, unknown>;

/**
 * `value[key]` when `value` is an object, else absent. A getter that throws is not caught here:
 * `adaptList` catches it for the whole item, which is then reported instead of half-read.
 */
export const get = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Fields)[key] : undefined;

/** Follows a path of keys with `get`. */
export const at = (value: unknown, ...keys: string[]): unknown => keys.reduce((v: unknown, k) => get(v, k), value);

/** `table[key]` only when the table itself has that key (so `toString` is no platform's state). */
export const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** A non-blank string, else absent. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;

/** A finite number, else absent. */
export const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** An identifier: a non-blank string or a finite number (as its decimal string). */
export const ident = (value: unknown): string | undefined => (num(value) === undefined ? text(value) : String(value));

/** `platform:id`, so ids from several platforms never collide in one list. */
export function prefixed(platform: string, value: unknown): string | undefined {
  const id = ident(value);
  return id && `${platform}:${id}`;
}

/** A finite number, or a string holding one (decimal costs often come as strings). */
export const amount = (value: unknown): number | undefined =>
  num(typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

/** An ISO date-time without an offset: platforms that send these mean UTC. */
const NAIVE_ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * A timestamp in a form `parseAgentItems` reads: ISO strings pass (one without an offset is read as
 * UTC), numbers below 10^11 are epoch seconds (later than 1973 in milliseconds, past the year 5000 in
 * seconds) and become milliseconds, `Date`s pass. Anything else is absent.
 */
export function date(value: unknown): AdapterDate | undefined {
  if (typeof value === 'string') return NAIVE_ISO.test(value) ? `${value}Z` : text(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? (Math.abs(value) < 1e11 ? value * 1000 : value) : undefined;
  return value instanceof Date ? value : undefined;
}

/** A platform's enum word as people read it: `WAITING_FOR_USER` → `Waiting for user`. */
export const readable = (word: string): string => humanizeSource(word.toLowerCase());

/**
 * The raw status to emit for a platform state, and the platform's word when it had to be translated.
 * A state the table lists is emitted as the table says (a raw value the default status table knows),
 * and the platform's word comes back as the detail. A state the table does not list is emitted
 * unchanged, so the parser reports it if the default table does not know it either.
 */
export function translateStatus(
  state: unknown,
  table: Readonly<Record<string, string>>,
): [status: string | undefined, detail: string | undefined] {
  const word = text(state);
  const emitted = word && own(table, word);
  return emitted ? [emitted, readable(word as string)] : [word, undefined];
}

/**
 * A person from a platform's fields, or a fresh copy of the placeholder when it has no usable id.
 * (Absent fields are left `undefined` here and in artifacts: the parser treats both alike.)
 */
export function person(
  platform: string,
  id: unknown,
  name: unknown,
  avatarUrl: unknown,
  placeholder: AdapterPerson,
): AdapterPerson {
  const key = ident(id);
  return key ? { id: `${platform}:${key}`, name: text(name) ?? key, avatarUrl: text(avatarUrl) } : { ...placeholder };
}

const PR_URL = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/(?:pull|-\/merge_requests)\/(\d+)/i;

/**
 * A pull-request artifact from its URL (titled `#123` when the URL names the number). `state` is
 * lower-cased; a platform's "unknown" means it has none.
 */
export function pullRequest(url: unknown, state?: unknown, branch?: unknown): AdapterArtifact | undefined {
  const href = text(url);
  if (!href) return undefined;
  const number = PR_URL.exec(href)?.[2];
  const s = text(state)?.toLowerCase();
  return {
    type: 'pull_request',
    url: href,
    title: number && `#${number}`,
    state: s === 'unknown' ? undefined : s,
    branch: text(branch),
  };
}

/** `owner/repo` from a pull request's URL on its code host. */
export const repositoryOfPullRequest = (url: string | undefined): string | undefined => url && PR_URL.exec(url)?.[1];

const REPO_PREFIX = /^(?:https?:\/\/)?(?:(?:www\.)?github\.com\/)?/i;
const GIT_SUFFIX = /\.git$/i;

/** `owner/repo` for a GitHub repository URL; another host's URL keeps its host, without the scheme. */
export const repositoryName = (value: unknown): string | undefined =>
  text(text(value)?.replace(REPO_PREFIX, '').replace(GIT_SUFFIX, ''));

/** The key/value pairs of a platform's free-form record; none when it is not an object. */
export const entries = (value: unknown): [string, unknown][] =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];

/**
 * `meta` from candidate values: non-blank strings, finite numbers (as strings) and the strings of an
 * array are kept; the rest is left out. Absent when nothing is left.
 */
export function meta(candidates: Fields): Record<string, string | string[]> | undefined {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(candidates)) {
    // `text` gives back a non-blank string or nothing, so it is its own filter.
    const kept = Array.isArray(value) ? (value.filter(text) as string[]) : ident(value);
    // Keys are the adapters' own or prefixed (`metadata.…`), so never `__proto__`.
    if (kept?.length) out[key] = kept;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * A conversion rate from an adapter's options (`creditsPerUsd`…): a positive finite number, else
 * absent, so a bad rate shows no credits rather than wrong ones.
 */
export function rate(options: object | undefined, key: string): number | undefined {
  // Options may come from plain JavaScript: `?.` reads any value, and null or undefined have no rate.
  const value = num((options as Record<string, unknown> | undefined)?.[key]);
  return (value as number) > 0 ? value : undefined;
}

/**
 * Maps every element of a platform's list body: the bare array, or the array under the first of
 * `keys` that holds one, and gives each creator the host's id that `options.identities` has for it.
 * Never throws: an unreadable body gives `[]`, and an element that cannot be read gives an item
 * without an id, which `parseAgentItems` reports.
 */
export function adaptList(
  body: unknown,
  keys: readonly string[],
  adaptOne: (raw: unknown) => AdapterItem,
  options?: AdapterOptions,
): AdapterItem[] {
  const out: AdapterItem[] = [];
  try {
    const identities = options?.identities;
    const list: unknown[] = [body, ...keys.map((k) => get(body, k))].find(Array.isArray) ?? [];
    for (let i = 0; i < list.length; i++) {
      try {
        out.push(adaptOne(list[i]));
      } catch {
        out.push(adaptOne(undefined));
      }
    }
    // Every adapter builds a fresh creator per item, so renaming one touches no other item. What
    // objects inherit (`toString`…) is no string, so only the host's entries rename anyone.
    for (const { creator } of out) creator.id = text(get(identities, creator.id)) ?? creator.id;
  } catch {
    // A body that cannot even be inspected (a revoked Proxy) holds no runs we can read.
  }
  return out;
}
