// Bundles the default stylesheet (its @imports inlined) into dist/styles.css,
// the `agentboard/styles.css` export.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [resolve(root, 'src/styles/agentboard.css')],
  bundle: true,
  minify: false,
  outfile: resolve(root, 'dist/styles.css'),
  logLevel: 'warning',
});
