import { CodeBuilder, MANY_VALUES, MetaBuilder, NO_VALUE, NumberBuilder } from './column-builders';
import type { AgentItem } from './types';

export { MANY_VALUES, NO_VALUE };

/** One field of every item, interned: each distinct value gets a small integer code. */
export interface CodeColumn {
  /** Code → value. */
  values: string[];
  lookup: Map<string, number>;
  /** Per row: a value code, or `NO_VALUE` / `MANY_VALUES` in a multi-valued column. */
  codes: Int32Array;
  /** Row → the distinct codes of an array value (rows coded `MANY_VALUES`). */
  multi: Map<number, Int32Array>;
  /** Code → the label read from the first item with that value (columns whose definition has `label`). */
  labels: string[];
}

/** Something filled an item at a time in the pass over the items (a `meta` or a generic builder). */
export interface ItemVisitor {
  add(i: number, item: AgentItem): void;
}

/** Fills a column from its definition's `read`, an item at a time (fields outside any group). */
export interface ColumnBuilder extends ItemVisitor {
  /** The columns built, each under its definition. */
  columns(): Iterable<[object, CodeColumn | Float64Array]>;
}

/**
 * Columns one hand-written loop fills: those of the group asked for together are built in one pass
 * over the items (each still only when first asked for), and `alongside` gets each item in the same
 * pass, so other columns asked for at the same time cost no second visit.
 */
export interface ColumnGroup {
  build(
    items: readonly AgentItem[],
    defs: ReadonlySet<object>,
    alongside: readonly ItemVisitor[],
  ): Iterable<[object, CodeColumn | Float64Array]>;
}

/** How a code column reads the items. Columns are cached per definition object, so keep one per field. */
export interface CodeColumnDef {
  read(item: AgentItem): unknown;
  /** Built with the other columns of its group, in one pass, instead of by `read`. */
  group?: ColumnGroup;
  /** Values that get the first codes, in this order, whether any item has them or not. */
  seed?: readonly string[];
  label?(item: AgentItem): string;
  /**
   * An array is several values of one item, and anything but a string or an array is no value
   * (how `meta` and other multi-valued fields read). Without it, every value is one value.
   */
  multi?: boolean;
}

/** A code column by its definition, or the column of one `meta` key. */
export type CodeColumnRef = CodeColumnDef | { readonly metaKey: string };

/** How a number column reads the items (epochs, credits); unusable values should read as NaN. */
export interface NumberColumnDef {
  read(item: AgentItem): number;
  group?: ColumnGroup;
}

/**
 * A column-oriented view of an items array whose columns are built on first use: each field interned
 * to small integer codes in typed arrays, so filtering and per-option counting are typed-array work
 * instead of property reads and hash-map updates. A filter pass builds only the columns it checks
 * (the tab's two, plus one per active field); `meta` is read only when a facet needs it.
 */
export interface ItemIndex {
  /** The items the columns describe (a copy: the caller's array is compared against it). */
  readonly items: readonly AgentItem[];
  readonly n: number;
  codes(def: CodeColumnDef): CodeColumn;
  numbers(def: NumberColumnDef): Float64Array;
  /** Every `meta` key as a multi-valued code column, in the order keys first occur. */
  meta(): ReadonlyMap<string, CodeColumn>;
  /**
   * Builds, in one pass over the items, every column listed that is not built yet. Each pass visits
   * every item object; reading several fields per visit costs little more than reading one, so a
   * caller that will read several columns asks for them together first.
   */
  prepare(codes: readonly CodeColumnRef[], numbers?: readonly NumberColumnDef[]): void;
  /** The column a reference names (`undefined`: a `meta` key no item has). */
  column(ref: CodeColumnRef): CodeColumn | undefined;
  /** Whether a column is built already (callers choose the cheaper source of the same numbers). */
  has(def: CodeColumnDef | NumberColumnDef): boolean;
  /** Anything else derived from these items alone (a sort order), built once per index. */
  memo<T>(key: string, make: () => T): T;
}

const META_REF: CodeColumnRef = { metaKey: '' };

class LazyItemIndex implements ItemIndex {
  readonly items: readonly AgentItem[];
  readonly n: number;
  private readonly columns = new Map<object, CodeColumn | Float64Array>();
  private readonly memos = new Map<string, unknown>();
  private metaColumns: Map<string, CodeColumn> | undefined;

  constructor(items: readonly AgentItem[]) {
    this.items = items.slice();
    this.n = items.length;
  }

  codes(def: CodeColumnDef): CodeColumn {
    if (!this.columns.has(def)) this.prepare([def]);
    return this.columns.get(def) as CodeColumn;
  }

  numbers(def: NumberColumnDef): Float64Array {
    if (!this.columns.has(def)) this.prepare([], [def]);
    return this.columns.get(def) as Float64Array;
  }

  meta(): ReadonlyMap<string, CodeColumn> {
    if (this.metaColumns === undefined) this.prepare([META_REF]);
    return this.metaColumns as Map<string, CodeColumn>;
  }

  column(ref: CodeColumnRef): CodeColumn | undefined {
    return 'metaKey' in ref ? this.meta().get(ref.metaKey) : this.codes(ref);
  }

  prepare(codes: readonly CodeColumnRef[], numbers: readonly NumberColumnDef[] = []): void {
    const { items, n, columns } = this;
    const builders: ColumnBuilder[] = [];
    const groups = new Map<ColumnGroup, Set<object>>();
    const seen = new Set<object>();
    let meta: MetaBuilder | undefined;
    const want = (def: CodeColumnDef | NumberColumnDef, make: () => ColumnBuilder) => {
      if (columns.has(def) || seen.has(def)) return;
      seen.add(def);
      if (def.group === undefined) builders.push(make());
      else {
        let defs = groups.get(def.group);
        if (defs === undefined) groups.set(def.group, (defs = new Set()));
        defs.add(def);
      }
    };
    for (const ref of codes) {
      if ('metaKey' in ref) {
        if (this.metaColumns === undefined) meta ??= new MetaBuilder(n);
      } else want(ref, () => new CodeBuilder(ref, n));
    }
    for (const def of numbers) want(def, () => new NumberBuilder(def, n));
    const visitors: ItemVisitor[] = [...builders];
    if (meta !== undefined) visitors.push(meta);
    if (groups.size > 0) {
      // The first group's loop visits the items; the rest ride along (or, other groups, follow).
      let alongside: ItemVisitor[] = visitors;
      for (const [group, defs] of groups) {
        for (const [def, col] of group.build(items, defs, alongside)) columns.set(def, col);
        alongside = [];
      }
    } else if (visitors.length > 0) {
      const nVisitors = visitors.length;
      for (let i = 0; i < n; i++) {
        const item = items[i] as AgentItem;
        for (let v = 0; v < nVisitors; v++) (visitors[v] as ItemVisitor).add(i, item);
      }
    }
    for (const builder of builders) for (const [def, col] of builder.columns()) columns.set(def, col);
    if (meta !== undefined) this.metaColumns = meta.byKey;
  }

  has(def: CodeColumnDef | NumberColumnDef): boolean {
    return this.columns.has(def);
  }

  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }
}

const indexes = new WeakMap<readonly AgentItem[], ItemIndex>();

function sameItems(index: ItemIndex, items: readonly AgentItem[]): boolean {
  const n = index.n;
  if (n !== items.length) return false;
  const cached = index.items;
  for (let i = 0; i < n; i++) if (cached[i] !== items[i]) return false;
  return true;
}

/**
 * The column index of an items array, cached (weakly) per array and revalidated on every call by
 * identity, so an array changed in place gets a new index. Items themselves are treated as
 * immutable, as React state is: a changed item is a new object. Creating one costs a copy of the
 * array; each column costs one pass when first asked for.
 *
 * @example
 * const index = getItemIndex(items);
 * index.codes(SOURCE_COLUMN).values // ['slack', 'cli', …]
 */
export function getItemIndex(items: readonly AgentItem[]): ItemIndex {
  const cached = indexes.get(items);
  if (cached !== undefined && sameItems(cached, items)) return cached;
  const index = new LazyItemIndex(items);
  indexes.set(items, index);
  return index;
}

/**
 * The column index of an array if one exists and is still current; never creates one.
 *
 * @example
 * peekItemIndex(items)?.has(STATUS_COLUMN)
 */
export function peekItemIndex(items: readonly AgentItem[]): ItemIndex | undefined {
  const cached = indexes.get(items);
  return cached !== undefined && sameItems(cached, items) ? cached : undefined;
}
