import { renderCounts } from './render-counter';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { AgentManagementView, type AgentFilters, type AgentItem, type AgentTab } from '../../src/index';
import { generateParsedItems } from '../../stories/sample-data';
import '../../src/styles/agentboard.css';

// The page the UI benchmark (scripts/bench-ui.mjs) drives through `window.bench`.
const NOW = new Date('2026-11-25T15:00:00Z');
const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

let root: Root | null = null;
let setters: { setTab: (t: AgentTab) => void; setFilters: (f: AgentFilters) => void } | null = null;

function App({ items, live }: { items: AgentItem[]; live: boolean }) {
  const [tab, setTab] = useState<AgentTab>('all');
  const [filters, setFilters] = useState<AgentFilters>({});
  setters = { setTab, setFilters };
  return (
    <AgentManagementView
      items={items}
      viewerId="u_me"
      tab={tab}
      onTabChange={setTab}
      filters={filters}
      onFiltersChange={setFilters}
      timeZone="UTC"
      now={live ? undefined : NOW}
      onOpenRun={() => {}}
      onOpenConversation={() => {}}
    />
  );
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const rows = () => document.querySelectorAll('[role="row"][aria-rowindex]').length;
const scroller = (): HTMLElement => {
  const grid = document.querySelector('[role="grid"]');
  let el: HTMLElement | null = (grid?.querySelector('[data-ab-scroller]') as HTMLElement | null) ?? (grid as HTMLElement | null);
  // Walk up/down to the element that actually scrolls.
  const candidates = [el, ...Array.from(document.querySelectorAll<HTMLElement>('*'))];
  for (const c of candidates) {
    if (c && c.scrollHeight > c.clientHeight + 10 && getComputedStyle(c).overflowY !== 'visible') return c;
  }
  if (!el) throw new Error('no list');
  return el;
};

async function timed(fn: () => void) {
  const before = longTasks.length;
  const t0 = performance.now();
  flushSync(fn);
  const commit = performance.now() - t0;
  await nextFrame();
  const frame = performance.now() - t0;
  const tasks = longTasks.slice(before).map((e) => e.duration);
  return { commit, frame, longTasks: tasks.length, longestTask: Math.max(0, ...tasks) };
}

function makeItems(n: number, working = false): AgentItem[] {
  const items = generateParsedItems({ count: n, seed: 42, viewerId: 'u_me', now: NOW });
  if (!working) return items;
  // Half the rows are working ambient runs, half finished: the ticking benchmark.
  return items.map((item, i) =>
    i % 2 === 0
      ? { ...item, kind: 'ambient' as const, status: 'working' as const, rawStatus: 'running', endedAt: undefined, startedAt: new Date(Date.now() - 60_000 - i * 1000), createdAt: new Date(Date.now() - 61_000 - i * 1000), creator: { id: 'u_me', name: 'Me' } }
      : { ...item, status: 'success' as const, rawStatus: 'succeeded', createdAt: new Date(Date.now() - 61_500 - i * 1000), creator: { id: 'u_me', name: 'Me' } },
  );
}

const bench = {
  async mount(n: number) {
    root?.unmount();
    const container = document.getElementById('root')!;
    const items = makeItems(n);
    root = createRoot(container);
    const r = await timed(() => root!.render(<App items={items} live={false} />));
    return { ...r, rowsInDom: rows() };
  },
  async filter(filters: AgentFilters) {
    const r = await timed(() => setters!.setFilters(filters));
    return { ...r, rowsInDom: rows() };
  },
  async tab(tab: AgentTab) {
    const r = await timed(() => setters!.setTab(tab));
    return { ...r, rowsInDom: rows() };
  },
  async scroll(steps = 120) {
    const el = scroller();
    const before = longTasks.length;
    const frames: number[] = [];
    let maxRows = 0;
    let last = performance.now();
    const distance = el.scrollHeight - el.clientHeight;
    for (let i = 1; i <= steps; i += 1) {
      el.scrollTop = (distance * i) / steps;
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
      const t = performance.now();
      frames.push(t - last);
      last = t;
      maxRows = Math.max(maxRows, rows());
    }
    await nextFrame();
    const tasks = longTasks.slice(before).map((e) => e.duration);
    frames.sort((a, b) => a - b);
    const lastRow = document.querySelector(`[role="row"][aria-rowindex="${el.closest('[role="grid"]')?.getAttribute('aria-rowcount') ?? ''}"]`);
    return {
      frames: frames.length,
      medianFrame: frames[Math.floor(frames.length / 2)],
      p95Frame: frames[Math.floor(frames.length * 0.95)],
      longTasks: tasks.length,
      longestTask: Math.max(0, ...tasks),
      maxRowsInDom: maxRows,
      reachedLastRow: lastRow !== null,
    };
  },
  async ticking(n: number, ms: number) {
    root?.unmount();
    const items = makeItems(n, true);
    root = createRoot(document.getElementById('root')!);
    flushSync(() => root!.render(<App items={items} live />));
    await nextFrame();
    renderCounts.working = 0;
    renderCounts.other = 0;
    renderCounts.commits = 0;
    await new Promise((r) => setTimeout(r, ms));
    return { ...renderCounts, rowsInDom: rows(), workingRowsInDom: document.querySelectorAll('[role="row"][data-status="working"]').length };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'ready';
