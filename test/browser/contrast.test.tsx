// Non-text contrast (WCAG 2.2, 1.4.11): the edges and state indicators of controls need 3:1 against
// the colours next to them. axe checks text only, so this file measures the parts' real computed
// colours in Chromium, in light and dark (`light-dark()` comes back resolved), and where the browser
// draws the control itself (the native row checkbox) the pixels it painted.
import '../../src/styles/index.css';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { nextFrames } from './helpers';
import { cleanupStory, filterMenu, manage, runStory, summary, view, type RunnableStory } from './stories';

afterEach(cleanupStory);

/** WCAG 1.4.11: user-interface components and graphical objects. */
const NON_TEXT = 3;

type Rgb = readonly [number, number, number];
type Rgba = readonly [number, number, number, number];

// ---- colour: parse any computed colour, composite, WCAG relative luminance and contrast ----------

const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/**
 * A computed colour as 8-bit sRGB and alpha. Chromium serialises `light-dark()` and hex as `rgb()`,
 * but `color-mix()` as `color(srgb …)` or `oklab(…)`: a canvas paints any of them, so it reads them all.
 */
function parse(css: string): Rgba {
  if (!CSS.supports('color', css)) throw new Error(`Not a colour: ${css}`);
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` painted over the opaque `bottom`. */
function over([r, g, b, a]: Rgba, bottom: Rgb): Rgb {
  return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a)];
}

/** WCAG 2.x relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1 to 21. */
function ratio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The opaque colour behind `el`'s box: its own background and its ancestors', composited. */
function backdrop(el: Element | null): Rgb {
  const layers: Rgba[] = [];
  for (let node = el; node; node = node.parentElement) {
    const layer = parse(getComputedStyle(node).backgroundColor);
    if (layer[3] === 0) continue;
    layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight<Rgb>((below, layer) => over(layer, below), [255, 255, 255]);
}

/** A colour painted over `el`'s backdrop (a border or ring may be translucent). */
function paintedOn(css: string, el: Element | null): Rgb {
  return over(parse(css), backdrop(el));
}

/** The colour of the first ring (`0 0 0 Npx`, no blur) in a computed `box-shadow`, if any. */
function ringColor(el: Element): string | undefined {
  const shadows = getComputedStyle(el).boxShadow.split(/,(?![^(]*\))/);
  for (const shadow of shadows) {
    const color = /^\s*([a-z-]+\([^)]*\)|[a-z]+)/i.exec(shadow)?.[1];
    const lengths = shadow
      .replace(color ?? '', '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const [x, y, blur, spread] = lengths.filter((l) => l !== 'inset').map(parseFloat);
    if (color && x === 0 && y === 0 && blur === 0 && (spread ?? 0) > 0) return color;
  }
  return undefined;
}

const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

interface Measure {
  what: string;
  fg: Rgb;
  bg: Rgb;
}

function report(measures: Measure[]): { what: string; ratio: number }[] {
  const rows = measures.map((m) => ({ what: m.what, ratio: Math.round(ratio(m.fg, m.bg) * 100) / 100 }));
  console.log(
    measures.map((m, i) => `  ${rows[i]!.ratio.toFixed(2)}:1  ${m.what}  (${hex(m.fg)} on ${hex(m.bg)})`).join('\n'),
  );
  return rows;
}

function expectAtLeast(measures: Measure[], min = NON_TEXT): void {
  const rows = report(measures);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.filter((r) => r.ratio < min)).toEqual([]);
}

/** Lets entry animations (the popover's fade-in) finish: colours are read at full opacity. */
async function settle(): Promise<void> {
  const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  await nextFrames(2);
}

async function show(story: RunnableStory, scheme: 'light' | 'dark'): Promise<HTMLElement> {
  const canvas = await runStory(story, { scheme });
  await settle();
  return canvas;
}

function one<T extends Element>(scope: ParentNode, selector: string): T {
  const el = scope.querySelector<T>(selector);
  if (!el) throw new Error(`Nothing matches ${selector}`);
  return el;
}

/** The painted pixels of `el` (device pixels = CSS pixels here), read back from a screenshot. */
async function pixels(el: Element): Promise<ImageData> {
  const base64 = await page.screenshot({ element: el, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height);
}

/** Of the pixels across the middle of `data`, the one that stands out most from `bg` (a control's edge). */
function strongestAcrossMiddle(data: ImageData, bg: Rgb): Rgb {
  const y = Math.floor(data.height / 2);
  let best: Rgb = bg;
  for (let x = 0; x < data.width; x++) {
    const i = (y * data.width + x) * 4;
    const px: Rgb = [data.data[i]!, data.data[i + 1]!, data.data[i + 2]!];
    if (ratio(px, bg) > ratio(best, bg)) best = px;
  }
  return best;
}

/** The edge of a bordered box against what is outside it and what is inside it. */
function edge(what: string, el: Element): Measure[] {
  const border = getComputedStyle(el).borderTopColor;
  return [
    { what: `${what}, border vs outside`, fg: paintedOn(border, el.parentElement), bg: backdrop(el.parentElement) },
    { what: `${what}, border vs inside`, fg: paintedOn(border, el.parentElement), bg: backdrop(el) },
  ];
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`non-text contrast ≥ 3:1, ${scheme}`, () => {
    test('filter menu: an unchecked checkbox and an unchecked radio, against the popover', async () => {
      await show(filterMenu.AllStates, scheme);
      const menu = one(document, '.ab-popover');
      const checkbox = one(menu, '.ab-checkbox:not(:checked):not(:indeterminate)');
      const radio = one(menu, '.ab-radio:not(:checked)');
      // Under the pointer the option takes the hover colour: its box against that too.
      const option = checkbox.closest('.ab-option')!;
      await userEvent.hover(option);
      await settle();
      const onHover: Measure = {
        what: 'unchecked checkbox, border vs hovered option',
        fg: paintedOn(getComputedStyle(checkbox).borderTopColor, option),
        bg: backdrop(option),
      };
      await userEvent.unhover(option);
      await settle();
      expectAtLeast([
        onHover,
        ...edge('unchecked checkbox', checkbox),
        {
          what: 'unchecked checkbox, border vs popover',
          fg: paintedOn(getComputedStyle(checkbox).borderTopColor, menu),
          bg: backdrop(menu),
        },
        ...edge('unchecked radio', radio),
        {
          what: 'unchecked radio, border vs popover',
          fg: paintedOn(getComputedStyle(radio).borderTopColor, menu),
          bg: backdrop(menu),
        },
      ]);
    });

    test('the search box: its border against the header and its own background', async () => {
      const canvas = await show(view.FullView, scheme);
      expectAtLeast(edge('search box', one(canvas, '.ab-search .ab-input')));
    });

    test('the selected tab: its ring against the tab bar', async () => {
      const canvas = await show(view.FullView, scheme);
      const bar = one(canvas, '.ab-tabs');
      const selected = one(canvas, '.ab-tab[data-state="active"]');
      const ring = ringColor(selected);
      expect(ring, 'the selected tab draws a ring').toBeDefined();
      expectAtLeast([
        { what: 'selected tab, ring vs tab bar', fg: paintedOn(ring!, bar), bg: backdrop(bar) },
        { what: 'selected tab, ring vs its own fill', fg: paintedOn(ring!, bar), bg: backdrop(selected) },
      ]);
    });

    test('a pressed summary toggle: its accent ring against the surroundings and an unpressed card', async () => {
      const canvas = await show(summary.AllStates, scheme);
      const pressed = one(canvas, '.ab-summary-toggle[data-state="on"]');
      const unpressed = one(pressed.parentElement!, '.ab-summary-toggle[data-state="off"]');
      const ring = getComputedStyle(pressed).borderTopColor;
      expectAtLeast([
        {
          what: 'pressed toggle, ring vs summary background',
          fg: paintedOn(ring, pressed.parentElement),
          bg: backdrop(pressed.parentElement),
        },
        {
          what: 'pressed toggle, ring vs its own fill',
          fg: paintedOn(ring, pressed.parentElement),
          bg: backdrop(pressed),
        },
        {
          what: 'pressed toggle, ring vs an unpressed card',
          fg: paintedOn(ring, pressed.parentElement),
          bg: backdrop(unpressed),
        },
      ]);
    });

    test('the row checkbox (drawn by the browser): its painted edge against the row', async () => {
      const canvas = await show(manage.Default, scheme);
      // The pointer may rest over the list from an earlier test: park it on the tab bar.
      await userEvent.hover(one(canvas, '.ab-tabs'));
      await settle();
      const box = one<HTMLInputElement>(canvas, '.ab-row:not([data-selected]) .ab-row-select:not(:checked)');
      const bg = backdrop(box.parentElement);
      // Chromium paints a native box: #767676 in light, but the cell centres it on a fractional x, so
      // its 1px edge spreads over two device pixels. What counts is what is painted: the strongest.
      const data = await pixels(box);
      const painted = strongestAcrossMiddle(data, bg);
      // Under the pointer the row takes the hover colour: the same edge against that.
      await userEvent.hover(box);
      await settle();
      const hovered = backdrop(box.parentElement);
      const paintedHovered = strongestAcrossMiddle(await pixels(box), hovered);
      expectAtLeast([
        { what: 'row checkbox, painted edge vs row', fg: painted, bg },
        { what: 'row checkbox, painted edge vs hovered row', fg: paintedHovered, bg: hovered },
      ]);
    });

    test('the focus ring: on a toolbar button, the search box and a list row', async () => {
      await show(view.FullView, scheme);
      const measures: Measure[] = [];
      const ringOf = (el: Element, what: string) => {
        const s = getComputedStyle(el);
        if (el.matches('.ab-input')) {
          // The box's ring is its border in the focus colour (and a soft halo outside it).
          measures.push({
            what: `${what}, focus border vs outside`,
            fg: paintedOn(s.borderTopColor, el.parentElement),
            bg: backdrop(el.parentElement),
          });
          return;
        }
        expect(s.outlineStyle, what).not.toBe('none');
        // A ring drawn outside the box lies on the parent's colour; one inset, on the element's own.
        const on = parseFloat(s.outlineOffset) >= 0 ? el.parentElement : el;
        measures.push({
          what: `${what}, focus ring vs ${on === el ? 'its own fill' : 'outside'}`,
          fg: paintedOn(s.outlineColor, on),
          bg: backdrop(on),
        });
      };
      const seen = new Set<string>();
      for (let i = 0; i < 40 && seen.size < 3; i++) {
        await userEvent.tab();
        await settle(); // the focus colours fade in (border, background transitions)
        const el = document.activeElement;
        if (!el || !el.matches(':focus-visible')) continue;
        const kind = el.matches('.ab-filter-trigger')
          ? 'Filter button'
          : el.matches('.ab-search .ab-input')
            ? 'search box'
            : el.closest('.ab-list-body')
              ? 'list row'
              : undefined;
        if (!kind || seen.has(kind)) continue;
        seen.add(kind);
        ringOf(el, kind);
      }
      expect([...seen].sort()).toEqual(['Filter button', 'list row', 'search box']);
      expectAtLeast(measures);
    });
  });
}

// axe leaves text over a gradient as "needs review": the Needs you list scrolls between shadow cues
// drawn as gradients (scroll-cues.css), over a solid colour. Its text is measured here against that
// colour, as axe would measure it (WCAG 1.4.3: 4.5:1 for text of this size).
for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the Needs you entries' text, detail and source meet 4.5:1 on their background`, async () => {
    const canvas = await show(view.NeedsYou, scheme);
    const texts = Array.from(
      canvas.querySelectorAll<HTMLElement>('.ab-pinned-item-title, .ab-pinned-detail, .ab-pinned-source'),
    ).filter((el) => el.getClientRects().length > 0);
    expect(texts.length).toBeGreaterThanOrEqual(6);
    const measures: Measure[] = texts.map((el) => ({
      what: `${el.className} "${el.textContent?.slice(0, 24)}"`,
      fg: paintedOn(getComputedStyle(el).color, el),
      bg: backdrop(el),
    }));
    expectAtLeast(measures, 4.5);
  });
}

test('the measure can fail (a pale border on white is under 3:1) and reads any computed colour', async () => {
  const el = document.createElement('div');
  el.style.cssText = 'border:1px solid #e3e3e8;background:#fff;width:20px;height:20px';
  document.body.append(el);
  const [outside] = edge('pale box', el);
  expect(ratio(outside!.fg, outside!.bg)).toBeLessThan(NON_TEXT);
  expect(ratio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  expect(ratio(paintedOn('rgb(118, 118, 118)', el), [255, 255, 255])).toBeCloseTo(4.54, 2);
  // `color-mix()` (computed as `color(srgb …)`) and translucent colours are read and composited.
  el.style.color = 'color-mix(in srgb, #000 50%, #fff)';
  for (const css of [getComputedStyle(el).color, 'rgb(0 0 0 / 0.5)']) {
    for (const channel of paintedOn(css, el)) expect(Math.abs(channel - 128), css).toBeLessThanOrEqual(1);
  }
});
