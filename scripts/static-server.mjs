// The benches' file server: serves a built folder on a free local port (the UI and the peers bench).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves `dir` on 127.0.0.1 (`/` is `index.html`); nothing outside it.
 * @param {string} dir
 * @returns {Promise<{ base: string; close: () => void }>} `base` without a trailing slash
 */
export async function serveStatic(dir) {
  const server = createServer((req, res) => {
    const path = join(
      dir,
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/$/, '/index.html'),
    );
    if (relative(dir, path).startsWith('..')) return res.writeHead(404).end();
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { base: `http://127.0.0.1:${port}`, close: () => server.close() };
}
