// The list at the container widths hosts embed it in (phone, tablet, laptop, desktop), light and dark,
// few and many items: screenshots under test-results/list-widths/ for a person to look at, and what a
// user would notice in them — how much room titles get, the two-line row keeping every field, and
// nothing spilling out of a row.
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { AgentList, AgentboardRoot, type AgentboardLabels, type AgentItem } from '../../src';
import { de } from '../../src/locales/de';
import { es } from '../../src/locales/es';
import { fr } from '../../src/locales/fr';
import { ja } from '../../src/locales/ja';
import { generateParsedItems, SAMPLE_NOW, SAMPLE_VIEWER } from '../fixtures/sample-data';
import { withInspectData } from '../../stories/story-helpers';
import { dataRows, mount, nextFrames, until } from './helpers';

const OUT = '../../test-results/list-widths';
const WIDTHS = [390, 768, 1100, 1440] as const;
const MANY = generateParsedItems({ count: 200 });
const FEW = MANY.slice(0, 5);

afterEach(() => {
  document.body.style.background = '';
});

async function showList(
  width: number,
  items: AgentItem[],
  scheme: 'light' | 'dark' = 'light',
  locale = 'en-US',
  labels?: AgentboardLabels,
) {
  await page.viewport(Math.max(width, 400), 800);
  document.body.style.background = scheme === 'dark' ? '#000' : '#fff';
  const container = await mount(
    <AgentboardRoot
      colorScheme={scheme}
      now={SAMPLE_NOW}
      timeZone="UTC"
      locale={locale}
      viewerId={SAMPLE_VIEWER.id}
      labels={labels}
    >
      <AgentList items={items} height={items.length > 10 ? 640 : undefined} />
    </AgentboardRoot>,
    { width, height: 'auto' },
  );
  await until(() => expect(dataRows(container).length).toBeGreaterThan(0));
  await nextFrames(2);
  return container;
}

/** Every element inside a row whose box reaches past the row's edges (horizontally or vertically). */
function spilling(container: HTMLElement): string[] {
  const out: string[] = [];
  for (const row of dataRows(container)) {
    const r = row.getBoundingClientRect();
    for (const el of row.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.ab-visually-hidden')) continue;
      const b = el.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      if (b.left < r.left - 0.5 || b.right > r.right + 0.5 || b.top < r.top - 0.5 || b.bottom > r.bottom + 0.5) {
        out.push(`${row.dataset.index}: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      }
    }
  }
  return out;
}

describe('the list at common widths', () => {
  for (const width of WIDTHS) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [amount, items] of [
        ['few', FEW],
        ['many', MANY],
      ] as const) {
        test(`${width} px, ${scheme}, ${amount} items: nothing spills out of a row`, async () => {
          const container = await showList(width, items, scheme);
          await page.screenshot({ path: `${OUT}/list-${width}-${scheme}-${amount}.png` });
          expect(spilling(container)).toEqual([]);
        });
      }
    }
  }

  test('1,100 px: the title takes the free space (over 40% of the row), metadata columns size to content', async () => {
    const container = await showList(1100, MANY);
    const row = dataRows(container)[0]!;
    const title = row.querySelector<HTMLElement>('[data-column="title"]')!;
    const share = title.getBoundingClientRect().width / row.getBoundingClientRect().width;
    expect(share).toBeGreaterThan(0.4);
    // No metadata column is more than its widest content plus padding and a header's sort icon.
    for (const id of ['createdAt', 'duration', 'credits']) {
      const cells = dataRows(container).map((r) => r.querySelector<HTMLElement>(`[data-column="${id}"]`)!);
      const widest = Math.max(...cells.map((c) => (c.firstElementChild as HTMLElement).scrollWidth));
      expect(cells[0]!.getBoundingClientRect().width - widest).toBeLessThan(60);
    }
  });

  for (const [locale, labels] of [
    ['de-DE', de],
    ['fr-FR', fr],
    ['es-ES', es],
    ['ja-JP', ja],
  ] as const) {
    test(`1,100 px, ${locale}: the longest durations and every status are whole (the columns hold the language's words)`, async () => {
      const long = MANY.slice(0, 12).map((item, i) => ({
        ...item,
        status: 'success' as const,
        kind: 'ambient' as const,
        // 59m 59s, 23h 59m and 99d 23h: the widest value of each unit pair.
        startedAt: new Date(SAMPLE_NOW - 200 * 86_400_000),
        finishedAt: new Date(SAMPLE_NOW - 200 * 86_400_000 + [3_599_000, 86_340_000, 8_636_400_000][i % 3]!),
      }));
      const statuses = ['working', 'blocked', 'canceled', 'failed', 'success'] as const;
      const mixed = long.map((item, i) => ({ ...item, status: statuses[i % 5]! }));
      const container = await showList(1100, mixed, 'light', locale, labels);
      const spans = dataRows(container).map((r) => r.querySelector<HTMLElement>('[data-column="duration"] > span')!);
      const badges = dataRows(container).map((r) =>
        r.querySelector<HTMLElement>('[data-column="status"] .ab-badge-label')!,
      );
      expect(spans.length).toBeGreaterThan(0);
      expect(new Set(badges.map((b) => b.textContent))).toEqual(new Set(statuses.map((s) => labels.statuses[s])));
      for (const el of [...spans, ...badges])
        expect(el.scrollWidth, el.textContent ?? '').toBeLessThanOrEqual(el.clientWidth);
      expect(spilling(container)).toEqual([]);
    });
  }

  for (const width of [768, 1100]) {
    test(`${width} px: a row's artifacts give way a whole chip at a time, never cut through a word`, async () => {
      const container = await showList(width, withInspectData(MANY));
      let seen = 0;
      for (const list of container.querySelectorAll<HTMLElement>('.ab-row-artifacts')) {
        const box = list.getBoundingClientRect();
        for (const chip of list.children) {
          const r = chip.getBoundingClientRect();
          const inside = r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5;
          const hidden = r.top >= box.bottom - 0.5;
          expect(inside || hidden, chip.textContent ?? '').toBe(true);
          if (inside) seen += 1;
        }
      }
      // Some chips show: the rule hides the ones that do not fit, not all of them.
      expect(seen).toBeGreaterThan(0);
    });
  }

  test('390 px: a two-line row keeps source, creator, duration and credits readable', async () => {
    const container = await showList(390, MANY);
    const row = dataRows(container)[0]!;
    const rowBox = row.getBoundingClientRect();
    const title = row.querySelector('[data-column="title"]')!.getBoundingClientRect();
    for (const id of ['source', 'creator', 'duration', 'credits', 'createdAt', 'status']) {
      const cell = row.querySelector<HTMLElement>(`[data-column="${id}"]`)!;
      const box = cell.getBoundingClientRect();
      expect(box.width, id).toBeGreaterThan(16);
      // The created time and the status share the title's line; the rest is the second line.
      if (id !== 'createdAt' && id !== 'status') {
        expect(box.top, `${id} is on the second line`).toBeGreaterThanOrEqual(title.bottom - 1);
      }
      expect(box.right, id).toBeLessThanOrEqual(rowBox.right + 0.5);
      expect(cell.innerText.trim().length, `${id} shows words`).toBeGreaterThan(0);
    }
    // The creator's name is shown, not only an avatar.
    expect(row.querySelector<HTMLElement>('.ab-creator-name')!.getBoundingClientRect().width).toBeGreaterThan(10);
  });
});
