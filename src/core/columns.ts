import { emptyColumn, intern } from './column-builders';
import type { CodeColumn, CodeColumnDef, ColumnBuilder, ColumnGroup, NumberColumnDef } from './item-index';
import { STATUS_ORDER } from './status';
import type { AgentItem } from './types';

// The item fields the core's own rules read through the column index. A column is cached per
// definition object, so each field has exactly one. They form one group, filled by one hand-written
// builder: the columns a rule asks for together are built in one pass over the items (visiting every
// item object is most of a column's cost, so several fields per visit cost little more than one),
// each only when first asked for.

/** The display statuses get codes 0–4 in `STATUS_ORDER`; a status outside the set gets its own code. */
export const WORKING_CODE = 0;
export const AMBIENT_CODE = 0;
const KINDS = ['ambient', 'interactive'];

function epochOf(date: unknown): number {
  return date instanceof Date ? date.getTime() : Number.NaN;
}

function knownCredits(c: unknown): number {
  return typeof c === 'number' && c >= 0 && c !== Infinity ? c : Number.NaN;
}

const NO_CODES = /* @__PURE__ */ new Int32Array(0);
const NO_NUMBERS = /* @__PURE__ */ new Float64Array(0);

class CoreBuilder implements ColumnBuilder {
  private readonly source: CodeColumn | undefined;
  private readonly status: CodeColumn | undefined;
  private readonly creator: CodeColumn | undefined;
  private readonly kind: CodeColumn | undefined;
  private readonly createdAt: Float64Array | undefined;
  private readonly credits: Float64Array | undefined;
  // The typed arrays again, one property read away (this runs 100,000 times in a row).
  private readonly sourceCodes: Int32Array;
  private readonly statusCodes: Int32Array;
  private readonly creatorCodes: Int32Array;
  private readonly kindCodes: Int32Array;
  private readonly createdAtValues: Float64Array;
  private readonly creditValues: Float64Array;
  private lastSource: unknown;
  private lastSourceCode = -1;
  private lastCreator: unknown;
  private lastCreatorCode = -1;

  constructor(n: number, defs: ReadonlySet<object>) {
    const code = (def: object, seed?: readonly string[]) => (defs.has(def) ? emptyColumn(n, 0, seed) : undefined);
    const number = (def: object) => (defs.has(def) ? new Float64Array(n) : undefined);
    this.source = code(SOURCE_COLUMN);
    this.status = code(STATUS_COLUMN, STATUS_ORDER);
    this.creator = code(CREATOR_COLUMN);
    this.kind = code(KIND_COLUMN, KINDS);
    this.createdAt = number(CREATED_AT_COLUMN);
    this.credits = number(CREDITS_COLUMN);
    this.sourceCodes = this.source?.codes ?? NO_CODES;
    this.statusCodes = this.status?.codes ?? NO_CODES;
    this.creatorCodes = this.creator?.codes ?? NO_CODES;
    this.kindCodes = this.kind?.codes ?? NO_CODES;
    this.createdAtValues = this.createdAt ?? NO_NUMBERS;
    this.creditValues = this.credits ?? NO_NUMBERS;
  }

  add(i: number, item: AgentItem): void {
    // Neighbouring items often share a source and a creator: reuse the last code before hashing.
    if (this.source !== undefined) {
      const source = item.source;
      if (this.lastSourceCode < 0 || source !== this.lastSource) {
        this.lastSource = source;
        this.lastSourceCode = intern(source, this.source);
      }
      this.sourceCodes[i] = this.lastSourceCode;
    }
    if (this.status !== undefined) {
      const status = item.status;
      this.statusCodes[i] =
        status === 'working'
          ? 0
          : status === 'blocked'
            ? 1
            : status === 'canceled'
              ? 2
              : status === 'failed'
                ? 3
                : status === 'success'
                  ? 4
                  : intern(status, this.status);
    }
    if (this.creator !== undefined) {
      const creator = item.creator;
      const id = creator.id;
      if (this.lastCreatorCode < 0 || id !== this.lastCreator) {
        const col = this.creator;
        let code = col.lookup.get(id);
        if (code === undefined) {
          code = intern(id, col);
          col.labels[code] = creator.name;
        }
        this.lastCreator = id;
        this.lastCreatorCode = code;
      }
      this.creatorCodes[i] = this.lastCreatorCode;
    }
    if (this.kind !== undefined) {
      const kind = item.kind;
      this.kindCodes[i] = kind === 'ambient' ? 0 : kind === 'interactive' ? 1 : intern(kind, this.kind);
    }
    if (this.createdAt !== undefined) this.createdAtValues[i] = epochOf(item.createdAt);
    if (this.credits !== undefined) this.creditValues[i] = knownCredits(item.credits);
  }

  columns(): Array<[object, CodeColumn | Float64Array]> {
    const built: Array<[object, CodeColumn | Float64Array | undefined]> = [
      [SOURCE_COLUMN, this.source],
      [STATUS_COLUMN, this.status],
      [CREATOR_COLUMN, this.creator],
      [KIND_COLUMN, this.kind],
      [CREATED_AT_COLUMN, this.createdAt],
      [CREDITS_COLUMN, this.credits],
    ];
    return built.filter((entry): entry is [object, CodeColumn | Float64Array] => entry[1] !== undefined);
  }
}

const CORE: ColumnGroup = { builder: (n, defs) => new CoreBuilder(n, defs) };

export const SOURCE_COLUMN: CodeColumnDef = { read: (item) => item.source, group: CORE };

export const STATUS_COLUMN: CodeColumnDef = { read: (item) => item.status, seed: STATUS_ORDER, group: CORE };

/** Creator ids; `labels` holds the name on each creator's first item. */
export const CREATOR_COLUMN: CodeColumnDef = {
  read: (item) => item.creator.id,
  label: (item) => item.creator.name,
  group: CORE,
};

export const KIND_COLUMN: CodeColumnDef = { read: (item) => item.kind, seed: KINDS, group: CORE };

export const CREATED_AT_COLUMN: NumberColumnDef = { read: (item) => epochOf(item.createdAt), group: CORE };

/** Known credits (finite, ≥ 0), NaN otherwise. */
export const CREDITS_COLUMN: NumberColumnDef = { read: (item) => knownCredits(item.credits), group: CORE };
