import type { AgentItem } from './types';

/** Sentinel codes in a meta column. */
export const META_NONE = -1;
export const META_ARRAY = -2;

/** One host facet (`meta` key) as a column of value codes. */
export interface MetaColumn {
  key: string;
  values: string[];
  lookup: Map<string, number>;
  /** Per item: a value code, META_NONE, or META_ARRAY (then see `arrays`). */
  codes: Int32Array;
  /** Item index → the distinct value codes of an array value. */
  arrays: Map<number, Int32Array>;
}

/**
 * A column-oriented view of an items array: each field interned to small integer codes in typed
 * arrays, so per-option counting is array increments instead of hash-map updates. Built once per array
 * and reused while the array holds the same item objects (checked on every use by identity, so an array
 * mutated in place is re-indexed). Items themselves are treated as immutable, as React state is.
 */
export interface ItemIndex {
  items: AgentItem[];
  n: number;
  ambient: Uint8Array;
  createdAt: Float64Array;
  /** Known credits (finite, ≥ 0), NaN otherwise. */
  credits: Float64Array;
  sourceCode: Int32Array;
  sourceValues: string[];
  statusCode: Uint8Array;
  creatorCode: Int32Array;
  creatorIds: string[];
  creatorNames: string[];
  meta: MetaColumn[];
}

const UNKNOWN_STATUS = 255;
// Must match STATUS_ORDER (checked in the tests through the facet counts).
function statusIndex(status: string): number {
  switch (status) {
    case 'working':
      return 0;
    case 'blocked':
      return 1;
    case 'canceled':
      return 2;
    case 'failed':
      return 3;
    case 'success':
      return 4;
    default:
      return UNKNOWN_STATUS;
  }
}
const indexes = new WeakMap<AgentItem[], ItemIndex>();

function sameItems(index: ItemIndex, items: AgentItem[]): boolean {
  if (index.n !== items.length) return false;
  const cached = index.items;
  for (let i = 0; i < index.n; i++) if (cached[i] !== items[i]) return false;
  return true;
}

function intern(value: string, lookup: Map<string, number>, values: string[]): number {
  let code = lookup.get(value);
  if (code === undefined) {
    code = values.length;
    values.push(value);
    lookup.set(value, code);
  }
  return code;
}

function build(items: AgentItem[]): ItemIndex {
  const n = items.length;
  const ambient = new Uint8Array(n);
  const createdAt = new Float64Array(n);
  const credits = new Float64Array(n);
  const sourceCode = new Int32Array(n);
  const statusCode = new Uint8Array(n);
  const creatorCode = new Int32Array(n);
  const sourceLookup = new Map<string, number>();
  const sourceValues: string[] = [];
  const creatorLookup = new Map<string, number>();
  const creatorIds: string[] = [];
  const creatorNames: string[] = [];
  const metaByKey = new Map<string, MetaColumn>();
  const meta: MetaColumn[] = [];
  const byPosition: MetaColumn[] = [];
  const lastCol: Array<MetaColumn | undefined> = [];
  const lastValue: string[] = [];
  const lastCode: number[] = [];
  let lastCreator = '';
  let lastCreatorCode = -1;
  let lastSource = '';
  let lastSourceCode = -1;
  for (let i = 0; i < n; i++) {
    const item = items[i] as AgentItem;
    ambient[i] = item.kind === 'ambient' ? 1 : 0;
    createdAt[i] = item.createdAt.getTime();
    const c = item.credits;
    credits[i] = typeof c === 'number' && c >= 0 && c !== Infinity ? c : Number.NaN;
    const source = item.source;
    if (source !== lastSource || lastSourceCode < 0) {
      lastSource = source;
      lastSourceCode = intern(source, sourceLookup, sourceValues);
    }
    sourceCode[i] = lastSourceCode;
    statusCode[i] = statusIndex(item.status);
    const creator = item.creator;
    let cc: number | undefined =
      creator.id === lastCreator && lastCreatorCode >= 0 ? lastCreatorCode : creatorLookup.get(creator.id);
    if (cc === undefined) {
      cc = creatorIds.length;
      creatorIds.push(creator.id);
      creatorNames.push(creator.name);
      creatorLookup.set(creator.id, cc);
    }
    creatorCode[i] = cc;
    lastCreator = creator.id;
    lastCreatorCode = cc;
    const m = item.meta;
    if (m === undefined) continue;
    // Hosts send the same keys in the same order item after item: reuse the column seen at the same
    // position, and the code of the value it saw last, before falling back to hash lookups.
    let position = 0;
    for (const key in m) {
      const value = m[key];
      let col = byPosition[position];
      if (col === undefined || col.key !== key) {
        col = metaByKey.get(key);
        if (col === undefined) {
          col = { key, values: [], lookup: new Map(), codes: new Int32Array(n).fill(META_NONE), arrays: new Map() };
          metaByKey.set(key, col);
          meta.push(col);
        }
        byPosition[position] = col;
      }
      if (typeof value === 'string') {
        if (lastCol[position] === col && lastValue[position] === value) col.codes[i] = lastCode[position] as number;
        else {
          const code = intern(value, col.lookup, col.values);
          col.codes[i] = code;
          lastCol[position] = col;
          lastValue[position] = value;
          lastCode[position] = code;
        }
      } else if (Array.isArray(value)) {
        const codes = new Set<number>();
        for (const v of value) if (typeof v === 'string') codes.add(intern(v, col.lookup, col.values));
        col.codes[i] = META_ARRAY;
        col.arrays.set(i, Int32Array.from(codes));
      }
      position++;
    }
  }
  return {
    items: items.slice(),
    n,
    ambient,
    createdAt,
    credits,
    sourceCode,
    sourceValues,
    statusCode,
    creatorCode,
    creatorIds,
    creatorNames,
    meta,
  };
}

/**
 * The column index of an items array, built on first use and cached (weakly) per array.
 *
 * @example
 * const index = getItemIndex(items); index.sourceValues // ['slack', 'cli', …]
 */
export function getItemIndex(items: AgentItem[]): ItemIndex {
  const cached = indexes.get(items);
  if (cached !== undefined && sameItems(cached, items)) return cached;
  const index = build(items);
  indexes.set(items, index);
  return index;
}

/**
 * The column index of an array if one is already built and still current; never builds one.
 *
 * @example
 * peekItemIndex(items)?.statusCode
 */
export function peekItemIndex(items: readonly AgentItem[]): ItemIndex | undefined {
  const cached = indexes.get(items as AgentItem[]);
  return cached !== undefined && sameItems(cached, items as AgentItem[]) ? cached : undefined;
}

export { UNKNOWN_STATUS };
