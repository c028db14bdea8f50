import { describe, expect, it } from 'vitest';
import { STATUS_ORDER, type AgentItem } from '../../../src/core';
import { CodeBuilder, NumberBuilder } from '../../../src/core/column-builders';
import {
  AMBIENT_CODE,
  CREATED_AT_COLUMN,
  CREATOR_COLUMN,
  CREDITS_COLUMN,
  KIND_COLUMN,
  SOURCE_COLUMN,
  STATUS_COLUMN,
  WORKING_CODE,
} from '../../../src/core/columns';
import { getItemIndex, type CodeColumnDef, type NumberColumnDef } from '../../../src/core/item-index';
import { generateParsedItems } from '../../fixtures/sample-data';
import { item } from './fixtures';

const odd = [
  item({ id: 'o1', status: 'paused' as AgentItem['status'], kind: 'robot' as AgentItem['kind'] }),
  item({ id: 'o2', credits: -1, createdAt: 'x' as unknown as Date }),
  item({ id: 'o3', credits: Infinity, creator: { id: 'u_me', name: 'Renamed' } }),
  item({ id: 'o4', credits: 0.5 }),
];
const items = [...generateParsedItems({ count: 400, seed: 3 }), ...odd];

/** A column built by its definition's own `read` alone (the generic builder), to compare with. */
function viaRead(def: CodeColumnDef | NumberColumnDef, code: boolean) {
  const b = code ? new CodeBuilder({ ...(def as CodeColumnDef), group: undefined }, items.length) : null;
  const nb = code ? null : new NumberBuilder({ read: def.read as NumberColumnDef['read'] }, items.length);
  items.forEach((it, i) => (b ?? nb)!.add(i, it));
  return b ? b.col : nb!.col;
}

describe('the core columns', () => {
  it('built together by hand equal what each definition reads, value for value', () => {
    const index = getItemIndex(items.slice());
    index.prepare([SOURCE_COLUMN, STATUS_COLUMN, CREATOR_COLUMN, KIND_COLUMN], [CREATED_AT_COLUMN, CREDITS_COLUMN]);
    for (const def of [SOURCE_COLUMN, STATUS_COLUMN, CREATOR_COLUMN, KIND_COLUMN]) {
      const built = index.codes(def);
      const read = viaRead(def, true) as ReturnType<typeof index.codes>;
      expect(built.values).toEqual(read.values);
      expect([...built.codes]).toEqual([...read.codes]);
      expect(built.labels).toEqual(read.labels);
    }
    for (const def of [CREATED_AT_COLUMN, CREDITS_COLUMN]) {
      expect([...index.numbers(def)]).toEqual([...(viaRead(def, false) as Float64Array)]);
    }
  });

  it('builds only the columns asked for', () => {
    const index = getItemIndex(items.slice());
    index.prepare([STATUS_COLUMN]);
    expect(index.has(STATUS_COLUMN)).toBe(true);
    expect([SOURCE_COLUMN, CREATOR_COLUMN, KIND_COLUMN].some((d) => index.has(d))).toBe(false);
    expect(index.has(CREATED_AT_COLUMN) || index.has(CREDITS_COLUMN)).toBe(false);
  });

  it('codes the display statuses 0–4 in STATUS_ORDER and ambient as AMBIENT_CODE, whatever comes first', () => {
    const index = getItemIndex(odd.slice());
    const status = index.codes(STATUS_COLUMN);
    expect(status.values.slice(0, 5)).toEqual(STATUS_ORDER);
    expect(status.values[WORKING_CODE]).toBe('working');
    expect(status.values[status.codes[0]!]).toBe('paused');
    const kind = index.codes(KIND_COLUMN);
    expect(kind.values[AMBIENT_CODE]).toBe('ambient');
    expect(kind.values[kind.codes[0]!]).toBe('robot');
  });

  it('reads unknown credits and unusable dates as NaN, and names a creator from their first item', () => {
    const index = getItemIndex(odd.slice());
    expect([...index.numbers(CREDITS_COLUMN)]).toEqual([NaN, NaN, NaN, 0.5]);
    expect(index.numbers(CREATED_AT_COLUMN)[1]).toBeNaN();
    const creator = index.codes(CREATOR_COLUMN);
    expect(creator.labels[creator.lookup.get('u_me')!]).toBe('Me');
  });
});
