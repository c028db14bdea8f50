import { describe, expect, it } from 'vitest';
import {
  CodeBuilder,
  emptyColumn,
  intern,
  MANY_VALUES,
  MetaBuilder,
  NO_VALUE,
  NumberBuilder,
} from '../../../src/core/column-builders';
import { item } from './fixtures';

describe('the column builders', () => {
  it('intern gives each new value the next code and an old one its own', () => {
    const col = emptyColumn(0, 0, ['a']);
    expect([intern('b', col), intern('a', col), intern('b', col)]).toEqual([1, 0, 1]);
    expect(col.values).toEqual(['a', 'b']);
  });

  it('CodeBuilder codes a value per row, reusing the last code for a repeat', () => {
    const b = new CodeBuilder({ read: (it) => it.source }, 4);
    ['slack', 'slack', 'cli', 'slack'].forEach((source, i) => b.add(i, item({ id: String(i), source })));
    expect([...b.col.codes]).toEqual([0, 0, 1, 0]);
    expect(b.columns()).toEqual([[b.def, b.col]]);
  });

  it('CodeBuilder in multi mode: an array is several values, anything else but a string none', () => {
    const values: unknown[] = [['a', 'b', 'a', 3], 'c', undefined, 7, []];
    const b = new CodeBuilder({ read: (it) => values[Number(it.id)], multi: true }, values.length);
    values.forEach((_, i) => b.add(i, item({ id: String(i) })));
    expect([...b.col.codes]).toEqual([MANY_VALUES, 2, NO_VALUE, NO_VALUE, MANY_VALUES]);
    expect([...b.col.multi.get(0)!]).toEqual([0, 1]);
    expect([...b.col.multi.get(4)!]).toEqual([]);
  });

  it('NumberBuilder stores what its definition reads', () => {
    const b = new NumberBuilder({ read: (it) => it.credits ?? Number.NaN }, 2);
    b.add(0, item({ id: 'a', credits: 3 }));
    b.add(1, item({ id: 'b' }));
    expect([...b.col]).toEqual([3, NaN]);
  });

  it('MetaBuilder makes a column per key, keys in first-seen order, whatever order items list them in', () => {
    const b = new MetaBuilder(3);
    b.add(0, item({ id: 'a', meta: { env: 'prod', repo: 'web' } }));
    b.add(1, item({ id: 'b', meta: { repo: 'api', env: 'prod' } }));
    b.add(2, item({ id: 'c', meta: { env: ['dev', 'prod'] } }));
    expect([...b.byKey.keys()]).toEqual(['env', 'repo']);
    const env = b.byKey.get('env')!;
    expect([...env.codes]).toEqual([0, 0, MANY_VALUES]);
    expect(env.values).toEqual(['prod', 'dev']);
    expect([...b.byKey.get('repo')!.codes]).toEqual([0, 1, NO_VALUE]);
  });
});
