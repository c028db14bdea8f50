// A throwaway PostgreSQL cluster for the server tests and benches: a fresh data directory under the
// system's temp folder, on a free local port, reachable over 127.0.0.1 and a socket in the same
// folder, stopped (`pg_ctl -m fast stop`) and deleted afterwards. When the tests run as root the
// cluster runs as the `postgres` user (initdb refuses root). When `AGENTBOARD_TEST_DATABASE_URL` is
// set, that server is used instead and nothing is started.
//
// Never skips: when PostgreSQL cannot start, `startPostgres` throws with the reason and the log.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findBinDir() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin/initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return join(which.stdout.trim(), '..');
  throw new Error(
    'PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin or on PATH): run `apt-get install postgresql` (bash .ci/run does) or set AGENTBOARD_TEST_DATABASE_URL',
  );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throwaway cluster. Returns `{ url, stop }`: `url` is a superuser connection string
 * (`postgres://postgres@127.0.0.1:PORT/postgres`), `stop()` stops the cluster and removes its folder.
 */
export async function startPostgres() {
  if (process.env.AGENTBOARD_TEST_DATABASE_URL) {
    return { url: process.env.AGENTBOARD_TEST_DATABASE_URL, stop: () => {} };
  }
  const bin = findBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'agentboard-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (tool, args) => {
    const [cmd, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const log = join(dir, 'log');
  const stop = () => {
    if (!existsSync(dir)) return;
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch {
      // Not running (it failed to start): only the folder is left to remove.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
    run('pg_ctl', [
      '-D',
      data,
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      'start',
    ]);
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    const logText = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
    stop();
    throw new Error(`PostgreSQL could not start (${bin}): ${output}\n${logText}`.trim(), { cause: error });
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
