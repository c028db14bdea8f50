// axe-core over the main stories, in light and dark, in real Chromium: real layout and real
// computed colours, so colour-contrast is checked for both schemes (jsdom cannot do that).
import '../../src/styles/agentboard.css';
import axe from 'axe-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { filterMenu, list, runStory, sourceBadge, statusBadge, summary, tabs, view } from './stories';

afterEach(() => {
  document.body.innerHTML = '';
});

const MAIN_STORIES = {
  'view: Full view': view.FullView,
  'view: All tab': view.AllTab,
  'view: Empty': view.Empty,
  'view: No match': view.NoMatch,
  'view: Loading': view.Loading,
  'view: Error with retry': view.ErrorWithRetry,
  'view: Custom theme': view.CustomTheme,
  'view: Narrow container': view.NarrowContainer,
  'view: Needs you': view.NeedsYou,
  'view: filter menu open (host facets)': view.HostDefinedFacets,
  'view: filtered, failed today': view.FailedToday,
  'list: all states': list.AllStates,
  'list: loading': list.Loading,
  'summary: all states': summary.AllStates,
  'summary: credits breakdown open': summary.BreakdownOpen,
  'tabs: all states': tabs.AllStates,
  'filter menu: all sections open': filterMenu.AllStates,
  'filter menu: chips': filterMenu.WithChips,
  'status badge: all states': statusBadge.AllStates,
  'source badge: all states': sourceBadge.AllStates,
};

/**
 * Violations found in src/ by this scan and handed to the owners of those files (see the notes on
 * each). Each entry is one rule on one kind of element, matched by axe's selector for it; anything
 * else still fails the scan. Delete an entry once its fix lands.
 */
const KNOWN_SRC_ISSUES: { rule: string; target: RegExp; note: string }[] = [
  {
    rule: 'aria-valid-attr-value',
    target: /-trigger-(personal|all)/,
    // Fix in AgentTabs.tsx (AgentTabTrigger): pass `aria-controls={undefined}` to the inactive
    // Tabs.Trigger (Radix spreads props after its own), or forceMount the inactive Tabs.Content hidden.
    note: 'AgentTabs: Radix puts aria-controls on the inactive tab, pointing at a panel that is not rendered.',
  },
];

function isKnown(rule: string, target: string): boolean {
  return KNOWN_SRC_ISSUES.some((k) => k.rule === rule && k.target.test(target));
}

const seenKnown = new Set<string>();

async function violationsOf(element: Element, { ignoreKnown = true } = {}): Promise<string[]> {
  // Let entry animations (popovers fade in over 140 ms) settle: axe reads the computed opacity.
  await new Promise((r) => setTimeout(r, 250));
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: {
      // Page-level rules: a story is a fragment of a host's page, not a page.
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
    resultTypes: ['violations'],
  });
  return result.violations.flatMap((v) =>
    v.nodes
      .filter((n) => {
        const target = n.target.join(' ');
        if (!ignoreKnown || !isKnown(v.id, target)) return true;
        seenKnown.add(`${v.id} @ ${target.replace(/_r_[0-9a-z_]+/g, '…').replace(/aria-rowindex="\d+"/g, 'aria-rowindex=N')}`);
        return false;
      })
      .map((n) => `${v.id} (${v.impact}): ${v.help}\n    at ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`axe, ${scheme}`, () => {
    for (const [name, story] of Object.entries(MAIN_STORIES)) {
      test(`${name}: no violations`, async () => {
        const canvas = await runStory(story, { scheme });
        expect(canvas.querySelector('.ab-root')).not.toBeNull();
        expect(await violationsOf(canvas)).toEqual([]);
      });
    }
  });
}

test('the scan can fail: an unlabeled button and low-contrast text are reported', async () => {
  const canvas = document.createElement('div');
  canvas.innerHTML = '<button></button><p style="color:#bbb;background:#fff">faint</p>';
  document.body.append(canvas);
  const found = await violationsOf(canvas, { ignoreKnown: false });
  expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
  expect(found.some((v) => v.startsWith('color-contrast'))).toBe(true);
});

afterAll(() => {
  if (seenKnown.size > 0) {
    console.warn(`axe: ${seenKnown.size} known src/ issue(s) still present (see KNOWN_SRC_ISSUES):\n  ${[...seenKnown].sort().join('\n  ')}`);
  }
});
