// The view's polite announcements (WCAG 4.1.3) and its controls' names, read from Chromium's own
// accessibility tree (CDP `Accessibility.getFullAXTree` of this test's frame): what a screen reader
// is given, not what the markup says.
import { describe, expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { AgentManagementView } from '../../src';
import { BASE_PROPS } from '../fixtures/view-items';
import { mount, nextFrames } from './helpers';

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
  childIds?: string[];
}

/** The accessibility tree of the frame this test runs in (the runner's page is the parent frame). */
async function axTree(): Promise<AXNode[]> {
  const { frameTree } = (await cdp().send('Page.getFrameTree', {})) as {
    frameTree: { childFrames?: { frame: { id: string; url: string } }[] };
  };
  const frame = frameTree.childFrames?.find((child) => child.frame.url === location.href)?.frame;
  if (!frame) throw new Error('no frame for this test');
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId: frame.id })) as { nodes: AXNode[] };
  return nodes;
}

const role = (node: AXNode) => String(node.role?.value ?? '');
const nameOf = (node: AXNode) => String(node.name?.value ?? '');
const prop = (node: AXNode, name: string) => node.properties?.find((p) => p.name === name)?.value.value;

/** The text a screen reader gets from a node: its static text descendants, in order. */
function textOf(node: AXNode, byId: Map<string, AXNode>): string {
  if (role(node) === 'StaticText') return nameOf(node);
  return (node.childIds ?? [])
    .map((id) => byId.get(id))
    .filter((child): child is AXNode => !!child && !child.ignored)
    .map((child) => textOf(child, byId))
    .join('');
}

interface LiveRegion {
  /** Exactly as exposed, the no-break space of a repeated message included. */
  raw: string;
  /** As spoken. */
  text: string;
  live: unknown;
  atomic: unknown;
}

/** The view's live region (the one polite, unnamed status), and the tree it was read from. */
async function liveRegion(): Promise<LiveRegion & { nodes: AXNode[] }> {
  const nodes = await axTree();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const regions = nodes.filter((node) => role(node) === 'status' && nameOf(node) === '');
  expect(regions).toHaveLength(1);
  const region = regions[0]!;
  const raw = textOf(region, byId);
  return { raw, text: raw.trim(), live: prop(region, 'live'), atomic: prop(region, 'atomic'), nodes };
}

/** Polls the accessibility tree until `check` passes (the tree updates after React commits). */
async function untilAX<T>(check: () => Promise<T>, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (performance.now() - start > timeout) throw error;
      await nextFrames(1);
    }
  }
}

async function heard(expected: string): Promise<LiveRegion & { nodes: AXNode[] }> {
  return untilAX(async () => {
    const region = await liveRegion();
    expect(region.text).toBe(expected);
    return region;
  });
}

async function openFilterMenu() {
  if (!document.querySelector('[role="dialog"]')) await userEvent.click(page.getByRole('button', { name: /^Filter/ }));
}

describe('the live region, through Chromium’s accessibility tree', () => {
  test('a filter change, the same count again, no match, clearing and sorting', async () => {
    await mount(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    const start = await liveRegion();
    expect(start.live).toBe('polite');
    expect(start.atomic).toBe(true);
    expect(start.raw).toBe(''); // nothing on mount

    // A filter: the result in the grid's words, the very text of the grid's own description.
    await userEvent.click(page.getByRole('button', { name: /^Failed/ }));
    const filtered = await heard('4 agent runs');
    const grid = filtered.nodes.find((node) => role(node) === 'grid')!;
    expect(String(grid.description?.value)).toBe(filtered.text);

    // Another filter that keeps the four runs: said again (the exposed text changed).
    await openFilterMenu();
    await userEvent.click(page.getByRole('radio', { name: 'Past 3 days' }));
    // Wait for the repeat itself: the region already says "4 agent runs" before it lands.
    await untilAX(async () => {
      const region = await liveRegion();
      expect(region.text).toBe('4 agent runs');
      expect(region.raw).not.toBe(filtered.raw);
    });

    // No match: the empty state's title, not "0 agent runs".
    await userEvent.click(page.getByRole('checkbox', { name: 'Linear' }));
    await heard('No items match these filters');
    await userEvent.keyboard('{Escape}');
    expect(document.querySelector('.ab-state-title')?.textContent).toBe('No items match these filters');

    // Clear filters from the empty state: every run again.
    await userEvent.click(page.getByRole('button', { name: 'Clear filters' }));
    await heard('9 agent runs');

    // Sorting: the column and the direction, as the header marks it.
    await userEvent.click(page.getByRole('button', { name: 'Credits', exact: true }));
    await heard('Sorted by Credits, descending');
    // (CDP does not expose the sort state; the header's attribute says the same.)
    const header = page.getByRole('columnheader', { name: 'Credits' }).element();
    expect(header.getAttribute('aria-sort')).toBe('descending');
    await userEvent.click(page.getByRole('button', { name: 'Credits', exact: true }));
    await heard('Sorted by Credits, ascending');

    // By keyboard, from the header row: the same.
    (page.getByRole('button', { name: 'Title', exact: true }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await heard('Sorted by Title, ascending');
  });

  test('a search: its result, then no match naming the search text', async () => {
    await mount(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await userEvent.type(page.getByRole('searchbox', { name: 'Search agents' }), 'nightly');
    await heard('2 agent runs');
    await userEvent.type(page.getByRole('searchbox', { name: 'Search agents' }), 'zz');
    await heard('No items match “nightlyzz”');
  });
});

describe('every control has its own name', () => {
  test('"Needs you 2" (the summary toggle) and "Needs you, 2 items" (the section disclosure); no two buttons alike', async () => {
    await mount(<AgentManagementView {...BASE_PROPS} />);
    const nodes = await untilAX(async () => {
      const tree = await axTree();
      expect(tree.some((node) => role(node) === 'region' && nameOf(node) === 'Needs you, 2 items')).toBe(true);
      return tree;
    });
    const buttons = nodes.filter((node) => !node.ignored && role(node) === 'button');
    const toggle = buttons.find((node) => nameOf(node) === 'Needs you 2')!;
    const disclosure = buttons.find((node) => nameOf(node) === 'Needs you, 2 items')!;
    expect(prop(toggle, 'pressed')).toBe('false');
    expect(prop(disclosure, 'expanded')).toBe(true);
    const names = buttons.map(nameOf);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
