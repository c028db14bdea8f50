// Screenshots every story of a built Storybook (default: storybook-static/) in Debian's Chromium,
// light and dark, into test-results/storybook/. For looking at the stories by eye; not part of CI.
//   npx storybook build --quiet && node scripts/screenshots-storybook.mjs [id-filter] [--docs]
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = resolve(process.env.STORYBOOK_DIR ?? 'storybook-static');
const out = resolve('test-results/storybook');
const filter = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
mkdirSync(out, { recursive: true });

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const wantDocs = process.argv.includes('--docs');
const stories = Object.values(index.entries).filter(
  (e) => (wantDocs ? e.type === 'docs' : e.type === 'story') && e.id.includes(filter),
);
for (const story of stories) {
  for (const scheme of ['light', 'dark']) {
    await page.goto(
      `${base}/iframe.html?id=${story.id}&viewMode=${story.type === 'docs' ? 'docs' : 'story'}&globals=colorScheme:${scheme}`,
    );
    await page.waitForSelector(story.type === 'docs' ? '#storybook-docs .sbdocs-content' : '#storybook-root > *', {
      timeout: 15000,
    });
    await page.waitForTimeout(story.id.includes('play') ? 2500 : 600);
    await page.screenshot({ path: join(out, `${story.id}--${scheme}.png`), fullPage: story.type === 'docs' });
  }
  process.stdout.write('.');
}
console.log(`\n${stories.length * 2} screenshots in ${out}`);
await browser.close();
server.close();
