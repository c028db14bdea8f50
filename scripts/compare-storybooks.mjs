// Renders every story of two built Storybooks side by side in Debian's Chromium and compares them:
// the screenshots pixel by pixel, and getComputedStyle of every element (and of the pseudo-elements
// the stylesheets style), for every property some stylesheet of the page sets. For restyling work
// that must not change what users see. States: each story at 390 and 1,280 px, with the toolbar's
// light and dark scheme, each under a light and a dark system preference (the third also with
// reduced motion), on a fixed clock.
//   node scripts/compare-storybooks.mjs BEFORE_DIR AFTER_DIR [id-regex] [--out DIR]
//     [--widths 390,1280] [--combos 1,2,3,4] [--unstyled] [--classes FILE]
// --unstyled compares every state with its roots unstyled. --classes writes the class sets the
// rendered elements carry, for compare-css-rules.mjs. Exits 1 when any state differs; differing
// screenshots are saved to the out folder.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const [beforeDir, afterDir, filter = ''] = positional;
const out = resolve(option('--out') ?? 'test-results/storybook-compare');
mkdirSync(out, { recursive: true });

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
async function serve(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

const sides = [await serve(beforeDir), await serve(afterDir)];
const index = JSON.parse(readFileSync(join(resolve(beforeDir), 'index.json'), 'utf8'));
const afterIndex = JSON.parse(readFileSync(join(resolve(afterDir), 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && new RegExp(filter).test(e.id));
const missing = stories.filter((s) => !afterIndex.entries[s.id]).map((s) => s.id);
if (missing.length) console.log(`missing after: ${missing.join(', ')}`);

const WIDTHS = [
  [390, 844],
  [1280, 800],
].filter(([w]) => !option('--widths') || option('--widths').split(',').includes(String(w)));
// --combos 1,2: only the toolbar's light and dark, each under the matching system preference.
const COMBOS = [
  { scheme: 'light', media: 'light' },
  { scheme: 'dark', media: 'dark' },
  { scheme: 'light', media: 'dark', motion: 'reduce' },
  { scheme: 'dark', media: 'light' },
].filter(
  (_, i) =>
    !option('--combos') ||
    option('--combos')
      .split(',')
      .includes(String(i + 1)),
);
const CLOCK = new Date('2026-11-20T15:04:00Z');

/**
 * Runs in the page: every longhand some stylesheet of the page sets, plus the layout results. Other
 * properties come from the browser's defaults or inheritance alone, the same on both sides, and
 * reading all ~480 of every element would cost seconds a state.
 */
function authoredProperties() {
  const props = new Set(['display', 'position', 'visibility', 'width', 'height', 'top', 'right', 'bottom', 'left']);
  const walk = (rules) => {
    for (const rule of rules) {
      if (rule.cssRules) walk(rule.cssRules);
      if (rule.style) for (const p of rule.style) props.add(p);
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      walk(sheet.cssRules);
    } catch {
      /* a cross-origin sheet: none here */
    }
  }
  return [...props];
}

/** Runs in the page: per element, its path and a digest of the given computed properties. */
function collectStyles(props) {
  const hash = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(36);
  };
  const serialize = (cs) => {
    const plain = [];
    const custom = [];
    for (const p of props) (p.startsWith('--') ? custom : plain).push(`${p}:${cs.getPropertyValue(p)}`);
    return [hash(plain.join(';')), hash(custom.join(';'))];
  };
  const rows = [];
  const classes = new Set();
  const walk = (el, path) => {
    const kids = Array.from(el.children);
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i];
      const p = `${path}/${child.tagName.toLowerCase()}[${i}]`;
      // Pseudo-elements cost a style resolution each: read only those the stylesheets style.
      const pseudos = child.matches('.ab-live-dot, .ab-checkbox, .ab-radio, .ab-input')
        ? ['', '::before', '::after', '::placeholder']
        : [''];
      for (const pseudo of pseudos) {
        const cs = getComputedStyle(child, pseudo || null);
        rows.push([p + pseudo, ...serialize(cs)]);
      }
      if (child.classList.length) classes.add([child.tagName.toLowerCase(), ...[...child.classList].sort()].join('.'));
      walk(child, p);
    }
  };
  walk(document.body, 'body');
  return { rows, classes: [...classes] };
}

/** Runs in the page: the full computed styles of the given paths (to explain a digest mismatch). */
function detailStyles(paths) {
  const find = (path) => {
    let el = document.body;
    for (const step of path
      .replace(/::(before|after|placeholder)$/, '')
      .split('/')
      .slice(1)) {
      el = el?.children[Number(step.match(/\[(\d+)\]/)[1])];
    }
    return el ?? null;
  };
  return paths.map((path) => {
    const el = find(path);
    if (!el) return null;
    const pseudo = path.match(/::(before|after|placeholder)$/)?.[0] ?? null;
    const cs = getComputedStyle(el, pseudo);
    const o = {};
    for (let i = 0; i < cs.length; i++) o[cs[i]] = cs.getPropertyValue(cs[i]);
    return { cls: el.getAttribute('class'), styles: o };
  });
}

/**
 * Shows a story: the first one by loading the iframe, the next ones through Storybook's own channel
 * (no reload of the preview bundle, which costs seconds a state), then waits for its render and
 * play function to finish, fonts, three frames, and stops endless animations.
 */
async function show(page, base, id, scheme) {
  if (!page.url().startsWith(base)) {
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=colorScheme:${scheme}`);
    await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender, undefined, { timeout: 30000 });
  } else {
    await page.evaluate((storyId) => {
      window.__STORYBOOK_PREVIEW__.channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }, id);
  }
  await page.waitForFunction(
    (storyId) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      const phase = render?.phase;
      return render?.id === storyId && ['completed', 'finished', 'errored', 'aborted'].includes(phase);
    },
    id,
    { timeout: 30000 },
  );
  await page.waitForSelector('#storybook-root > *', { timeout: 20000 });
  // --unstyled: what the `unstyled` prop does to the DOM (it only sets this attribute on each root).
  if (args.includes('--unstyled'))
    await page.evaluate(() =>
      document.querySelectorAll('.ab-root').forEach((el) => el.setAttribute('data-unstyled', '')),
    );
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    // What Playwright's `animations: 'disabled'` does, before the styles are read too: endless
    // animations (the spinner, the live dot, the skeleton) back to their start, the others finished.
    for (const a of document.getAnimations()) {
      if (a.effect?.getComputedTiming().iterations === Infinity) a.cancel();
      else a.finish();
    }
  });
}

const launch = chromiumLaunchOptions();
// One raster thread and no partial raster: otherwise anti-aliased corners vary by ±1 between two
// renders of the same page, which would hide real differences in noise.
const browser = await chromium.launch({
  ...launch,
  args: [...launch.args, '--num-raster-threads=1', '--disable-partial-raster', '--force-color-profile=srgb'],
});
const allClasses = new Set();
const summary = { states: 0, pixelsSame: 0, stylesSame: 0, differing: [] };
const styleDiffs = new Map();
let compared = null;

for (const [width, height] of WIDTHS) {
  for (const combo of COMBOS) {
    const contexts = await Promise.all(
      sides.map(() =>
        browser.newContext({
          viewport: { width, height },
          colorScheme: combo.media,
          reducedMotion: combo.motion ?? 'no-preference',
        }),
      ),
    );
    for (const c of contexts) await c.clock.setFixedTime(CLOCK);
    const pages = await Promise.all(contexts.map((c) => c.newPage()));
    for (const story of stories) {
      const label = `${story.id} ${width}px ${combo.scheme}/${combo.media}${combo.motion ? '/reduced' : ''}`;
      const shots = [];
      const styles = [];
      const t0 = Date.now();
      await Promise.all(pages.map((page, s) => show(page, sides[s].base, story.id, combo.scheme)));
      // Both sides read the same properties: those either side's stylesheets set.
      if (!compared) {
        const lists = await Promise.all(pages.map((page) => page.evaluate(authoredProperties)));
        compared = [...new Set(lists.flat())].sort();
      }
      const t1 = Date.now();
      for (const page of pages) {
        styles.push(await page.evaluate(collectStyles, compared));
        shots.push(await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }));
      }
      if (process.env.TIMING) console.log(`${story.id}: show ${t1 - t0} ms, styles and shots ${Date.now() - t1} ms`);
      summary.states++;
      for (const c of styles[0].classes) allClasses.add(c);
      const samePixels = shots[0].equals(shots[1]);
      let pixelNote = '';
      if (samePixels) summary.pixelsSame++;
      else {
        const diff = await pages[0].evaluate(
          async ([a, b]) => {
            const load = async (b64) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
            const [ia, ib] = await Promise.all([load(a), load(b)]);
            if (ia.width !== ib.width || ia.height !== ib.height)
              return `size ${ia.width}x${ia.height} vs ${ib.width}x${ib.height}`;
            const data = (img) => {
              const c = new OffscreenCanvas(img.width, img.height);
              const g = c.getContext('2d');
              g.drawImage(img, 0, 0);
              return g.getImageData(0, 0, img.width, img.height).data;
            };
            const [da, db] = [data(ia), data(ib)];
            let n = 0;
            const box = [Infinity, Infinity, -1, -1];
            for (let i = 0; i < da.length; i += 4)
              if (da[i] !== db[i] || da[i + 1] !== db[i + 1] || da[i + 2] !== db[i + 2] || da[i + 3] !== db[i + 3]) {
                n++;
                const x = (i / 4) % ia.width;
                const y = Math.floor(i / 4 / ia.width);
                box[0] = Math.min(box[0], x);
                box[1] = Math.min(box[1], y);
                box[2] = Math.max(box[2], x);
                box[3] = Math.max(box[3], y);
              }
            return n === 0
              ? 'same pixels, different encoding'
              : `${n} pixels differ in x ${box[0]}–${box[2]}, y ${box[1]}–${box[3]}`;
          },
          [shots[0].toString('base64'), shots[1].toString('base64')],
        );
        pixelNote = diff;
        if (diff === 'same pixels, different encoding') summary.pixelsSame++;
        else {
          const name = label.replace(/[^\w-]+/g, '_');
          writeFileSync(join(out, `${name}--before.png`), shots[0]);
          writeFileSync(join(out, `${name}--after.png`), shots[1]);
        }
      }
      const [ra, rb] = [styles[0].rows, styles[1].rows];
      const mismatched = [];
      const customMismatched = [];
      if (ra.length !== rb.length) mismatched.push(`element count ${ra.length} vs ${rb.length}`);
      else
        for (let i = 0; i < ra.length; i++) {
          if (ra[i][0] !== rb[i][0]) {
            mismatched.push(`structure differs at ${ra[i][0]} vs ${rb[i][0]}`);
            break;
          }
          if (ra[i][1] !== rb[i][1]) mismatched.push(ra[i][0]);
          if (ra[i][2] !== rb[i][2]) customMismatched.push(ra[i][0]);
        }
      if (mismatched.length === 0) summary.stylesSame++;
      else if (!mismatched[0].includes(' ')) {
        const paths = mismatched.slice(0, 40);
        const [da, db] = await Promise.all(pages.map((p) => p.evaluate(detailStyles, paths)));
        for (let i = 0; i < paths.length; i++) {
          if (!da[i] || !db[i]) continue;
          for (const prop of Object.keys({ ...da[i].styles, ...db[i].styles })) {
            if (prop.startsWith('--') || da[i].styles[prop] === db[i].styles[prop]) continue;
            const key = `${prop}: ${da[i].styles[prop]}  →  ${db[i].styles[prop]}`;
            if (!styleDiffs.has(key)) styleDiffs.set(key, new Set());
            styleDiffs.get(key).add(`${da[i].cls ?? paths[i]} (${label})`);
          }
        }
      }
      const ok = (samePixels || pixelNote === 'same pixels, different encoding') && mismatched.length === 0;
      if (!ok)
        summary.differing.push(
          `${label}: ${pixelNote || 'pixels same'}; ${mismatched.length} elements' styles differ` +
            (mismatched.length && mismatched[0].includes(' ') ? ` (${mismatched[0]})` : ''),
        );
      process.stdout.write(ok ? '.' : 'x');
    }
    await Promise.all(contexts.map((c) => c.close()));
  }
}
await browser.close();
for (const { server } of sides) server.close();

console.log(
  `\n${summary.states} states (${stories.length} stories × ${WIDTHS.length} widths × ${COMBOS.length} schemes)`,
);
console.log(`screenshots identical: ${summary.pixelsSame}/${summary.states}`);
console.log(`computed styles identical: ${summary.stylesSame}/${summary.states}`);
for (const line of summary.differing) console.log(`  ${line}`);
if (styleDiffs.size) {
  console.log('computed style differences (property: before → after, where):');
  for (const [key, where] of styleDiffs) console.log(`  ${key}\n      ${[...where].slice(0, 3).join('\n      ')}`);
}
const classesFile = option('--classes');
if (classesFile) writeFileSync(classesFile, JSON.stringify([...allClasses].sort(), null, 1));
if (summary.differing.length) process.exitCode = 1;
