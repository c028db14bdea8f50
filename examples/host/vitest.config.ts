import { defineConfig } from 'vitest/config';

// The example's own tests (its API on the kit: permissions, the bulk endpoint, the flipper live).
// The SQL ↔ core parity lives with the kit (test/server/parity.test.ts at the repo root). Run from the repo root with
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
