import { MANY_VALUES } from './item-index';
import type { AgentItem } from './types';

// The counting loop of `getFacets`, in a module of its own because it is written for the optimiser:
// a small function, its arrays in locals.

const EMPTY_CODES = /* @__PURE__ */ new Int32Array(0);
const EMPTY_TABLE = /* @__PURE__ */ new Uint8Array(0);
const EMPTY_EPOCHS = /* @__PURE__ */ new Float64Array(0);

function anySelected(codes: Int32Array | undefined, table: Uint8Array): boolean {
  if (codes === undefined) return false;
  for (let j = 0; j < codes.length; j++) if (table[codes[j] as number] === 1) return true;
  return false;
}

export interface PassChecks {
  codes: Int32Array[];
  tables: Uint8Array[];
  multi: Array<ReadonlyMap<number, Int32Array>>;
  epochs: Float64Array[];
  lo: number[];
  hi: number[];
  predicates: Array<(item: AgentItem) => boolean>;
}

export interface PassCodeCounters {
  codes: Int32Array[];
  multi: Array<ReadonlyMap<number, Int32Array>>;
  counts: Int32Array[];
  /** The position + 1 of the check of the counter's own field, or -1 (none). */
  own: number[];
}

export interface PassRangeCounters {
  epochs: Float64Array[];
  lo: Float64Array[];
  hi: Float64Array[];
  counts: Int32Array[];
  own: number[];
}

/**
 * The facet pass over the tab's rows: one item at a time, find the (at most one) check it fails, then
 * count it for every facet, or for that check's facet only; failing two checks, or the query (no
 * facet), counts nowhere. A function of its own, so the optimiser keeps its few arrays in registers.
 *
 * @example
 * countPass(tab.all, index.items, checks, codeCounters, rangeCounters) // fills the counters' counts
 */
export function countPass(
  tabList: Int32Array,
  items: readonly AgentItem[],
  checks: PassChecks,
  codeCounters: PassCodeCounters,
  rangeCounters: PassRangeCounters,
): void {
  const { codes: checkCodes, tables: checkTables, multi: checkMulti } = checks;
  const { epochs: checkEpochs, lo: checkLo, hi: checkHi, predicates } = checks;
  const { codes: codeCols, multi: codeMulti, counts: codeCounts, own: codeOwn } = codeCounters;
  const { epochs: rangeCols, lo: rangeLo, hi: rangeHi, counts: rangeCounts, own: rangeOwn } = rangeCounters;
  const many = MANY_VALUES; // a local: an imported binding may be read through a getter
  const nC = checkCodes.length;
  const nR = checkEpochs.length;
  const nP = predicates.length;
  const nQ = codeCols.length;
  const nQR = rangeCols.length;
  // The first three code checks and the first range are read through locals, which the optimiser
  // keeps in registers (an array of columns indexed in the loop is re-read on every row: the facet
  // pass was ~1.2× the hand-written one of the fields); any further ones through the arrays.
  const none = EMPTY_CODES;
  const c0 = nC > 0 ? (checkCodes[0] as Int32Array) : none;
  const c1 = nC > 1 ? (checkCodes[1] as Int32Array) : none;
  const c2 = nC > 2 ? (checkCodes[2] as Int32Array) : none;
  const t0 = checkTables[0] ?? EMPTY_TABLE;
  const t1 = checkTables[1] ?? EMPTY_TABLE;
  const t2 = checkTables[2] ?? EMPTY_TABLE;
  const e0 = nR > 0 ? (checkEpochs[0] as Float64Array) : EMPTY_EPOCHS;
  const lo0 = checkLo[0] ?? 0;
  const hi0 = checkHi[0] ?? 0;
  const q0 = nQ > 0 ? (codeCols[0] as Int32Array) : none;
  const q1 = nQ > 1 ? (codeCols[1] as Int32Array) : none;
  const q2 = nQ > 2 ? (codeCols[2] as Int32Array) : none;
  const n0 = codeCounts[0] ?? EMPTY_CODES;
  const n1 = codeCounts[1] ?? EMPTY_CODES;
  const n2 = codeCounts[2] ?? EMPTY_CODES;
  const own0 = codeOwn[0] ?? -1;
  const own1 = codeOwn[1] ?? -1;
  const own2 = codeOwn[2] ?? -1;
  const r0 = nQR > 0 ? (rangeCols[0] as Float64Array) : EMPTY_EPOCHS;
  const rlo0 = rangeLo[0] ?? EMPTY_EPOCHS;
  const rhi0 = rangeHi[0] ?? EMPTY_EPOCHS;
  const rn0 = rangeCounts[0] ?? EMPTY_CODES;
  const rangeOwn0 = rangeOwn[0] ?? -1;
  const nRanges0 = rlo0.length;
  for (let k = 0, m = tabList.length; k < m; k++) {
    const i = tabList[k] as number;
    let failed = 0;
    if (nC > 0) {
      const code = c0[i] as number;
      if (code >= 0 ? t0[code] !== 1 : code !== many || !anySelected(checkMulti[0]!.get(i), t0)) failed = 1;
    }
    if (nC > 1) {
      const code = c1[i] as number;
      if (code >= 0 ? t1[code] !== 1 : code !== many || !anySelected(checkMulti[1]!.get(i), t1)) {
        if (failed !== 0) continue;
        failed = 2;
      }
    }
    if (nC > 2) {
      const code = c2[i] as number;
      if (code >= 0 ? t2[code] !== 1 : code !== many || !anySelected(checkMulti[2]!.get(i), t2)) {
        if (failed !== 0) continue;
        failed = 3;
      }
    }
    for (let c = 3; c < nC; c++) {
      const code = (checkCodes[c] as Int32Array)[i] as number;
      const table = checkTables[c] as Uint8Array;
      if (code >= 0 ? table[code] !== 1 : code !== many || !anySelected(checkMulti[c]!.get(i), table)) {
        if (failed !== 0) {
          failed = -1;
          break;
        }
        failed = c + 1;
      }
    }
    if (failed === -1) continue;
    if (nR > 0) {
      const t = e0[i] as number;
      if (!(t >= lo0 && t < hi0)) {
        if (failed !== 0) continue;
        failed = nC + 1;
      }
    }
    for (let r = 1; r < nR; r++) {
      const t = (checkEpochs[r] as Float64Array)[i] as number;
      if (!(t >= (checkLo[r] as number) && t < (checkHi[r] as number))) {
        if (failed !== 0) {
          failed = -1;
          break;
        }
        failed = nC + r + 1;
      }
    }
    if (failed === -1) continue;
    let passed = true;
    for (let p = 0; p < nP && passed; p++)
      passed = (predicates[p] as (item: AgentItem) => boolean)(items[i] as AgentItem);
    if (!passed) continue;
    // Likewise the first three code counters and the first range counter.
    if (nQ > 0 && (failed === 0 || failed === own0)) {
      const code = q0[i] as number;
      if (code >= 0) n0[code]!++;
      else if (code === many) for (const x of codeMulti[0]!.get(i) as Int32Array) n0[x]!++;
    }
    if (nQ > 1 && (failed === 0 || failed === own1)) {
      const code = q1[i] as number;
      if (code >= 0) n1[code]!++;
      else if (code === many) for (const x of codeMulti[1]!.get(i) as Int32Array) n1[x]!++;
    }
    if (nQ > 2 && (failed === 0 || failed === own2)) {
      const code = q2[i] as number;
      if (code >= 0) n2[code]!++;
      else if (code === many) for (const x of codeMulti[2]!.get(i) as Int32Array) n2[x]!++;
    }
    for (let q = 3; q < nQ; q++) {
      if (failed !== 0 && failed !== codeOwn[q]) continue;
      const code = (codeCols[q] as Int32Array)[i] as number;
      const counts = codeCounts[q] as Int32Array;
      if (code >= 0) counts[code]!++;
      else if (code === many) for (const x of codeMulti[q]!.get(i) as Int32Array) counts[x]!++;
    }
    if (nQR > 0 && (failed === 0 || failed === rangeOwn0)) {
      const t = r0[i] as number;
      for (let p = 0; p < nRanges0; p++) if (t >= (rlo0[p] as number) && t < (rhi0[p] as number)) rn0[p]!++;
    }
    for (let q = 1; q < nQR; q++) {
      if (failed !== 0 && failed !== rangeOwn[q]) continue;
      const t = (rangeCols[q] as Float64Array)[i] as number;
      const lo = rangeLo[q] as Float64Array;
      const hi = rangeHi[q] as Float64Array;
      const counts = rangeCounts[q] as Int32Array;
      for (let p = 0; p < lo.length; p++) if (t >= (lo[p] as number) && t < (hi[p] as number)) counts[p]!++;
    }
  }
}
