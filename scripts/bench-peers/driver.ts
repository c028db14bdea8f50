// The shared driver of the side-by-side bench (scripts/bench-peers.mjs): every page (agentboard, a
// TanStack page, AG Grid, MUI X, the React-only baseline) hands it a `PeerPage`, and it times the
// same things the same way on each, through `window.bench`. The clock is bench-ui's: a `flushSync`
// change, then a poll between tasks until the DOM shows the result, then the next frame.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { AgentItemInput } from '../../src/core/schema';
import { expectations, makeRaw, toPeerRows } from './data';

export interface PeerPage {
  name: string;
  /** Turns the host JSON into what the grid renders (timed as "data preparation"). */
  prepare(raw: AgentItemInput[]): unknown[];
  /** Renders the grid on `rows` (called inside `flushSync`, on a new root). */
  render(root: Root, rows: unknown[]): void;
  /** The data rows in the DOM. */
  rowSelector: string;
  /** A data row's 0-based position in the grid's current order. */
  rowIndex(row: Element): number;
  /** The credits cell inside a row. */
  creditsSelector: string;
  /** The grid's outermost element (its DOM elements are counted). */
  grid(): HTMLElement | null;
  /** The element that scrolls the rows vertically. */
  scroller(): HTMLElement | null;
  /** Sorts by Credits, largest first, as a user does (a click on the header). */
  sortByCredits(): void;
  /** Status = Failed, through the library's filter API or state. */
  filterFailed(): void;
  clearFilter(): void;
  /** When the grid shows at most this many rows at once (MUI X community: pages of 100). */
  pageSize?: number;
}

const longTasks: PerformanceEntry[] = [];
const longTaskObserver = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
longTaskObserver.observe({ type: 'longtask', buffered: true });
const flushLongTasks = () => {
  longTasks.push(...longTaskObserver.takeRecords());
  return longTasks.length;
};

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const rawFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const yieldTask = () =>
  new Promise<void>((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => r();
    channel.port2.postMessage(0);
  });

const LIMIT_MS = 20_000;

/** Times `fn` until `done` holds (polled between tasks), then to the next frame; long tasks in that window. */
async function timed(fn: () => void, done: () => boolean, what: () => string) {
  await nextFrame();
  const before = flushLongTasks();
  const t0 = performance.now();
  flushSync(fn);
  while (!done()) {
    if (performance.now() - t0 > LIMIT_MS) throw new Error(`waited 20 s for ${what()}`);
    await yieldTask();
  }
  const shown = performance.now() - t0;
  await nextFrame();
  const frame = performance.now() - t0;
  await nextFrame();
  flushLongTasks();
  const tasks = longTasks
    .slice(before)
    .filter((e) => e.startTime < t0 + frame && e.startTime + e.duration > t0)
    .map((e) => e.duration);
  return { shown, frame, longTasks: tasks.length, longestTask: Math.max(0, ...tasks) };
}

async function settle(done: () => boolean, what: string) {
  const t0 = performance.now();
  while (!done()) {
    if (performance.now() - t0 > LIMIT_MS) throw new Error(`waited 20 s for ${what}`);
    await nextFrame();
  }
}

export function installBench(page: PeerPage): void {
  let root: Root | null = null;
  let expected = { total: 0, failed: 0, maxCredits: 0 };

  const dataRows = () => document.querySelectorAll(page.rowSelector);
  const rowAt = (index: number) => {
    for (const row of dataRows()) if (page.rowIndex(row) === index) return row;
    return null;
  };
  /** The rows the grid says it holds: its `aria-rowcount` less the header row. */
  const shownCount = () => {
    const grid = page.grid();
    const el = grid?.hasAttribute('aria-rowcount') ? grid : grid?.querySelector('[aria-rowcount]');
    const n = Number(el?.getAttribute('aria-rowcount'));
    return Number.isFinite(n) ? n - 1 : NaN;
  };
  const firstCredits = () => {
    const text = rowAt(0)?.querySelector(page.creditsSelector)?.textContent ?? '';
    return Number(text.replace(/[^\d.-]/g, ''));
  };
  const showsMax = () => Math.abs(firstCredits() - expected.maxCredits) < 0.005;

  const bench = {
    name: page.name,
    pageSize: page.pageSize ?? null,
    /** Data preparation at `n` items: the first call on this page load (what a host pays), then a third. */
    async prepare(n: number) {
      const raw = makeRaw(n);
      await nextFrame();
      await nextFrame();
      const t0 = performance.now();
      const first = page.prepare(raw);
      const cold = performance.now() - t0;
      page.prepare(raw);
      const t1 = performance.now();
      const third = page.prepare(raw);
      const warm = performance.now() - t1;
      if (first.length !== n || third.length !== n) throw new Error(`prepare gave ${first.length} rows`);
      return { cold, warm };
    },
    /** Mount on `n` items (prepared before the clock) to the first frame with rows. */
    async mount(n: number) {
      root?.unmount();
      root = null;
      const raw = makeRaw(n);
      const rows = page.prepare(raw);
      expected = expectations(toPeerRows(raw));
      await nextFrame();
      await nextFrame();
      const container = document.getElementById('root')!;
      const r = await timed(
        () => {
          root = createRoot(container);
          page.render(root, rows);
        },
        () => dataRows().length > 0,
        () => 'the first data row',
      );
      await settle(() => shownCount() === expected.total, `aria-rowcount ${expected.total + 1} after mount`);
      return { ...r, rowsInDom: dataRows().length };
    },
    /** What the page holds after mount: DOM elements in the grid and in the page, rows in the DOM and in view. */
    dom() {
      const grid = page.grid()!;
      const scroller = page.scroller()!;
      const box = scroller.getBoundingClientRect();
      const rows = Array.from(dataRows());
      const first = rowAt(0)!.getBoundingClientRect();
      // Rows start below a header that stays in view (sticky inside the scroller or above it).
      const top = Math.max(box.top, first.top);
      const bottom = Math.min(box.top + scroller.clientHeight, window.innerHeight);
      const visible = rows.filter((row) => {
        const r = row.getBoundingClientRect();
        const mid = (r.top + r.bottom) / 2;
        return r.height > 0 && mid >= top && mid <= bottom;
      }).length;
      return {
        gridElements: grid.querySelectorAll('*').length + 1,
        pageElements: document.body.querySelectorAll('*').length,
        rowsInDom: rows.length,
        visibleRows: visible,
        rowHeight: first.height,
      };
    },
    async sort() {
      const scroller = page.scroller()!;
      scroller.scrollTop = 0;
      await settle(() => rowAt(0) !== null, 'the first row after scrolling to the top');
      const r = await timed(page.sortByCredits, showsMax, () => {
        return `the first row to show credits ${expected.maxCredits} (it shows ${firstCredits()})`;
      });
      return r;
    },
    async filter() {
      return timed(
        page.filterFailed,
        () => shownCount() === expected.failed,
        () => `aria-rowcount − 1 = ${expected.failed} Failed rows (it is ${shownCount()})`,
      );
    },
    async clear() {
      return timed(
        page.clearFilter,
        () => shownCount() === expected.total,
        () => `aria-rowcount − 1 = ${expected.total} rows (it is ${shownCount()})`,
      );
    },
    /**
     * 150 scrollTop steps top → bottom, one per animation frame. A frame is "blank" when, at the next
     * frame, the DOM did not hold every row the previous step's viewport covers (read from the rows'
     * index attributes: no layout is forced).
     */
    async scroll(steps = 150) {
      const el = page.scroller()!;
      el.scrollTop = 0;
      await nextFrame();
      await nextFrame();
      const first = rowAt(0)!;
      const rowHeight = first.getBoundingClientRect().height;
      // Where the rows start in the scrolled content (a sticky header inside the scroller hides as much).
      const rowsStart = first.getBoundingClientRect().top - el.getBoundingClientRect().top;
      const viewHeight = el.clientHeight;
      const total = Math.min(expected.total, page.pageSize ?? Infinity);
      const distance = el.scrollHeight - el.clientHeight;
      const before = flushLongTasks();
      const frames: number[] = [];
      const blankAt: number[] = [];
      let maxRows = 0;
      let last = performance.now();
      let prevTop = 0;
      for (let i = 1; i <= steps; i += 1) {
        if (i > 1) {
          // Did the frame that just painted hold the rows the last step's viewport covers?
          const lo = Math.max(0, Math.floor(prevTop / rowHeight));
          const hi = Math.min(total - 1, Math.floor((prevTop + viewHeight - rowsStart - 1) / rowHeight));
          const have = new Set<number>();
          for (const row of dataRows()) have.add(page.rowIndex(row));
          for (let k = lo; k <= hi; k += 1)
            if (!have.has(k)) {
              blankAt.push(i - 1);
              break;
            }
        }
        prevTop = Math.round((distance * i) / steps);
        el.scrollTop = prevTop;
        await rawFrame();
        const t = performance.now();
        frames.push(t - last);
        last = t;
        maxRows = Math.max(maxRows, dataRows().length);
      }
      await nextFrame();
      await nextFrame();
      flushLongTasks();
      const tasks = longTasks.slice(before).map((e) => e.duration);
      frames.sort((a, b) => a - b);
      return {
        frames: frames.length,
        medianFrame: frames[Math.floor(frames.length / 2)]!,
        p95Frame: frames[Math.floor(frames.length * 0.95)]!,
        longTasks: tasks.length,
        longestTask: Math.max(0, ...tasks),
        blankFrames: blankAt.length,
        /** Which steps (1-based) left rows missing at the next frame. */
        blankAt,
        maxRowsInDom: maxRows,
        reachedLastRow: rowAt(total - 1) !== null,
        rowsScrolled: total,
      };
    },
  };
  (window as unknown as { bench: typeof bench }).bench = bench;
  document.title = 'ready';
}
