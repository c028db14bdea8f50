import { emptyColumn, intern } from './column-builders';
import type { CodeColumn, CodeColumnDef, ColumnGroup, ItemVisitor, NumberColumnDef } from './item-index';
import { STATUS_ORDER } from './status';
import type { AgentItem } from './types';

// The item fields the core's own rules read through the column index. A column is cached per
// definition object, so each field has exactly one. They form one group, filled by one hand-written
// loop: the columns a rule asks for together are built in one pass over the items (visiting every
// item object is most of a column's cost, so several fields per visit cost little more than one),
// each only when first asked for. Its state lives in locals: the same loop written as a builder
// object (fields on `this`) took ~10% longer.

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

/** The six core columns (those in `defs`) in one loop, the `alongside` visitors fed in the same pass. */
function buildCore(
  items: readonly AgentItem[],
  defs: ReadonlySet<object>,
  alongside: readonly ItemVisitor[],
): Array<[object, CodeColumn | Float64Array]> {
  const n = items.length;
  const code = (def: object, seed?: readonly string[]) => (defs.has(def) ? emptyColumn(n, 0, seed) : undefined);
  const number = (def: object) => (defs.has(def) ? new Float64Array(n) : undefined);
  const source = code(SOURCE_COLUMN);
  const status = code(STATUS_COLUMN, STATUS_ORDER);
  const creator = code(CREATOR_COLUMN);
  const kind = code(KIND_COLUMN, KINDS);
  const createdAt = number(CREATED_AT_COLUMN);
  const credits = number(CREDITS_COLUMN);
  // Locals, so the loop keeps them in registers.
  const sourceCodes = source?.codes ?? NO_CODES;
  const statusCodes = status?.codes ?? NO_CODES;
  const creatorCodes = creator?.codes ?? NO_CODES;
  const kindCodes = kind?.codes ?? NO_CODES;
  const createdAtValues = createdAt ?? NO_NUMBERS;
  const creditValues = credits ?? NO_NUMBERS;
  const nAlongside = alongside.length;
  let lastSource: unknown;
  let lastSourceCode = -1;
  let lastCreator: unknown;
  let lastCreatorCode = -1;
  for (let i = 0; i < n; i++) {
    const item = items[i] as AgentItem;
    // Neighbouring items often share a source and a creator: reuse the last code before hashing.
    if (source !== undefined) {
      const s = item.source;
      if (lastSourceCode < 0 || s !== lastSource) {
        lastSource = s;
        lastSourceCode = intern(s, source);
      }
      sourceCodes[i] = lastSourceCode;
    }
    if (status !== undefined) {
      const s = item.status;
      statusCodes[i] =
        s === 'working'
          ? 0
          : s === 'blocked'
            ? 1
            : s === 'canceled'
              ? 2
              : s === 'failed'
                ? 3
                : s === 'success'
                  ? 4
                  : intern(s, status);
    }
    if (creator !== undefined) {
      const person = item.creator;
      const id = person.id;
      if (lastCreatorCode < 0 || id !== lastCreator) {
        let c = creator.lookup.get(id);
        if (c === undefined) {
          c = intern(id, creator);
          creator.labels[c] = person.name;
        }
        lastCreator = id;
        lastCreatorCode = c;
      }
      creatorCodes[i] = lastCreatorCode;
    }
    if (kind !== undefined) {
      const k = item.kind;
      kindCodes[i] = k === 'ambient' ? 0 : k === 'interactive' ? 1 : intern(k, kind);
    }
    if (createdAt !== undefined) createdAtValues[i] = epochOf(item.createdAt);
    if (credits !== undefined) creditValues[i] = knownCredits(item.credits);
    for (let v = 0; v < nAlongside; v++) (alongside[v] as ItemVisitor).add(i, item);
  }
  const built: Array<[object, CodeColumn | Float64Array | undefined]> = [
    [SOURCE_COLUMN, source],
    [STATUS_COLUMN, status],
    [CREATOR_COLUMN, creator],
    [KIND_COLUMN, kind],
    [CREATED_AT_COLUMN, createdAt],
    [CREDITS_COLUMN, credits],
  ];
  return built.filter((entry): entry is [object, CodeColumn | Float64Array] => entry[1] !== undefined);
}

const CORE: ColumnGroup = { build: buildCore };

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
