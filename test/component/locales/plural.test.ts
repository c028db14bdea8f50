// Plural forms from CLDR through Intl.PluralRules: French counts 0 as singular, English does not,
// `many` is used where the language has it and falls back to `other` where a label gives none.
import { describe, expect, it } from 'vitest';
import { pluralFor } from '../../../src/locales/plural';

const runs = { one: 'run', other: 'runs' };
const fr = { one: 'exécution', other: 'exécutions', many: "d'exécutions" };

describe('pluralFor', () => {
  it('English: only 1 is singular', () => {
    const pick = pluralFor('en');
    expect(pick(1, runs)).toBe('run');
    expect([0, 2, 1.5, 100].map((n) => pick(n, runs))).toEqual(['runs', 'runs', 'runs', 'runs']);
  });

  it('French: 0 and 1 (and 1.5) are singular', () => {
    const pick = pluralFor('fr');
    expect([0, 1, 1.5].map((n) => pick(n, fr))).toEqual([fr.one, fr.one, fr.one]);
    expect(pick(2, fr)).toBe(fr.other);
  });

  it('French: a million takes `many`, or `other` when the label has no `many`', () => {
    const pick = pluralFor('fr');
    expect(pick(1_000_000, fr)).toBe(fr.many);
    expect(pick(1_000_000, { one: fr.one, other: fr.other })).toBe(fr.other);
    expect(pick(1_000_001, fr)).toBe(fr.other);
  });

  it('Japanese has one form for every count', () => {
    const pick = pluralFor('ja');
    expect([0, 1, 2, 1_000_000].map((n) => pick(n, { one: 'one', other: '件' }))).toEqual(['件', '件', '件', '件']);
  });

  it('categories a label has no form for (Arabic’s two, few) read as `other`', () => {
    const pick = pluralFor('ar');
    expect(pick(2, { one: 'one', other: 'other' })).toBe('other');
    expect(pick(3, { one: 'one', other: 'other' })).toBe('other');
  });

  it('rejects a malformed language tag at once, not at the first count', () => {
    expect(() => pluralFor('not a tag!')).toThrow(RangeError);
  });
});
