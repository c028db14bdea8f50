// Compares two flat stylesheets rule by rule, as Chromium parses them: every (at-rule context,
// selector, longhand, value, !important) of one must be in the other (a value written two ways
// counts as the same when it computes the same), no two declarations that could fight (same
// longhand, same specificity, same importance, different values, on elements that can be one) may
// have swapped order, and every `--ab-*` token must resolve to the same colour in every scheme.
// Catches what screenshots cannot reach: hover, focus, reduced motion, container widths.
//   node scripts/compare-css-rules.mjs before.css after.css [--ignore-selector REGEX] [--classes FILE]
// --classes: the class sets rendered elements carry (compare-storybooks.mjs --classes writes them).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const cli = process.argv.slice(2);
const [beforePath, afterPath] = cli.filter((a, i) => !a.startsWith('--') && !cli[i - 1]?.startsWith('--'));
const ignoreArg = process.argv.indexOf('--ignore-selector');
const ignore = ignoreArg > 0 ? new RegExp(process.argv[ignoreArg + 1]) : null;

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();

/** Flattens a sheet into declarations, each with its context, single selector and rule order. */
async function flatten(css) {
  return page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    const out = [];
    const keyframes = [];
    let order = 0;
    const splitList = (s) => {
      const parts = [];
      let depth = 0;
      let cur = '';
      for (const ch of s) {
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        if (ch === ',' && depth === 0) {
          parts.push(cur.trim());
          cur = '';
        } else cur += ch;
      }
      parts.push(cur.trim());
      return parts;
    };
    const walk = (rules, ctx) => {
      for (const rule of rules) {
        if (rule instanceof CSSLayerBlockRule) walk(rule.cssRules, [...ctx, `@layer ${rule.name}`]);
        else if (rule instanceof CSSMediaRule) walk(rule.cssRules, [...ctx, `@media ${rule.conditionText}`]);
        else if (rule instanceof CSSContainerRule)
          walk(rule.cssRules, [...ctx, `@container ${rule.containerName} ${rule.containerQuery}`]);
        else if (rule instanceof CSSKeyframesRule) {
          const frames = Array.from(rule.cssRules, (f) => {
            const decls = Array.from(f.style, (p) => `${p}: ${f.style.getPropertyValue(p)}`).sort();
            return `${f.keyText} { ${decls.join('; ')} }`;
          });
          keyframes.push([...ctx, `@keyframes ${rule.name} { ${frames.join(' ')} }`].join(' | '));
        } else if (rule instanceof CSSStyleRule) {
          order++;
          if (rule.cssRules && rule.cssRules.length > 0) throw new Error(`nested rules left in ${rule.selectorText}`);
          // A longhand set by a shorthand holding var() has no value of its own in the CSSOM: use
          // the shorthand's text instead.
          const declared = rule.style.cssText
            .split(/;(?![^(]*\))/)
            .map((d) => d.trim())
            .filter(Boolean)
            .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]);
          const valueOf = (prop) => {
            const own = rule.style.getPropertyValue(prop).trim();
            if (own !== '') return own;
            for (const [name, text] of declared) {
              const probe = document.createElement('div').style;
              probe.setProperty(name, 'initial');
              if (Array.from(probe).includes(prop)) return `(${name}: ${text.replace(/\s*!important$/, '')})`;
            }
            return own;
          };
          for (const selector of splitList(rule.selectorText)) {
            for (let i = 0; i < rule.style.length; i++) {
              const prop = rule.style[i];
              out.push({
                ctx: ctx.join(' | '),
                selector,
                prop,
                value: valueOf(prop).replace(/\s+/g, ' '),
                important: rule.style.getPropertyPriority(prop) === 'important',
                order,
              });
            }
          }
        } else throw new Error(`unexpected rule: ${rule.cssText.slice(0, 80)}`);
      }
    };
    walk(sheet.cssRules, []);
    return { decls: out, keyframes };
  }, css);
}

// Media and container conditions: `(max-width: X)` and `(width <= X)` are the same query.
const normCtx = (ctx) =>
  ctx.replace(/\(max-width: ([^)]+)\)/g, '(width <= $1)').replace(/\(min-width: ([^)]+)\)/g, '(width >= $1)');

/** [a, b, c] specificity of one complex selector (:where zero, :is/:not/:has their largest argument). */
function specificity(sel) {
  let a = 0;
  let b = 0;
  let c = 0;
  let i = 0;
  const readArgs = () => {
    let depth = 1;
    const start = i;
    while (i < sel.length && depth > 0) {
      if (sel[i] === '(') depth++;
      if (sel[i] === ')') depth--;
      i++;
    }
    return sel.slice(start, i - 1);
  };
  const max = (list) =>
    list
      .map(specificity)
      .reduce(
        (m, s) => (s[0] > m[0] || (s[0] === m[0] && (s[1] > m[1] || (s[1] === m[1] && s[2] > m[2]))) ? s : m),
        [0, 0, 0],
      );
  const splitTop = (s) => {
    const parts = [];
    let depth = 0;
    let cur = '';
    for (const ch of s) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === ',' && depth === 0) {
        parts.push(cur);
        cur = '';
      } else cur += ch;
    }
    parts.push(cur);
    return parts;
  };
  while (i < sel.length) {
    const ch = sel[i];
    if (ch === '#') {
      a++;
      i++;
      while (i < sel.length && /[\w-]/.test(sel[i])) i++;
    } else if (ch === '.') {
      b++;
      i++;
      while (i < sel.length && /[\w-]/.test(sel[i])) i++;
    } else if (ch === '[') {
      b++;
      while (i < sel.length && sel[i] !== ']') i++;
      i++;
    } else if (ch === ':') {
      const pseudoElement = sel[i + 1] === ':';
      i += pseudoElement ? 2 : 1;
      let name = '';
      while (i < sel.length && /[\w-]/.test(sel[i])) name += sel[i++];
      let args = null;
      if (sel[i] === '(') {
        i++;
        args = readArgs();
      }
      if (pseudoElement || ['before', 'after', 'first-line', 'first-letter'].includes(name)) c++;
      else if (name === 'where') {
        /* zero */
      } else if (['is', 'not', 'has', 'matches'].includes(name)) {
        const s = max(splitTop(args));
        a += s[0];
        b += s[1];
        c += s[2];
      } else b++;
    } else if (/[a-zA-Z]/.test(ch)) {
      c++;
      while (i < sel.length && /[\w-]/.test(sel[i])) i++;
    } else i++;
  }
  return [a, b, c];
}

const before = await flatten(readFileSync(beforePath, 'utf8'));
const after = await flatten(readFileSync(afterPath, 'utf8'));

// `X:is(.a, .b)` is `X.a, X.b` when the arguments are simple and equally specific, and `:is(.a)` is
// `.a`: bundlers rewrite one into the other, so both sheets are compared in the expanded form.
function expandIs(selector) {
  const m = selector.match(/:is\(([^()]*)\)/);
  if (!m) return [selector];
  const args = m[1].split(',').map((a) => a.trim());
  const simple = args.every((a) => !/[\s>+~]/.test(a));
  const same = new Set(args.map((a) => specificity(a).join())).size === 1;
  if (!simple || !same) return [selector];
  return args.flatMap((a) => expandIs(selector.slice(0, m.index) + a + selector.slice(m.index + m[0].length)));
}
const expand = (decls) => decls.flatMap((d) => expandIs(d.selector).map((selector) => ({ ...d, selector })));
before.decls = expand(before.decls);
after.decls = expand(after.decls);

const keep = (d) => !(ignore && ignore.test(d.selector));
const where = (d) => `${normCtx(d.ctx)} || ${d.selector} || ${d.prop}`;
const key = (d) => `${where(d)}: ${d.value}${d.important ? ' !important' : ''}`;
const count = (decls) => {
  const m = new Map();
  for (const d of decls.filter(keep)) m.set(key(d), (m.get(key(d)) ?? 0) + 1);
  return m;
};
const cb = count(before.decls);
const ca = count(after.decls);
const onlyBefore = before.decls.filter(keep).filter((d) => (ca.get(key(d)) ?? 0) < cb.get(key(d)));
const onlyAfter = after.decls.filter(keep).filter((d) => (cb.get(key(d)) ?? 0) < ca.get(key(d)));

// A value written two ways (120ms / 0.12s, transparent / #0000): the same when a probe element
// computes the same value from both, with every var() defined.
const equivalent = await page.evaluate(
  (pairs) => {
    const host = document.createElement('div');
    host.style.cssText = Array.from({ length: 1 }, () => '').join('');
    document.body.append(host);
    const probe = document.createElement('div');
    host.append(probe);
    const computed = (prop, value) => {
      probe.removeAttribute('style');
      const m = value.match(/^\((.+?): (.*)\)$/);
      const names = [...value.matchAll(/var\((--[\w-]+)/g)].map((v) => v[1]);
      for (const n of names) host.style.setProperty(n, n.includes('size') || n.includes('width') ? '7px' : '#123456');
      if (m) probe.style.setProperty(m[1], m[2]);
      else probe.style.setProperty(prop, value);
      return getComputedStyle(probe).getPropertyValue(prop);
    };
    return pairs.map(([prop, a, b]) => computed(prop, a) === computed(prop, b));
  },
  onlyBefore.map((d) => {
    const twin = onlyAfter.find((x) => where(x) === where(d));
    return [d.prop, d.value, twin ? twin.value : '\u0000'];
  }),
);

// Tokens: what every `--ab-*` variable resolves to on a root in each scheme (explicit light and
// dark, system under a light and a dark preference, no attribute, compact density), and the scheme
// native controls are drawn in. Colours and shadows are resolved through a probe, since a
// `light-dark()` token only resolves where it is used.
async function resolveTokens(css) {
  const results = {};
  for (const media of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: media });
    Object.assign(
      results,
      await page.evaluate(
        ([text, media]) => {
          document.adoptedStyleSheets = [];
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(text);
          document.adoptedStyleSheets = [sheet];
          const names = new Set();
          const collect = (rules) => {
            for (const r of rules) {
              if (r.cssRules) collect(r.cssRules);
              if (r instanceof CSSStyleRule && r.selectorText.startsWith('.ab-root'))
                for (const p of r.style) if (p.startsWith('--')) names.add(p);
            }
          };
          collect(sheet.cssRules);
          const out = {};
          for (const [label, attrs] of [
            ['light', { 'data-color-scheme': 'light' }],
            ['dark', { 'data-color-scheme': 'dark' }],
            ['system', { 'data-color-scheme': 'system' }],
            ['none', {}],
            ['compact', { 'data-color-scheme': 'system', 'data-density': 'compact' }],
          ]) {
            const root = document.createElement('div');
            root.className = 'ab-root';
            for (const [k, v] of Object.entries(attrs)) root.setAttribute(k, v);
            const probe = document.createElement('div');
            root.append(probe);
            document.body.append(root);
            for (const name of [...names].sort()) {
              probe.style.cssText = name.includes('shadow') ? `box-shadow: var(${name})` : `color: var(${name})`;
              const cs = getComputedStyle(probe);
              let value = name.includes('shadow') ? cs.boxShadow : cs.color;
              // A shadow layer of a transparent colour draws nothing.
              if (name.includes('shadow'))
                value = value
                  .split(/,(?![^(]*\))/)
                  .map((l) => l.trim())
                  .filter((l) => !l.startsWith('rgba(0, 0, 0, 0)'))
                  .join(', ');
              if (value === 'rgb(0, 0, 0)' && !name.includes('shadow'))
                value = getComputedStyle(root).getPropertyValue(name).trim();
              out[`${media} preference, ${label}: ${name}`] = value;
            }
            probe.style.cssText = 'color: light-dark(rgb(1, 1, 1), rgb(2, 2, 2))';
            out[`${media} preference, ${label}: used color-scheme`] =
              getComputedStyle(probe).color === 'rgb(1, 1, 1)' ? 'light' : 'dark';
            root.remove();
          }
          return out;
        },
        [css, media],
      ),
    );
  }
  return results;
}
const tokensBefore = await resolveTokens(readFileSync(beforePath, 'utf8'));
const tokensAfter = await resolveTokens(readFileSync(afterPath, 'utf8'));
const tokenDiffs = Object.keys({ ...tokensBefore, ...tokensAfter })
  .filter((k) => tokensBefore[k] !== tokensAfter[k])
  .map((k) => `${k}: ${tokensBefore[k]}  →  ${tokensAfter[k]}`);
await browser.close();
const rewritten = [];
const pairedAfter = new Set();
const realBefore = [];
onlyBefore.forEach((d, i) => {
  const twin = onlyAfter.find((x) => where(x) === where(d) && !pairedAfter.has(x));
  if (twin && equivalent[i]) {
    pairedAfter.add(twin);
    rewritten.push(`${d.prop}: ${d.value}  ≡  ${twin.value}`);
  } else realBefore.push(key(d));
});
const realAfter = onlyAfter.filter((d) => !pairedAfter.has(d)).map(key);

// Order: a declaration's position is its rule's. A pair on one longhand whose order flipped, with the
// same specificity and importance and different values, changes the winner on an element both
// match. With --classes (the class sets a rendered Storybook holds), pairs whose rightmost compounds
// never meet on one element are left out.
const classesArg = process.argv.indexOf('--classes');
const seen =
  classesArg > 0 ? JSON.parse(readFileSync(process.argv[classesArg + 1], 'utf8')).map((c) => c.split('.')) : null;
function rightmost(selector) {
  let depth = 0;
  let cut = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && /[\s>+~]/.test(ch)) cut = i + 1;
  }
  const compound = selector.slice(cut);
  const pseudoElement = compound.match(/::?(before|after|placeholder)/)?.[1] ?? '';
  const bare = compound.replace(/:[\w-]+(\((?:[^()]|\([^()]*\))*\))?/g, '').replace(/\[[^\]]*\]/g, '');
  const tag = bare.match(/^[a-z][\w-]*/)?.[0] ?? '';
  const classes = [...bare.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
  return { pseudoElement, tag, classes };
}
const canMeet = (s1, s2) => {
  const [r1, r2] = [rightmost(s1), rightmost(s2)];
  if (r1.pseudoElement !== r2.pseudoElement) return false;
  if (r1.tag && r2.tag && r1.tag !== r2.tag) return false;
  if (!seen) return true;
  const need = new Set([...r1.classes, ...r2.classes]);
  const tag = r1.tag || r2.tag;
  return seen.some(([t, ...cls]) => (!tag || t === tag) && [...need].every((c) => cls.includes(c)));
};
const position = (decls) => {
  const m = new Map();
  for (const d of decls.filter(keep)) if (!m.has(key(d))) m.set(key(d), d);
  return m;
};
const pb = position(before.decls);
const pa = position(after.decls);
const byProp = new Map();
for (const k of pb.keys()) {
  if (!pa.has(k)) continue;
  const d = pb.get(k);
  if (!byProp.has(d.prop)) byProp.set(d.prop, []);
  byProp.get(d.prop).push(k);
}
const flips = [];
for (const keys of byProp.values()) {
  for (let x = 0; x < keys.length; x++) {
    for (let y = x + 1; y < keys.length; y++) {
      const [b1, b2, a1, a2] = [pb.get(keys[x]), pb.get(keys[y]), pa.get(keys[x]), pa.get(keys[y])];
      if (b1.order === b2.order || a1.order === a2.order) continue;
      if (Math.sign(b1.order - b2.order) === Math.sign(a1.order - a2.order)) continue;
      if (b1.value === b2.value || b1.important !== b2.important) continue;
      if (specificity(b1.selector).join() !== specificity(b2.selector).join()) continue;
      if (!canMeet(b1.selector, b2.selector)) continue;
      flips.push(`${b1.prop} (${specificity(b1.selector).join(',')}):\n    ${keys[x]}\n    ${keys[y]}`);
    }
  }
}

const kb = new Set(before.keyframes);
const ka = new Set(after.keyframes);
const report = (title, list) => console.log(`${title}: ${list.length}${list.length ? '\n  ' + list.join('\n  ') : ''}`);
console.log(
  `declarations compared (longhands × single selectors): before ${before.decls.filter(keep).length}, after ${after.decls.filter(keep).length}`,
);
report('written differently, computing the same', [...new Set(rewritten)]);
report('only before', realBefore);
report('only after', realAfter);
report(
  'keyframes only before',
  [...kb].filter((k) => !ka.has(k)),
);
report(
  'keyframes only after',
  [...ka].filter((k) => !kb.has(k)),
);
report('order flips that could change a winner', flips);
console.log(`tokens resolved: ${Object.keys(tokensBefore).length} (variable × scheme × preference)`);
report('tokens resolving differently', tokenDiffs);
if (realBefore.length || realAfter.length || flips.length || tokenDiffs.length) process.exitCode = 1;
