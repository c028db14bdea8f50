import { AMBIENT_CODE, CREATOR_COLUMN, KIND_COLUMN } from './columns';
import type { FieldCheck } from './fields/types';
import { MANY_VALUES, type CodeColumnRef, type ItemIndex, type NumberColumnDef } from './item-index';
import type { AgentItem } from './types';

// The matching kernels the filter and facet passes share. They work a check at a time over a list of
// candidate rows (compacting it in place), so each loop is a few typed-array reads with its check's
// arrays in locals: no per-item dispatch over the active fields, and the most selective checks
// shrink the list the later ones walk.

/** A check bound to one index: its column's typed array, and for codes a table of the selected ones. */
export type BoundCheck =
  | {
      kind: 'codes';
      group: string;
      allTabOnly: boolean;
      codes: Int32Array;
      /** `table[code] === 1` for a selected value. */
      table: Uint8Array;
      multi: ReadonlyMap<number, Int32Array>;
    }
  | {
      kind: 'range';
      group: string;
      /** `null` until built: a few rows read their value through `column` instead (see `bindChecks`). */
      epochs: Float64Array | null;
      column: NumberColumnDef;
      lo: number;
      hi: number;
    }
  | { kind: 'predicate'; group: null; test: (item: AgentItem) => boolean };

const NO_MULTI: ReadonlyMap<number, Int32Array> = /* @__PURE__ */ new Map();

/**
 * Binds checks to an index, code checks first, then ranges, then predicates (the costliest per item,
 * so they see the fewest rows). The columns they read, and `alsoCodes` / `alsoNumbers` (what the
 * caller reads besides), are built first, together. With `deferRanges`, a range's column not built
 * yet is left to the caller (`epochs: null`): after the code checks only a few rows may be left, and
 * reading their dates costs less than reading every item's. A field no item has (an unknown `meta`
 * key) passes nothing.
 *
 * @example
 * bindChecks(index, compileFilters(filters, ctx).checks)
 */
export function bindChecks(
  index: ItemIndex,
  checks: readonly FieldCheck[],
  alsoCodes: readonly CodeColumnRef[] = [],
  alsoNumbers: readonly NumberColumnDef[] = [],
  deferRanges = false,
): BoundCheck[] {
  // Every column the caller will read, built together: one visit per item for all of them.
  const codeRefs: CodeColumnRef[] = [...alsoCodes];
  const numberDefs: NumberColumnDef[] = [...alsoNumbers];
  for (const check of checks) {
    if (check.kind === 'codes') codeRefs.push(check.column);
    else if (check.kind === 'range' && !deferRanges) numberDefs.push(check.column);
  }
  index.prepare(codeRefs, numberDefs);
  const bound: BoundCheck[] = [];
  for (const check of checks) {
    if (check.kind !== 'codes') continue;
    const col = index.column(check.column);
    const values = col?.values ?? [];
    const table = new Uint8Array(values.length + 1);
    for (let c = 0; c < values.length; c++) if (check.selected.has(values[c] as string)) table[c] = 1;
    bound.push({
      kind: 'codes',
      group: check.group,
      allTabOnly: check.allTabOnly === true,
      // Without a column every row reads code 0, which the table leaves unselected.
      codes: col?.codes ?? new Int32Array(index.n),
      table,
      multi: col?.multi ?? NO_MULTI,
    });
  }
  for (const check of checks) {
    if (check.kind === 'range')
      bound.push({
        kind: 'range',
        group: check.group,
        epochs: deferRanges && !index.has(check.column) ? null : index.numbers(check.column),
        column: check.column,
        lo: check.lo,
        hi: check.hi,
      });
  }
  for (const check of checks) {
    if (check.kind === 'predicate') bound.push({ kind: 'predicate', group: null, test: check.test });
  }
  return bound;
}

function anySelected(codes: Int32Array | undefined, table: Uint8Array): boolean {
  if (codes === undefined) return false;
  for (let j = 0; j < codes.length; j++) if (table[codes[j] as number] === 1) return true;
  return false;
}

/**
 * Whether row `i` passes a check (the kernels below inline the same test per kind).
 *
 * @example
 * passes(bound[0], 12, index.items)
 */
export function passes(check: BoundCheck, i: number, items: readonly AgentItem[]): boolean {
  if (check.kind === 'codes') {
    const c = check.codes[i] as number;
    return c >= 0 ? check.table[c] === 1 : c === MANY_VALUES && anySelected(check.multi.get(i), check.table);
  }
  if (check.kind === 'range') {
    const t = check.epochs === null ? check.column.read(items[i] as AgentItem) : (check.epochs[i] as number);
    return t >= check.lo && t < check.hi;
  }
  return check.test(items[i] as AgentItem);
}

/**
 * Keeps, in order and in place, the rows among `rows[0, m)` that pass `check`; returns how many.
 *
 * @example
 * m = keepPassing(check, rows, m, index.items)
 */
export function keepPassing(check: BoundCheck, rows: Int32Array, m: number, items: readonly AgentItem[]): number {
  let w = 0;
  if (check.kind === 'codes') {
    const { codes, table, multi } = check;
    for (let k = 0; k < m; k++) {
      const i = rows[k] as number;
      const c = codes[i] as number;
      if (c >= 0 ? table[c] === 1 : c === MANY_VALUES && anySelected(multi.get(i), table)) rows[w++] = i;
    }
  } else if (check.kind === 'range') {
    const { epochs, lo, hi } = check;
    if (epochs === null) {
      const { column } = check;
      for (let k = 0; k < m; k++) {
        const i = rows[k] as number;
        const t = column.read(items[i] as AgentItem);
        if (t >= lo && t < hi) rows[w++] = i;
      }
    } else {
      for (let k = 0; k < m; k++) {
        const i = rows[k] as number;
        const t = epochs[i] as number;
        if (t >= lo && t < hi) rows[w++] = i;
      }
    }
  } else {
    const { test } = check;
    for (let k = 0; k < m; k++) {
      const i = rows[k] as number;
      if (test(items[i] as AgentItem)) rows[w++] = i;
    }
  }
  return w;
}

/** Which tabs a row is on, as bits (a row on the Personal tab is on All too, before the Creator filter). */
export const ON_PERSONAL = 1;
export const ON_ALL = 2;

/**
 * The rows on a tab for a viewer, in order (before any filter): the viewer's items, and on All also
 * teammates' ambient items. Computed once per index, viewer and tab, so every later pass over the
 * same items starts from this list instead of reading two columns of every row again.
 *
 * @example
 * tabList(index, 'u_me', false).length // how many items are the viewer's
 */
export function tabList(index: ItemIndex, viewerId: string, all: boolean): Int32Array {
  return index.memo(`tab|${all}|${viewerId}`, () => {
    index.prepare(TAB_COLUMNS);
    const creators = index.codes(CREATOR_COLUMN);
    const creator = creators.codes;
    const kind = index.codes(KIND_COLUMN).codes;
    const viewerCode = creators.lookup.get(viewerId) ?? -1;
    const ambient = all ? AMBIENT_CODE : -1; // -1: no kind code, so Personal keeps the viewer's alone
    const n = index.n;
    const rows = new Int32Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) if (creator[i] === viewerCode || kind[i] === ambient) rows[m++] = i;
    return rows.subarray(0, m);
  });
}

/**
 * Per row, which tabs a viewer sees it on: `ON_PERSONAL | ON_ALL`, `ON_ALL`, or 0 (a teammate's
 * interactive item). Kept with the index like `tabList`.
 *
 * @example
 * tabFlags(index, 'u_me')[i] & ON_PERSONAL
 */
export function tabFlags(index: ItemIndex, viewerId: string): Uint8Array {
  return index.memo(`flags|${viewerId}`, () => {
    const flags = new Uint8Array(index.n);
    const mine = tabList(index, viewerId, false);
    for (const i of tabList(index, viewerId, true)) flags[i] = ON_ALL;
    for (const i of mine) flags[i] = ON_PERSONAL | ON_ALL;
    return flags;
  });
}

const TAB_COLUMNS = [CREATOR_COLUMN, KIND_COLUMN];

/**
 * Copies the rows on a tab, in order, into `rows` and returns how many. With `flags`, the rows on
 * either tab (All's, before the Creator filter), each with its `ON_PERSONAL` / `ON_ALL` bits set.
 *
 * @example
 * const rows = new Int32Array(index.n); const m = tabRows(index, viewerId, true, rows, null);
 */
export function tabRows(
  index: ItemIndex,
  viewerId: string,
  all: boolean,
  rows: Int32Array,
  flags: Uint8Array | null,
): number {
  const list = tabList(index, viewerId, all || flags !== null);
  rows.set(list);
  if (flags !== null) flags.set(tabFlags(index, viewerId));
  return list.length;
}

/**
 * Applies a check that narrows the All tab only (Creator) to flagged rows: a failing row loses its
 * `ON_ALL` bit, and leaves the list when it is on no tab any more.
 *
 * @example
 * m = narrowAllTab(check, rows, m, flags, index.items)
 */
export function narrowAllTab(
  check: BoundCheck,
  rows: Int32Array,
  m: number,
  flags: Uint8Array,
  items: readonly AgentItem[],
): number {
  let w = 0;
  for (let k = 0; k < m; k++) {
    const i = rows[k] as number;
    if (!passes(check, i, items)) {
      const f = (flags[i] as number) & ~ON_ALL;
      if (f === 0) continue;
      flags[i] = f;
    }
    rows[w++] = i;
  }
  return w;
}
