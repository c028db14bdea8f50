// `npx tsx scripts/bench-tree.ts`: sub-run nesting at 100,000 items, 10,000 of them parents with
// 9 sub-runs each (so every item is in a family), in the list's order. Prints medians in ms of
// building the tree, flattening it collapsed, with 100 parents expanded, and with every parent
// expanded, and the rollups. A figure, not a test: the machine's speed decides the numbers.
import { buildRunTree, flattenRunTree, type AgentItem } from '../src/core';
import { generateParsedItems } from '../test/fixtures/sample-data';

const COUNT = 100_000;
const PARENTS = 10_000;
const RUNS = 15;
const WARMUP = 5;

function median(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const base = generateParsedItems({ count: COUNT, seed: 1 });
// Parents are every 10th item; each of the next 9 items is its sub-run, so siblings are spread
// through the list's order the way a sorted list spreads them.
const items: AgentItem[] = base.map((item, i) => (i % 10 === 0 ? item : { ...item, parentId: base[i - (i % 10)]!.id }));
const parentIds = items.filter((_, i) => i % 10 === 0).map((i) => i.id);
const some = new Set(parentIds.slice(0, 100));
const every = new Set(parentIds);

const tree = buildRunTree(items);
const rows: [string, number][] = [
  [
    'baseline: a Map of the 100,000 ids',
    median(() => {
      const m = new Map<string, number>();
      for (let i = 0; i < items.length; i++) m.set(items[i]!.id, i);
      return m;
    }),
  ],
  ['buildRunTree', median(() => buildRunTree(items))],
  ['flattenRunTree, all collapsed (10,000 rows)', median(() => flattenRunTree(tree, new Set()))],
  ['flattenRunTree, 100 parents expanded', median(() => flattenRunTree(tree, some))],
  ['flattenRunTree, all expanded (100,000 rows)', median(() => flattenRunTree(tree, every))],
  [
    'rollups of all 10,000 parents (first use)',
    median(() => {
      const t = buildRunTree(items);
      for (const id of parentIds) t.rollupOf(id);
    }),
  ],
];
console.log(
  `Sub-run tree — ${COUNT.toLocaleString('en-US')} items, ${PARENTS.toLocaleString('en-US')} parents, median of ${RUNS}`,
);
for (const [name, ms] of rows) console.log(`${name.padEnd(48)} ${ms.toFixed(2).padStart(8)} ms`);
