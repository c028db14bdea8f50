import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// The example's own tests (its API on the kit: permissions, the bulk endpoint, the flipper live; the
// panel following the opened run, on the built package as the app imports it).
// The SQL ↔ core parity lives with the kit (test/server/parity.test.ts at the repo root). Run from the repo root with
// `node node_modules/vitest/vitest.mjs run --config examples/host/vitest.config.ts`
// after `npm ci --prefix examples/host` (better-sqlite3 lives only here).
export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: [{ find: /^agentboard$/, replacement: resolve(repo, 'dist/index.js') }] },
  test: {
    name: 'example-host',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
