import type { BuiltInSource } from './types';

/** How sources are grouped in menus and breakdowns. */
export type SourceGroup = 'app' | 'developer' | 'integration' | 'automation';

/** Display metadata of a source. */
export interface SourceMeta {
  label: string;
  group: SourceGroup;
}

/**
 * Host-registered sources (or overrides of built-in ones), passed where a label is needed. Nothing is
 * kept in global state: a host passes the same registry to every call that labels sources.
 */
export type SourceRegistry = Readonly<Record<string, Partial<SourceMeta>>>;

/** The built-in sources, in display order. */
export const BUILT_IN_SOURCES: readonly BuiltInSource[] = /* @__PURE__ */ Object.freeze([
  'interactive',
  'cli',
  'api',
  'slack',
  'linear',
  'scheduled',
  'github_actions',
]);

/** Labels and groups of the built-in sources. Slack and Linear are the integrations. */
export const BUILT_IN_SOURCE_META: Readonly<Record<BuiltInSource, SourceMeta>> = /* @__PURE__ */ Object.freeze({
  interactive: { label: 'Interactive', group: 'app' },
  cli: { label: 'CLI', group: 'developer' },
  api: { label: 'API', group: 'developer' },
  slack: { label: 'Slack', group: 'integration' },
  linear: { label: 'Linear', group: 'integration' },
  scheduled: { label: 'Scheduled', group: 'automation' },
  github_actions: { label: 'GitHub Actions', group: 'automation' },
});

const GROUPS: ReadonlySet<string> = /* @__PURE__ */ new Set(['app', 'developer', 'integration', 'automation']);
const BUILT_IN_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(BUILT_IN_SOURCES);
const SEPARATORS = /[\s_-]+/g;

/**
 * Whether a source is one of the built-ins.
 *
 * @example
 * isBuiltInSource('slack') // true
 */
export function isBuiltInSource(source: unknown): source is BuiltInSource {
  return typeof source === 'string' && BUILT_IN_SET.has(source);
}

/**
 * Turns an identifier into a readable label: separators become spaces and the first letter is
 * capitalised; the rest is kept as written (so `PagerDuty` stays `PagerDuty`).
 *
 * @example
 * humanizeSource('my_custom-source') // 'My custom source'
 */
export function humanizeSource(source: string): string {
  const words = String(source).replace(SEPARATORS, ' ').trim();
  if (!words) return 'Unknown';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Label and group of a source: a host registry entry first, then the built-ins, otherwise a readable
 * label derived from the identifier in the `integration` group (a host's own trigger is most like one).
 *
 * @example
 * getSourceMeta('github_actions') // { label: 'GitHub Actions', group: 'automation' }
 * getSourceMeta('my_custom-source') // { label: 'My custom source', group: 'integration' }
 * getSourceMeta('jira', { jira: { label: 'Jira' } }) // { label: 'Jira', group: 'integration' }
 */
export function getSourceMeta(source: string, registry?: SourceRegistry): SourceMeta {
  const key = typeof source === 'string' ? source : String(source);
  const builtIn = BUILT_IN_SET.has(key) ? BUILT_IN_SOURCE_META[key as BuiltInSource] : undefined;
  const registered =
    registry && typeof registry === 'object' && Object.prototype.hasOwnProperty.call(registry, key)
      ? registry[key]
      : undefined;
  const label =
    registered && typeof registered.label === 'string' && registered.label
      ? registered.label
      : (builtIn?.label ?? humanizeSource(key));
  const group =
    registered && typeof registered.group === 'string' && GROUPS.has(registered.group)
      ? registered.group
      : (builtIn?.group ?? 'integration');
  return { label, group };
}
