// Issue 17, "focus is never lost and never trapped": where focus goes when a popover closes by Tab,
// Shift+Tab or Escape, and when the button that had it goes away (clear buttons, chips). Every check
// names the element focus must be on; `body` never passes.
import * as RovingFocusGroup from '@radix-ui/react-roving-focus';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { AgentManagementView, FilterMenu, useAgentView, type AgentFilters } from '../../src';
import { nextTabStop } from '../../src/react/shared/tabbable';
import { CLOCK, sampleItems, VIEWER_ID } from '../../stories/story-helpers';
import { dataRows, mount } from './helpers';

async function mountView(props: Partial<Parameters<typeof AgentManagementView>[0]> = {}) {
  const container = await mount(
    <AgentManagementView items={sampleItems(300)} viewerId={VIEWER_ID} defaultTab="all" {...CLOCK} {...props} />,
  );
  await expect.poll(() => container.querySelector('[role="grid"]')).not.toBeNull();
  return container;
}

const focused = () => document.activeElement as HTMLElement;
const dialog = (container: HTMLElement) => container.querySelector<HTMLElement>('[role="dialog"]');
const filterButton = () => page.getByRole('button', { name: /^Filter/ }).element() as HTMLElement;
const creditsButton = (container: HTMLElement) => container.querySelector<HTMLElement>('button.ab-summary-credits')!;
const chipButtons = (container: HTMLElement) => Array.from(container.querySelectorAll<HTMLElement>('button.ab-chip'));
const searchBox = () => page.getByRole('searchbox', { name: 'Search agents' }).element() as HTMLElement;

/**
 * Resolves once the timers already queued have run: Radix hands focus back a `setTimeout(0)` after
 * a popover unmounts, so a check made before that could pass and then be undone. Not a sleep: it
 * waits for that queued task, whatever the machine's speed.
 */
const queuedTimers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Focus on `trigger`, Enter, and wait until the popover has focus inside it. */
async function openWith(container: HTMLElement, trigger: HTMLElement): Promise<HTMLElement> {
  trigger.focus();
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => dialog(container)?.contains(focused()) ?? false).toBe(true);
  return dialog(container)!;
}

/** Waits until the popover is gone and the timers Radix queued on closing have run. */
async function closed(container: HTMLElement): Promise<void> {
  await expect.poll(() => dialog(container)).toBeNull();
  await queuedTimers();
}

/** Where the browser's own Tab goes from `el` while no popover is open. */
async function tabTarget(el: HTMLElement): Promise<HTMLElement> {
  el.focus();
  await userEvent.tab();
  const target = focused();
  expect(target).not.toBe(el);
  expect(target).not.toBe(document.body);
  return target;
}

describe('the filter menu lets focus out (Headless UI Popover: Tab after the trigger, Shift+Tab to it)', () => {
  /** Tabs through the menu (counting its sections) until focus is in its last section. */
  async function tabToLastSection(menu: HTMLElement): Promise<HTMLElement> {
    const sections = Array.from(menu.querySelectorAll<HTMLElement>('fieldset'));
    const last = sections.at(-1)!;
    for (let i = 0; i < sections.length + 4 && !last.contains(focused()); i += 1) await userEvent.tab();
    expect(last.contains(focused())).toBe(true);
    return last;
  }

  test('Tab from the last section closes the menu and focuses the first chip, not a place outside the view', async () => {
    const container = await mountView({ defaultFilters: { statuses: ['failed'], sources: ['slack'] } });
    const firstChip = chipButtons(container)[0]!;
    expect(firstChip).toHaveAccessibleName(/^Remove /);
    const menu = await openWith(container, filterButton());
    const last = await tabToLastSection(menu);
    // Not the section's first option: the roving stop moved, Tab still leaves from it.
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => last.contains(focused()) && focused() !== last.querySelector('input')).toBe(true);

    await userEvent.tab();
    await closed(container);
    expect(focused()).toBe(firstChip);
    expect(container.contains(focused())).toBe(true);
  });

  test('with no filter active, Tab from the last section goes where Tab from the Filter button goes (the summary)', async () => {
    const container = await mountView();
    expect(chipButtons(container)).toHaveLength(0);
    const after = await tabTarget(filterButton());
    // The summary's toolbar: its first card.
    expect(after).toHaveAccessibleName(/^Working now/);

    const menu = await openWith(container, filterButton());
    await tabToLastSection(menu);
    await userEvent.tab();
    await closed(container);
    expect(focused()).toBe(after);
  });

  test('Shift+Tab from the first section closes the menu and focuses the Filter button (not the end of the list)', async () => {
    const container = await mountView({ defaultFilters: { statuses: ['failed'] } });
    const menu = await openWith(container, filterButton());
    const first = menu.querySelector('fieldset')!;
    expect(first.contains(focused())).toBe(true);

    await userEvent.tab({ shift: true });
    await closed(container);
    expect(focused()).toBe(filterButton());
    expect(focused()).toHaveAccessibleName('Filter, 1 active');
  });

  test('Tab and Shift+Tab between the sections stay inside the open menu', async () => {
    const container = await mountView();
    const menu = await openWith(container, filterButton());
    const sections = Array.from(menu.querySelectorAll<HTMLElement>('fieldset'));
    await userEvent.tab();
    await expect.poll(() => sections[1]!.contains(focused())).toBe(true);
    await userEvent.tab({ shift: true });
    await expect.poll(() => sections[0]!.contains(focused())).toBe(true);
    expect(dialog(container)).not.toBeNull();
  });

  test('Escape from inside closes the menu and focuses the Filter button', async () => {
    const container = await mountView();
    const menu = await openWith(container, filterButton());
    await userEvent.tab();
    expect(menu.querySelectorAll('fieldset')[1]!.contains(focused())).toBe(true);

    await userEvent.keyboard('{Escape}');
    await closed(container);
    expect(focused()).toBe(filterButton());
  });
});

describe('a FilterMenu on its own (portalled to document.body)', () => {
  function Standalone({ after }: { after: boolean }) {
    const view = useAgentView({ items: sampleItems(300), viewerId: VIEWER_ID, tab: 'all', ...CLOCK });
    return (
      <div>
        <FilterMenu filters={view.filters} onFiltersChange={view.setFilters} facets={view.facets} tab="all" />
        {after ? <button type="button">After the menu</button> : null}
      </div>
    );
  }

  async function tabOutOfLastSection(): Promise<void> {
    const trigger = filterButton();
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => document.querySelector('[role="dialog"]')).not.toBeNull();
    const menu = document.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(menu.closest('[data-radix-popper-content-wrapper]')?.parentElement).toBe(document.body);
    const last = Array.from(menu.querySelectorAll('fieldset')).at(-1)!;
    for (let i = 0; i < 10 && !last.contains(focused()); i += 1) await userEvent.tab();
    expect(last.contains(focused())).toBe(true);
    await userEvent.tab();
    await expect.poll(() => document.querySelector('[role="dialog"]')).toBeNull();
    await queuedTimers();
  }

  test('Tab from the last section reaches the control after the menu, not the end of the page', async () => {
    await mount(<Standalone after />);
    await tabOutOfLastSection();
    expect(focused()).toBe(page.getByRole('button', { name: 'After the menu' }).element());
  });

  test('with nothing after the Filter button, Tab out leaves focus on it (never on body)', async () => {
    await mount(<Standalone after={false} />);
    await tabOutOfLastSection();
    expect(focused()).toBe(filterButton());
  });
});

describe('the credits breakdown traps nothing', () => {
  test('Tab closes it and moves on past the credits card', async () => {
    const container = await mountView();
    const credits = creditsButton(container);
    const after = await tabTarget(credits);
    expect(credits.closest('.ab-summary')!.contains(after)).toBe(false);

    await openWith(container, credits);
    await userEvent.tab();
    await closed(container);
    expect(focused()).toBe(after);
  });

  test('Shift+Tab closes it and focuses the credits card', async () => {
    const container = await mountView();
    const credits = creditsButton(container);
    await openWith(container, credits);
    await userEvent.tab({ shift: true });
    await closed(container);
    expect(focused()).toBe(credits);
  });

  test('Escape closes it and focuses the credits card', async () => {
    const container = await mountView();
    const credits = creditsButton(container);
    await openWith(container, credits);
    await userEvent.keyboard('{Escape}');
    await closed(container);
    expect(focused()).toBe(credits);
  });
});

describe('focus survives the button that had it going away', () => {
  /** Focuses `button` and presses Enter, as a keyboard user does. */
  async function press(button: HTMLElement) {
    button.focus();
    await userEvent.keyboard('{Enter}');
  }

  test('"Clear filters" in the no-match state focuses the Filter button', async () => {
    const container = await mountView({ defaultFilters: { sources: ['slack'], statuses: ['blocked'] } });
    await press(page.getByRole('button', { name: 'Clear filters' }).element() as HTMLElement);
    await expect.poll(() => dataRows(container).length).toBeGreaterThan(0);
    expect(focused()).toBe(filterButton());
    expect(focused()).toHaveAccessibleName('Filter');
  });

  test('"Clear search and filters" focuses the search box, to type other words', async () => {
    const container = await mountView({ defaultFilters: { query: 'a run nobody started', sources: ['slack'] } });
    await press(page.getByRole('button', { name: 'Clear search and filters' }).element() as HTMLElement);
    await expect.poll(() => dataRows(container).length).toBeGreaterThan(0);
    expect(focused()).toBe(searchBox());
    expect(searchBox()).toHaveValue('');
  });

  test('"Clear search" focuses the search box', async () => {
    const container = await mountView({ defaultFilters: { query: 'a run nobody started' } });
    await press(page.getByRole('button', { name: 'Clear search' }).element() as HTMLElement);
    await expect.poll(() => dataRows(container).length).toBeGreaterThan(0);
    expect(focused()).toBe(searchBox());
  });

  const THREE: AgentFilters = { sources: ['slack'], statuses: ['failed', 'blocked'] };

  test('removing a chip in the middle focuses the chip that took its place', async () => {
    const container = await mountView({ defaultFilters: THREE });
    const before = chipButtons(container);
    expect(before).toHaveLength(3);
    const nextName = before[2]!.getAttribute('aria-label');
    await press(before[1]!);
    await expect.poll(() => chipButtons(container).length).toBe(2);
    expect(focused()).toBe(chipButtons(container)[1]);
    expect(focused()).toHaveAttribute('aria-label', nextName);
  });

  test('removing the last chip of the row focuses the one before it', async () => {
    const container = await mountView({ defaultFilters: THREE });
    const before = chipButtons(container);
    const previousName = before[1]!.getAttribute('aria-label');
    await press(before[2]!);
    await expect.poll(() => chipButtons(container).length).toBe(2);
    expect(focused()).toBe(chipButtons(container)[1]);
    expect(focused()).toHaveAttribute('aria-label', previousName);
  });

  test('removing the only chip left focuses the Filter button', async () => {
    const container = await mountView({ defaultFilters: { statuses: ['failed'] } });
    await press(chipButtons(container)[0]!);
    await expect.poll(() => chipButtons(container).length).toBe(0);
    expect(focused()).toBe(filterButton());
    expect(focused()).toHaveAccessibleName('Filter');
  });

  test('"Clear all" focuses the Filter button', async () => {
    const container = await mountView({ defaultFilters: THREE });
    await press(page.getByRole('button', { name: 'Clear all' }).element() as HTMLElement);
    await expect.poll(() => chipButtons(container).length).toBe(0);
    expect(focused()).toBe(filterButton());
  });
});

describe('nextTabStop agrees with Chromium', () => {
  // What counts as a stop: the browser decides. The helper must land (once focused) where Tab does.
  function Fixture() {
    return (
      <div>
        <button type="button">start</button>
        <button type="button" disabled>
          disabled
        </button>
        <div style={{ display: 'none' }}>
          <button type="button">in display none</button>
        </div>
        <button type="button" style={{ visibility: 'hidden' }}>
          hidden
        </button>
        <div inert>
          <button type="button">inert</button>
        </div>
        <div tabIndex={-1}>tabindex -1</div>
        <a>no href</a>
        <a href="#x">link</a>
        <fieldset disabled>
          <input aria-label="in disabled fieldset" />
        </fieldset>
        <input type="radio" name="checked-group" aria-label="r1" />
        <input type="radio" name="checked-group" aria-label="r2" defaultChecked />
        <input type="radio" name="checked-group" aria-label="r3" />
        <RovingFocusGroup.Root orientation="vertical" loop>
          {['g1', 'g2', 'g3'].map((name) => (
            <RovingFocusGroup.Item key={name} asChild>
              <button type="button">{name}</button>
            </RovingFocusGroup.Item>
          ))}
        </RovingFocusGroup.Root>
        <input type="radio" name="open-group" aria-label="u1" />
        <input type="radio" name="open-group" aria-label="u2" />
        <input aria-label="text" />
        <div tabIndex={0}>tabindex 0</div>
        <button type="button">end</button>
      </div>
    );
  }

  const nameOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent ?? '';

  for (const backward of [false, true]) {
    test(backward ? 'Shift+Tab' : 'Tab', async () => {
      const container = await mount(<Fixture />);
      const start = Array.from(container.querySelectorAll('button')).find(
        (b) => b.textContent === (backward ? 'end' : 'start'),
      )!;
      const actual: string[] = [];
      const predicted: string[] = [];
      let from: HTMLElement = start;
      for (let i = 0; i < 8; i += 1) {
        const next = nextTabStop(from, { backward, within: container });
        if (!next) break;
        next.focus();
        predicted.push(nameOf(focused()));
        from = focused();
      }
      start.focus();
      for (let i = 0; i < predicted.length; i += 1) {
        await userEvent.tab({ shift: backward });
        actual.push(nameOf(focused()));
      }
      expect(predicted).toEqual(actual);
      const forward = ['link', 'r2', 'g1', 'u1', 'text', 'tabindex 0', 'end'];
      expect(predicted).toEqual(backward ? ['tabindex 0', 'text', 'u2', 'g1', 'r2', 'link', 'start'] : forward);
    });
  }
});
