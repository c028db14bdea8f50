// Forced colours (Windows High Contrast; Chromium's `forced-colors: active`, emulated over CDP): every
// state must survive the system palette. Screenshots go to test-results/forced-colors/ for a person to
// look at; each test asserts what a user of that mode would notice.
import '../../src/styles/index.css';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { nextFrames, until } from './helpers';
import { cleanupStory, runStory, view } from './stories';

const OUT = '../../test-results/forced-colors';

beforeEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  await page.viewport(1100, 700);
});
afterEach(async () => {
  cleanupStory();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const style = (el: Element) => getComputedStyle(el);
const outlined = (el: Element) => style(el).outlineStyle !== 'none' && parseFloat(style(el).outlineWidth) > 0;

describe('forced colours', () => {
  test('the media query is on (the emulation works)', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  test('the active tab and a pressed summary card are outlined; the others are not', async () => {
    const canvas = await runStory(view.FullView);
    await userEvent.click(page.getByRole('button', { name: /^Failed/ }));
    await nextFrames(2);
    await page.screenshot({ path: `${OUT}/tabs-summary.png` });
    const active = canvas.querySelector('.ab-tab[data-state="active"]')!;
    const inactive = canvas.querySelector('.ab-tab[data-state="inactive"]')!;
    expect(outlined(active)).toBe(true);
    expect(outlined(inactive)).toBe(false);
    expect(outlined(canvas.querySelector('.ab-summary-toggle[data-state="on"]')!)).toBe(true);
    expect(outlined(canvas.querySelector('.ab-summary-toggle[data-state="off"]')!)).toBe(false);
  });

  test('in the filter menu a checked box and a chosen radio look different from the others', async () => {
    const canvas = await runStory(view.FullView);
    await userEvent.click(page.getByRole('button', { name: /^Filter/ }));
    const menu = await until(() => {
      const dialog = canvas.ownerDocument.querySelector<HTMLElement>('[role="dialog"]');
      expect(dialog).not.toBeNull();
      return dialog!;
    });
    const failed = menu.querySelector<HTMLInputElement>('fieldset[data-field="statuses"] input[data-value="failed"]')!;
    await userEvent.click(failed);
    await until(() => expect(failed.checked).toBe(true));
    // The menu fades in: shoot it once its animation is over, not after a guessed delay.
    const entering = menu
      .getAnimations({ subtree: true })
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(entering.map((a) => a.finished.catch(() => undefined)));
    await page.screenshot({ path: `${OUT}/filter-menu.png` });
    const unchecked = menu.querySelector<HTMLInputElement>('fieldset[data-field="statuses"] input:not(:checked)')!;
    expect(style(failed).backgroundColor).not.toBe(style(unchecked).backgroundColor);
    const radios = Array.from(menu.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    const chosen = radios.find((r) => r.checked)!;
    const other = radios.find((r) => !r.checked)!;
    expect(style(chosen).backgroundColor).not.toBe(style(other).backgroundColor);
    // The mark inside a checked box is drawn in the system's text-on-highlight colour, not hidden.
    expect(getComputedStyle(failed, '::before').backgroundColor).not.toBe(style(failed).backgroundColor);
  });

  test('a focused row, a focused cell, a focused summary card and a focused chip are outlined', async () => {
    const canvas = await runStory(view.FullView);
    // A chip to focus: Failed from the summary.
    await userEvent.click(page.getByRole('button', { name: /^Failed/ }));
    const chip = await until(() => {
      const found = canvas.querySelector<HTMLElement>('button.ab-chip');
      expect(found).not.toBeNull();
      return found!;
    });
    (document.activeElement as HTMLElement | null)?.blur();
    // Keyboard focus (a ring shows for it, not for clicks): Tab until the row, then into its cells.
    const tabUntil = async (check: () => boolean) => {
      for (let i = 0; i < 20 && !check(); i += 1) await userEvent.keyboard('{Tab}');
      expect(check()).toBe(true);
    };
    await tabUntil(() => document.activeElement === chip);
    expect(outlined(chip)).toBe(true);
    await tabUntil(() => document.activeElement?.classList.contains('ab-summary-toggle') === true);
    expect(outlined(document.activeElement!)).toBe(true);
    await tabUntil(() => document.activeElement?.matches('[role="row"][data-index]') === true);
    const row = document.activeElement as HTMLElement;
    await nextFrames(2);
    await page.screenshot({ path: `${OUT}/focused-row.png` });
    expect(outlined(row)).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    const cell = document.activeElement as HTMLElement;
    expect(cell.parentElement).toBe(row);
    await nextFrames(2);
    await page.screenshot({ path: `${OUT}/focused-cell.png` });
    expect(outlined(cell)).toBe(true);
    expect(outlined(row)).toBe(false);
  });

  test('the focused search box has a visible ring', async () => {
    const canvas = await runStory(view.FullView);
    await userEvent.click(canvas.querySelector<HTMLElement>('.ab-search input')!);
    await nextFrames(2);
    await page.screenshot({ path: `${OUT}/search-focused.png` });
    const input = canvas.querySelector<HTMLElement>('.ab-search input')!;
    expect(document.activeElement).toBe(input);
    expect(outlined(input)).toBe(true);
  });
});
