/** The plural forms a label picks from; `few`/`many` fall back to `other` when a language has none. */
export interface PluralForms {
  one: string;
  other: string;
  many?: string;
}

/**
 * A chooser of plural forms for one language, built on `Intl.PluralRules` (CLDR), so French counts
 * 0 as singular and large round numbers take `many` where the language says so, without a
 * hand-written rule per language. The rules object is created once per language.
 *
 * @example
 * ```ts
 * const pick = pluralFor('fr');
 * pick(0, { one: 'exécution', other: 'exécutions' }); // 'exécution'
 * ```
 */
export function pluralFor(language: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(language);
  return (count, forms) => {
    const category = rules.select(count);
    if (category === 'one') return forms.one;
    if (category === 'many') return forms.many ?? forms.other;
    return forms.other;
  };
}
