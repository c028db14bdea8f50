// `npm run bench`: the core benchmark (TypeScript source run through tsx, so it works from a fresh
// clone after `npm ci`, no build needed). Arguments are passed on (`--runs N`, `--count N`, `--write`).
// `--ui` also runs the browser UI benchmark (scripts/bench-ui.mjs) afterwards; `--size` prints the bundle
// sizes (scripts/bench-size.mjs; `--modules` adds the per-module breakdown, `--features` what each feature
// weighs) and skips the timings. `--server` runs the server kit's scale benchmark instead (scripts/bench-server.ts).
// `--peers` runs the side-by-side browser bench instead (scripts/bench-peers.mjs: agentboard beside AG Grid,
// MUI X and a TanStack page; its other flags are passed on: `--runs N`, `--only …`, `--json out.json`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const ui = args.includes('--ui');
const coreArgs = args.filter((a) => a !== '--ui');

// `--server`: the server kit on SQLite and PostgreSQL at 1,000,000 items (scripts/bench-server.ts).
if (args.includes('--server')) {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      require.resolve('tsx'),
      resolve(root, 'scripts/bench-server.ts'),
      ...args.filter((a) => a !== '--server'),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  process.exit(r.status ?? 1);
}

if (args.includes('--peers')) {
  const r = spawnSync(
    process.execPath,
    [resolve(root, 'scripts/bench-peers.mjs'), ...args.filter((a) => a !== '--peers')],
    { cwd: root, stdio: 'inherit' },
  );
  process.exit(r.status ?? 1);
}

if (args.includes('--size')) {
  const r = spawnSync(
    process.execPath,
    [resolve(root, 'scripts/bench-size.mjs'), ...args.filter((a) => a === '--modules' || a === '--features')],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  process.exit(r.status ?? 1);
}

// `--import tsx` registers tsx's loader in this very process. (No forced GC between runs: a forced full
// GC also drops V8's type feedback and made every figure several times slower than in real use.)
const tsxLoader = require.resolve('tsx');
const core = spawnSync(process.execPath, ['--import', tsxLoader, resolve(root, 'scripts/bench-core.ts'), ...coreArgs], {
  cwd: root,
  stdio: 'inherit',
});
let status = core.status ?? 1;

if (ui && existsSync(resolve(root, 'scripts/bench-ui.mjs'))) {
  const r = spawnSync(process.execPath, [resolve(root, 'scripts/bench-ui.mjs')], { cwd: root, stdio: 'inherit' });
  status = status || (r.status ?? 1);
}
process.exit(status);
