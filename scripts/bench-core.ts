// Core benchmark on 100,000 generated items: parse, filter (1 and 4 active filters), facets, summary,
// beside a hand-written single-pass baseline and TanStack Table v9's client-side filtered row model,
// all measured in the same run. Run through `npm run bench` (node scripts/bench.mjs).
//   --runs N      timed runs per case after warm-up (default 15)
//   --count N     items (default 100000)
//   --write       replace the "Core" section of BENCHMARKS.md with this run's output
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  columnFilteringFeature,
  constructFilterFn,
  constructTable,
  createFilteredRowModel,
  filterFn_inNumberRange,
  tableFeatures,
} from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import {
  createdOnRange,
  filterAgentItems,
  getFacets,
  parseAgentItems,
  summarize,
  type AgentFilters,
  type AgentItem,
  type ViewContext,
} from '../src/core';
import { generateAgentItems, generateParsedItems, SAMPLE_NOW, SAMPLE_TEAMMATES } from '../test/fixtures/sample-data';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const RUNS = Number(arg('--runs', '15'));
const COUNT = Number(arg('--count', '100000'));
const WARMUP = 5;

function measure(fn: () => unknown, runs = RUNS, warmup = WARMUP): { median: number; min: number; result: unknown } {
  let result: unknown;
  for (let i = 0; i < warmup; i++) result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] as number, min: times[0] as number, result };
}

// ---- data and filter states ----------------------------------------------------------------
const generatedAt = performance.now();
const items = generateParsedItems({ count: COUNT, seed: 1 });
// The sample data Storybook and the tests run on: its cost is a figure here, not a timed test.
const generateMs = performance.now() - generatedAt;
const raw = generateAgentItems({ count: COUNT, seed: 1 });
const ctx: ViewContext = { tab: 'all', viewerId: 'u_me', timeZone: 'America/New_York', now: SAMPLE_NOW };
const creators = ['u_me', ...SAMPLE_TEAMMATES.slice(0, 6).map((p) => p.id)];
const filters1: AgentFilters = { statuses: ['failed'] };
const filters4: AgentFilters = {
  sources: ['slack', 'linear', 'github_actions'],
  statuses: ['failed', 'working', 'blocked'],
  creators,
  createdOn: { preset: 'last_week' },
};

// The simplest possible inline loop doing the same tab + 4-filter check.
function baseline(list: AgentItem[]): AgentItem[] {
  const viewerId = ctx.viewerId;
  const src = new Set(filters4.sources);
  const st = new Set<string>(filters4.statuses);
  const cr = new Set(filters4.creators);
  const now = SAMPLE_NOW;
  const lo = now - 168 * 3_600_000;
  const out: AgentItem[] = [];
  for (let i = 0; i < list.length; i++) {
    const it = list[i] as AgentItem;
    if (it.creator.id !== viewerId && it.kind !== 'ambient') continue;
    if (!src.has(it.source) || !st.has(it.status) || !cr.has(it.creator.id)) continue;
    const t = it.createdAt.getTime();
    if (t <= lo || t > now) continue;
    out.push(it);
  }
  return out;
}

// ---- TanStack Table v9: the same filters as column filters on a client-side filtered row model --
const inList = constructFilterFn({ filter: (value: unknown, selected: unknown[]) => selected.includes(value) });
const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { inList, inNumberRange: filterFn_inNumberRange },
});
const columns = [
  {
    id: 'visible',
    accessorFn: (r: AgentItem) => (r.creator.id === ctx.viewerId || r.kind === 'ambient' ? 'yes' : 'no'),
    filterFn: 'inList',
  },
  { id: 'source', accessorFn: (r: AgentItem) => r.source, filterFn: 'inList' },
  { id: 'status', accessorFn: (r: AgentItem) => r.status, filterFn: 'inList' },
  { id: 'creator', accessorFn: (r: AgentItem) => r.creator.id, filterFn: 'inList' },
  { id: 'createdAt', accessorFn: (r: AgentItem) => r.createdAt.getTime(), filterFn: 'inNumberRange' },
];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const table = constructTable({ features, columns, data: items, getRowId: (r: AgentItem) => r.id } as any) as any;
const range = createdOnRange(filters4.createdOn, ctx)!;
const tanstackState = (flip: boolean) => [
  { id: 'visible', value: ['yes'] },
  { id: 'source', value: [...filters4.sources!] },
  // Alternate two equivalent orders so every run recomputes instead of hitting the memo.
  { id: 'status', value: flip ? [...filters4.statuses!].reverse() : [...filters4.statuses!] },
  { id: 'creator', value: [...creators] },
  { id: 'createdAt', value: [range.lo, range.hi - 1] },
];
let flip = false;
function tanstackFiltered(): number {
  flip = !flip;
  table.setColumnFilters(tanstackState(flip));
  return table.getFilteredRowModel().rows.length;
}
table.getCoreRowModel(); // built once, like a mounted table; not part of the filter timing

// ---- correctness first: every contender must agree ------------------------------------------
const expected = filterAgentItems(items, filters4, ctx);
const base = baseline(items);
const tanCount = tanstackFiltered();
if (base.length !== expected.length || base.some((it, i) => it !== expected[i]) || tanCount !== expected.length) {
  throw new Error(`contenders disagree: core ${expected.length}, baseline ${base.length}, TanStack ${tanCount}`);
}

// ---- measure ----------------------------------------------------------------------------------
// The contenders run interleaved (one run of each case per round), so a noisy neighbour on a shared
// machine slows all of them alike and the ratios stay meaningful.
function measureInterleaved(cases: Record<string, () => unknown>, runs: number, warmup: number) {
  const names = Object.keys(cases);
  const times = new Map<string, number[]>(names.map((n) => [n, []]));
  const results = new Map<string, unknown>();
  for (let round = 0; round < warmup + runs; round++) {
    for (const name of names) {
      const t = performance.now();
      const result = (cases[name] as () => unknown)();
      const dt = performance.now() - t;
      if (round >= warmup) times.get(name)!.push(dt);
      results.set(name, result);
    }
  }
  const out: Record<string, { median: number; result: unknown }> = {};
  for (const name of names) {
    const ts = times.get(name)!.sort((a, b) => a - b);
    out[name] = { median: ts[Math.floor(ts.length / 2)] as number, result: results.get(name) };
  }
  return out;
}

const rows: Array<[string, number, string]> = [];
const parse = measure(() => parseAgentItems(raw), Math.min(RUNS, 7), 2);
rows.push([
  'parseAgentItems (raw host input)',
  parse.median,
  `${Math.round((COUNT / parse.median) * 1000).toLocaleString('en-US')} items/s`,
]);
const m = measureInterleaved(
  {
    f1: () => filterAgentItems(items, filters1, ctx),
    f4: () => filterAgentItems(items, filters4, ctx),
    bl: () => baseline(items),
    fq: () => filterAgentItems(items, { ...filters4, query: 'fix' }, ctx),
    f0: () => filterAgentItems(items, {}, ctx),
    fac4: () => getFacets(items, filters4, ctx),
    fac0: () => getFacets(items, {}, ctx),
    // A new array each run: the column index is rebuilt (what the first call after new data costs).
    fac4cold: () => getFacets(items.slice(), filters4, ctx),
    sum: () => summarize(items),
  },
  RUNS,
  WARMUP,
);
const tanRuns = measureInterleaved(
  { tan: tanstackFiltered, f4: () => filterAgentItems(items, filters4, ctx) },
  Math.min(RUNS, 9),
  2,
);
const f1 = m.f1!;
const f4 = m.f4!;
const fq = m.fq!;
const bl = m.bl!;
const fac4 = m.fac4!;
const fac0 = m.fac0!;
const fac4cold = m.fac4cold!;
const f0 = m.f0!;
const sum = m.sum!;
const tan = tanRuns.tan!;
const f4t = tanRuns.f4!;

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
rows.push([
  'filterAgentItems, 1 filter (status)',
  f1.median,
  `${(f1.result as unknown[]).length.toLocaleString('en-US')} rows`,
]);
rows.push([
  'filterAgentItems, 4 filters (source, status, creator, last week)',
  f4.median,
  `${expected.length.toLocaleString('en-US')} rows`,
]);
rows.push([
  '  hand-written single-pass baseline, same 4 filters',
  bl.median,
  `core/baseline ${ratio(f4.median, bl.median)}`,
]);
rows.push([
  '  TanStack Table v9 filtered row model, same filters',
  tan.median,
  `TanStack/core ${ratio(tan.median, f4t.median)} (core in those rounds: ${f4t.median.toFixed(2)} ms)`,
]);
rows.push([
  'filterAgentItems, 4 filters + query "fix"',
  fq.median,
  `${(fq.result as unknown[]).length.toLocaleString('en-US')} rows`,
]);
rows.push([
  'filterAgentItems, no filter (All tab)',
  f0.median,
  `${(f0.result as unknown[]).length.toLocaleString('en-US')} rows`,
]);
rows.push(['getFacets, 4 filters active', fac4.median, `facets/filter ${ratio(fac4.median, f4.median)}`]);
rows.push([
  'getFacets, 4 filters, new array (index rebuilt)',
  fac4cold.median,
  `facets/filter ${ratio(fac4cold.median, f4.median)}`,
]);
rows.push(['getFacets, no filter (every item counted)', fac0.median, `facets/filter ${ratio(fac0.median, f0.median)}`]);
rows.push(['summarize (all items)', sum.median, '']);
rows.push(['generateParsedItems (sample data, one cold run)', generateMs, 'what Storybook and the tests start from']);

// [name, met, value, binding]: informational lines are printed but do not fail the run.
const targets: Array<[string, boolean, string, boolean?]> = [
  ['filtering within 1.5× of the hand-written baseline', f4.median <= 1.5 * bl.median, ratio(f4.median, bl.median)],
  ['facets within 3× of one filter pass (4 filters)', fac4.median <= 3 * f4.median, ratio(fac4.median, f4.median)],
  [
    'facets within 3× of one filter pass (4 filters, first call on a new array: index built)',
    fac4cold.median <= 3 * f4.median,
    ratio(fac4cold.median, f4.median),
    false,
  ],
  ['facets within 3× of one filter pass (no filter)', fac0.median <= 3 * f0.median, ratio(fac0.median, f0.median)],
  ['≥3× faster than TanStack filtered row model', tan.median >= 3 * f4t.median, ratio(tan.median, f4t.median)],
];

const sh = (cmd: string) => {
  try {
    return execSync(cmd, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const cpuModel = existsSync('/proc/cpuinfo')
  ? (/model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown')
  : (cpus()[0]?.model ?? 'unknown');
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const machine = `Node ${process.version}, ${sh('nproc')} CPUs (${cpuModel}), ${process.platform}/${process.arch}, load average ${load}`;

const width = Math.max(...rows.map((r) => r[0].length));
const lines: string[] = [];
lines.push(
  `Core benchmark — ${COUNT.toLocaleString('en-US')} items, median of ${RUNS} interleaved runs after ${WARMUP} warm-up rounds (parse: 7, TanStack: 9)`,
);
lines.push(machine);
lines.push('');
lines.push(`${'case'.padEnd(width)}  ${'median ms'.padStart(10)}  note`);
for (const [name, ms, note] of rows) lines.push(`${name.padEnd(width)}  ${ms.toFixed(2).padStart(10)}  ${note}`);
lines.push('');
lines.push('Targets');
for (const [name, ok, value, binding = true] of targets) {
  lines.push(`  ${ok ? 'PASS' : binding ? 'FAIL' : 'over'}  ${name}: ${value}${binding ? '' : ' (informational)'}`);
}
const output = lines.join('\n');
console.log(output);

if (args.includes('--write')) {
  const file = resolve(root, 'BENCHMARKS.md');
  const start = '<!-- core-bench:start -->';
  const end = '<!-- core-bench:end -->';
  const block = `${start}\n\`\`\`text\n${output}\n\`\`\`\n${end}`;
  let md = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  if (md.includes(start) && md.includes(end)) {
    md = md.slice(0, md.indexOf(start)) + block + md.slice(md.indexOf(end) + end.length);
  } else {
    md += `\n## Core\n\n${block}\n`;
  }
  writeFileSync(file, md);
  console.log(`\nWrote the Core figures to ${file}`);
}
process.exitCode = targets.every(([, ok, , binding = true]) => ok || !binding) ? 0 : 1;
