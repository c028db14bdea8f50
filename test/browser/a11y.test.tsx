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

/** Lets entry animations finish: axe reads the computed opacity (menus, popovers, toasts fade in). */
async function settle(): Promise<void> {
  // Endless animations (spinners, the loading shimmer) never finish and change no contrast that matters.
  const entering = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(entering.map((a) => a.finished.catch(() => undefined)));
}

/**
 * axe's violations in `context`, every rule of the tags on. Pass `document` for a story: the
 * harness mounts it in the page's `<main>` under an `<h1>`, and axe runs its page-level rules
 * (`page-has-heading-one`, `landmark-one-main`) only when the whole page is the context.
 */
async function violationsOf(context: Element | Document): Promise<string[]> {
  await settle();
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
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
        expect(await violationsOf(document)).toEqual([]);
      });
    }
  });
}

// The harness makes each story a page (a `<main>` with an `<h1>`), so the page-level rules are not
// merely switched on but applied: each must report a pass, not "inapplicable".
test('the page-level rules apply to a story and pass', async () => {
  await runStory(view.FullView, { scheme: 'light' });
  await settle();
  const rules = ['region', 'landmark-one-main', 'page-has-heading-one'];
  const result = await axe.run(document, {
    runOnly: { type: 'rule', values: rules },
    resultTypes: ['passes', 'violations', 'incomplete', 'inapplicable'],
  });
  expect(result.passes.map((r) => r.id).sort()).toEqual([...rules].sort());
  expect(result.violations).toEqual([]);
});

// The list's text is judged, not left for review: its rows lie on a solid colour (a gradient behind
// text makes axe answer "incomplete", and "incomplete" fails nothing).
const LIST_STORIES = {
  'list: all states': list.AllStates,
  'list: with sub-runs': list.WithSubRuns,
  'list: with artifacts': list.WithArtifacts,
  'view: Full view': view.FullView,
  'view: All tab': view.AllTab,
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, story] of Object.entries(LIST_STORIES)) {
    test(`${name}, ${scheme}: axe evaluates the contrast of the list's text (none left incomplete)`, async () => {
      await runStory(story, { scheme });
      await settle();
      const result = await axe.run(document, {
        runOnly: { type: 'rule', values: ['color-contrast'] },
        resultTypes: ['passes', 'violations', 'incomplete'],
        elementRef: true,
      });
      const inList = (r: axe.Result[]) => r.flatMap((rule) => rule.nodes).filter((n) => n.element?.closest('.ab-list'));
      const why = (n: axe.NodeResult) => `${n.target.join(' ')}: ${n.any.map((c) => c.data?.messageKey).join(', ')}`;
      expect(inList(result.incomplete).map(why)).toEqual([]);
      expect(inList(result.violations).map(why)).toEqual([]);
      expect(inList(result.passes).length).toBeGreaterThan(20);
    });
  }
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
