import { BUILT_IN_SOURCE_META, BUILT_IN_SOURCES, type SourceRegistry } from '../../core/sources';
import type { BuiltInSource } from '../../core/types';

/**
 * The registry every part labels sources by: the host's `sourceRegistry` over the built-in sources'
 * names from `labels.sourceNames` (a locale's "Interaktiv"). Only names that differ from the English
 * defaults are added, and a host entry with its own label wins; with nothing to add, `registry`
 * itself comes back (same identity, so memoised parts stay still).
 *
 * @example
 * withSourceNames({ scheduled: 'Geplant' }, undefined).scheduled // { label: 'Geplant' }
 */
export function withSourceNames(
  names: Partial<Record<BuiltInSource, string>> | undefined,
  registry: SourceRegistry | undefined,
): SourceRegistry | undefined {
  if (!names) return registry;
  let out: Record<string, SourceRegistry[string]> | undefined;
  for (const source of BUILT_IN_SOURCES) {
    const name = names[source];
    if (typeof name !== 'string' || !name.trim() || name === BUILT_IN_SOURCE_META[source].label) continue;
    const own = registry?.[source];
    if (own && typeof own.label === 'string' && own.label) continue;
    out ??= { ...registry };
    out[source] = { ...own, label: name };
  }
  return out ?? registry;
}
