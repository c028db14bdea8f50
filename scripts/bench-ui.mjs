// UI benchmark in headless Chromium (Debian's `chromium`) on a production build of the full view.
// Prints its figures with ratios against the same scenario at 1,000 items, measured in the same run.
// Usage: node scripts/bench-ui.mjs [--runs 7] [--json out.json] [--manage | --inspect]
//        node scripts/bench-ui.mjs --profile tab|filter|openMenu|selectRow|selectAll|details|scroll|treeScroll
//          [--items 100000]
//          (a non-minified build; prints the top self-time functions of that change, from a CPU profile)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', '7'));
const jsonOut = arg('--json', null);
const profile = arg('--profile', null);
const profileItems = Number(arg('--items', '100000'));

const outDir = mkdtempSync(join(tmpdir(), 'agentboard-bench-ui-'));
const { default: react } = await import('@vitejs/plugin-react');
await build({
  root: join(root, 'scripts/bench-ui'),
  base: './',
  logLevel: 'error',
  plugins: [react()],
  mode: 'production',
  build: { outDir, emptyOutDir: true, minify: !profile, reportCompressedSize: false },
  define: { 'process.env.NODE_ENV': '"production"' },
});

const server = await serveStatic(outDir);
const url = `${server.base}/`;

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
await page.waitForFunction(() => document.title === 'ready');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const call = (name, ...a) => page.evaluate(([n, p]) => window.bench[n](...p), [name, a]);

async function mountTimes(n) {
  const commits = [];
  let rows = 0;
  let longest = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const r = await call('mount', n);
    commits.push(r.frame);
    rows = r.rowsInDom;
    longest = Math.max(longest, r.longestTask);
  }
  return { ms: median(commits), rows, longest };
}

/** Opening the first row's menu, checking a row, "Select all": each to the frame that shows it. */
async function manageTimes(n) {
  await call('mount', n, true);
  const out = {};
  for (const kind of ['openMenu', 'selectRow', 'selectAll']) {
    const frames = [];
    const commits = [];
    let longest = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const r = await call(kind);
      frames.push(r.frame);
      commits.push(r.commit);
      longest = Math.max(longest, r.longestTask);
    }
    out[kind] = { ms: median(commits), frame: median(frames), longest };
  }
  return out;
}

async function changeTimes(n, kind) {
  await call('mount', n);
  const times = [];
  const frames = [];
  let longest = 0;
  let rows = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const a =
      kind === 'filter'
        ? await call('filter', { statuses: ['failed'], sources: ['slack', 'linear', 'cli'] })
        : await call('tab', 'personal');
    const b = kind === 'filter' ? await call('filter', {}) : await call('tab', 'all');
    times.push(a.commit, b.commit);
    frames.push(a.frame, b.frame);
    longest = Math.max(longest, a.longestTask, b.longestTask);
    rows = Math.max(rows, a.rowsInDom, b.rowsInDom);
  }
  return { ms: median(times), frame: median(frames), longest, rows };
}

if (profile) {
  const managing = ['openMenu', 'selectRow', 'selectAll'].includes(profile);
  const single = managing || ['details', 'scroll', 'treeScroll'].includes(profile);
  await call('mount', profileItems, managing, profile === 'treeScroll');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const spent = [];
  for (let i = 0; i < RUNS; i += 1) {
    if (profile === 'details') {
      const r = await call('details');
      spent.push(r.open.frame, r.step.frame);
      continue;
    }
    if (profile === 'scroll' || profile === 'treeScroll') {
      spent.push((await call('scroll', 150)).p95Frame);
      continue;
    }
    if (single) {
      spent.push((await call(profile)).commit);
      continue;
    }
    const a =
      profile === 'filter'
        ? await call('filter', { statuses: ['failed'], sources: ['slack', 'linear', 'cli'] })
        : await call('tab', 'personal');
    const b = profile === 'filter' ? await call('filter', {}) : await call('tab', 'all');
    spent.push(a.commit, b.commit);
  }
  const { profile: cpu } = await cdp.send('Profiler.stop');
  const dt = new Map();
  for (let i = 0; i < cpu.samples.length; i += 1)
    dt.set(cpu.samples[i], (dt.get(cpu.samples[i]) ?? 0) + cpu.timeDeltas[i] / 1000);
  const self = new Map();
  for (const node of cpu.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
  }
  console.log(
    `CPU profile of ${spent.length} ${profile} measures at ${profileItems} items (median ${median(spent).toFixed(1)} ms each); self time:`,
  );
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${key}`);
  console.log(`(the build, for the line numbers: ${outDir})`);
  await browser.close();
  server.close();
  process.exit(0);
}

/** The details panel: `i` on a row until it shows, then `j` until it shows the next row. */
async function detailsTimes(n) {
  await call('mount', n);
  const open = [];
  const step = [];
  let longest = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const r = await call('details');
    open.push(r.open.frame);
    step.push(r.step.frame);
    longest = Math.max(longest, r.open.longestTask, r.step.longestTask);
  }
  return { open: median(open), step: median(step), longest };
}

// `--inspect`: the details panel at 1,000 and 100,000 items, and the fast scroll over a tree of
// 100,000 items (10,000 parents, sub-runs collapsed) against the flat list, interleaved.
if (args.includes('--inspect')) {
  const out = {};
  for (const n of [1_000, 100_000]) out[`details${n}`] = await detailsTimes(n);
  const flat = [];
  const tree = [];
  for (let i = 0; i < 3; i += 1) {
    await call('mount', 100_000);
    flat.push(await call('scroll', 150));
    await call('mount', 100_000, false, true);
    tree.push(await call('scroll', 150));
  }
  const p95 = (xs) => median(xs.map((x) => x.p95Frame));
  const med = (xs) => median(xs.map((x) => x.medianFrame));
  for (const n of [1_000, 100_000]) {
    const d = out[`details${n}`];
    console.log(
      `details, ${n} items: open (i) to next frame ${d.open.toFixed(1)} ms, step (j) ${d.step.toFixed(1)} ms, longest task ${d.longest.toFixed(1)} ms`,
    );
  }
  console.log(
    `fast scroll, 100,000 items: flat median ${med(flat).toFixed(1)} ms p95 ${p95(flat).toFixed(1)} ms; tree (10,000 parents) median ${med(tree).toFixed(1)} ms p95 ${p95(tree).toFixed(1)} ms (${(p95(tree) / p95(flat)).toFixed(2)}× of flat p95); tree long tasks ${Math.max(...tree.map((t) => t.longTasks))}, last row reached ${tree.every((t) => t.reachedLastRow)}`,
  );
  await browser.close();
  server.close();
  process.exit(0);
}

// `--manage`: only the managing figures (menu, checkbox, "Select all", scroll with actions on).
if (args.includes('--manage')) {
  page.on('console', (m) => console.log(`[page] ${m.text()}`));
  page.on('crash', () => console.log('[page] crashed'));
  await call('mount', 100_000);
  const plain = await call('scroll', 150);
  await call('mount', 100_000, true);
  const managed = await call('scroll', 150);
  console.log(`scroll p95 ${plain.p95Frame.toFixed(1)} ms without actions, ${managed.p95Frame.toFixed(1)} ms with`);
  for (const n of [1_000, 100_000]) console.log(n, JSON.stringify(await manageTimes(n)));
  await browser.close();
  server.close();
  process.exit(0);
}

const results = {};
const fmt = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
console.log(`UI bench — headless Chromium, production build, median of ${RUNS} runs`);
results.mount100 = await mountTimes(100);
results.mount100k = await mountTimes(100_000);
results.filter1k = await changeTimes(1_000, 'filter');
results.filter100k = await changeTimes(100_000, 'filter');
results.tab1k = await changeTimes(1_000, 'tab');
results.tab100k = await changeTimes(100_000, 'tab');
await call('mount', 100_000);
results.scroll = await call('scroll', 150);
// The same scroll with actions on (the checkbox and actions columns in every row), then the
// managing interactions at 1,000 and 100,000 items, interleaved by size.
await call('mount', 100_000, true);
results.scrollManaged = await call('scroll', 150);
results.manage1k = await manageTimes(1_000);
results.manage100k = await manageTimes(100_000);
results.ticking = await call('ticking', 2_000, 5_000);
await browser.close();
server.close();
rmSync(outDir, { recursive: true, force: true });

const r = results;
const rows = [
  ['mount, 100 items (to next frame)', `${fmt(r.mount100.ms)} ms`, '', `DOM rows ${r.mount100.rows}`],
  [
    'mount, 100,000 items (to next frame)',
    `${fmt(r.mount100k.ms)} ms`,
    `${(r.mount100k.ms / r.mount100.ms).toFixed(2)}× of 100`,
    `DOM rows ${r.mount100k.rows}, longest task ${fmt(r.mount100k.longest)} ms`,
  ],
  [
    'filter change, 1,000 items (to DOM updated)',
    `${fmt(r.filter1k.ms)} ms`,
    `to next frame ${fmt(r.filter1k.frame)} ms`,
    `longest task ${fmt(r.filter1k.longest)} ms`,
  ],
  [
    'filter change, 100,000 items',
    `${fmt(r.filter100k.ms)} ms`,
    `${(r.filter100k.ms / r.filter1k.ms).toFixed(2)}× of 1,000 (target < 2×); to next frame ${fmt(r.filter100k.frame)} ms`,
    `longest task ${fmt(r.filter100k.longest)} ms (target < 50)`,
  ],
  [
    'tab change, 1,000 items (to DOM updated)',
    `${fmt(r.tab1k.ms)} ms`,
    `to next frame ${fmt(r.tab1k.frame)} ms`,
    `longest task ${fmt(r.tab1k.longest)} ms`,
  ],
  [
    'tab change, 100,000 items',
    `${fmt(r.tab100k.ms)} ms`,
    `${(r.tab100k.ms / r.tab1k.ms).toFixed(2)}× of 1,000 (target < 2×); to next frame ${fmt(r.tab100k.frame)} ms`,
    `longest task ${fmt(r.tab100k.longest)} ms (target < 50)`,
  ],
  [
    'fast scroll top→bottom, 100,000 rows',
    `${r.scroll.frames} frames`,
    `median ${fmt(r.scroll.medianFrame)} ms, p95 ${fmt(r.scroll.p95Frame)} ms`,
    `long tasks ${r.scroll.longTasks}, max DOM rows ${r.scroll.maxRowsInDom}, last row reached: ${r.scroll.reachedLastRow}`,
  ],
  [
    'fast scroll, 100,000 rows, with actions on',
    `${r.scrollManaged.frames} frames`,
    `median ${fmt(r.scrollManaged.medianFrame)} ms, p95 ${fmt(r.scrollManaged.p95Frame)} ms (${(r.scrollManaged.p95Frame / r.scroll.p95Frame).toFixed(2)}× of p95 without)`,
    `long tasks ${r.scrollManaged.longTasks}, max DOM rows ${r.scrollManaged.maxRowsInDom}`,
  ],
  ...[
    ['openMenu', 'open a row’s actions menu'],
    ['selectRow', 'check a row'],
    ['selectAll', '"Select all"'],
  ].map(([key, name]) => [
    `${name}, 100,000 items (to DOM updated)`,
    `${fmt(r.manage100k[key].ms)} ms`,
    `${(r.manage100k[key].ms / r.manage1k[key].ms).toFixed(2)}× of 1,000 (${fmt(r.manage1k[key].ms)} ms); target ≤ 16.7 ms (one frame); to next frame ${fmt(r.manage100k[key].frame)} ms`,
    `longest task ${fmt(r.manage100k[key].longest)} ms`,
  ]),
  [
    '1,000 working rows ticking, 5 s',
    `${r.ticking.commits} commits`,
    `renders of non-working rows: ${r.ticking.other} (target 0)`,
    `renders of working rows: ${r.ticking.working}; DOM rows ${r.ticking.rowsInDom}`,
  ],
];
const width = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(`  ${row.map((c, i) => c.padEnd(width[i])).join('  ')}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
