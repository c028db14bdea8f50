import * as simpleIcons from 'simple-icons';
import { describe, expect, it } from 'vitest';
import * as adapters from '../../../src/adapters';
import * as marks from '../../../src/adapters/icons';
import { BUILT_IN_SOURCES } from '../../../src/core';

const PLATFORMS = ['warp', 'githubActions', 'cursor', 'devin', 'trigger', 'langSmith'] as const;
const GROUPS = ['app', 'developer', 'integration', 'automation'];

// Which simple-icons mark each copied path is.
const MARK_SOURCES: Record<keyof typeof marks, keyof typeof simpleIcons> = {
  WARP_MARK: 'siWarp',
  GITHUB_ACTIONS_MARK: 'siGithubactions',
  GITHUB_MARK: 'siGithub',
  CURSOR_MARK: 'siCursor',
  LANGCHAIN_MARK: 'siLangchain',
  JIRA_MARK: 'siJira',
  GITLAB_MARK: 'siGitlab',
};

describe('adapter registries, marks and facets', () => {
  it('copies every mark exactly from the installed simple-icons', () => {
    expect(Object.keys(marks).sort()).toEqual(Object.keys(MARK_SOURCES).sort());
    for (const [name, icon] of Object.entries(MARK_SOURCES)) {
      const source = simpleIcons[icon] as { path: string };
      expect(marks[name as keyof typeof marks], name).toBe(source.path);
    }
  });

  it.each(PLATFORMS)(
    '%s: every registered source has a label and a known group, and every mark a source',
    (platform) => {
      const exports = adapters as unknown as Record<string, unknown>;
      const sources = exports[`${platform}Sources`] as Record<string, { label?: string; group?: string }>;
      const icons = exports[`${platform}SourceIcons`] as Record<string, { path: string; title: string }>;
      const facets = exports[`${platform}FacetDefinitions`] as { key: string; label: string }[];
      for (const [key, meta] of Object.entries(sources)) {
        expect(meta.label, key).toMatch(/\S/);
        expect(GROUPS).toContain(meta.group);
        expect(BUILT_IN_SOURCES as readonly string[]).not.toContain(key);
      }
      for (const [key, icon] of Object.entries(icons)) {
        expect(Object.hasOwn(sources, key) || (BUILT_IN_SOURCES as readonly string[]).includes(key), key).toBe(true);
        expect(icon.path).toMatch(/^[Mm][\d.\s,\-a-zA-Z]+$/);
        expect(icon.title).toMatch(/\S/);
      }
      expect(new Set(facets.map((f) => f.key)).size).toBe(facets.length);
      for (const facet of facets) expect(facet.label).toMatch(/^[A-Z]/);
    },
  );

  it('labels a source the same way wherever two platforms share it', () => {
    const all = PLATFORMS.map(
      (p) => (adapters as unknown as Record<string, Record<string, { label?: string }>>)[`${p}Sources`] ?? {},
    );
    const labels = new Map<string, string | undefined>();
    for (const registry of all) {
      for (const [key, meta] of Object.entries(registry)) {
        if (labels.has(key)) expect(meta.label, key).toBe(labels.get(key));
        labels.set(key, meta.label);
      }
    }
    expect(labels.get('jira')).toBe('Jira');
    expect(labels.get('teams')).toBe('Microsoft Teams');
  });
});
