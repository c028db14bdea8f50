// Runs every test project (unit, component, browser) once and prints the closing line CI reads:
// `N passed, N failed`. Exits non-zero when anything failed or when no test ran at all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = resolve(root, 'test-results');
const report = resolve(reportDir, 'vitest.json');
mkdirSync(reportDir, { recursive: true });
rmSync(report, { force: true });

const extra = process.argv.slice(2);
const steps = [];

// Lint (ESLint, with the layering rules of eslint.config.js) and format (Prettier) first: each is one
// check in the closing line, and a failure fails the run.
let lintPassed = 0;
let lintFailed = 0;
for (const [name, args] of [
  ['lint (eslint)', [resolve(root, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings=0']],
  [
    'format (prettier --check)',
    [resolve(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '--log-level=warn', '.'],
  ],
]) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status === 0) {
    lintPassed += 1;
    console.log(`✓ ${name}`);
  } else {
    lintFailed += 1;
    console.log(`✗ ${name} failed (exit ${r.status})`);
  }
}

// Size budgets are deterministic, so they are part of the test run (timings are not: see `npm run bench`).
const vitest = spawnSync(
  process.execPath,
  [
    resolve(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...extra,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR } },
);
steps.push(vitest.status ?? 1);

let passed = lintPassed;
let failed = lintFailed;
let testsRan = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
  testsRan = (json.numPassedTests ?? 0) + (json.numFailedTests ?? 0);
  // A suite that fails to load has no test results of its own: count it as a failure.
  for (const suite of json.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} else {
  failed += 1;
}

// package-checks builds dist/; example-checks (parity + end-to-end on the example host) uses it.
const extraScripts = ['scripts/package-checks.mjs', 'scripts/example-checks.mjs'].filter((s) =>
  existsSync(resolve(root, s)),
);
for (const script of extraScripts) {
  const r = spawnSync(process.execPath, [resolve(root, script)], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  process.stdout.write(r.stdout ?? '');
  const m = /^(\d+) passed, (\d+) failed$/m.exec(r.stdout ?? '');
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  } else if (r.status !== 0) {
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || testsRan === 0 || steps.some((s) => s !== 0) ? 1 : 0);
