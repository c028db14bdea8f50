import { AMBIENT_CODE, CREATOR_COLUMN, KIND_COLUMN } from './columns';
import type { FieldCheck } from './fields/types';
import { MANY_VALUES, type CodeColumnRef, type ItemIndex, type NumberColumnDef } from './item-index';
import type { AgentItem } from './types';

// The matching kernel of the filter pass (the facet pass shares its bound checks and tab rows, and
// counts in a loop of its own, facet-pass.ts). It works a check at a time over a list of
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
  for (const kind of ['codes', 'range', 'predicate'] as const) {
    for (const check of checks) {
      if (check.kind !== kind) continue;
      if (check.kind === 'codes') {
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
      } else if (check.kind === 'range') {
        const epochs = deferRanges && !index.has(check.column) ? null : index.numbers(check.column);
        bound.push({ ...check, epochs });
      } else bound.push({ kind: 'predicate', group: null, test: check.test });
    }
  }
  return bound;
}

function anySelected(codes: Int32Array | undefined, table: Uint8Array): boolean {
  if (codes === undefined) return false;
  for (let j = 0; j < codes.length; j++) if (table[codes[j] as number] === 1) return true;
  return false;
}

/**
 * Keeps, in order and in place, the rows among `rows[0, m)` that pass `check`; returns how many.
 * With `marks` (and a check that narrows a facet: not a predicate), a failing row stays too when it
 * has failed no other check: `marks[i]` is 0 or already `mark`, and becomes `mark`. So the pass over
 * both tabs keeps the Personal rows that fail only a check narrowing the All tab (`tabMarks`).
 *
 * @example
 * m = keepPassing(check, rows, m, index.items)
 */
export function keepPassing(
  check: BoundCheck,
  rows: Int32Array,
  m: number,
  items: readonly AgentItem[],
  marks: Uint16Array | null = null,
  mark = 0,
): number {
  let w = 0;
  if (check.kind === 'predicate') {
    const { test } = check;
    for (let k = 0; k < m; k++) {
      const i = rows[k] as number;
      if (test(items[i] as AgentItem)) rows[w++] = i;
    }
    return w;
  }
  const soft = marks !== null;
  if (check.kind === 'codes') {
    const { codes, table, multi } = check;
    for (let k = 0; k < m; k++) {
      const i = rows[k] as number;
      const c = codes[i] as number;
      if (c >= 0 ? table[c] === 1 : c === MANY_VALUES && anySelected(multi.get(i), table)) rows[w++] = i;
      else if (soft && (marks[i] === 0 || marks[i] === mark)) {
        marks[i] = mark;
        rows[w++] = i;
      }
    }
    return w;
  }
  const { epochs, column, lo, hi } = check;
  for (let k = 0; k < m; k++) {
    const i = rows[k] as number;
    const t = epochs === null ? column.read(items[i] as AgentItem) : (epochs[i] as number);
    if (t >= lo && t < hi) rows[w++] = i;
    else if (soft && (marks[i] === 0 || marks[i] === mark)) {
      marks[i] = mark;
      rows[w++] = i;
    }
  }
  return w;
}

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
    index.prepare([CREATOR_COLUMN, KIND_COLUMN]);
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

/** The marks of `tabMarks`: a row on both tabs, on the All tab only, on the Personal tab only. */
export const ON_BOTH = 0;
export const ON_ALL_ONLY = 1;
export const ON_PERSONAL_ONLY = 2;

/**
 * Per row, the `keepPassing` marks a pass over both tabs starts from: `ON_BOTH` for the viewer's
 * rows, `ON_ALL_ONLY` for the others. A check that narrows the All tab only (Creator) then keeps a
 * failing row when it is on Personal, marked `ON_PERSONAL_ONLY`, and drops any other. Kept with the
 * index like `tabList`; copy it before passing it to `keepPassing`.
 *
 * @example
 * const marks = tabMarks(index, 'u_me').slice();
 * m = keepPassing(creatorCheck, rows, m, index.items, marks, ON_PERSONAL_ONLY);
 */
export function tabMarks(index: ItemIndex, viewerId: string): Uint16Array {
  return index.memo(`marks|${viewerId}`, () => {
    const marks = new Uint16Array(index.n).fill(ON_ALL_ONLY);
    for (const i of tabList(index, viewerId, false)) marks[i] = ON_BOTH;
    return marks;
  });
}
