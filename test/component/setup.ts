/**
 * jsdom setup for component tests.
 *
 * jsdom does no layout: every size is 0, so @tanstack/react-virtual (which reads `clientHeight` /
 * `clientWidth` of the scroll element and `offsetHeight` of measured rows) would render no rows.
 * We give every element a plausible viewport-sized box. Tests that need other sizes can call
 * `setElementSize({ height, width })` and restore with `resetElementSize()`.
 */
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy*` / `waitFor` wait for a condition; their timeout is only a safety net for a condition that
// never comes. At the default 1 s a busy machine (another test run, a build) made correct tests fail.
configure({ asyncUtilTimeout: 15_000 });

// Tell React we run inside a test environment so `act` warnings are meaningful.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DEFAULT_SIZE = { width: 1024, height: 600 };
let size = { ...DEFAULT_SIZE };

/** Override the box every element reports (until `resetElementSize`). */
export function setElementSize(next: Partial<typeof DEFAULT_SIZE>): void {
  size = { ...size, ...next };
}

export function resetElementSize(): void {
  size = { ...DEFAULT_SIZE };
}

function defineSize(prop: string, get: () => number): void {
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get });
}

defineSize('clientHeight', () => size.height);
defineSize('clientWidth', () => size.width);
defineSize('offsetHeight', () => size.height);
defineSize('offsetWidth', () => size.width);

/**
 * Content size of a scroll container: the viewport, or the children's explicit inline heights
 * stacked (what a virtualiser's spacer sets), whichever is larger. Enough for `scrollTo` targets and
 * "max scroll offset" maths to work.
 */
function contentHeight(el: HTMLElement): number {
  let sum = 0;
  for (const child of Array.from(el.children)) {
    const h = Number.parseFloat((child as HTMLElement).style?.height ?? '');
    if (Number.isFinite(h)) sum += h;
  }
  return Math.max(size.height, sum);
}
Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return contentHeight(this);
  },
});
defineSize('scrollWidth', () => size.width);

HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
  const { width, height } = size;
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: width,
    bottom: height,
    width,
    height,
    toJSON() {
      return { x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height };
    },
  } as DOMRect;
};

// jsdom does not scroll: `scrollTo` moves `scrollTop` and fires `scroll` asynchronously when the
// position changed, as a browser does (a synchronous event inside React's commit is not realistic).
HTMLElement.prototype.scrollTo = function scrollTo(
  this: HTMLElement,
  xOrOptions?: number | ScrollToOptions,
  y?: number,
): void {
  const top = typeof xOrOptions === 'object' ? xOrOptions.top : y;
  const left = typeof xOrOptions === 'object' ? xOrOptions.left : xOrOptions;
  const before = [this.scrollTop, this.scrollLeft];
  if (typeof top === 'number') this.scrollTop = top;
  if (typeof left === 'number') this.scrollLeft = left;
  // Like a browser: no event when nothing moved.
  if (this.scrollTop !== before[0] || this.scrollLeft !== before[1]) {
    queueMicrotask(() => this.dispatchEvent(new Event('scroll')));
  }
} as typeof HTMLElement.prototype.scrollTo;
if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView(): void {};
}

class ResizeObserverStub implements ResizeObserver {
  constructor(_callback: ResizeObserverCallback) {}
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) {
  (globalThis as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver = ResizeObserverStub;
}

// Radix and others ask for these; jsdom lacks them.
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!Element.prototype.hasPointerCapture) {
  Element.prototype.hasPointerCapture = () => false;
  Element.prototype.setPointerCapture = () => {};
  Element.prototype.releasePointerCapture = () => {};
}

afterEach(() => {
  cleanup();
  resetElementSize();
});
