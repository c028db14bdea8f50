import { defineConfig } from 'tsup';

// Two builds: the headless core (no React, no DOM) and the React entry, which must keep
// its module-level 'use client' (bundlers drop it when they tree-shake, so it is a banner).
const shared = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  target: 'es2022',
  // esbuild already drops dead code; rollup-based treeshaking would strip the React entry's banner.
  treeshake: false,
  external: ['react', 'react-dom', 'react/jsx-runtime', /^@radix-ui\//, /^@tanstack\//, 'clsx', 'zod'],
};

export default defineConfig([
  {
    ...shared,
    entry: { core: 'src/core.ts' },
    clean: true,
    tsconfig: 'tsconfig.core.json',
  },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    clean: false,
    banner: { js: "'use client';" },
    esbuildOptions(options) {
      options.jsx = 'automatic';
    },
    onSuccess: 'node scripts/copy-css.mjs',
  },
]);
