// `npm run bench -- --size` (or `node scripts/bench-size.mjs [--modules] [--features] [--json]`): what
// each entry costs an app, min+gzip, bundled from the sources the way size-limit bundles dist/ (the
// same entry file, esbuild, minified, gzip -9, every peer and dependency external), beside issue 5's
// targets. `--modules` adds where the bytes are (per module), `--features` what the data-source and
// at-a-glance features add to the React layer, `--json` prints the rows for scripts/package-checks.mjs.
//
// Sizes are deterministic, so budgets are checked in `npm test`: size-limit on the built package, and
// this report's React-layer row (size-limit cannot leave out the core's relative chunk).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const showModules = process.argv.includes('--modules');
const showFeatures = process.argv.includes('--features');
const asJson = process.argv.includes('--json');

const EXTERNAL = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@radix-ui/*',
  '@floating-ui/*',
  '@tanstack/*',
  'clsx',
  'zod',
];

/** Resolves every import of the core (`../core`, `./core/x`, …) from outside src/core to one external. */
const coreExternal = {
  name: 'core-external',
  setup(b) {
    b.onResolve({ filter: /(^|\/)core(\/[\w-]+)?$/ }, (args) => {
      const from = relative(root, args.importer);
      if (from.startsWith('src/core/') || from === 'src/core.ts') return undefined;
      return from.startsWith('src/') ? { path: 'agentboard/core', external: true } : undefined;
    });
  },
};

/**
 * Replaces two pure speed paths of the core with no-ops, to show what dropping them would save:
 * the hand-written fast parse (items then all go through zod) and the filter-result provenance
 * (the list then sorts and summarises every result from scratch).
 */
const withoutSpeedPaths = {
  name: 'without-speed-paths',
  setup(b) {
    b.onLoad({ filter: /src\/core\/(fast-parse|subset)\.ts$/ }, (args) => ({
      loader: 'ts',
      contents: args.path.endsWith('fast-parse.ts')
        ? 'export function fastParse(): undefined { return undefined; }'
        : 'export function recordSubset(): void {}\nexport function getSubset(): undefined { return undefined; }',
    }));
  },
};

// The names DESIGN.md lists for `agentboard/core` (the contract), without later additions; the unit
// test of the core entry checks the same list.
const DESIGN_CORE = JSON.parse(readFileSync(resolve(root, 'scripts/design-core-names.json'), 'utf8'));

/**
 * Replaces whole modules with empty exports (every export `undefined`), to show what the features
 * they implement weigh in the bundle. The result is never run, only measured.
 */
async function stubbing(paths) {
  const stubs = new Map();
  for (const path of paths) {
    const r = await build({
      entryPoints: [resolve(root, path)],
      bundle: false,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    const names = Object.values(r.metafile.outputs)[0].exports;
    stubs.set(
      resolve(root, path),
      names.map((n) => (n === 'default' ? 'export default undefined;' : `export const ${n} = undefined;`)).join('\n'),
    );
  }
  return {
    name: 'stub-features',
    setup(b) {
      b.onLoad({ filter: /\.tsx?$/ }, (args) =>
        stubs.has(args.path) ? { contents: stubs.get(args.path), loader: 'js' } : undefined,
      );
    },
  };
}

async function measure(entry, names, { coreExt = false, stripSpeed = false, stub = null } = {}) {
  const file = resolve(root, entry);
  // The entry size-limit writes for its `import` option, so both report the same figure.
  const contents =
    names === '*'
      ? `import * as all from ${JSON.stringify(file)};\nconsole.log(all);`
      : `import { ${names.join(', ')} } from ${JSON.stringify(file)};\nconsole.log(${names.join(', ')});`;
  const r = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'size-entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: EXTERNAL,
    plugins: [...(stub ? [stub] : []), ...(coreExt ? [coreExternal] : []), ...(stripSpeed ? [withoutSpeedPaths] : [])],
  });
  const code = r.outputFiles[0].contents;
  const inputs = Object.values(r.metafile.outputs)[0].inputs;
  const modules = Object.entries(inputs)
    .map(([path, v]) => [path, v.bytesInOutput])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, modules };
}

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;

const rows = [
  ['agentboard/core, everything (import *)', 'src/core.ts', '*', {}, 6000],
  ['agentboard/core, the DESIGN.md names only', 'src/core.ts', DESIGN_CORE, {}, null],
  ['… with the fast parse and subset paths stubbed out', 'src/core.ts', DESIGN_CORE, { stripSpeed: true }, null],
  ['agentboard/core, only formatDuration', 'src/core.ts', ['formatDuration'], {}, 1500],
  ['agentboard/data, everything (import *)', 'src/data/index.ts', '*', {}, null],
  ['agentboard, everything incl. the re-exported core', 'src/index.ts', '*', {}, 25000],
  ['agentboard, only AgentManagementView', 'src/index.ts', ['AgentManagementView'], {}, null],
  ['agentboard, the React layer alone (core external)', 'src/index.ts', '*', { coreExt: true }, 25000],
];

if (asJson) {
  // For scripts/package-checks.mjs: every row's figures, nothing else.
  const out = [];
  for (const [label, entry, names, opts, target] of rows) {
    const { min, gzip } = await measure(entry, names, opts);
    out.push({ label, min, gzip, target });
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}

console.log(
  'Bundle sizes (esbuild minify, gzip -9; react, react-dom, radix, floating-ui, tanstack, clsx, zod external)\n',
);
console.log(`${'entry'.padEnd(54)} ${'min'.padStart(10)} ${'min+gzip'.padStart(10)}  issue 5 target`);
const results = [];
for (const [label, entry, names, opts, target] of rows) {
  const m = await measure(entry, names, opts);
  results.push([label, m]);
  const verdict =
    target === null ? '' : `${kB(target)} — ${m.gzip <= target ? 'met' : `not met (${(m.gzip / target).toFixed(2)}×)`}`;
  console.log(`${label.padEnd(54)} ${kB(m.min).padStart(10)} ${kB(m.gzip).padStart(10)}  ${verdict}`);
}

if (showFeatures) {
  // What a feature costs: the React layer (core external) with and without the modules behind it.
  const FEATURES = [
    [
      'data sources: useAgentData, useUrlFilters, createFetchDataSource, live merging',
      [
        'src/react/hooks/useAgentData.ts',
        'src/react/hooks/useUrlFilters.ts',
        'src/data/loader.ts',
        'src/data/loader-state.ts',
        'src/data/update-log.ts',
        'src/data/poller.ts',
        'src/data/source-calls.ts',
        'src/data/parse-answer.ts',
        'src/data/stable-key.ts',
        'src/data/fetch-data-source.ts',
        'src/data/live.ts',
        'src/data/errors.ts',
      ],
    ],
    [
      'at a glance: AgentSummary (credits breakdown), AgentNeedsYou',
      ['src/react/summary/AgentSummary.tsx', 'src/react/needs-you/AgentNeedsYou.tsx'],
    ],
  ];
  const full = (await measure('src/index.ts', '*', { coreExt: true })).gzip;
  console.log('\nWhat each feature adds to the React layer alone (min+gzip, measured by stubbing its modules out)');
  let all = [];
  for (const [label, paths] of FEATURES) {
    const without = (await measure('src/index.ts', '*', { coreExt: true, stub: await stubbing(paths) })).gzip;
    console.log(`  ${label.padEnd(80)} ${kB(full - without).padStart(9)}`);
    all = all.concat(paths);
  }
  const rest = (await measure('src/index.ts', '*', { coreExt: true, stub: await stubbing(all) })).gzip;
  console.log(`  ${'the React layer without both'.padEnd(80)} ${kB(rest).padStart(9)}`);
}

if (showModules) {
  for (const [label, m] of results) {
    if (!/everything \(import \*\)|React layer alone/.test(label)) continue;
    console.log(`\n${label}: minified bytes per module`);
    for (const [path, bytes] of m.modules) console.log(`  ${String(bytes).padStart(7)}  ${path}`);
  }
}
