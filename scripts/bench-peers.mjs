// Side by side in headless Chromium (Debian's `chromium`): agentboard's `AgentManagementView`
// beside the grids a host would otherwise pick — AG Grid Community, MUI X DataGrid (MIT) and a
// hand-built TanStack Table v9 + react-virtual page — on the same generated items, each page its own
// production bundle, measured interleaved (each run visits every page in turn, rotating the order,
// with a fresh browser context and page load per page and item count: every mount is the page's
// first render), medians of the runs and their range.
// The peer libraries are a devDependency of this bench only: scripts/bench-peers/package.json, installed
// here with `npm ci` when its node_modules is missing (never by the root's `npm ci`).
//
// Usage: node scripts/bench-peers.mjs [--runs 5] [--json out.json]
//          [--only prep,mount,sort,filter,scroll,dom,size] [--pages agentboard,tanstack,ag-grid,mui]
//          [--sizes 1000,10000,100000]
//        node scripts/bench-peers.mjs --serve   (build and serve the pages, print their addresses, wait)
//        (or `npm run bench -- --peers [same flags]`)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'scripts/bench-peers');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', '5'));
const jsonOut = arg('--json', null);
const FIGURES = ['prep', 'mount', 'sort', 'filter', 'scroll', 'dom', 'size'];
const only = new Set(arg('--only', FIGURES.join(',')).split(','));
for (const f of only) if (!FIGURES.includes(f)) throw new Error(`--only: unknown figure ${f} (${FIGURES.join(', ')})`);
const SIZES = arg('--sizes', '1000,10000,100000').split(',').map(Number);
const BIG = Math.max(...SIZES);
const ALL_PAGES = ['agentboard', 'tanstack', 'ag-grid', 'mui'];
const PAGES = arg('--pages', ALL_PAGES.join(',')).split(',');
for (const p of PAGES)
  if (!ALL_PAGES.includes(p)) throw new Error(`--pages: unknown page ${p} (${ALL_PAGES.join(', ')})`);
const NAMES = { agentboard: 'agentboard', tanstack: 'TanStack page', 'ag-grid': 'AG Grid', mui: 'MUI X' };
const EVAL_LIMIT_MS = 180_000;

// ---- the bench's own packages ----------------------------------------------------------------
if (!existsSync(join(benchDir, 'node_modules/ag-grid-react/package.json'))) {
  console.log('installing the peer grids into scripts/bench-peers/node_modules (npm ci)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: benchDir, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm ci in scripts/bench-peers failed');
}
const version = (pkg, from = benchDir) =>
  JSON.parse(readFileSync(join(from, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const versions = {
  react: version('react', root),
  '@tanstack/react-table': version('@tanstack/react-table', root),
  '@tanstack/react-virtual': version('@tanstack/react-virtual', root),
  'ag-grid-community': version('ag-grid-community'),
  'ag-grid-react': version('ag-grid-react'),
  '@mui/x-data-grid': version('@mui/x-data-grid'),
  '@mui/material': version('@mui/material'),
  '@emotion/react': version('@emotion/react'),
};

// ---- one production bundle per page ---------------------------------------------------------
/**
 * Every page takes React from the root's node_modules (the copy agentboard's own benches use): the
 * nested install has its own react for the peers' peerDependencies, and a second copy would break
 * hooks. The bundle's module list is checked for a second copy.
 */
const oneReact = {
  name: 'one-react',
  enforce: 'pre',
  async resolveId(id, importer, options) {
    if (!/^(react|react-dom|scheduler)(\/.*)?$/.test(id)) return null;
    if (importer?.startsWith(join(root, 'node_modules'))) return null;
    return this.resolve(id, join(root, 'package.json'), { ...options, skipSelf: true });
  },
  generateBundle(_, bundle) {
    const nested = [];
    for (const chunk of Object.values(bundle))
      for (const id of Object.keys(chunk.modules ?? {}))
        if (/bench-peers\/node_modules\/(react|react-dom|scheduler)\//.test(id)) nested.push(id);
    if (nested.length) throw new Error(`a second copy of React in the bundle: ${nested.slice(0, 3).join(', ')}`);
  },
};

const outDir = mkdtempSync(join(tmpdir(), 'agentboard-bench-peers-'));
const { default: react } = await import('@vitejs/plugin-react');
const builtPages = ['baseline', ...PAGES];
const sizes = {};
const buildStart = performance.now();
for (const name of builtPages) {
  await build({
    root: join(benchDir, 'pages'),
    base: './',
    logLevel: 'error',
    configFile: false,
    plugins: [oneReact, react()],
    mode: 'production',
    build: {
      outDir: join(outDir, name),
      emptyOutDir: true,
      reportCompressedSize: false,
      rolldownOptions: { input: join(benchDir, 'pages', `${name}.html`) },
    },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  let js = 0;
  let css = 0;
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.js')) js += gzipSync(readFileSync(p), { level: 9 }).length;
      else if (f.endsWith('.css')) css += gzipSync(readFileSync(p), { level: 9 }).length;
    }
  };
  walk(join(outDir, name));
  sizes[name] = { js, css, total: js + css };
}
const buildSeconds = (performance.now() - buildStart) / 1000;

const server = await serveStatic(outDir);
const base = server.base;

// `--serve`: only build and serve the pages (to look at them or debug one), until stopped.
if (args.includes('--serve')) {
  for (const name of builtPages) console.log(`${base}/${name}/${name}.html`);
  await new Promise(() => {});
}

const browser = await chromium.launch(chromiumLaunchOptions());
const chromiumVersion = browser.version();
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const loadAtStart = load();
console.log(
  `Side by side — headless Chromium ${chromiumVersion}, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), load average ${loadAtStart}`,
);
console.log(
  `versions: ${Object.entries(versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(
  `${RUNS} runs × ${PAGES.length} pages, interleaved (order rotates per run), a fresh page load per page and item count; sizes ${SIZES.join(' / ')}; figures ${[...only].join(', ')}; built in ${buildSeconds.toFixed(0)} s`,
);

// ---- the runs -----------------------------------------------------------------------------
/** results[page][figure] = one value per run */
const results = Object.fromEntries(PAGES.map((p) => [p, {}]));
const notes = {};
const put = (page, key, value) => (results[page][key] ??= []).push(value);

/** One fresh page load of `name` at `n` items: mount (cold: the page's first render), then the rest. */
async function visit(name, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('crash', () => errors.push('the page crashed'));
  let doing = 'loading the page';
  const call = async (fn, ...a) => {
    doing = `${fn}(${a.join(', ')})`;
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer after ${EVAL_LIMIT_MS / 1000} s`)), EVAL_LIMIT_MS);
    });
    try {
      return await Promise.race([page.evaluate(([f, p]) => window.bench[f](...p), [fn, a]), limit]);
    } finally {
      clearTimeout(timer);
    }
  };
  try {
    await page.goto(`${base}/${name}/${name}.html`);
    await page.waitForFunction(() => document.title === 'ready', null, { timeout: 20_000 });
    notes[name] = { pageSize: await page.evaluate(() => window.bench.pageSize) };
    if (only.has('prep') && n === BIG) {
      const r = await call('prepare', BIG);
      put(name, `prep${BIG}`, r.cold);
      put(name, `prepWarm${BIG}`, r.warm);
    }
    if (!['mount', 'sort', 'filter', 'scroll', 'dom'].some((f) => only.has(f))) return;
    const m = await call('mount', n);
    if (only.has('mount')) {
      put(name, `mount${n}`, m.frame);
      put(name, `mountLongest${n}`, m.longestTask);
    }
    if (only.has('dom') && n === BIG) {
      const d = await call('dom');
      for (const [key, v] of Object.entries(d)) put(name, `dom_${key}`, v);
    }
    if (only.has('scroll')) {
      const r = await call('scroll', 150);
      put(name, `scrollMedian${n}`, r.medianFrame);
      put(name, `scrollP95${n}`, r.p95Frame);
      put(name, `scrollLongTasks${n}`, r.longTasks);
      put(name, `scrollBlank${n}`, r.blankFrames);
      put(name, `scrollLast${n}`, r.reachedLastRow ? 1 : 0);
      put(name, `scrollRows${n}`, r.rowsScrolled);
    }
    if (only.has('sort')) put(name, `sort${n}`, (await call('sort')).frame);
    if (only.has('filter')) {
      put(name, `filter${n}`, (await call('filter')).frame);
      put(name, `clear${n}`, (await call('clear')).frame);
    }
  } catch (e) {
    const more = errors.length ? `\n  page errors: ${errors.join('\n  ')}` : '';
    throw new Error(`${NAMES[name]}, ${n} items: ${doing}: ${e.message}${more}`, { cause: e });
  } finally {
    await context.close();
  }
}

const runStart = performance.now();
const loads = [];
if (PAGES.length && [...only].some((f) => f !== 'size')) {
  for (let run = 0; run < RUNS; run += 1) {
    const order = PAGES.map((_, i) => PAGES[(i + run) % PAGES.length]);
    loads.push(loadavg()[0]);
    for (const name of order) for (const n of SIZES) await visit(name, n);
    process.stdout.write(`  run ${run + 1}/${RUNS} done (${order.join(' → ')}), load ${load()}\n`);
  }
}
const runSeconds = (performance.now() - runStart) / 1000;
await browser.close();
server.close();
rmSync(outDir, { recursive: true, force: true });

// ---- the table ----------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const num = (x) =>
  Number.isInteger(x)
    ? x.toLocaleString('en-US')
    : x >= 100
      ? Math.round(x).toLocaleString('en-US')
      : x >= 10
        ? x.toFixed(1)
        : x.toFixed(2);
const kB = (b) => `${(b / 1000).toFixed(1)}`;
const k = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** One row: a label, a key in results, how to print a value, and whether a ratio makes sense. */
const rows = [];
const add = (label, key, { unit = ' ms', ratio = true, fmt = num, range = true, skip = () => false } = {}) =>
  rows.push({ label, key, unit, ratio, fmt, range, skip });
const paged = (p) => notes[p]?.pageSize != null;
if (only.has('mount')) for (const n of SIZES) add(`mount, ${k(n)}, to first frame with rows`, `mount${n}`);
if (only.has('sort')) for (const n of SIZES) add(`sort by credits (header click), ${k(n)}`, `sort${n}`);
if (only.has('filter')) {
  for (const n of SIZES) add(`filter apply (status Failed), ${k(n)}`, `filter${n}`);
  for (const n of SIZES) add(`filter clear, ${k(n)}`, `clear${n}`);
}
if (only.has('prep')) {
  add(`data preparation, ${k(BIG)}, first call (parseAgentItems vs row mapping)`, `prep${BIG}`);
  add(`data preparation, ${k(BIG)}, third call`, `prepWarm${BIG}`);
}
if (only.has('scroll'))
  for (const n of SIZES) {
    const skip = (p) => paged(p) && n > notes[p].pageSize;
    add(`fast scroll ${k(n)}: median frame`, `scrollMedian${n}`, { skip });
    add(`fast scroll ${k(n)}: p95 frame`, `scrollP95${n}`, { skip });
    add(`fast scroll ${k(n)}: long tasks per pass`, `scrollLongTasks${n}`, { unit: '', skip });
    add(`fast scroll ${k(n)}: blank frames per pass`, `scrollBlank${n}`, { unit: '', ratio: false, skip });
  }
if (only.has('scroll') && PAGES.some(paged))
  for (const key of ['Median', 'P95'])
    add(
      `fast scroll, the one page it shows (MUI X: 100 rows, at ${k(BIG)}): ${key === 'P95' ? 'p95' : 'median'} frame`,
      `scroll${key}${BIG}`,
      {
        ratio: false,
        skip: (p) => !paged(p),
      },
    );
if (only.has('dom')) {
  add(`DOM elements in the grid, ${k(BIG)}`, 'dom_gridElements', { unit: '', range: false });
  add(`DOM elements in the page, ${k(BIG)}`, 'dom_pageElements', { unit: '', range: false });
  add(`rows in view / rows in the DOM, ${k(BIG)}`, 'dom_visibleRows', { unit: '', ratio: false, range: false });
  add('row height (px)', 'dom_rowHeight', { unit: '', ratio: false, range: false });
}

const cell = (page, row) => {
  const xs = results[page]?.[row.key];
  if (!xs?.length) return '—';
  if (row.skip(page)) return paged(page) ? `n/a: pages of ${notes[page].pageSize}` : '';
  const m = median(xs);
  let text = `${row.fmt(m)}${row.unit}`;
  if (row.key === 'dom_visibleRows') text = `${m} / ${median(results[page].dom_rowsInDom)}`;
  if (row.range && xs.length > 1) text += ` (${row.fmt(Math.min(...xs))}–${row.fmt(Math.max(...xs))})`;
  return text;
};
const ratio = (page, row) => {
  const a = results.agentboard?.[row.key];
  const b = results[page]?.[row.key];
  if (!row.ratio || !a?.length || !b?.length || row.skip(page)) return '';
  const ma = median(a);
  return ma > 0 ? `${(median(b) / ma).toFixed(2)}×` : '';
};

const peers = PAGES.filter((p) => p !== 'agentboard');
const header = ['figure (median of runs, range)', ...PAGES.map((p) => NAMES[p])];
if (PAGES.includes('agentboard')) header.push(...peers.map((p) => `${NAMES[p]} / ab`));
const table = rows.map((row) => {
  const out = [row.label, ...PAGES.map((p) => cell(p, row))];
  if (PAGES.includes('agentboard')) out.push(...peers.map((p) => ratio(p, row)));
  return out;
});
if (only.has('size')) {
  const over = (p) => sizes[p].total - sizes.baseline.total;
  const out = ['JS + CSS the page adds over React, gzip -9 (kB)', ...PAGES.map((p) => kB(over(p)))];
  if (PAGES.includes('agentboard')) out.push(...peers.map((p) => `${(over(p) / over('agentboard')).toFixed(2)}×`));
  table.push(out);
  table.push([
    'the page’s JS / CSS, gzip (kB; React-only page: ' + `${kB(sizes.baseline.js)} / ${kB(sizes.baseline.css)})`,
    ...PAGES.map((p) => `${kB(sizes[p].js)} / ${kB(sizes[p].css)}`),
  ]);
}
const width = header.map((_, i) => Math.max(...[header, ...table].map((r) => (r[i] ?? '').length)));
const line = (r) =>
  `  ${r.map((c, i) => (i === 0 ? (c ?? '').padEnd(width[i]) : (c ?? '').padStart(width[i]))).join('  ')}`;
console.log(line(header));
for (const r of table) console.log(line(r));
for (const p of PAGES)
  if (notes[p]?.pageSize != null)
    console.log(
      `  ${NAMES[p]}: the MIT DataGrid always paginates, at most ${notes[p].pageSize} rows a page; its scroll figures are over one page of ${notes[p].pageSize} rows, and sizes above that are n/a.`,
    );
if (only.has('scroll')) {
  const missed = PAGES.flatMap((p) =>
    SIZES.filter((n) => (results[p][`scrollLast${n}`] ?? []).some((x) => x === 0)).map((n) => `${NAMES[p]} ${k(n)}`),
  );
  console.log(
    `  last row reached at the end of every scroll pass: ${missed.length ? `no (${missed.join(', ')})` : 'yes'}`,
  );
}
console.log(
  `  load average at the start of each run (1 min): ${loads.map((x) => x.toFixed(2)).join(', ')}; now ${load()}; the runs took ${runSeconds.toFixed(0)} s`,
);
if (jsonOut) {
  writeFileSync(
    jsonOut,
    JSON.stringify(
      {
        chromium: chromiumVersion,
        node: process.version,
        cpus: cpus().length,
        loadAtStart,
        loads,
        versions,
        runs: RUNS,
        sizes: SIZES,
        results,
        bundles: sizes,
        notes,
      },
      null,
      2,
    ),
  );
}
