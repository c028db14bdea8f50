// Builds dist/styles.css, the `agentboard/styles.css` export, from src/styles/index.css: the part
// files' @imports inlined into ONE `@layer agentboard` block, and their nesting (the unstyled guard
// written once per part) flattened into plain rules.
//
// Lightning CSS rather than esbuild: esbuild keeps one `@layer agentboard { … }` block per imported
// file, Lightning CSS merges them into one. Nesting is lowered whatever the target says (every
// target below supports it), so the shipped file reads the same in every engine and in host tools
// that do not parse nesting (older minifiers, PostCSS setups), and never depends on how an engine
// orders declarations that follow nested rules.
//
// Browser target: Chrome/Edge 123, Firefox 121, Safari 17.5 (early 2024), what the sheet needs:
// `light-dark()` in the tokens (Chrome 123, Firefox 120, Safari 17.5) and `:has()` (Firefox 121);
// color-mix() and container queries came earlier. README's Theming section says so. Lightning CSS
// prints the rules for that target (media queries in range form, shorter colours), but adds no
// vendor prefixes: the sheet ships as written, so a browser that needs one (Safari's
// -webkit-user-select) behaves as it did before the split.
import { bundle, Features } from 'lightningcss';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = (major, minor = 0) => (major << 16) | (minor << 8);

const { code, warnings } = bundle({
  filename: resolve(root, 'src/styles/index.css'),
  targets: {
    chrome: version(123),
    edge: version(123),
    firefox: version(121),
    safari: version(17, 5),
  },
  include: Features.Nesting,
  exclude: Features.VendorPrefixes,
  minify: false,
  errorRecovery: false,
});
for (const warning of warnings)
  console.warn(`build-css: ${warning.message} (${warning.loc.filename}:${warning.loc.line})`);
if (warnings.length > 0) process.exitCode = 1;

mkdirSync(resolve(root, 'dist'), { recursive: true });
writeFileSync(resolve(root, 'dist/styles.css'), code);
