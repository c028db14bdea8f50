// The list's columns in real Chromium, at the widths the container queries switch on and in the themes
// hosts use: what a user would see cut off, spilled over a neighbour, or missing.
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { AgentManagementView, type AgentboardTheme, type AgentItem } from '../../src';
import { dataRows, mount, nextFrames, until } from './helpers';

// 2026-01-15 16:00 UTC; the time zone is UTC so the labels below are exact.
const NOW = Date.UTC(2026, 0, 15, 16, 0);
const VIEWER = { id: 'u_me', name: 'Alex Morgan' };
const TEAMMATE = { id: 'u_priya', name: 'Priya Raghunathan-Whitcombe' };

function item(id: string, overrides: Partial<AgentItem>): AgentItem {
  const createdAt = overrides.createdAt ?? new Date(NOW - 3_600_000);
  return {
    id,
    kind: 'ambient',
    title: `Run ${id}`,
    source: 'github_actions',
    status: 'canceled',
    rawStatus: 'cancelled',
    createdAt,
    startedAt: createdAt,
    endedAt: new Date(createdAt.getTime() + 86_340_000), // 23h 59m
    creator: TEAMMATE,
    sessionState: 'available',
    ...overrides,
  };
}

/** The widest label each column shows in en-US, one row each. */
const ITEMS: AgentItem[] = [
  // "Nov 20, 2025, 12:59 PM": the longest Created label (another year, two-digit day and hour).
  item('year', {
    createdAt: new Date(Date.UTC(2025, 10, 20, 12, 59)),
    credits: 7_444_442.56,
    title: 'Nightly dependency audit',
  }),
  // "Yesterday, 11:59 PM"
  item('yesterday', {
    createdAt: new Date(Date.UTC(2026, 0, 14, 23, 59)),
    credits: 9_246_913.5,
    status: 'working',
    rawStatus: 'running',
    endedAt: undefined,
  }),
  // "Dec 22, 10:48 AM"
  item('this-year', {
    createdAt: new Date(Date.UTC(2025, 11, 22, 10, 48)),
    credits: 1_234_567.89,
    status: 'blocked',
    rawStatus: 'blocked',
    statusDetail: 'Needs input: which staging database should be used?',
  }),
  item('failed', {
    createdAt: new Date(NOW - 600_000),
    credits: 0.004,
    status: 'failed',
    rawStatus: 'failed',
    statusDetail: 'Exit code 1: npm test failed in packages/api',
    kind: 'interactive',
    source: 'interactive',
    creator: VIEWER,
    conversationId: 'c1',
  }),
];

const THEMES: Record<string, AgentboardTheme | undefined> = {
  'default (13 px)': undefined,
  'Georgia 14 px': { fontFamily: 'Georgia, "DejaVu Serif", "Liberation Serif", serif', fontSize: 14 },
  'system 16 px': { fontSize: 16 },
};

afterEach(async () => {
  await page.viewport(1280, 800);
});

async function mountList(width: number, theme?: AgentboardTheme, items: AgentItem[] = ITEMS, density?: 'compact') {
  const container = await mount(
    <AgentManagementView
      items={items}
      viewerId={VIEWER.id}
      defaultTab="all"
      summary={false}
      now={NOW}
      timeZone="UTC"
      locale="en-US"
      theme={theme}
      density={density}
      colorScheme="light"
    />,
    { width, height: 700 },
  );
  await until(() => expect(dataRows(container).length).toBe(items.length));
  await nextFrames(2);
  return container;
}

function shown(el: Element): boolean {
  const r = el.getBoundingClientRect();
  // Visually hidden labels (1 px, clipped: the narrow columns' words kept for screen readers) don't count.
  return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
}

/** Leaf text elements in headers and the Created/Duration/Credits cells that are cut (ellipsis). */
function clippedTexts(root: ParentNode): string[] {
  const selector = [
    '[role="columnheader"] *',
    '[role="gridcell"]:is([data-column="createdAt"], [data-column="duration"], [data-column="credits"]) *',
    '[role="gridcell"][data-column="status"] .ab-badge-label',
  ].join(', ');
  return Array.from(root.querySelectorAll<HTMLElement>(selector))
    .filter((el) => el.children.length === 0 && shown(el) && el.scrollWidth > el.clientWidth)
    .map((el) => `${el.closest('[data-column]')?.getAttribute('data-column')}: ${el.textContent}`);
}

/**
 * Text that reaches past its own cell: a cell clips (overflow: hidden), so such text is cut at the
 * edge — an end-aligned number then loses its leading digits, which reads as a smaller number.
 */
function spilling(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[role="row"] > [data-column]'))
    .filter(shown)
    .flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      return Array.from(cell.querySelectorAll<HTMLElement>('*'))
        .filter((el) => el.children.length === 0 && (el.textContent ?? '').trim() !== '' && shown(el))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5;
        })
        .map((el) => {
          const r = el.getBoundingClientRect();
          return `${cell.getAttribute('data-column')}: ${el.textContent} (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`;
        });
    });
}

describe("columns follow the theme's font and size", () => {
  for (const [name, theme] of Object.entries(THEMES)) {
    for (const width of [1280, 900, 640]) {
      test(`${name}, ${width} px: headers, dates, durations, credits and badges are whole and inside their cells`, async () => {
        const container = await mountList(width, theme);
        expect(clippedTexts(container)).toEqual([]);
        expect(spilling(container)).toEqual([]);
        // The grid never scrolls sideways: every column fits the container.
        const scroller = container.querySelector<HTMLElement>('.ab-list-scroller')!;
        expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth + 1);
      });
    }
  }

  test('the widest Created label is the one with a year, and it fits at 13 px and at 14 px Georgia', async () => {
    for (const theme of [THEMES['default (13 px)'], THEMES['Georgia 14 px']]) {
      const container = await mountList(1280, theme);
      const times = Array.from(container.querySelectorAll('[data-column="createdAt"] time')).map((t) => t.textContent);
      // Relative labels: another year keeps its year; the full date and time are the tooltip's text (data-full).
      expect([...times].sort()).toEqual(['10m ago', 'Dec 22, 2025', 'Nov 20, 2025', 'Yesterday']);
      const year = container.querySelector<HTMLElement>('[data-column="createdAt"] time[datetime^="2025-11-20"]')!;
      expect(year.dataset.full).toBe('Thursday, November 20, 2025 at 12:59:00 PM UTC');
      expect(clippedTexts(container)).toEqual([]);
      container.remove();
    }
  });

  test('the columns are sized in em: a larger font widens Created and Credits with it', async () => {
    const widthOf = (c: HTMLElement, column: string) =>
      c.querySelector<HTMLElement>(`[role="row"][data-index] > [data-column="${column}"]`)!.getBoundingClientRect()
        .width;
    const small = await mountList(1280, THEMES['default (13 px)']);
    const [created13, credits13] = [widthOf(small, 'createdAt'), widthOf(small, 'credits')];
    small.remove();
    const large = await mountList(1280, THEMES['system 16 px']);
    // Each column is an em width plus the cells' fixed 12 px padding either side: the em part scales.
    const padding = 2 * 12;
    expect((widthOf(large, 'createdAt') - padding) / (created13 - padding)).toBeCloseTo(16 / 13, 1);
    expect((widthOf(large, 'credits') - padding) / (credits13 - padding)).toBeCloseTo(16 / 13, 1);
    // Created holds at least 7em: "Nov 20, 2025", the widest relative label.
    expect(widthOf(large, 'createdAt')).toBeGreaterThanOrEqual(7 * 16);
  });
});

describe('credits', () => {
  test('a value wider than its column ends in an ellipsis inside the cell, with the whole number in its title', async () => {
    const huge = [item('huge', { credits: 987_654_321_098.76 }), ...ITEMS.slice(1)];
    const container = await mountList(1280, undefined, huge);
    const row = container.querySelector<HTMLElement>('[role="row"][data-index] [title="987,654,321,098.76"]');
    expect(row).not.toBeNull();
    const span = row!;
    const cell = span.closest<HTMLElement>('[data-column="credits"]')!;
    expect(getComputedStyle(span).textOverflow).toBe('ellipsis');
    expect(span.scrollWidth).toBeGreaterThan(span.clientWidth);
    const s = span.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    expect(s.left).toBeGreaterThanOrEqual(c.left - 0.5);
    expect(s.right).toBeLessThanOrEqual(c.right + 0.5);
    // The Duration cell beside it is untouched: nothing of the credits is painted over it.
    const duration = cell.previousElementSibling!.getBoundingClientRect();
    expect(s.left).toBeGreaterThanOrEqual(duration.right - 0.5);
  });

  test('every credits cell carries its value as a title', async () => {
    const container = await mountList(1280);
    for (const span of Array.from(
      container.querySelectorAll<HTMLElement>('[role="row"][data-index] [data-column="credits"] > span'),
    )) {
      // The unit beside the number shows only on the two-line row, where no header names the column.
      const unit = span.querySelector<HTMLElement>('.ab-cell-unit');
      expect(unit && getComputedStyle(unit).display).toBe('none');
      expect(span.title).toBe(span.textContent!.replace(unit!.textContent!, ''));
      expect(span.title).toMatch(/^(<0\.01|[\d,]+\.\d{2})$/);
    }
  });
});

describe('phone width (390 px)', () => {
  for (const density of [undefined, 'compact'] as const) {
    test(`${density ?? 'comfortable'}: every row still shows when it was created, and a readable title beside the status`, async () => {
      const container = await mountList(390, undefined, ITEMS, density);
      for (const row of dataRows(container)) {
        const rowBox = row.getBoundingClientRect();
        const title = row.querySelector<HTMLElement>('[data-column="title"]')!.getBoundingClientRect();
        const status = row
          .querySelector<HTMLElement>('[data-column="status"] .ab-status-badge')!
          .getBoundingClientRect();
        const time = row.querySelector<HTMLElement>('[data-column="createdAt"] time')!;
        const t = time.getBoundingClientRect();
        expect(title.width).toBeGreaterThan(140);
        expect(t.width).toBeGreaterThan(0);
        expect(time.scrollWidth).toBeLessThanOrEqual(time.clientWidth + 1);
        // Inside the row, not over the status badge.
        expect(t.top).toBeGreaterThanOrEqual(rowBox.top - 0.5);
        expect(t.bottom).toBeLessThanOrEqual(rowBox.bottom + 0.5);
        expect(t.right).toBeLessThanOrEqual(rowBox.right + 0.5);
        const overlaps =
          t.left < status.right && t.right > status.left && t.top < status.bottom && t.bottom > status.top;
        expect(overlaps).toBe(false);
        // Muted, like the Created column.
        expect(getComputedStyle(time.parentElement!).color).not.toBe(
          getComputedStyle(row.querySelector('.ab-title')!).color,
        );
      }
      // The header is a row of sort buttons: every column stays sortable, none is dropped.
      const heads = Array.from(container.querySelectorAll<HTMLElement>('[role="columnheader"]')).filter(shown);
      expect(heads.map((h) => h.getAttribute('data-column'))).toEqual([
        'title',
        'source',
        'status',
        'creator',
        'createdAt',
        'duration',
        'credits',
      ]);
      expect(spilling(container)).toEqual([]);
    });
  }
});

describe("the theme's rowHeight", () => {
  const rowBoxes = (container: HTMLElement) =>
    dataRows(container)
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((row) => row.getBoundingClientRect());

  test('makes rows taller in either density, and the rows are placed at that height (no overlap, no gap)', async () => {
    for (const density of [undefined, 'compact'] as const) {
      const plain = rowBoxes(await mountList(1280, undefined, ITEMS, density));
      const tall = rowBoxes(await mountList(1280, { rowHeight: 56 }, ITEMS, density));
      expect(plain[0]!.height).toBeLessThan(56);
      for (const [i, box] of tall.entries()) {
        expect(Math.round(box.height)).toBe(56);
        if (i > 0) expect(Math.round(box.top - tall[i - 1]!.top)).toBe(56);
      }
    }
  });

  test('is a minimum: a row never gets shorter than its text needs', async () => {
    const plain = rowBoxes(await mountList(1280));
    const small = rowBoxes(await mountList(1280, { rowHeight: 12 }));
    expect(small.map((box) => Math.round(box.height))).toEqual(plain.map((box) => Math.round(box.height)));
  });
});
