import type { CodeColumn, CodeColumnDef, ColumnBuilder, NumberColumnDef } from './item-index';
import type { AgentItem } from './types';

/** The code of a row without a value, in a column that reads several values per item (meta-style). */
export const NO_VALUE = -1;
/** The code of a row holding several values: its distinct codes are in the column's `multi`. */
export const MANY_VALUES = -2;

// The builders of the column index. Each fills its columns an item at a time, so one pass over the
// items serves every column asked for together: visiting 100,000 item objects is most of the cost,
// reading one more field on each visit is little.

/**
 * The code of a value in a column, given a new one (the next integer) when first seen.
 *
 * @example
 * intern('slack', column) // 0, then 0 again
 */
export function intern(value: string, col: CodeColumn): number {
  let code = col.lookup.get(value);
  if (code === undefined) {
    code = col.values.length;
    col.values.push(value);
    col.lookup.set(value, code);
  }
  return code;
}

/**
 * An empty code column of `n` rows, every row coded `fill`, the `seed` values interned first.
 *
 * @example
 * emptyColumn(3, NO_VALUE, ['working']).codes // Int32Array [-1, -1, -1]
 */
export function emptyColumn(n: number, fill: number, seed: readonly string[] = []): CodeColumn {
  const codes = new Int32Array(n);
  if (fill !== 0) codes.fill(fill);
  const col: CodeColumn = { values: [], lookup: new Map(), codes, multi: new Map(), labels: [] };
  for (const v of seed) intern(v, col);
  return col;
}

function distinctCodes(value: readonly unknown[], col: CodeColumn): Int32Array {
  const codes = new Set<number>();
  for (const v of value) if (typeof v === 'string') codes.add(intern(v, col));
  return Int32Array.from(codes);
}

/**
 * Fills one code column from its definition's `read` (a field a descriptor defines for itself).
 *
 * @example
 * const b = new CodeBuilder(def, items.length); items.forEach((item, i) => b.add(i, item));
 */
export class CodeBuilder implements ColumnBuilder {
  readonly col: CodeColumn;
  private last: unknown;
  private lastCode = -1;

  constructor(
    readonly def: CodeColumnDef,
    n: number,
  ) {
    this.col = emptyColumn(n, 0, def.seed);
  }

  add(i: number, item: AgentItem): void {
    const { def, col } = this;
    const value = def.read(item);
    // Neighbouring items often share a value: reuse the last code before a hash lookup.
    if (this.lastCode >= 0 && value === this.last) {
      col.codes[i] = this.lastCode;
      return;
    }
    if (def.multi === true && typeof value !== 'string') {
      if (Array.isArray(value)) {
        col.codes[i] = MANY_VALUES;
        col.multi.set(i, distinctCodes(value, col));
      } else col.codes[i] = NO_VALUE;
      this.lastCode = -1;
      return;
    }
    let code = col.lookup.get(value as string);
    if (code === undefined) {
      code = intern(value as string, col);
      if (def.label !== undefined) col.labels[code] = def.label(item);
    }
    col.codes[i] = code;
    this.last = value;
    this.lastCode = code;
  }

  columns(): Array<[object, CodeColumn | Float64Array]> {
    return [[this.def, this.col]];
  }
}

/**
 * Fills one number column from its definition's `read`.
 *
 * @example
 * const b = new NumberBuilder(def, items.length); items.forEach((item, i) => b.add(i, item));
 */
export class NumberBuilder implements ColumnBuilder {
  readonly col: Float64Array;

  constructor(
    readonly def: NumberColumnDef,
    n: number,
  ) {
    this.col = new Float64Array(n);
  }

  add(i: number, item: AgentItem): void {
    this.col[i] = this.def.read(item);
  }

  columns(): Array<[object, CodeColumn | Float64Array]> {
    return [[this.def, this.col]];
  }
}

/**
 * Fills every `meta` key's column (multi-valued: a string is one value, an array several, anything
 * else none), keys in the order they first occur.
 *
 * @example
 * const b = new MetaBuilder(items.length); items.forEach((item, i) => b.add(i, item)); b.byKey.get('env')
 */
export class MetaBuilder {
  readonly byKey = new Map<string, CodeColumn>();
  // Hosts send the same keys in the same order item after item: reuse the column seen at the same
  // position, and the code of the value it saw last, before falling back to hash lookups.
  private readonly byPosition: CodeColumn[] = [];
  private readonly keyAt: string[] = [];
  private readonly lastCol: Array<CodeColumn | undefined> = [];
  private readonly lastValue: string[] = [];
  private readonly lastCode: number[] = [];

  constructor(private readonly n: number) {}

  add(i: number, item: AgentItem): void {
    const m = item.meta;
    if (m === undefined) return;
    const { byPosition, keyAt, lastCol, lastValue, lastCode } = this;
    let position = 0;
    for (const key in m) {
      const value = m[key];
      let col = byPosition[position];
      if (col === undefined || keyAt[position] !== key) {
        col = this.byKey.get(key);
        if (col === undefined) {
          col = emptyColumn(this.n, NO_VALUE);
          this.byKey.set(key, col);
        }
        byPosition[position] = col;
        keyAt[position] = key;
      }
      if (typeof value === 'string') {
        if (lastCol[position] === col && lastValue[position] === value) {
          col.codes[i] = lastCode[position] as number;
        } else {
          const code = intern(value, col);
          col.codes[i] = code;
          lastCol[position] = col;
          lastValue[position] = value;
          lastCode[position] = code;
        }
      } else if (Array.isArray(value)) {
        col.codes[i] = MANY_VALUES;
        col.multi.set(i, distinctCodes(value, col));
      }
      position++;
    }
  }
}
