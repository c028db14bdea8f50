#!/usr/bin/env node
/**
 * End-to-end test of the reference host (examples/host) in Debian's Chromium: the Vite app on the
 * built package, the Node API over SQLite (100,000 items) and the flipper, all on free ports of
 * 127.0.0.1. A user asks "everything that failed today" through the filter menu, scrolls to load a
 * second page, sees a live update arrive (a running run flips to failed) and opens a run; the opened
 * run's panel follows it live (it fails on the server, the list's filters leave it out, it is deleted
 * from its row menu or archived elsewhere); then, with a second tab open, cancels a working run from
 * its row menu and bulk-retries everything that failed today, and sees both in the second tab.
 *
 *   node test/e2e/example.e2e.mjs     (needs `npm ci --prefix examples/host` and chromium)
 *
 * Prints one line per step and closes with `N passed, N failed`. Screenshots go to
 * test-results/e2e/. Chromium: CHROMIUM_PATH, else `command -v chromium`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startExample } from '../../examples/host/scripts/start.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

/** The `Etc/GMT±N` zone where the local time is now between 5 and 7 PM (offsets −12…+14). */
function eveningZone(now = new Date()) {
  let offset = 18 - now.getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  // POSIX-style names: Etc/GMT-7 is UTC+7.
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shots = resolve(root, 'test-results/e2e');
const LIVE_TIMEOUT_MS = 30_000;

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

let passed = 0;
let failed = 0;
let skipping = false;

async function step(name, fn) {
  if (skipping) {
    console.log(`  - ${name} (skipped: an earlier step failed)`);
    return;
  }
  const started = Date.now();
  try {
    const detail = await fn();
    passed += 1;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)${detail ? ` — ${detail}` : ''}`);
  } catch (error) {
    failed += 1;
    skipping = true;
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.log(
      `  ✗ ${name}\n${text
        .split('\n')
        .map((l) => `      ${l}`)
        .join('\n')}`,
    );
  }
}

async function main() {
  console.log('example end-to-end (Chromium)');
  mkdirSync(shots, { recursive: true });
  const executablePath = chromiumPath();
  const workDir = mkdtempSync(join(tmpdir(), 'agentboard-e2e-'));
  let app;
  let browser;
  try {
    await step('starts the example (API over SQLite with 100,000 items, flipper, Vite) on free ports', async () => {
      assert(executablePath, 'chromium not found: install Debian’s package or set CHROMIUM_PATH');
      const [appPort, apiPort] = [await freePort(), await freePort()];
      // A production build (vite build + preview): no dev-server dependency optimisation reloading the page mid-test.
      app = await startExample({
        appPort,
        apiPort,
        dbFile: join(workDir, 'agents.db'),
        quiet: true,
        testApi: true,
        preview: true,
      });
      return app.appUrl;
    });

    let page;
    const api = (path) => app.apiUrl.replace(/\/api\/agents$/, path);
    const post = async (path, body) => {
      const res = await fetch(api(path), { method: 'POST', body: JSON.stringify(body) });
      assert(res.ok, `POST ${path} answered ${res.status}`);
      return res.json();
    };
    // A grid, or a treegrid once a page holds a parent with its sub-runs (the seed has some).
    const listIn = (p) =>
      p.getByRole('grid', { name: 'Agent runs' }).or(p.getByRole('treegrid', { name: 'Agent runs' }));
    const grid = () => listIn(page);
    const rowCount = async () => Number(await grid().getAttribute('aria-rowcount'));
    const rows = () => grid().locator('[role="row"][data-index]');
    const scroller = () => grid().locator('.ab-list-scroller');

    await step('opens the app: the view shows rows from the API', async () => {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
      // "Today" must hold hours of the seed's runs whatever time the run starts: the browser runs in
      // the fixed-offset zone where it is now about 6 PM (just after midnight UTC, "today" in UTC
      // holds an hour of runs and too few failed ones to page).
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: eveningZone() });
      page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(app.appUrl);
      await rows().first().waitFor({ timeout: 30_000 });
      await page.getByText(/^Showing 100 of [\d,]+$/).waitFor();
      assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      await page.screenshot({ path: join(shots, '1-opened.png') });
      return `${await rowCount()} rows (aria-rowcount)`;
    });

    let expectedTotal = 0;
    await step('"everything that failed today" through the filter menu: Filter → Failed → Today', async () => {
      await page.getByRole('button', { name: /^Filter/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Filters' });
      await dialog.getByRole('checkbox', { name: 'Failed' }).click();
      await dialog.getByRole('radio', { name: 'Today' }).click();
      await page.keyboard.press('Escape');
      await page.waitForURL(/status=failed/);
      await page.waitForURL(/created=today/);

      // The same question straight to the API, in the browser's time zone: its total is what the view shows.
      const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      const question = `${app.apiUrl}?tab=personal&status=failed&created=today&tz=${encodeURIComponent(timeZone)}&limit=1`;
      const res = await fetch(question, { headers: { authorization: 'Bearer u_me' } });
      expectedTotal = (await res.json()).total;
      assert(expectedTotal > 100, `the seed should have more than a page of failed runs today, got ${expectedTotal}`);
      // The flipper keeps writing, so the view's total and a second question may differ by a run
      // for a moment: wait until the view shows the API's current total for the same question.
      const shownTotal = async () => {
        const text = (await page.getByText(/^Showing 100 of [\d,]+$/).textContent({ timeout: 30_000 })) ?? '';
        return Number((/of ([\d,]+)$/.exec(text)?.[1] ?? '').replace(/,/g, ''));
      };
      const apiTotal = async () =>
        (await (await fetch(question, { headers: { authorization: 'Bearer u_me' } })).json()).total;
      for (let tries = 0; (await shownTotal()) !== (expectedTotal = await apiTotal()); tries += 1) {
        assert(tries < 60, `the view's total never matched the API's (last ${expectedTotal})`);
        await page.waitForTimeout(500);
      }
      assert((await rowCount()) === 101, `aria-rowcount ${await rowCount()}, expected 101 (100 rows + header)`);

      // Created reads relatively ("Now", "2h ago"): the day is checked on its machine-readable datetime,
      // in the browser's zone, against the browser's today.
      const shown = await rows().evaluateAll((els) => {
        const day = (d) => d.toLocaleDateString('en-CA');
        const today = day(new Date());
        return els.map((el) => {
          const time = el.querySelector('[data-column="createdAt"] time');
          const created = time?.getAttribute('datetime');
          return {
            status: el.getAttribute('data-status'),
            created: time?.textContent ?? '',
            today: created ? day(new Date(created)) === today : false,
          };
        });
      });
      assert(shown.length > 5, `only ${shown.length} rows rendered`);
      const wrong = shown.filter((r) => r.status !== 'failed' || !r.today);
      assert(wrong.length === 0, `rows that are not failed today: ${JSON.stringify(wrong.slice(0, 3))}`);
      await page.screenshot({ path: join(shots, '2-failed-today.png') });
      return `${shown.length} rendered rows, all failed and created today; total ${expectedTotal}`;
    });

    await step('scrolling to the end loads the second page (aria-rowcount grows)', async () => {
      const before = await rowCount();
      await scroller().evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await page.waitForFunction(
        (n) => Number(document.querySelector('[role="grid"], [role="treegrid"]')?.getAttribute('aria-rowcount')) > n,
        before,
        { timeout: 15_000 },
      );
      const after = await rowCount();
      // "Showing N" counts the loaded runs; aria-rowcount counts the rows shown, and a sub-run whose
      // parent is on the page is folded under it until expanded, so N may be larger.
      const loaded = Math.min(200, expectedTotal);
      await page.getByText(new RegExp(`^Showing ${loaded} of `)).waitFor();
      assert(after - 1 <= loaded && after - 1 > 100, `aria-rowcount ${after} for ${loaded} loaded runs`);
      await page.screenshot({ path: join(shots, '3-second-page.png') });
      return `aria-rowcount ${before} → ${after}`;
    });

    const title = `E2E live run ${Date.now().toString(36)}`;
    let runId = '';
    await step('a live update arrives: a running run flips to failed → "N new items" while scrolled down', async () => {
      // A run of the viewer's starts (running: not in the list), then fails: now it matches.
      runId = (await post('/api/test/runs', { title })).id;
      await post('/api/test/flip', { id: runId, status: 'failed' });
      const button = page.getByRole('button', { name: /^\d+ new items?$/ });
      await button.waitFor({ timeout: LIVE_TIMEOUT_MS });
      const label = await button.textContent();
      await page.screenshot({ path: join(shots, '4-new-items.png') });
      await button.click();
      await grid().getByText(title).waitFor({ timeout: 5_000 });
      const top = await scroller().evaluate((el) => el.scrollTop);
      assert(top <= 4, `the list should be back at the top, scrollTop ${top}`);
      return `"${label}", then the run is in the list`;
    });

    // The host's panel for an opened run (examples/host/src/main.tsx): a landmark named by its heading,
    // the status as agentboard's badge, focus in it, and Escape gives focus back to the row.
    const openedRun = () => page.getByTestId('opened-run');
    const focusIsOnRowOf = (text) =>
      page.evaluate((t) => document.activeElement?.closest('[role="row"]')?.textContent?.includes(t) ?? false, text);
    await step('opening a run: click its row → the host shows "Opened run <id>"; Escape closes it', async () => {
      await grid().getByText(title).click();
      const heading = page.getByRole('heading', { name: `Opened run ${runId}` });
      await heading.waitFor({ timeout: 5_000 });
      const panel = page.getByRole('complementary', { name: `Opened run ${runId}` });
      assert((await panel.count()) === 1, 'the opened run is not a landmark named by its heading');
      await panel.getByRole('img', { name: 'Failed', exact: true }).waitFor();
      assert(
        await openedRun().evaluate((el) => el.contains(document.activeElement)),
        'the opened run did not take focus',
      );
      await page.screenshot({ path: join(shots, '5-opened-run.png') });
      await page.keyboard.press('Escape');
      await openedRun().waitFor({ state: 'detached', timeout: 5_000 });
      assert(await focusIsOnRowOf(title), 'focus did not return to the row that opened the run');
      return `${runId}: badge "Failed", closed by Escape, focus back on its row`;
    });

    await step('at phone width the opened run is a full-screen sheet over the view, closed by Close', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        await grid().getByText(title).click();
        await openedRun().waitFor({ timeout: 5_000 });
        const box = await openedRun().boundingBox();
        assert(
          box && box.x === 0 && box.y === 0 && box.width === 390 && box.height === 844,
          `the sheet is at ${JSON.stringify(box)}, not over the whole 390×844 viewport`,
        );
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert(scrollWidth <= 390, `the page is ${scrollWidth} px wide at 390 px`);
        await page.screenshot({ path: join(shots, '5b-opened-run-phone.png') });
        await openedRun().getByRole('button', { name: 'Close', exact: true }).click();
        await openedRun().waitFor({ state: 'detached', timeout: 5_000 });
        assert(await focusIsOnRowOf(title), 'focus did not return to the row that opened the run');
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
      return 'covers 390×844, nothing wider than the viewport';
    });

    await step(
      'a shown row changes live: the run succeeds → its status changes, tagged "No longer matches"',
      async () => {
        await post('/api/test/flip', { id: runId, status: 'succeeded' });
        const row = rows().filter({ hasText: title });
        await row.and(page.locator('[data-status="success"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });
        await row.getByText('No longer matches').waitFor();
        const announced = await page.getByRole('status').filter({ hasText: 'no longer match' }).count();
        assert(announced === 1, 'the change was not announced in the live region');
        await page.screenshot({ path: join(shots, '6-left-filter.png') });
        return 'announced politely';
      },
    );

    await step('the details panel: `i` on a row opens it (item= in the URL), Back closes it', async () => {
      const row = rows().filter({ hasText: title });
      await row.focus();
      await page.keyboard.press('i');
      const panel = page.getByRole('dialog', { name: title });
      await panel.waitFor({ timeout: 5_000 });
      await page.waitForURL(new RegExp(`[?&]item=${runId}(&|$)`));
      assert(
        await panel.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
        'the panel did not take focus',
      );
      // The run has succeeded by now (the step before): the panel says so, and when it was created.
      await panel.and(page.locator('[data-status="success"]')).waitFor();
      await panel.getByText('Created', { exact: true }).waitFor();
      await page.screenshot({ path: join(shots, '7-details.png') });
      await page.goBack();
      await panel.waitFor({ state: 'detached', timeout: 5_000 });
      assert(!/[?&]item=/.test(page.url()), `item= still in ${page.url()}`);
      return `panel named "${title}" opened and closed by Back`;
    });

    // The opened run's panel follows the run (examples/host/src/follow-run.ts): what the stream or an
    // action says about it shows in place, in the same panel, with focus where it was.
    const panelText = (name) =>
      openedRun().evaluate((el, dt) => {
        const term = [...el.querySelectorAll('dt')].find((d) => d.textContent === dt);
        return term?.nextElementSibling?.textContent ?? null;
      }, name);
    const focusInPanel = () => openedRun().evaluate((el) => el.contains(document.activeElement));
    const openFresh = async (title) => {
      const { id } = await post('/api/test/runs', { title });
      // Scrolled down, the list holds new runs behind "N new items" (rows never jump under the reader).
      const fresh = grid().getByText(title);
      const held = page.getByRole('button', { name: /^[\d,]+ new items?$/ });
      await fresh.or(held).first().waitFor({ timeout: LIVE_TIMEOUT_MS });
      if (!(await fresh.isVisible())) await held.click();
      await fresh.waitFor({ timeout: LIVE_TIMEOUT_MS });
      await fresh.click();
      await openedRun()
        .getByRole('heading', { name: `Opened run ${id}` })
        .waitFor({ timeout: 5_000 });
      return id;
    };
    const removeOnServer = async (action, id) => {
      const res = await fetch(`${app.apiUrl}/actions`, {
        method: 'POST',
        headers: { authorization: 'Bearer u_me', 'content-type': 'application/json' },
        body: JSON.stringify({ action, ids: [id] }),
      });
      assert(res.ok, `POST /api/agents/actions (${action}) answered ${res.status}`);
    };

    const followed = `E2E followed ${Date.now().toString(36)}`;
    let followedId = '';
    await step(
      'the opened run follows a change on the server in place: Working → Failed, detail, credits, ended, session',
      async () => {
        await page.goto(app.appUrl);
        await rows().first().waitFor({ timeout: 30_000 });
        followedId = await openFresh(followed);
        const panel = openedRun();
        await panel.getByRole('img', { name: 'Working', exact: true }).waitFor();
        await panel.getByRole('link', { name: /^Open session/ }).waitFor();
        // A working run's duration ticks.
        const ticked = await panelText('Duration');
        await page.waitForFunction(
          (before) => document.querySelector('[data-testid="opened-run-duration"]')?.textContent !== before,
          ticked,
          { timeout: 5_000 },
        );
        // A remount would be a new element, without this mark.
        await panel.evaluate((el) => el.setAttribute('data-e2e-mark', 'first'));
        await page.screenshot({ path: join(shots, '11-followed-working.png') });

        await post('/api/test/flip', {
          id: followedId,
          status: 'failed',
          statusDetail: 'Tests failed: 3 of 412',
          credits: 42.5,
          sessionState: 'expired',
        });
        await panel.getByRole('img', { name: 'Failed', exact: true }).waitFor({ timeout: LIVE_TIMEOUT_MS });
        assert((await panel.getAttribute('data-e2e-mark')) === 'first', 'the panel was mounted again');
        assert(await focusInPanel(), 'the panel lost focus when the run changed');
        const detail = await panel.locator('.host-run-detail').textContent();
        assert(detail === 'Tests failed: 3 of 412', `the detail reads ${JSON.stringify(detail)}`);
        assert((await panelText('Credits')) === '42.5', `credits ${await panelText('Credits')}, expected 42.5`);
        assert((await panelText('Session')) === 'Session expired', `session: ${await panelText('Session')}`);
        assert(
          (await panel.getByRole('link', { name: /^Open session/ }).count()) === 0,
          'an expired session is linked',
        );
        assert((await panelText('Ended')) !== null, 'no Ended time for a finished run');
        const stopped = await panelText('Duration');
        await page.waitForTimeout(1_500);
        assert((await panelText('Duration')) === stopped, 'the duration of a finished run still ticks');
        // The list says the same beside it.
        await rows()
          .filter({ hasText: followed })
          .and(page.locator('[data-status="failed"]'))
          .waitFor({ timeout: 5_000 });
        await page.screenshot({ path: join(shots, '12-followed-failed.png') });
        return `${followedId}: Failed, 42.5 credits, session expired, duration stopped at ${stopped}`;
      },
    );

    await step(
      'the list no longer shows the opened run (Filter → Working): the panel keeps it, and follows it',
      async () => {
        await page.getByRole('button', { name: /^Filter/ }).click();
        const dialog = page.getByRole('dialog', { name: 'Filters' });
        await dialog.getByRole('checkbox', { name: 'Working' }).click();
        await page.keyboard.press('Escape');
        await page.waitForURL(/status=working/);
        await rows().filter({ hasText: followed }).waitFor({ state: 'detached', timeout: 30_000 });
        const panel = openedRun();
        await panel.getByRole('heading', { name: `Opened run ${followedId}` }).waitFor();
        await panel.getByRole('img', { name: 'Failed', exact: true }).waitFor();
        assert((await panelText('Credits')) === '42.5', 'the panel lost its last known state');
        // Still the run the user opened: a change to it still shows.
        await post('/api/test/flip', { id: followedId, status: 'succeeded', credits: 50 });
        await panel.getByRole('img', { name: 'Success', exact: true }).waitFor({ timeout: LIVE_TIMEOUT_MS });
        assert((await panelText('Credits')) === '50', `credits ${await panelText('Credits')}, expected 50`);
        assert((await panel.getAttribute('data-e2e-mark')) === 'first', 'the panel was mounted again');
        await panel.getByRole('button', { name: 'Close', exact: true }).click();
        await panel.waitFor({ state: 'detached', timeout: 5_000 });
        return 'out of the list, still shown, then Success';
      },
    );

    await step(
      'the opened run is deleted from its row menu: the panel says so in its live region; Close gives focus to the list',
      async () => {
        await page.goto(app.appUrl);
        await rows().first().waitFor({ timeout: 30_000 });
        const title = `E2E deleted ${Date.now().toString(36)}`;
        const id = await openFresh(title);
        const row = rows().filter({ hasText: title });
        await row.hover();
        await page.getByRole('button', { name: `Actions for ${title}` }).click();
        await page
          .getByRole('menu')
          .getByRole('menuitem', { name: /^Delete/ })
          .click();
        const dialog = page.getByRole('alertdialog', { name: `Delete “${title}”?` });
        await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
        await row.waitFor({ state: 'detached', timeout: LIVE_TIMEOUT_MS });
        const panel = openedRun();
        await panel
          .getByRole('status')
          .filter({ hasText: /^This run was deleted\. It is shown as it was last\.$/ })
          .waitFor({ timeout: LIVE_TIMEOUT_MS });
        assert((await panel.getAttribute('data-removed')) === 'deleted', 'the panel is not marked removed');
        await panel.getByRole('heading', { name: `Opened run ${id}` }).waitFor();
        assert((await panel.getByRole('link', { name: /^Open session/ }).count()) === 0, 'a deleted run is linked');
        await page.screenshot({ path: join(shots, '13-followed-deleted.png') });
        await panel.getByRole('button', { name: 'Close', exact: true }).click();
        await panel.waitFor({ state: 'detached', timeout: 5_000 });
        const focus = await page.evaluate(() => ({
          inList: Boolean(document.activeElement?.closest('[role="grid"], [role="treegrid"]')),
          row: document.activeElement?.getAttribute('role'),
        }));
        assert(focus.inList, `focus is not in the list after Close: ${JSON.stringify(focus)}`);
        return `${id}: "This run was deleted.", focus on a ${focus.row} of the list`;
      },
    );

    await step(
      'at phone width the run is archived elsewhere: the sheet says so, stays full-screen over an inert page; Escape closes',
      async () => {
        await page.setViewportSize({ width: 390, height: 844 });
        try {
          const title = `E2E archived ${Date.now().toString(36)}`;
          const id = await openFresh(title);
          const panel = openedRun();
          assert(
            await page.locator('main.host-view').evaluate((el) => el.inert),
            'the page under the sheet is not inert',
          );
          await removeOnServer('archive', id);
          await panel
            .getByRole('status')
            .filter({ hasText: /^This run was deleted or archived\. It is shown as it was last\.$/ })
            .waitFor({ timeout: LIVE_TIMEOUT_MS });
          const box = await panel.boundingBox();
          assert(
            box && box.x === 0 && box.y === 0 && box.width === 390 && box.height === 844,
            `the sheet is at ${JSON.stringify(box)}, not over the whole 390×844 viewport`,
          );
          assert(
            await page.locator('main.host-view').evaluate((el) => el.inert),
            'the page under the sheet is not inert',
          );
          assert(await focusInPanel(), 'the sheet lost focus when the run went');
          await page.screenshot({ path: join(shots, '14-followed-archived-phone.png') });
          await page.keyboard.press('Escape');
          await panel.waitFor({ state: 'detached', timeout: 5_000 });
          const inList = await page.evaluate(() =>
            Boolean(document.activeElement?.closest('[role="grid"], [role="treegrid"]')),
          );
          assert(inList, 'focus is not in the list after Escape');
        } finally {
          await page.setViewportSize({ width: 1280, height: 800 });
        }
        return '"This run was deleted or archived.", still 390×844, Escape back to the list';
      },
    );

    // Managing runs: a second tab of the same app, then actions from the first; the API decides, and
    // its change stream carries the results to both.
    let second;
    const rowsIn = (p) => listIn(p).locator('[role="row"][data-index]');
    await step('a second tab opens the same app (Personal, no filters)', async () => {
      second = await page.context().newPage();
      await second.goto(app.appUrl);
      await rowsIn(second).first().waitFor({ timeout: 30_000 });
      return `${await rowsIn(second).count()} rows rendered`;
    });

    await step(
      'cancels a working run from its row menu, after confirming; the second tab sees it canceled',
      async () => {
        const title = `E2E cancel ${Date.now().toString(36)}`;
        const { id } = await post('/api/test/runs', { title });
        await page.goto(app.appUrl);
        const row = rows().filter({ hasText: title });
        await row.waitFor({ timeout: LIVE_TIMEOUT_MS });
        await row.hover();
        await page.getByRole('button', { name: `Actions for ${title}` }).click();
        const menu = page.getByRole('menu');
        await menu.getByRole('menuitem', { name: /^Cancel/ }).click();
        const dialog = page.getByRole('alertdialog', { name: `Cancel “${title}”?` });
        await dialog.waitFor();
        await page.screenshot({ path: join(shots, '8-confirm-cancel.png') });
        await dialog.getByRole('button', { name: 'Cancel run' }).click();
        await row.and(page.locator('[data-status="canceled"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });
        await page.getByText(`Canceled “${title}”`, { exact: true }).waitFor();
        const other = rowsIn(second).filter({ hasText: title });
        await other.and(second.locator('[data-status="canceled"]')).waitFor({ timeout: LIVE_TIMEOUT_MS });
        const res = await fetch(`${app.apiUrl}?tab=personal&q=${encodeURIComponent(title)}&limit=5`, {
          headers: { authorization: 'Bearer u_me' },
        });
        const stored = (await res.json()).items.find((item) => item.id === id);
        assert(
          stored && /cancel/i.test(String(stored.status)),
          `the API has ${JSON.stringify(stored?.status)} for ${id}`,
        );
        return `${id} canceled in both tabs and in the store`;
      },
    );

    await step(
      'bulk-retries everything that failed today: Select all → Select all N matching → Retry; the second tab gets the new runs',
      async () => {
        await page.getByRole('button', { name: /^Filter/ }).click();
        const dialog = page.getByRole('dialog', { name: 'Filters' });
        await dialog.getByRole('checkbox', { name: 'Failed' }).click();
        await dialog.getByRole('radio', { name: 'Today' }).click();
        await page.keyboard.press('Escape');
        await page.waitForURL(/created=today/);
        await page.getByText(/^Showing 100 of [\d,]+$/).waitFor({ timeout: 30_000 });
        await page.getByRole('checkbox', { name: 'Select all' }).click();
        const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
        await toolbar.getByRole('button', { name: /^Select all [\d,]+ matching$/ }).click();
        await toolbar.getByText(/^[\d,]+ selected$/).waitFor();
        await page.screenshot({ path: join(shots, '9-select-all-matching.png') });
        const startedAt = Date.now();
        await toolbar.getByRole('button', { name: 'Retry' }).click();
        // The toast says how many the API retried (failed runs marked not retryable are left alone).
        const done = page.getByText(/^Retried [\d,]+ runs$/);
        await done.waitFor({ timeout: LIVE_TIMEOUT_MS });
        const count = Number(((await done.textContent()) ?? '').replace(/\D/g, ''));
        assert(count > 10, `only ${count} runs retried`);
        // The second tab is at the top of Personal: the new runs arrive there live, newest first. The
        // flipper starts about one run a minute for this viewer, so the ten newest being new is the retry.
        await second.waitForFunction(
          (since) => {
            const times = Array.from(
              document.querySelectorAll(
                ':is([role="grid"], [role="treegrid"]) [role="row"][data-index] [data-column="createdAt"] time',
              ),
            )
              .slice(0, 10)
              .map((t) => Date.parse(t.getAttribute('datetime') ?? ''));
            return times.length === 10 && times.every((t) => t >= since - 1000);
          },
          startedAt,
          { timeout: LIVE_TIMEOUT_MS },
        );
        await second.screenshot({ path: join(shots, '10-second-tab-retries.png') });
        return `${count} runs retried; the second tab shows them on top`;
      },
    );
  } finally {
    await browser?.close().catch(() => {});
    await app?.stop().catch(() => {});
    rmSync(workDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

await main();
