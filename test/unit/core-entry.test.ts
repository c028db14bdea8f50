import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';

describe('agentboard/core entry', () => {
  it('exports every name DESIGN.md lists', () => {
    for (const name of [
      'agentItemInputSchema',
      'parseAgentItems',
      'mapStatus',
      'STATUS_META',
      'getSourceMeta',
      'getDurationMs',
      'formatDuration',
      'formatCredits',
      'formatCreatedAt',
      'toDayKey',
      'filterAgentItems',
      'countAgentItems',
      'getFacets',
      'summarize',
      'filtersToSearchParams',
      'filtersFromSearchParams',
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
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(text, file).not.toMatch(/from ['"]react/);
      expect(text, file).not.toMatch(/\b(window|document|navigator|localStorage)\s*[.[]/);
    }
  });
});
