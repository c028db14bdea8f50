// Screenshots of the main views, saved by every run to test-results/screenshots/ (git-ignored) for
// a person to look at. Each test also asserts what a user would notice in that picture.
import '../../src/styles/index.css';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { contrast, dataRows, luminance, nextFrames, until } from './helpers';
import { cleanupStory, runStory, summary, view, type RunnableStory } from './stories';

const OUT = '../../test-results/screenshots';

beforeEach(async () => {
  await page.viewport(1280, 800);
});
afterEach(cleanupStory);

async function shoot(name: string): Promise<void> {
  // Let the popovers' 140 ms entrance and the virtualiser's measuring settle first.
  await new Promise((r) => setTimeout(r, 250));
  await nextFrames(2);
  await page.screenshot({ path: `${OUT}/${name}.png` });
}

async function show(story: RunnableStory, scheme: 'light' | 'dark' = 'light'): Promise<HTMLElement> {
  const canvas = await runStory(story, { scheme });
  const root = canvas.querySelector<HTMLElement>('.ab-view')!;
  expect(root).not.toBeNull();
  return root;
}

/** Every element of the view that sticks out past the right edge of the viewport. */
/**
 * An ancestor that hides its overflow (not one that scrolls: sideways scrolling is what the check
 * looks for) ends before `limit`, so what lies beyond it is not painted.
 */
function clippedBefore(el: HTMLElement, limit: number): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) {
    const overflow = getComputedStyle(a).overflowX;
    if ((overflow === 'hidden' || overflow === 'clip') && a.getBoundingClientRect().right <= limit) return true;
  }
  return false;
}

/** Elements painted past the viewport's right edge (what clips them before it does not count). */
function overflowingRight(root: HTMLElement): string[] {
  const limit = document.documentElement.clientWidth + 0.5;
  return Array.from(root.querySelectorAll<HTMLElement>('*'))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > limit && !el.closest('.ab-visually-hidden') && !clippedBefore(el, limit);
    })
    .map(
      (el) =>
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`,
    );
}

function insideViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth + 0.5 && r.bottom <= window.innerHeight + 0.5;
}

function colors(el: Element) {
  const s = getComputedStyle(el);
  return { fg: s.color, bg: s.backgroundColor };
}

describe('full view', () => {
  test('light, wide: a light surface, readable text, nothing overflowing', async () => {
    const root = await show(view.FullView);
    await shoot('full-view-light-wide');
    const { fg, bg } = colors(root);
    expect(luminance(bg)).toBeGreaterThan(0.8);
    expect(contrast(fg, bg)).toBeGreaterThan(7);
    expect(overflowingRight(root)).toEqual([]);
    // The list fills the space under the header: at least ten rows are on screen at 800 px.
    expect(
      dataRows(root).filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length,
    ).toBeGreaterThanOrEqual(8);
  });

  test('dark, wide: a dark surface, light text, and status badges readable on it', async () => {
    const root = await show(view.FullView, 'dark');
    await shoot('full-view-dark-wide');
    const { fg, bg } = colors(root);
    expect(luminance(bg)).toBeLessThan(0.05);
    expect(contrast(fg, bg)).toBeGreaterThan(7);
    const badges = Array.from(root.querySelectorAll('.ab-status-badge'));
    expect(badges.length).toBeGreaterThan(3);
    for (const badge of badges) {
      const label = badge.querySelector('.ab-badge-label')!;
      let bgEl: Element | null = badge;
      while (bgEl && getComputedStyle(bgEl).backgroundColor === 'rgba(0, 0, 0, 0)') bgEl = bgEl.parentElement;
      expect(contrast(getComputedStyle(label).color, getComputedStyle(bgEl!).backgroundColor)).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}, narrow (390 px phone): nothing sticks out sideways, title and status stay visible`, async () => {
      await page.viewport(390, 844);
      const root = await show(view.FullView, scheme);
      await shoot(`full-view-${scheme}-narrow`);
      expect(overflowingRight(root)).toEqual([]);
      const filter = root.querySelector('.ab-filter-trigger')!;
      expect(insideViewport(filter)).toBe(true);
      const row = dataRows(root)[0]!;
      const title = row.querySelector<HTMLElement>('[data-column="title"]')!;
      const status = row.querySelector<HTMLElement>('[data-column="status"]')!;
      expect(title.getBoundingClientRect().width).toBeGreaterThan(140);
      // Every row's title text keeps its line, a row with artifacts too (a chip squeezed it to 0 px).
      for (const r of dataRows(root).slice(0, 8)) {
        expect(r.querySelector('.ab-title')!.getBoundingClientRect().width, r.textContent!).toBeGreaterThan(100);
      }
      expect(insideViewport(status.querySelector('.ab-status-badge')!)).toBe(true);
      // When each ran stays on screen: the created time is a second line under the status.
      for (const r of dataRows(root).slice(0, 5)) {
        const time = r.querySelector<HTMLElement>('[data-column="createdAt"] time')!;
        expect(time.getBoundingClientRect().width, r.textContent!).toBeGreaterThan(20);
        expect(insideViewport(time)).toBe(true);
        expect(time.scrollWidth).toBeLessThanOrEqual(time.clientWidth + 1);
      }
    });
  }

  test('a host panel 360 px wide (Narrow container story)', async () => {
    const root = await show(view.NarrowContainer);
    await shoot('full-view-light-narrow-container');
    const frame = root.parentElement!.getBoundingClientRect();
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('.ab-toolbar *, .ab-summary *'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0) expect(r.right).toBeLessThanOrEqual(frame.right + 0.5);
    }
  });

  test('few items: twelve rows, the rest of the panel is empty list, not stretched rows', async () => {
    const canvas = await runStory(view.FullView, { scheme: 'light' });
    // Re-render the story with only a dozen items.
    canvas.remove();
    const { sampleItems } = await import('../../stories/story-helpers');
    const few = sampleItems(12, 3);
    const c2 = document.createElement('div');
    c2.style.height = '100vh';
    document.body.append(c2);
    await view.AllTab.run({
      canvasElement: c2,
      args: { ...view.AllTab.args, items: few },
      globals: { colorScheme: 'light' },
    });
    const root = c2.querySelector<HTMLElement>('.ab-view')!;
    await shoot('full-view-light-few-items');
    const rows = dataRows(root);
    expect(rows.length).toBe(few.filter((i) => i.kind === 'ambient' || i.creator.id === 'u_me').length);
    const heights = new Set(rows.map((r) => Math.round(r.getBoundingClientRect().height)));
    expect(heights.size).toBe(1);
  });

  test('many items (10,000): the count in the tab and a full screen of rows', async () => {
    const root = await show(view.TenThousandItems);
    await shoot('full-view-light-10000-items');
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.textContent).toMatch(/9,\d{3}/);
    expect(dataRows(root).length).toBeGreaterThan(10);
  });
});

describe('the header', () => {
  test('1,100 px: the chips of a chosen filter sit on the toolbar line, so the view below does not move', async () => {
    await page.viewport(1100, 800);
    const root = await show(view.FullView);
    const body = () => root.querySelector<HTMLElement>('.ab-body')!.getBoundingClientRect().top;
    const before = body();
    await userEvent.click(page.getByRole('button', { name: /^Failed/ }));
    const chips = await until(() => root.querySelector<HTMLElement>('.ab-chips')!);
    expect(body()).toBe(before);
    const search = root.querySelector<HTMLElement>('.ab-search')!.getBoundingClientRect();
    const tabs = root.querySelector<HTMLElement>('.ab-tabs')!.getBoundingClientRect();
    const c = chips.getBoundingClientRect();
    // Between the tabs and the search, on their line.
    expect(c.left).toBeGreaterThanOrEqual(tabs.right);
    expect(c.right).toBeLessThanOrEqual(search.left);
    expect(c.top).toBeLessThan(search.bottom);
  });
});

describe('popovers', () => {
  test('the Creator list ends on a whole option, and shows a cue at an edge with more beyond it', async () => {
    const root = await show(view.FullView);
    await userEvent.click(page.getByRole('tab', { name: 'All' }));
    await userEvent.click(page.getByRole('button', { name: 'Filter' }));
    const menu = await until(() => root.querySelector<HTMLElement>('[role="dialog"]')!);
    const list = menu.querySelector<HTMLElement>('fieldset[data-field="creators"] .ab-options')!;
    await until(() => expect(list.scrollHeight).toBeGreaterThan(list.clientHeight));
    // The list's bottom edge falls between two options, never through one's text.
    const bottom = list.getBoundingClientRect().bottom;
    const options = Array.from(list.querySelectorAll<HTMLElement>('.ab-option'));
    const cut = options.filter((o) => {
      const r = o.getBoundingClientRect();
      return r.top < bottom - 1 && r.bottom > bottom + 1;
    });
    expect(cut.map((o) => o.textContent)).toEqual([]);
    // The cue is the list's own background: shadows (radial gradients) under covers that scroll away.
    expect(getComputedStyle(list).backgroundImage).toContain('radial-gradient');
    expect(getComputedStyle(list).backgroundAttachment).toContain('local');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: the filter menu opens fully on screen, above the list`, async () => {
      const root = await show(view.FullView, scheme);
      await userEvent.click(page.getByRole('tab', { name: 'All' }));
      await userEvent.click(page.getByRole('button', { name: 'Filter' }));
      const menu = await until(() => root.querySelector<HTMLElement>('[role="dialog"]')!);
      await shoot(`filter-menu-open-${scheme}`);
      expect(insideViewport(menu)).toBe(true);
      const r = menu.getBoundingClientRect();
      // What is painted at the menu's centre belongs to the menu (nothing covers it).
      expect(menu.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2))).toBe(true);
      const { fg, bg } = colors(menu);
      expect(contrast(fg, bg)).toBeGreaterThan(7);
    });

    test(`${scheme}: the credits breakdown opens on screen and lists sources and creators`, async () => {
      const canvas = await runStory(summary.InTheFullView, { scheme });
      // On All, where teammates' credits count too ("By creator" is left out when all are the viewer's).
      await userEvent.click(page.getByRole('tab', { name: 'All' }));
      // (The Credits column's sort button is also named "Credits": take the summary's.)
      await userEvent.click(page.elementLocator(canvas.querySelector('.ab-summary-credits')!));
      const breakdown = await until(() => canvas.querySelector<HTMLElement>('[role="dialog"]')!);
      await shoot(`summary-breakdown-open-${scheme}`);
      expect(insideViewport(breakdown)).toBe(true);
      expect(breakdown.textContent).toContain('By source');
      expect(breakdown.textContent).toContain('By creator');
      const r = breakdown.getBoundingClientRect();
      expect(breakdown.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2))).toBe(true);
    });
  }
});

describe('states', () => {
  const states = {
    empty: view.Empty,
    loading: view.Loading,
    error: view.ErrorWithRetry,
    'needs-you': view.NeedsYou,
    'custom-theme': view.CustomTheme,
    'no-credits': view.NoCreditsData,
    'huge-credits': view.HugeCreditsTotal,
  };
  for (const [name, story] of Object.entries(states)) {
    test(`${name}: rendered without overflow`, async () => {
      const root = await show(story);
      await shoot(`state-${name}-light`);
      expect(overflowingRight(root)).toEqual([]);
    });
  }

  // Regression: the section used to shrink in the body's flex column and cut its second entry in half.
  test('needs you: every pinned entry (two here) shows in full at 1280×800, not cut by the list below', async () => {
    const root = await show(view.FullView);
    const section = root.querySelector<HTMLElement>('.ab-pinned')!;
    const list = section.querySelector<HTMLElement>('.ab-pinned-list')!;
    const entries = Array.from(list.querySelectorAll<HTMLElement>('.ab-pinned-entry'));
    expect(entries.length).toBe(2);
    // Both the list's own scroll box and the section around it (which clips with overflow: hidden).
    const bottom = Math.min(list.getBoundingClientRect().bottom, section.getBoundingClientRect().bottom);
    for (const entry of entries) expect(entry.getBoundingClientRect().bottom).toBeLessThanOrEqual(bottom + 0.5);
  });

  test('no match: the message and its way out, not an empty grid (rendered without its play function)', async () => {
    const NoMatch = view.NoMatch;
    const { mount } = await import('./helpers');
    const container = await mount(<NoMatch />);
    const root = container.querySelector<HTMLElement>('.ab-view')!;
    await until(() => expect(root.textContent).toContain('No items match these filters'));
    await shoot('state-no-match-light');
    const clear = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Clear filters')!;
    expect(insideViewport(clear)).toBe(true);
  });

  test('custom theme: the accent reaches the active tab and the font reaches the text', async () => {
    const root = await show(view.CustomTheme);
    expect(getComputedStyle(root).fontFamily).toContain('Georgia');
    expect(getComputedStyle(root).getPropertyValue('--ab-accent').trim()).toBe('#7c3aed');
  });
});

// Regressions first seen in these screenshots; each test failed before its fix.
describe('layout regressions', () => {
  // The Credits column was narrower than 12-character values like 7,444,442.56: the end-aligned
  // number overflowed to the left and the cell cut off its leading digits (it read as 444,442.56).
  test('huge credits: every value stays inside its Credits cell, whole up to 12 characters, with its value as a title', async () => {
    const root = await show(view.HugeCreditsTotal);
    const cells = Array.from(root.querySelectorAll<HTMLElement>('[role="row"][data-index] [data-column="credits"]'));
    expect(cells.length).toBeGreaterThan(5);
    expect(
      cells.some((cell) => /^\d,\d{3},\d{3}\.\d{1,2}$/.test(cell.firstElementChild?.getAttribute('title') ?? '')),
    ).toBe(true);
    for (const cell of cells) {
      const cellBox = cell.getBoundingClientRect();
      const span = cell.firstElementChild as HTMLElement;
      // A value cut with an ellipsis is painted only inside its span; a whole one is its text.
      // (Words kept only for screen readers, clipped to 1 px, are not painted and do not count.)
      const range = document.createRange();
      const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
      let node: Node | null = null;
      for (let n = walker.nextNode(); n && !node; n = walker.nextNode()) {
        if (!n.parentElement!.closest('.ab-visually-hidden') && n.textContent!.trim()) node = n;
      }
      range.selectNodeContents(node ?? span);
      const text = span.title.length <= 12 ? range.getBoundingClientRect() : span.getBoundingClientRect();
      expect(text.left, cell.textContent!).toBeGreaterThanOrEqual(cellBox.left - 0.5);
      expect(text.right, cell.textContent!).toBeLessThanOrEqual(cellBox.right + 0.5);
      // Up to twelve characters (7,444,442.56) show whole; a longer one ends in an ellipsis.
      if (span.title.length <= 12)
        expect(span.scrollWidth, cell.textContent!).toBeLessThanOrEqual(span.clientWidth + 1);
      else expect(getComputedStyle(span).textOverflow).toBe('ellipsis');
      // The unit beside the number is part of the text only on the two-line row.
      const unit = span.querySelector('.ab-cell-unit')?.textContent ?? '';
      // A missing value ("—", read as "Not applicable") has no number to carry.
      if (span.querySelector('.ab-visually-hidden')) expect(span.title).toBe('');
      else expect(span.title).toBe(span.textContent!.replace(unit, ''));
    }
  });

  // With no item reporting credits the total used to read "0", which claims nothing was spent.
  test('no credits data: the credits total does not claim 0', async () => {
    const root = await show(view.NoCreditsData);
    // Hiding the credits tile, or showing "—" / "No credit usage reported" in it, both answer this.
    const tile = root.querySelector<HTMLElement>('.ab-summary-credits');
    expect(tile?.textContent ?? '').not.toMatch(/(^|\D)0(\D|$)/);
  });

  // --ab-list-columns used rem, so a larger --ab-font-size or a wider face (the Custom theme story:
  // 14px Georgia) cut "Yesterday, 3:12 PM" and the Duration header short. Columns are in em now.
  test('custom theme: dates and column headers are not truncated', async () => {
    const root = await show(view.CustomTheme);
    const leaves = Array.from(
      root.querySelectorAll<HTMLElement>('[role="columnheader"] *, [data-column="createdAt"] *'),
    ).filter((el) => el.children.length === 0 && el.getBoundingClientRect().width > 1);
    expect(leaves.some((el) => el.textContent === 'Duration')).toBe(true);
    // Relative times: "Yesterday" and the like, the full date in the time's data-full (the tooltip's text).
    expect(
      leaves.some((el) => el.textContent === 'Yesterday' && /\d{4}/.test(el.getAttribute('data-full') ?? '')),
    ).toBe(true);
    const clipped = leaves.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent);
    expect(clipped).toEqual([]);
  });
});
