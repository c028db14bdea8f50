#!/usr/bin/env node
/**
 * Starts the reference host on 127.0.0.1: installs the example's own dependencies if missing,
 * builds the package if dist/ is missing, seeds the SQLite database (100,000 items), then runs the
 * API, the flipper and Vite side by side until interrupted.
 *
 *   node examples/host/scripts/start.mjs [--build] [--preview] [--no-flipper]
 *
 *   --build       rebuild the package (npm run build) even if dist/ exists
 *   --preview     serve a production build of the app (vite build + vite preview) instead of the dev server
 *   --no-flipper  no simulated live updates
 *
 * Environment: AGENTBOARD_APP_PORT (5173), AGENTBOARD_API_PORT (5174), AGENTBOARD_DB,
 * AGENTBOARD_SEED_COUNT (100000), AGENTBOARD_FLIP_MS (3000), AGENTBOARD_TEST_API (1: serve /api/test/*).
 *
 * Also importable: `const app = await startExample({ ... }); …; await app.stop();` (end-to-end tests).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const hostDir = resolve(here, '..');
const repo = resolve(hostDir, '../..');
const tsx = resolve(repo, 'node_modules/tsx/dist/cli.mjs');
const vite = resolve(repo, 'node_modules/vite/bin/vite.js');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, cwd, env) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

async function waitFor(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * @param {{ appPort?: number, apiPort?: number, dbFile?: string, seedCount?: number, flipMs?: number,
 *   build?: boolean, preview?: boolean, flipper?: boolean, quiet?: boolean, testApi?: boolean }} [options]
 * @returns {Promise<{ appUrl: string, apiUrl: string, stop: () => Promise<void> }>}
 */
export async function startExample(options = {}) {
  const appPort = options.appPort ?? Number(process.env.AGENTBOARD_APP_PORT ?? 5173);
  const apiPort = options.apiPort ?? Number(process.env.AGENTBOARD_API_PORT ?? 5174);
  const env = {
    ...process.env,
    AGENTBOARD_APP_PORT: String(appPort),
    AGENTBOARD_API_PORT: String(apiPort),
    ...(options.dbFile ? { AGENTBOARD_DB: options.dbFile } : {}),
    ...(options.seedCount !== undefined ? { AGENTBOARD_SEED_COUNT: String(options.seedCount) } : {}),
    ...(options.flipMs !== undefined ? { AGENTBOARD_FLIP_MS: String(options.flipMs) } : {}),
    ...(options.testApi ? { AGENTBOARD_TEST_API: '1' } : {}),
  };
  const stdio = options.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit';

  if (!existsSync(resolve(hostDir, 'node_modules/better-sqlite3'))) {
    run(npm, ['ci', '--no-audit', '--no-fund'], hostDir, env);
  }
  if (options.build || !existsSync(resolve(repo, 'dist/index.js'))) {
    run(npm, ['run', 'build'], repo, env);
  }
  run(process.execPath, [tsx, 'server/seed.ts'], hostDir, env);

  const children = [];
  const start = (args) => {
    const child = spawn(process.execPath, args, { cwd: hostDir, env, stdio });
    children.push(child);
    return child;
  };
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolveStop) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
            const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolveStop();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  };

  try {
    const api = start([tsx, 'server/api.ts']);
    await waitFor(`http://127.0.0.1:${apiPort}/api/health`, 30_000, api);
    if (options.flipper !== false) start([tsx, 'server/flipper.ts']);
    let app;
    if (options.preview) {
      run(process.execPath, [vite, 'build', '--config', 'vite.config.ts'], hostDir, env);
      app = start([vite, 'preview', '--config', 'vite.config.ts']);
    } else {
      app = start([vite, '--config', 'vite.config.ts']);
    }
    await waitFor(`http://127.0.0.1:${appPort}/`, 60_000, app);
  } catch (error) {
    await stop();
    throw error;
  }
  return { appUrl: `http://127.0.0.1:${appPort}/`, apiUrl: `http://127.0.0.1:${apiPort}/api/agents`, stop };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  const app = await startExample({
    build: args.has('--build'),
    preview: args.has('--preview'),
    flipper: !args.has('--no-flipper'),
  });
  console.log(`\nagentboard example host: ${app.appUrl}  (API ${app.apiUrl})\nCtrl+C to stop.`);
  const shutdown = () => void app.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
