import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';

describe('agentboard/core entry', () => {
  it('exports every name DESIGN.md lists', () => {
    // The DESIGN.md list is shared with the size report (scripts/bench-size.mjs); then the additions.
    const designNames: string[] = JSON.parse(
      readFileSync(new URL('../../scripts/design-core-names.json', import.meta.url), 'utf8'),
    );
    expect(designNames.length).toBeGreaterThan(10);
    for (const name of [
      ...designNames,
      'countAgentItems',
      'sanitizeUrl',
      'formatFullDate',
      'topWithOthers',
      'BUILT_IN_SOURCES',
    ]) {
      expect(core, name).toHaveProperty(name);
    }
  });

  it('stays headless: no React, no DOM globals in src/core', () => {
    const dir = new URL('../../src/core/', import.meta.url);
    // Every file, in sub-folders too (fields/).
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files).toContain('fields/index.ts');
    for (const file of files) {
      const text = readFileSync(new URL(file, dir), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(text, file).not.toMatch(/from ['"]react/);
      expect(text, file).not.toMatch(/\b(window|document|navigator|localStorage)\s*[.[]/);
    }
  });
});
