import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The default stylesheet is one file per part, put together by index.css. A part left out of the
// index would silently vanish from dist/styles.css, and a second guard block in a file would bring
// back the per-rule repetition the split removed.
const dir = new URL('../../src/styles/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');
const GUARD = ':where(.ab-root:not([data-unstyled]))';
const parts = readdirSync(dir)
  .filter((f) => f.endsWith('.css') && f !== 'index.css')
  .sort();

describe('src/styles', () => {
  it('index.css imports every part once, each into the agentboard layer', () => {
    expect(parts.length).toBeGreaterThan(10);
    const imports = [...read('index.css').matchAll(/^@import\s+'\.\/([\w-]+\.css)'\s*([^;]*);/gm)];
    expect(imports.map((m) => m[1]).sort()).toEqual(parts);
    for (const m of imports) expect(m[2], m[1]).toBe('layer(agentboard)');
  });

  it('each part writes the unstyled guard at most once, as a block', () => {
    for (const file of parts) {
      const text = read(file).replace(/\/\*[\s\S]*?\*\//g, '');
      const uses = text.split(GUARD).length - 1;
      expect(uses, file).toBeLessThanOrEqual(1);
      if (uses === 1) expect(text, file).toMatch(/^:where\(\.ab-root:not\(\[data-unstyled\]\)\) \{$/m);
    }
  });

  it('keeps every file under 300 lines', () => {
    for (const file of [...parts, 'index.css']) expect(read(file).split('\n').length, file).toBeLessThanOrEqual(300);
  });
});
