// Shared by the real-browser tests: mount React into a real container, with the default stylesheet,
// and read what a user would see (layout, colours) rather than markup.
import '../../src/styles/index.css';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

// act() is for simulated environments; here real input drives a real browser and the tests wait on
// the DOM (see `until`), so React is told not to expect act() around updates.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const mounted: { root: Root; container: HTMLElement }[] = [];

afterEach(() => {
  for (const { root, container } of mounted.splice(0)) {
    root.unmount();
    container.remove();
  }
  document.body.style.margin = '';
});

/**
 * Renders `ui` into a fresh container of the given size (default: the whole 1280×800 viewport)
 * and waits for React to commit.
 */
export async function mount(
  ui: ReactNode,
  size: { width?: number | string; height?: number | string } = {},
): Promise<HTMLElement> {
  document.body.style.margin = '0';
  const container = document.createElement('div');
  container.style.width = typeof size.width === 'number' ? `${size.width}px` : (size.width ?? '100vw');
  container.style.height = typeof size.height === 'number' ? `${size.height}px` : (size.height ?? '100vh');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  flushSync(() => root.render(ui));
  await nextFrames(1);
  return container;
}

/** Resolves after the browser has painted twice (virtualiser measurements, scroll handlers). */
export function nextFrames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** Polls `check` until it stops throwing (or `timeout` ms pass, then rethrows its last error). */
export async function until<T>(check: () => T, timeout = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (performance.now() - start > timeout) throw error;
      await nextFrames(1);
    }
  }
}

/** The rendered data rows of the list (the virtual window), in DOM order. */
export function dataRows(scope: ParentNode = document): HTMLElement[] {
  return Array.from(
    scope.querySelectorAll<HTMLElement>(':is([role="grid"], [role="treegrid"]) [role="row"][data-index]'),
  );
}

/** Whether `el` is inside the visible box of `scroller` (and of the viewport). */
export function isVisibleWithin(el: Element, scroller: Element): boolean {
  const r = el.getBoundingClientRect();
  const s = scroller.getBoundingClientRect();
  return r.height > 0 && r.top >= s.top - 1 && r.bottom <= s.bottom + 1 && r.top < window.innerHeight && r.bottom > 0;
}

/** The nearest ancestor (or self) that scrolls vertically. */
export function scrollParent(el: Element): HTMLElement {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) return node as HTMLElement;
  }
  throw new Error('No scrolling ancestor');
}

/** Relative luminance (WCAG) of a computed `rgb(...)` colour. */
export function luminance(color: string): number {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
  if (!m) throw new Error(`Not an rgb() colour: ${color}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
