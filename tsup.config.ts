import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { defineConfig } from 'tsup';

// One build for every entry, so `agentboard`, `agentboard/core`, `agentboard/data` and `agentboard/adapters`
// share the core and the data layer through chunks (dist/chunks/) instead of the React entry inlining second copies
// (one copy also means one `AgentDataError` class for `instanceof`). The React entry must begin with
// 'use client' — bundlers drop module-level directives when they tree-shake, and a `banner` would
// also land on the other entries and on the shared chunks — so it is checked (and added if missing) on
// dist/index.* after the build, and only there.
const USE_CLIENT = "'use client';\n";

function markClientEntry(): void {
  for (const file of ['dist/index.js', 'dist/index.cjs']) {
    const text = readFileSync(file, 'utf8');
    if (!/^['"]use client['"]/.test(text)) writeFileSync(file, USE_CLIENT + text);
  }
}

export default defineConfig({
  // `server` runs in Node only: its database drivers and Kysely stay external (dependencies and
  // peers are never bundled), and package-checks proves no browser entry's graph reaches it.
  entry: {
    core: 'src/core.ts',
    data: 'src/data/index.ts',
    adapters: 'src/adapters/index.ts',
    index: 'src/index.ts',
    server: 'src/server/index.ts',
    // One entry per language, so a host downloads only the strings it shows.
    'locales/de': 'src/locales/de.ts',
    'locales/fr': 'src/locales/fr.ts',
    'locales/es': 'src/locales/es.ts',
    'locales/ja': 'src/locales/ja.ts',
  },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  // The server kit's SQLite readers resolve their driver from `import.meta.url`: shimmed in CJS.
  shims: true,
  target: 'es2022',
  clean: true,
  // tsup splits the CJS output too (its own pass over esbuild's ESM chunks).
  splitting: true,
  // esbuild already drops dead code; rollup-based treeshaking would strip module-level directives.
  treeshake: false,
  external: [
    'react',
    'react-dom',
    'react/jsx-runtime',
    /^@radix-ui\//,
    /^@tanstack\//,
    'clsx',
    'zod',
    'kysely',
    'better-sqlite3',
    'pg',
    'eventsource-parser',
  ],
  esbuildOptions(options) {
    options.jsx = 'automatic';
    options.chunkNames = 'chunks/[name]-[hash]';
  },
  async onSuccess() {
    markClientEntry();
    execFileSync(process.execPath, ['scripts/build-css.mjs'], { stdio: 'inherit' });
  },
});
