// Package checks that need the built library: size budgets, 'use client', publint,
// are-the-types-wrong, and fresh consumer projects installing the packed tarball
// (ESM Vite build, CommonJS require, TypeScript against the published types, React 18, and
// `agentboard/data` in a project without React).
// Prints one line per check and closes with `N passed, N failed`.
//
// Sizes are deterministic, so they belong in `npm test`; timings are not (see `npm run bench`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  return { code: r.status ?? 1, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: r.stdout ?? '' };
}

function check(name, fn) {
  if (only.length && !only.some((o) => name.includes(o))) return;
  let result;
  try {
    result = fn();
  } catch (error) {
    result = { ok: false, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  if (result.ok) {
    passed += 1;
    console.log(`  ✓ ${name}${result.detail ? ` — ${result.detail}` : ''}`);
  } else {
    failed += 1;
    console.log(
      `  ✗ ${name}\n${String(result.detail ?? '')
        .trim()
        .split('\n')
        .map((l) => `      ${l}`)
        .join('\n')}`,
    );
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const bin = (name) => join(root, 'node_modules', '.bin', name);

console.log('package checks');
// The language entries: plain label data, one file per language.
const LOCALES = ['de', 'fr', 'es', 'ja'].map((lang) => `locales/${lang}`);
const build = run(npm, ['run', 'build']);
check('npm run build emits every entry', () => {
  const files = [
    ...['index', 'core', 'data', 'adapters', 'server', ...LOCALES].flatMap((entry) =>
      ['.js', '.cjs', '.d.ts', '.d.cts'].map((ext) => `dist/${entry}${ext}`),
    ),
    'dist/styles.css',
  ];
  const missing = files.filter((f) => !existsSync(join(root, f)));
  return {
    ok: build.code === 0 && missing.length === 0,
    detail: build.code !== 0 ? build.out.slice(-4000) : missing.length ? `missing: ${missing.join(', ')}` : '',
  };
});
if (build.code !== 0) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}

check('typecheck: strict, the whole tree and the core without DOM or React types', () => {
  const all = run(bin('tsc'), ['--noEmit']);
  const core = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.core.json']);
  return { ok: all.code === 0 && core.code === 0, detail: `${all.out}${core.out}`.slice(-4000) };
});

/** A built file and every dist/ file it imports, transitively (the shared chunks). */
function moduleGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from\s*|import\s*|require\()['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(resolve(dirname(file), spec));
    }
  };
  visit(join(root, entry));
  return [...seen];
}

check(
  "dist/index.* begin with 'use client'; dist/core.*, dist/data.*, dist/adapters.*, dist/locales/* and their chunks import no React",
  () => {
    const bad = [];
    for (const f of ['dist/index.js', 'dist/index.cjs']) {
      if (!/^['"]use client['"];?/.test(readFileSync(join(root, f), 'utf8')))
        bad.push(`${f} does not start with 'use client'`);
    }
    for (const entry of [
      'dist/core.js',
      'dist/core.cjs',
      'dist/data.js',
      'dist/data.cjs',
      'dist/adapters.js',
      'dist/adapters.cjs',
      ...LOCALES.flatMap((entry) => [`dist/${entry}.js`, `dist/${entry}.cjs`]),
    ]) {
      for (const file of moduleGraph(entry)) {
        const text = readFileSync(file, 'utf8');
        const name = `${entry}${file === join(root, entry) ? '' : ` → ${file.slice(root.length + 1)}`}`;
        if (/from ['"](react|@radix-ui|@tanstack)|require\(['"](react|@radix-ui|@tanstack)/.test(text))
          bad.push(`${name} imports React or a React package`);
        if (/use client/.test(text)) bad.push(`${name} carries 'use client'`);
      }
    }
    return { ok: bad.length === 0, detail: bad.join('\n') };
  },
);

check(
  'dist/index.*, dist/core.*, dist/data.*, dist/locales/* never reach the server kit (Kysely, database drivers, node: modules); dist/server.* imports no React',
  () => {
    const bad = [];
    for (const entry of [
      'dist/index.js',
      'dist/index.cjs',
      'dist/core.js',
      'dist/core.cjs',
      'dist/data.js',
      'dist/data.cjs',
      ...LOCALES.flatMap((entry) => [`dist/${entry}.js`, `dist/${entry}.cjs`]),
    ]) {
      for (const file of moduleGraph(entry)) {
        const text = readFileSync(file, 'utf8');
        if (/(?:from\s*|import\s*|require\()['"](kysely|better-sqlite3|pg|node:[a-z_]+)['"]/.test(text))
          bad.push(`${entry} → ${file.slice(root.length + 1)} imports the server kit's dependencies`);
      }
    }
    for (const entry of ['dist/server.js', 'dist/server.cjs']) {
      for (const file of moduleGraph(entry)) {
        if (
          /from ['"](react|@radix-ui|@tanstack)|require\(['"](react|@radix-ui|@tanstack)/.test(
            readFileSync(file, 'utf8'),
          )
        )
          bad.push(`${entry} → ${file.slice(root.length + 1)} imports React`);
      }
    }
    return { ok: bad.length === 0, detail: bad.join('\n') };
  },
);

check('dist/styles.css keeps every rule inside one agentboard cascade layer, flattened', () => {
  const css = readFileSync(join(root, 'dist/styles.css'), 'utf8').trim();
  const layers = css.match(/@layer\b[^{;]*[{;]/g) ?? [];
  // The layer's block must close at the very end: nothing may follow it outside the layer.
  let depth = 0;
  let closesAt = -1;
  for (let i = 0; i < css.length && closesAt < 0; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) closesAt = i;
  }
  return {
    ok:
      layers.length === 1 &&
      css.startsWith('@layer agentboard {') &&
      closesAt === css.length - 1 &&
      !/@import/.test(css) &&
      !/&/.test(css),
    detail: `expects one @layer agentboard block around everything, no @import, no nesting (found ${layers.length} @layer)`,
  };
});

// size-limit: one check per budget in package.json.
const size = run(bin('size-limit'), ['--json']);
let sizes = [];
try {
  // stdout only: esbuild's warnings (stderr) may hold brackets too.
  sizes = JSON.parse(size.stdout.slice(size.stdout.indexOf('[')));
} catch {
  check('size-limit runs', () => ({ ok: false, detail: size.out }));
}
for (const entry of sizes) {
  check(`size: ${entry.name}`, () => ({
    ok: entry.passed,
    detail: `${(entry.size / 1000).toFixed(2)} kB min+gzip`,
  }));
}

// The React layer with the core external: size-limit cannot leave out a relative chunk, so the
// size report measures it (same esbuild bundling and gzip as size-limit). A regression guard at
// today's size plus ~5%; issue 5 asked 25 kB (see BENCHMARKS.md).
const REACT_LAYER_BUDGET = 59_500;
check(`size: agentboard, the React layer alone (core external) ≤ ${(REACT_LAYER_BUDGET / 1000).toFixed(1)} kB`, () => {
  const r = run(process.execPath, [join(root, 'scripts/bench-size.mjs'), '--json']);
  const row = JSON.parse(r.out.slice(r.out.indexOf('['))).find((x) => /React layer alone/.test(x.label));
  return {
    ok: r.code === 0 && row !== undefined && row.gzip <= REACT_LAYER_BUDGET,
    detail: row ? `${(row.gzip / 1000).toFixed(2)} kB min+gzip` : r.out,
  };
});

check('publint reports no problems', () => {
  const r = run(bin('publint'), ['--strict']);
  return {
    ok: r.code === 0 && !/warning|error|suggestion/i.test(r.out.replace(/All good!/, '')),
    detail: r.code === 0 ? '' : r.out,
  };
});

// The main job (`npm start`) is Storybook on the full view: prove a fresh clone builds it.
check('storybook builds, with the full management view story', () => {
  const out = mkdtempSync(join(tmpdir(), 'agentboard-storybook-'));
  const r = run(bin('storybook'), ['build', '--quiet', '--disable-telemetry', '-o', out]);
  if (r.code !== 0) return { ok: false, detail: r.out.slice(-4000) };
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  rmSync(out, { recursive: true, force: true });
  const full = stories.find((e) => e.id === 'agentboard-management-view--full-view');
  return {
    ok: Boolean(full) && stories.length > 20,
    detail: `${stories.length} stories${full ? '' : '; no agentboard-management-view--full-view'}`,
  };
});

// Pack once; every consumer installs the same tarball.
const packDir = mkdtempSync(join(tmpdir(), 'agentboard-pack-'));
const pack = run(npm, ['pack', '--pack-destination', packDir, '--json', '--ignore-scripts']);
let tarball = '';
try {
  tarball = join(packDir, JSON.parse(pack.out.slice(pack.out.indexOf('[')))[0].filename);
} catch {
  check('npm pack', () => ({ ok: false, detail: pack.out }));
}

if (tarball) {
  // node10 resolution predates `exports` subpaths (our engines field asks for Node >= 20.19), and the
  // stylesheet has no types to check.
  check('are-the-types-wrong: no problems for node16 (CJS and ESM) and bundler', () => {
    const r = run(bin('attw'), [
      tarball,
      '--format',
      'ascii',
      '--profile',
      'node16',
      '--exclude-entrypoints',
      'styles.css',
    ]);
    return { ok: r.code === 0, detail: r.code === 0 ? '' : r.out };
  });

  const fixtures = join(root, 'test/consumers');
  const install = (dir, deps, flags) =>
    run(
      npm,
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...flags, tarball, ...deps],
      { cwd: dir },
    );
  const consumer = (name, deps, steps, flags = []) => {
    check(`consumer: ${name}`, () => {
      const dir = mkdtempSync(join(tmpdir(), `agentboard-consumer-${name.replace(/\W+/g, '-')}-`));
      cpSync(join(fixtures, name), dir, { recursive: true });
      const inst = install(dir, deps, flags);
      if (inst.code !== 0) return { ok: false, detail: inst.out };
      for (const [cmd, args] of steps) {
        const r = run(cmd, args, { cwd: dir });
        if (r.code !== 0) return { ok: false, detail: `${cmd} ${args.join(' ')}\n${r.out}` };
      }
      rmSync(dir, { recursive: true, force: true });
      return { ok: true };
    });
  };
  if (existsSync(fixtures)) {
    consumer(
      'esm-vite',
      ['react@19', 'react-dom@19', 'vite@8.3.8', '@vitejs/plugin-react@6.3.0'],
      [
        [process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error']],
        [process.execPath, ['check-build.mjs']],
      ],
    );
    consumer('cjs-require', ['react@19', 'react-dom@19'], [[process.execPath, ['index.cjs']]]);
    consumer(
      'typescript',
      ['react@19', 'react-dom@19', '@types/react@19', '@types/react-dom@19', 'typescript@6.0.3'],
      [[process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']]],
    );
    consumer('react-18', ['react@18', 'react-dom@18'], [[process.execPath, ['index.mjs']]]);
    // No React on disk (npm would otherwise install the peers): `agentboard/data` must load without it.
    consumer(
      'data-no-react',
      [],
      [
        [process.execPath, ['index.mjs']],
        [process.execPath, ['index.cjs']],
      ],
      ['--omit=peer'],
    );
    // The server kit mounted on SQLite in a Node project without React (better-sqlite3 compiles here).
    consumer('server-sqlite', ['better-sqlite3@12.11.1'], [[process.execPath, ['index.mjs']]], ['--omit=peer']);
  }
}
rmSync(packDir, { recursive: true, force: true });

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
