// Reflow and resize (WCAG 1.4.10, 1.4.4, 1.4.12) in Chromium: the full view on sample data at 320 px
// with the text at 200 %, with the text-spacing overrides at 1,100 and 320 px, and under a larger
// browser base size. What is checked is what a reader would miss: a page that scrolls sideways, a
// value or a sort control cut off or gone, text spilling out of its row.
//
// "Not clipped", decided here: a status, source, created time, duration, credits value, sort label,
// tab, summary number or label is whole — no ellipsis (its text fits its box) and its box lies
// inside every ancestor that clips, up to the row. Titles are free text of any length: they may end
// in an ellipsis, but keep a readable start (at least a few characters) and carry the full text in
// their tooltip (the details panel shows it too). Creator names are whole wherever the row gives
// them a line of their own; in the wide table's fixed column a long name may end in an ellipsis,
// with the full name in the cell's tooltip, as the column always did.
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { dataRows, nextFrames, until } from './helpers';
import { cleanupStory, runStory, view } from './stories';

/** The text-spacing bookmarklet's overrides (WCAG 1.4.12's four values), on every element. */
const TEXT_SPACING = `*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

afterEach(async () => {
  document.documentElement.style.fontSize = '';
  document.getElementById('reflow-text-spacing')?.remove();
  await cleanupStory();
});

interface Setup {
  width: number;
  scheme?: 'light' | 'dark';
  rootFontSize?: string;
  textSpacing?: boolean;
  tab?: 'Personal' | 'All';
}

async function showView({ width, scheme = 'light', rootFontSize, textSpacing, tab = 'Personal' }: Setup) {
  await page.viewport(width, 900);
  if (rootFontSize) document.documentElement.style.fontSize = rootFontSize;
  if (textSpacing) {
    const style = document.createElement('style');
    style.id = 'reflow-text-spacing';
    style.textContent = TEXT_SPACING;
    document.head.append(style);
  }
  const canvas = await runStory(view.FullView, { scheme });
  const root = canvas.querySelector<HTMLElement>('.ab-view')!;
  if (tab === 'All') {
    await userEvent.click(page.getByRole('tab', { name: /^All/ }));
    await until(() => expect(root.querySelector('[role="tab"][aria-selected="true"]')!.textContent).toMatch(/^All/));
  }
  await until(() => expect(dataRows(root).length).toBeGreaterThan(0));
  // The probe's row height, the virtualiser's window and the header's measured height settle.
  await new Promise((r) => setTimeout(r, 150));
  await nextFrames(3);
  return root;
}

const describeEl = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;

/** The part of `el` that shows: its box cut by every ancestor that clips (below `upTo`); null if none. */
function visibleBox(el: Element, upTo: Element): { left: number; right: number; top: number; bottom: number } | null {
  const b = el.getBoundingClientRect();
  let { left, right, top, bottom } = b;
  for (let a = el.parentElement; a && a !== upTo; a = a.parentElement) {
    const style = getComputedStyle(a);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    left = Math.max(left, r.left);
    right = Math.min(right, r.right);
    top = Math.max(top, r.top);
    bottom = Math.min(bottom, r.bottom);
  }
  return right - left > 0.5 && bottom - top > 0.5 ? { left, right, top, bottom } : null;
}

/** Why `el` is not wholly visible (its text cut, or its box outside a clipping ancestor), or ''. */
function clipped(el: HTMLElement, upTo: HTMLElement): string {
  const box = el.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return `${describeEl(el)} has no size`;
  if (getComputedStyle(el).visibility === 'hidden') return `${describeEl(el)} is hidden`;
  if (el.scrollWidth > el.clientWidth + 1) return `"${el.textContent}" is cut (${el.scrollWidth} > ${el.clientWidth})`;
  if (el.scrollHeight > el.clientHeight + 1) return `"${el.textContent}" is cut vertically`;
  for (let a = el.parentElement; a; a = a.parentElement) {
    const style = getComputedStyle(a);
    if (a === upTo || style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const r = a.getBoundingClientRect();
      if (
        box.left < r.left - 0.5 ||
        box.right > r.right + 0.5 ||
        box.top < r.top - 0.5 ||
        box.bottom > r.bottom + 0.5
      ) {
        return `"${el.textContent}" lies outside ${describeEl(a)}`;
      }
    }
    if (a === upTo) break;
  }
  return '';
}

/** Everything a row shows that a reader would miss. */
function rowProblems(row: HTMLElement, { creatorMayTruncate = false } = {}): string[] {
  const out: string[] = [];
  const at = (selector: string) => row.querySelector<HTMLElement>(selector);
  const whole: [string, string][] = [
    ['status', '[data-column="status"] .ab-badge-label'],
    ['source', '[data-column="source"] .ab-badge-label'],
    ['created', '[data-column="createdAt"] > :is(time, span)'],
    ['duration', '[data-column="duration"] > span'],
    ['credits', '[data-column="credits"] > span'],
  ];
  if (!creatorMayTruncate) whole.push(['creator', '[data-column="creator"] .ab-creator-name']);
  for (const [field, selector] of whole) {
    const el = at(selector);
    if (!el) out.push(`${field} is missing`);
    else if (clipped(el, row)) out.push(`${field}: ${clipped(el, row)}`);
  }
  // The title (and a name in the table's fixed column) may end in an ellipsis: a readable start,
  // inside the row, and the whole text in its tooltip.
  const title = at('.ab-title');
  const fontSize = title ? parseFloat(getComputedStyle(title).fontSize) : 0;
  for (const [field, el, full] of [
    ['title', title, title?.getAttribute('title')],
    ...(creatorMayTruncate
      ? [['creator', at('.ab-creator-name'), at('.ab-creator')?.getAttribute('title')] as const]
      : []),
  ] as const) {
    if (!el) {
      out.push(`${field} is missing`);
      continue;
    }
    const box = el.getBoundingClientRect();
    const rowBox = row.getBoundingClientRect();
    if (box.width < Math.min(2.5 * fontSize, el.scrollWidth))
      out.push(`${field} shows almost nothing (${box.width}px)`);
    if (box.right > rowBox.right + 0.5 || box.bottom > rowBox.bottom + 0.5 || box.top < rowBox.top - 0.5)
      out.push(`${field} lies outside the row`);
    if (el.scrollWidth > el.clientWidth + 1 && full !== (el.textContent ?? '').trim() && field === 'title')
      out.push(`${field} is cut and its tooltip does not hold it`);
    if (el.scrollWidth > el.clientWidth + 1 && field === 'creator' && !full) out.push('a cut name has no tooltip');
  }
  // Nothing the row shows reaches past its box: the row grew with the text. (What a cell's own
  // overflow hides, such as artifact chips that wrapped away, shows nowhere and cannot spill.)
  const r = row.getBoundingClientRect();
  for (const el of row.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.ab-visually-hidden, [hidden]')) continue;
    const b = visibleBox(el, row);
    if (!b) continue;
    if (b.left < r.left - 0.5 || b.right > r.right + 0.5 || b.top < r.top - 0.5 || b.bottom > r.bottom + 0.5)
      out.push(`${describeEl(el)} spills out of the row`);
  }
  return out.map((p) => `row ${row.dataset.index}: ${p}`);
}

/** Every element of the view that reaches past the right edge of the viewport (1.4.10). */
function pastRightEdge(root: HTMLElement): string[] {
  const limit = document.documentElement.clientWidth + 0.5;
  return Array.from(root.querySelectorAll<HTMLElement>('*'))
    .filter((el) => !el.closest('.ab-visually-hidden'))
    .filter((el) => (visibleBox(el, document.documentElement)?.right ?? 0) > limit)
    .map((el) => `${describeEl(el)} right=${Math.round(el.getBoundingClientRect().right)}`);
}

function expectNoSidewaysScroll(root: HTMLElement) {
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(
    document.documentElement.clientWidth,
  );
  expect(pastRightEdge(root)).toEqual([]);
}

/** The header's and the summary's controls: inside the view, their words whole (they wrap instead). */
function chromeProblems(root: HTMLElement): string[] {
  const out: string[] = [];
  const viewBox = root.getBoundingClientRect();
  const words = [
    ...root.querySelectorAll<HTMLElement>('.ab-tab'),
    ...root.querySelectorAll<HTMLElement>('.ab-filter-trigger'),
    ...root.querySelectorAll<HTMLElement>('.ab-chip-value, .ab-chip-field, .ab-clear-all'),
    ...root.querySelectorAll<HTMLElement>('.ab-summary-value, .ab-summary-label'),
    ...root.querySelectorAll<HTMLElement>('.ab-input'),
  ];
  expect(words.length).toBeGreaterThan(8);
  for (const el of words) {
    const problem = clipped(el, root);
    if (problem) out.push(problem);
    const b = el.getBoundingClientRect();
    if (b.left < viewBox.left - 0.5 || b.right > viewBox.right + 0.5) out.push(`${describeEl(el)} leaves the view`);
  }
  return out;
}

/** Every sortable column's sort button: there, visible, its label whole, and it sorts. */
async function expectSortable(root: HTMLElement) {
  const headers = Array.from(root.querySelectorAll<HTMLElement>('[role="columnheader"]')).filter((h) =>
    h.querySelector('.ab-sort-button'),
  );
  expect(headers.map((h) => h.textContent?.trim())).toEqual([
    'Title',
    'Source',
    'Status',
    'Creator',
    'Created',
    'Duration',
    'Credits',
  ]);
  const head = root.querySelector<HTMLElement>('.ab-list-head')!;
  for (const header of headers) {
    const button = header.querySelector<HTMLElement>('.ab-sort-button')!;
    expect(clipped(button.querySelector('span')!, head), header.textContent ?? '').toBe('');
    expect(clipped(button, head), header.textContent ?? '').toBe('');
  }
  for (const header of headers) {
    const before = header.getAttribute('aria-sort');
    await userEvent.click(header.querySelector<HTMLElement>('.ab-sort-button')!);
    await until(() => {
      const now = header.getAttribute('aria-sort');
      expect(now === 'ascending' || now === 'descending', header.textContent ?? '').toBe(true);
      if (before) expect(now).not.toBe(before);
    });
  }
}

describe('320 px wide, text at 200 % (1.4.10 with 1.4.4)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const tab of ['Personal', 'All'] as const) {
      test(`${scheme}, ${tab}: no sideways scroll; every row shows all its fields whole and grew to hold them`, async () => {
        const root = await showView({ width: 320, scheme, rootFontSize: '32px', tab });
        // The text really is twice its size (the stylesheet is in rem).
        expect(getComputedStyle(root.querySelector('.ab-title')!).fontSize).toBe('26px');
        expectNoSidewaysScroll(root);
        const rows = dataRows(root);
        expect(rows.length).toBeGreaterThan(1);
        expect(rows.flatMap((row) => rowProblems(row))).toEqual([]);
        // The rows grew: a field a line, far taller than the 40 px row of the table at 13 px.
        for (const row of rows) expect(row.getBoundingClientRect().height).toBeGreaterThan(160);
        expect(chromeProblems(root)).toEqual([]);
      });
    }
  }

  test('the toolbar, tabs, filter button, chips and summary wrap instead of overflowing', async () => {
    const root = await showView({ width: 320, rootFontSize: '32px', tab: 'All' });
    // Two filters from the summary, so there are chips and "Clear all".
    await userEvent.click(page.getByRole('button', { name: /Failed/ }));
    await userEvent.click(page.getByRole('button', { name: /Working now/ }));
    await until(() => expect(root.querySelectorAll('.ab-chip').length).toBeGreaterThan(0));
    await nextFrames(2);
    expectNoSidewaysScroll(root);
    expect(chromeProblems(root)).toEqual([]);
    // The two tabs no longer fit on one line at this size: they wrap, each whole.
    const tabs = Array.from(root.querySelectorAll<HTMLElement>('.ab-tab')).map((t) => t.getBoundingClientRect());
    expect(tabs[1]!.top).toBeGreaterThan(tabs[0]!.top);
    expect(dataRows(root).flatMap((row) => rowProblems(row))).toEqual([]);
  });

  test('every sortable column keeps its sort button: visible, whole and working', async () => {
    const root = await showView({ width: 320, rootFontSize: '32px', tab: 'All' });
    await expectSortable(root);
    expectNoSidewaysScroll(root);
  });
});

describe('text spacing (1.4.12: line height 1.5, letter spacing 0.12em, word spacing 0.16em)', () => {
  for (const width of [1100, 320]) {
    test(`${width} px: nothing clipped, no sideways scroll, every sort button whole`, async () => {
      const root = await showView({ width, textSpacing: true, tab: 'All' });
      expect(getComputedStyle(root.querySelector('.ab-title')!).letterSpacing).toBe(`${0.12 * 13}px`);
      expectNoSidewaysScroll(root);
      const rows = dataRows(root);
      expect(rows.length).toBeGreaterThan(1);
      // In the wide table, Creator is a fixed column (names end in an ellipsis, as without spacing).
      expect(rows.flatMap((row) => rowProblems(row, { creatorMayTruncate: width > 900 }))).toEqual([]);
      expect(chromeProblems(root)).toEqual([]);
      await expectSortable(root);
    });
  }
});

describe("the reader's base font size (rem)", () => {
  test('a 20 px root enlarges the rows, the header and the summary by a quarter', async () => {
    const base = await showView({ width: 1100 });
    const sizeOf = (root: HTMLElement, selector: string) =>
      parseFloat(getComputedStyle(root.querySelector(selector)!).fontSize);
    const before = {
      title: sizeOf(base, '.ab-title'),
      tab: sizeOf(base, '.ab-tab'),
      summary: sizeOf(base, '.ab-summary-value'),
      row: dataRows(base)[0]!.getBoundingClientRect().height,
    };
    expect(before).toMatchObject({ title: 13, tab: 13, summary: 18 });
    await cleanupStory();
    const large = await showView({ width: 1100, rootFontSize: '20px' });
    expect(sizeOf(large, '.ab-title')).toBeCloseTo(16.25, 2);
    expect(sizeOf(large, '.ab-tab')).toBeCloseTo(16.25, 2);
    expect(sizeOf(large, '.ab-summary-value')).toBeCloseTo(22.5, 2);
    expect(dataRows(large)[0]!.getBoundingClientRect().height).toBeCloseTo(before.row * 1.25, 0);
  });
});
