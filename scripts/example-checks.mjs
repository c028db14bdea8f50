// Checks of the reference host (examples/host) against the built package: its API on the server kit
// (vitest, the example's own config: permissions, the bulk endpoint, the flipper live) and the end-to-end test in Chromium
// (test/e2e/example.e2e.mjs). Prints one line per check and closes with `N passed, N failed`.
//
// Runs after package-checks in `npm test` (which builds dist/); on its own it builds the package
// when dist/ is missing or older than the sources, and installs the example's dependencies
// (better-sqlite3) when they are missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const hostDir = join(root, 'examples/host');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let passed = 0;
let failed = 0;

function fail(name, detail) {
  failed += 1;
  console.log(
    `  ✗ ${name}\n${String(detail ?? '')
      .trim()
      .split('\n')
      .map((l) => `      ${l}`)
      .join('\n')}`,
  );
}

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function distIsStale() {
  const built = join(root, 'dist/index.js');
  if (!existsSync(built) || !existsSync(join(root, 'dist/styles.css'))) return true;
  const inputs = [join(root, 'src'), join(root, 'tsup.config.ts'), join(root, 'package.json')].filter(existsSync);
  return Math.max(...inputs.map(newestMtime)) > statSync(built).mtimeMs;
}

console.log('example checks');

if (distIsStale()) {
  const build = spawnSync(npm, ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    fail('npm run build (the example uses the built package)', `${build.stdout}${build.stderr}`.slice(-4000));
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(1);
  }
}

if (!existsSync(join(hostDir, 'node_modules/better-sqlite3'))) {
  const install = spawnSync(npm, ['ci', '--prefix', hostDir, '--no-audit', '--no-fund'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (install.status !== 0) {
    fail('npm ci --prefix examples/host', `${install.stdout}${install.stderr}`.slice(-4000));
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(1);
  }
}

// 1. The example's own tests: its API on the kit (the kit's parity with the core is in the server project).
{
  const reportDir = join(root, 'test-results');
  const report = join(reportDir, 'example-tests.json');
  mkdirSync(reportDir, { recursive: true });
  rmSync(report, { force: true });
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      join(hostDir, 'vitest.config.ts'),
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } },
  );
  if (!existsSync(report)) {
    fail('example tests (no report)', `${r.stdout ?? ''}${r.stderr ?? ''}`.slice(-4000));
  } else {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const results = (json.testResults ?? []).flatMap((suite) => {
      // A file that fails to load has no test results of its own.
      if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
        return [{ status: 'failed', fullName: suite.name, failureMessages: [suite.message ?? ''] }];
      }
      return suite.assertionResults ?? [];
    });
    for (const test of results) {
      if (test.status === 'passed') {
        passed += 1;
        console.log(`  ✓ example: ${test.fullName ?? test.title}`);
      } else if (test.status === 'failed') {
        fail(`example: ${test.fullName ?? test.title}`, (test.failureMessages ?? []).join('\n').slice(0, 3000));
      }
    }
    if (results.length === 0) fail('example tests', 'no test ran');
  }
}

// 2. End to end in Chromium: its own steps, counted one by one.
{
  const r = spawnSync(process.execPath, [join(root, 'test/e2e/example.e2e.mjs')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });
  const out = `${r.stdout ?? ''}`;
  process.stdout.write(out.replace(/^\d+ passed, \d+ failed\s*$/m, ''));
  const m = /^(\d+) passed, (\d+) failed$/m.exec(out);
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
    if (r.status !== 0 && Number(m[2]) === 0)
      fail('example end-to-end', `exited with ${r.status ?? r.signal}\n${(r.stderr ?? '').slice(-3000)}`);
  } else {
    fail(
      'example end-to-end',
      `no result line (exit ${r.status ?? r.signal})\n${`${out}${r.stderr ?? ''}`.slice(-4000)}`,
    );
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
