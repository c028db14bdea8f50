// axe-core over the main stories, in light and dark, in real Chromium: real layout and real
// computed colours, so colour-contrast is checked for both schemes (jsdom cannot do that).
import '../../src/styles/index.css';
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  actionParts,
  cleanupStory,
  artifacts,
  details,
  filterMenu,
  list,
  manage,
  runStory,
  sourceBadge,
  statusBadge,
  subRuns,
  summary,
  tabs,
  view,
} from './stories';

afterEach(cleanupStory);

const MAIN_STORIES = {
  'view: Full view': view.FullView,
  'view: All tab': view.AllTab,
  'view: Empty': view.Empty,
  'view: No match': view.NoMatch,
  'view: No match (search)': view.NoSearchMatch,
  'view: No match (search and filters)': view.NoSearchAndFilterMatch,
  'view: Loading': view.Loading,
  'view: Error with retry': view.ErrorWithRetry,
  'view: Custom theme': view.CustomTheme,
  'view: Narrow container': view.NarrowContainer,
  'view: Needs you': view.NeedsYou,
  'view: filter menu open (host facets)': view.HostDefinedFacets,
  'view: filtered, failed today': view.FailedToday,
  'view: with details': view.WithDetails,
  'view: with details, narrow': view.WithDetailsNarrow,
  'list: all states': list.AllStates,
  'list: loading': list.Loading,
  'list: with sub-runs': list.WithSubRuns,
  'list: with artifacts': list.WithArtifacts,
  'summary: all states': summary.AllStates,
  'summary: credits breakdown open': summary.BreakdownOpen,
  'tabs: all states': tabs.AllStates,
  'filter menu: all sections open': filterMenu.AllStates,
  'filter menu: chips': filterMenu.WithChips,
  'status badge: all states': statusBadge.AllStates,
  'source badge: all states': sourceBadge.AllStates,
  'artifacts: pull request states': artifacts.PullRequestStates,
  'artifacts: compact': artifacts.Compact,
  'artifacts: full': artifacts.Full,
  'sub-runs: twelve, expanded': subRuns.TwelveSubRuns,
  'sub-runs: failing child under a green parent': subRuns.FailingChildUnderGreenParent,
  'details: failed run': details.FailedRun,
  'details: narrow': details.Narrow,
  'action parts: menu open': actionParts.MenuOpen,
  'action parts: context menu': actionParts.ContextMenu,
  'action parts: confirming': actionParts.Confirming,
  'action parts: running': actionParts.Running,
  'action parts: failed with retry': actionParts.FailedWithRetry,
  'action parts: toast with undo': actionParts.ToastWithUndo,
  'action parts: bulk toolbar': actionParts.BulkToolbar,
  'action parts: select all matching': actionParts.SelectAllMatching,
  'manage: row menu open': manage.MenuOpen,
  'manage: confirming a delete': manage.Confirming,
  'manage: bulk selection': manage.BulkSelection,
  'manage: actions running': manage.Running,
  'manage: failed action with retry': manage.FailedWithRetry,
};

async function violationsOf(element: Element): Promise<string[]> {
  // Let entry animations (menus, popovers and toasts fade in) finish: axe reads the computed opacity.
  // Endless ones (spinners, the loading shimmer) never finish and change no contrast that matters.
  const entering = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(entering.map((a) => a.finished.catch(() => undefined)));
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
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}): ${v.help}\n    at ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`,
    ),
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
  const found = await violationsOf(canvas);
  expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
  expect(found.some((v) => v.startsWith('color-contrast'))).toBe(true);
});

// axe checks aria-controls only on the selected tab; a reference to nothing on an unselected one is
// just as wrong for assistive technology, so every tab is checked here, before and after a switch.
test('every tab that names a panel (aria-controls) names one that is rendered, in the view and alone', async () => {
  for (const story of [view.FullView, tabs.AllStates]) {
    const canvas = await runStory(story, { scheme: 'light' });
    const check = () => {
      const tabEls = Array.from(canvas.querySelectorAll<HTMLElement>('[role="tab"]'));
      expect(tabEls.length).toBeGreaterThanOrEqual(2);
      for (const tab of tabEls) {
        const ref = tab.getAttribute('aria-controls');
        if (tab.getAttribute('aria-selected') !== 'true') expect(ref, tab.id).toBeNull();
        else if (ref !== null || story === view.FullView)
          expect(document.getElementById(ref ?? ''), `${ref}`).not.toBeNull();
      }
      return tabEls;
    };
    const tabEls = check();
    const other = tabEls.find((t) => t.getAttribute('aria-selected') !== 'true')!;
    await userEvent.click(other);
    await expect.poll(() => other.getAttribute('aria-selected')).toBe('true');
    check();
    await cleanupStory();
  }
});
