import { renderCounts } from './render-counter';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  AgentManagementView,
  filterAgentItems,
  type AgentFilters,
  type AgentItem,
  type AgentTab,
} from '../../src/index';
import { generateParsedItems } from '../../test/fixtures/sample-data';
import '../../src/styles/index.css';

// The page the UI benchmark (scripts/bench-ui.mjs) drives through `window.bench`.
const NOW = new Date('2026-11-25T15:00:00Z');
const longTasks: PerformanceEntry[] = [];
const longTaskObserver = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
longTaskObserver.observe({ type: 'longtask', buffered: true });
/** Long tasks reported so far, including those queued but not yet delivered to the observer. */
const flushLongTasks = () => {
  longTasks.push(...longTaskObserver.takeRecords());
  return longTasks.length;
};

let root: Root | null = null;
let setters: { setTab: (t: AgentTab) => void; setFilters: (f: AgentFilters) => void } | null = null;
// What the page shows, to know which row count a change must reach (filters render deferred).
const current = { items: [] as AgentItem[], tab: 'all' as AgentTab, filters: {} as AgentFilters };

const ACTIONS = ['cancel', 'retry', 'copy_link', 'archive', 'delete'] as const;
const noAction = async () => ({});

function App({ items, live, managed = false }: { items: AgentItem[]; live: boolean; managed?: boolean }) {
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
      // Managed: the checkbox and actions columns, the row menus and the bulk toolbar.
      {...(managed ? { actions: ACTIONS, onAction: noAction } : {})}
    />
  );
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const rows = () => document.querySelectorAll('[role="row"][aria-rowindex]').length;
const scroller = (): HTMLElement => {
  const grid = document.querySelector('[role="grid"], [role="treegrid"]');
  const el: HTMLElement | null =
    (grid?.querySelector('[data-ab-scroller]') as HTMLElement | null) ?? (grid as HTMLElement | null);
  // Walk up/down to the element that actually scrolls.
  const candidates = [el, ...Array.from(document.querySelectorAll<HTMLElement>('*'))];
  for (const c of candidates) {
    if (c && c.scrollHeight > c.clientHeight + 10 && getComputedStyle(c).overflowY !== 'visible') return c;
  }
  if (!el) throw new Error('no list');
  return el;
};

/** Waits frame by frame until `done` holds; fails after 20 s instead of hanging the run. */
async function settle(done: () => boolean, what: string): Promise<void> {
  const t0 = performance.now();
  while (!done()) {
    if (performance.now() - t0 > 20_000) throw new Error(`never settled: ${what}`);
    await nextFrame();
  }
}

const gridRowCount = () =>
  Number(document.querySelector('[role="grid"], [role="treegrid"]')?.getAttribute('aria-rowcount'));
const yieldTask = () =>
  new Promise<void>((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => r();
    channel.port2.postMessage(0);
  });

/**
 * Times a state change until the DOM shows it. `flushSync` commits the urgent render; the view
 * defers filters (`useDeferredValue`), so the list updates in a later render: with `rowCount`, the
 * clock runs until the grid's aria-rowcount reaches it (polled between tasks), then to the next frame.
 */
async function timed(fn: () => void, rowCount?: number | (() => boolean)) {
  await nextFrame();
  const before = flushLongTasks();
  const t0 = performance.now();
  flushSync(fn);
  const done = typeof rowCount === 'function' ? rowCount : () => gridRowCount() === rowCount;
  if (rowCount !== undefined) {
    while (!done()) {
      if (performance.now() - t0 > 20_000)
        throw new Error(`never shown (aria-rowcount ${gridRowCount()}, expected ${String(rowCount)})`);
      await yieldTask();
    }
  }
  const commit = performance.now() - t0;
  await nextFrame();
  const frame = performance.now() - t0;
  await nextFrame(); // a long task is reported after it ends
  flushLongTasks();
  // Long tasks that overlap the measured window (from the change to the frame that shows it).
  const tasks = longTasks
    .slice(before)
    .filter((e) => e.startTime < t0 + frame && e.startTime + e.duration > t0)
    .map((e) => e.duration);
  return { commit, frame, longTasks: tasks.length, longestTask: Math.max(0, ...tasks) };
}

function makeItems(n: number, working = false): AgentItem[] {
  const items = generateParsedItems({ count: n, seed: 42, viewerId: 'u_me', now: NOW });
  if (!working) return items;
  // Half the rows are working ambient runs, half finished: the ticking benchmark.
  return items.map((item, i) =>
    i % 2 === 0
      ? {
          ...item,
          kind: 'ambient' as const,
          status: 'working' as const,
          rawStatus: 'running',
          endedAt: undefined,
          startedAt: new Date(Date.now() - 60_000 - i * 1000),
          createdAt: new Date(Date.now() - 61_000 - i * 1000),
          creator: { id: 'u_me', name: 'Me' },
        }
      : {
          ...item,
          status: 'success' as const,
          rawStatus: 'succeeded',
          createdAt: new Date(Date.now() - 61_500 - i * 1000),
          creator: { id: 'u_me', name: 'Me' },
        },
  );
}

function expectedRowCount(): number {
  const n = filterAgentItems(current.items, current.filters, {
    tab: current.tab,
    viewerId: 'u_me',
    timeZone: 'UTC',
    now: NOW,
  }).length;
  return n === 0 ? 2 : n + 1; // the header row; an empty list shows one "no match" row
}

/** Every tenth item is a parent; the nine after it are its sub-runs (100,000 items: 10,000 parents). */
function asTree(items: AgentItem[]): AgentItem[] {
  return items.map((item, i) => {
    const parent = items[i - (i % 10)]!;
    return i % 10 === 0 ? item : { ...item, parentId: parent.id, creator: parent.creator };
  });
}

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const dialogName = () => {
  const id = dialog()?.getAttribute('aria-labelledby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
};

const firstRow = () => document.querySelector<HTMLElement>('[role="row"][aria-rowindex="2"]')!;
const menuOpen = () => document.querySelector('[role="menu"]') !== null;

const bench = {
  async mount(n: number, managed = false, tree = false) {
    root?.unmount();
    const container = document.getElementById('root')!;
    const items = tree ? asTree(makeItems(n)) : makeItems(n);
    Object.assign(current, { items, tab: 'all', filters: {} });
    // Let the long task of generating the items be reported before the clock starts.
    await nextFrame();
    await nextFrame();
    root = createRoot(container);
    const r = await timed(() => root!.render(<App items={items} live={false} managed={managed} />));
    return { ...r, rowsInDom: rows() };
  },
  /** Opens the first row's actions menu as a mouse does (Radix opens on pointerdown), then closes it. */
  async openMenu() {
    const button = firstRow().querySelector<HTMLElement>('[data-column="actions"] button')!;
    const r = await timed(
      () => button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, pointerType: 'mouse' })),
      menuOpen,
    );
    document
      .querySelector('[role="menu"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(() => !menuOpen(), 'the row menu closes');
    return r;
  },
  /** `i` on the third row until the details panel shows it, then `j` until it shows the next row; Escape. */
  async details() {
    const row = document.querySelector<HTMLElement>('[role="row"][aria-rowindex="4"]')!;
    row.focus();
    const title = row.querySelector('.ab-title')?.textContent;
    const open = await timed(
      () => row.dispatchEvent(new KeyboardEvent('keydown', { key: 'i', bubbles: true })),
      () => dialogName() === title,
    );
    const next = document.querySelector('[role="row"][aria-rowindex="5"] .ab-title')?.textContent;
    const step = await timed(
      () => dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true })),
      () => dialogName() === next,
    );
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(() => !dialog(), 'the details panel closes');
    return { open, step };
  },
  /** Checks the first row's checkbox until the row shows it (aria-selected), then unchecks it. */
  async selectRow() {
    const box = () => firstRow().querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const r = await timed(
      () => box().click(),
      () => firstRow().getAttribute('aria-selected') === 'true',
    );
    flushSync(() => box().click());
    await settle(() => firstRow().getAttribute('aria-selected') !== 'true', 'the row is unchecked');
    return r;
  },
  /** "Select all" in the header until the bulk toolbar counts every row, then clears. */
  async selectAll() {
    const header = () => document.querySelector<HTMLInputElement>('[role="columnheader"] input[type="checkbox"]')!;
    // The bulk toolbar by its own class: the summary and the chips are toolbars too.
    const toolbar = () => document.querySelector('.ab-bulk-toolbar[role="toolbar"]');
    const r = await timed(
      () => header().click(),
      () => toolbar() !== null && firstRow().getAttribute('aria-selected') === 'true',
    );
    flushSync(() => header().click());
    await settle(() => toolbar() === null, 'the bulk toolbar goes');
    return r;
  },
  async filter(filters: AgentFilters) {
    current.filters = filters;
    const r = await timed(() => setters!.setFilters(filters), expectedRowCount());
    return { ...r, rowsInDom: rows() };
  },
  async tab(tab: AgentTab) {
    current.tab = tab;
    const r = await timed(() => setters!.setTab(tab), expectedRowCount());
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
    const lastRow = document.querySelector(
      `[role="row"][aria-rowindex="${el.closest('[role="grid"], [role="treegrid"]')?.getAttribute('aria-rowcount') ?? ''}"]`,
    );
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
    return {
      ...renderCounts,
      rowsInDom: rows(),
      workingRowsInDom: document.querySelectorAll('[role="row"][data-status="working"]').length,
    };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'ready';
