import { defineConfig } from 'vitest/config';

// The example's own tests (SQL ↔ core parity, API round trip). Run from the repo root with
// `node node_modules/vitest/vitest.mjs run --config examples/host/vitest.config.ts`
// after `npm ci --prefix examples/host` (better-sqlite3 lives only here).
export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: 'example-host',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
