// Injection: text from hosts (titles from Slack messages, names, blocked reasons, errors, raw statuses,
// sources, facet values) renders as text, never as markup; and no URL from data or from the host's
// getItemHref reaches an href or src unless a browser would resolve it to http(s).
import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAgentItems, type AgentItem } from '../../../src/core';
import { AgentManagementView, type AgentManagementViewProps } from '../../../src/index';
import { guardConsole, resolvesToHttp, urlAttributes, type ConsoleGuard } from './hardening-helpers';

const NOW = Date.UTC(2026, 10, 25, 15, 0, 0);
const VIEWER = 'u_me';

const HTML_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe srcdoc='<script>alert(1)</script>'>",
  '<a href="javascript:alert(1)">click</a>',
  '<style>*{display:none}</style>',
  '{{constructor.constructor("alert(1)")()}}',
  '&lt;b&gt;entity&lt;/b&gt; &#60;i&#62;',
];

// Full views in jsdom on a busy machine: seconds per test, not milliseconds.
vi.setConfig({ testTimeout: 90_000 });

let guard: ConsoleGuard;
beforeEach(() => {
  guard = guardConsole();
});
afterEach(() => {
  guard.restore();
});

function base(over: Partial<AgentItem> & { id: string }): AgentItem {
  return {
    kind: 'ambient',
    title: over.id,
    source: 'slack',
    status: 'success',
    rawStatus: 'done',
    createdAt: new Date(NOW - 3_600_000),
    creator: { id: VIEWER, name: 'Alex Morgan' },
    ...over,
  };
}

/** Elements created from data would show up as one of these. */
function markupFromData(): string[] {
  const found: string[] = [];
  for (const sel of ['script', 'iframe', 'style', 'img', 'svg[onload]', 'a[href^="javascript" i]', '[srcdoc]']) {
    for (const el of Array.from(document.body.querySelectorAll(sel)))
      found.push(`${sel}: ${el.outerHTML.slice(0, 80)}`);
  }
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
  }
  return found;
}

async function openFilterMenu(): Promise<void> {
  await act(async () => {
    screen.getByRole('button', { name: /^Filter/ }).click();
  });
}

describe('text from data renders as text', () => {
  it('titles, creator names, blocked reasons, errors, raw statuses, sources and facet values', async () => {
    // Through the parser, as hosts do: raw statuses and sources stay as sent.
    const input = HTML_PAYLOADS.flatMap((p, k) => [
      {
        id: `t${k}`,
        kind: 'ambient',
        title: p,
        source: 'slack',
        status: 'done',
        createdAt: NOW - 60_000 * k,
        creator: { id: `u_${k}`, name: p },
        meta: { env: p },
      },
      {
        id: `b${k}`,
        kind: 'interactive',
        title: `blocked ${k}`,
        source: 'interactive',
        status: 'blocked',
        statusDetail: p,
        createdAt: NOW - 60_000 * k,
        creator: { id: VIEWER, name: 'Alex' },
      },
      {
        id: `f${k}`,
        kind: 'ambient',
        title: `failed ${k}`,
        source: p,
        status: p,
        statusDetail: `Error: ${p}`,
        createdAt: NOW - 60_000 * k,
        creator: { id: VIEWER, name: 'Alex' },
      },
    ]);
    const { items, issues } = parseAgentItems(input);
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(items).toHaveLength(input.length);
    // Render in small groups so every row is on screen (the list is virtualised).
    for (let k = 0; k < HTML_PAYLOADS.length; k++) {
      const p = HTML_PAYLOADS[k]!;
      const group = items.filter((i) => i.id.endsWith(String(k)) && i.id.length === 2);
      const view = render(
        <AgentManagementView
          items={group}
          viewerId={VIEWER}
          now={NOW}
          timeZone="UTC"
          defaultTab="all"
          facetDefinitions={[{ key: 'env', label: 'Environment' }]}
        />,
      );
      const rows = () => Array.from(view.container.querySelectorAll('[role="row"]'));
      const titleCell = rows().find((r) => r.querySelector('.ab-title')?.textContent === p);
      expect(titleCell, `title ${p}`).toBeTruthy();
      expect(
        rows().some((r) => r.querySelector('.ab-creator-name')?.textContent === p),
        `creator ${p}`,
      ).toBe(true);
      expect(
        rows().some((r) => r.querySelector('.ab-title-detail')?.textContent === `Error: ${p}`),
        `error ${p}`,
      ).toBe(true);
      // The raw status is in the failed badge's description; the unknown source in its badge.
      expect(view.container.textContent).toContain(`(${p})`);
      // Blocked reasons: in the row on All; pinned "Needs you" shows them on Personal (checked below).
      expect(
        rows().some((r) => r.querySelector('.ab-title-detail')?.textContent === p),
        `blocked reason ${p}`,
      ).toBe(true);
      await openFilterMenu();
      const dialog = screen.getByRole('dialog', { name: 'Filters' });
      expect(dialog.textContent, 'creator option').toContain(p);
      expect(dialog.textContent, 'facet option').toContain(p);
      expect(markupFromData(), p).toEqual([]);
      view.unmount();
      // Personal: the pinned "Needs you" entry carries the blocked reason.
      const personal = render(<AgentManagementView items={group} viewerId={VIEWER} now={NOW} timeZone="UTC" />);
      expect(personal.container.querySelector('.ab-pinned')?.textContent).toContain(p);
      expect(markupFromData(), p).toEqual([]);
      personal.unmount();
    }
    expect(guard.messages()).toEqual([]);
  }, 60_000);

  it('the error state shows a hostile error message as text', () => {
    for (const p of HTML_PAYLOADS) {
      const view = render(
        <AgentManagementView
          items={[]}
          viewerId={VIEWER}
          now={NOW}
          timeZone="UTC"
          error={new Error(p)}
          onRetry={() => {}}
        />,
      );
      expect(view.container.textContent).toContain(p);
      expect(markupFromData()).toEqual([]);
      view.unmount();
    }
    expect(guard.messages()).toEqual([]);
  });
});

// ---- URLs -------------------------------------------------------------------------------------

const SCHEMES = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'JAVASCRIPT://%0aalert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VbScRiPt:x',
];
const PREFIXES = ['', ' ', '   ', '\u0000', '\t', '\n', '\r\n', '\u200b', '\u00a0', '\ufeff', '\u0001\u001f', '\t \n'];
const BAD_URLS: string[] = [
  ...SCHEMES.flatMap((s) => PREFIXES.map((p) => p + s)),
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  'jav\u200bascript:alert(1)',
  'java%73cript:alert(1)',
  '%6A%61vascript:alert(1)',
  '%6a%61%76%61%73%63%72%69%70%74%3aalert(1)',
  'javascript%3Aalert(1)',
  '%256Aavascript%253Aalert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106;avascript:alert(1)',
  '&#118;bscript:msgbox(1)',
  '&#x64;ata:text/html,<script>alert(1)</script>',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'java&Tab;script:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '\\javascript:alert(1)',
  '\\\\javascript:alert(1)',
  '/\\javascript:alert(1)',
  'javascript:/\\/alert(1)',
  ' //javascript:alert(1)',
  'data:,hello',
  'file:///etc/passwd',
  'blob:https://x.example/1',
];
const GOOD_URLS = [
  'https://runs.example.com/r/1',
  'http://runs.example.com/r/2',
  '/runs/3',
  './runs/4',
  '?run=5',
  '#run-6',
  'runs/7',
];

describe('no dangerous URL reaches an href or src', () => {
  it('the attribute walker and resolvesToHttp reject every listed URL and accept the good ones (self-check)', () => {
    // (A leading NBSP, ZWSP or BOM is not stripped by URL parsers: such a string is an inert relative path.)
    const dangerous = [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      '\tjavascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\nscript:alert(1)',
      'JaVaScRiPt:x',
      'data:,x',
      'vbscript:x',
      'java%73cript:alert(1)',
      '%6A%61vascript:alert(1)',
      '&#106;avascript:alert(1)',
      'javascript&colon;alert(1)',
    ];
    for (const u of dangerous) expect(resolvesToHttp(u), JSON.stringify(u)).toBe(false);
    for (const u of GOOD_URLS) expect(resolvesToHttp(u), u).toBe(true);
  });

  /** Renders `items` on Personal and All (the pinned section and the list), walking every URL attribute. */
  async function renderAndWalk(items: AgentItem[], extra: Partial<AgentManagementViewProps> = {}): Promise<string[]> {
    const seen: string[] = [];
    for (const defaultTab of ['personal', 'all'] as const) {
      const view = render(
        <AgentManagementView
          items={items}
          viewerId={VIEWER}
          now={NOW}
          timeZone="UTC"
          defaultTab={defaultTab}
          onOpenRun={() => {}}
          onOpenConversation={() => {}}
          {...extra}
        />,
      );
      await openFilterMenu();
      for (const a of urlAttributes(document.body)) {
        seen.push(a.value);
        expect(resolvesToHttp(a.value), `${a.tag}[${a.attr}]=${JSON.stringify(a.value)}`).toBe(true);
      }
      view.unmount();
    }
    return seen;
  }

  it('from sessionUrl and avatarUrl through parseAgentItems: dropped with a warning, never rendered', async () => {
    const input = BAD_URLS.map((u, k) => ({
      id: `p${k}`,
      kind: 'ambient',
      title: `t${k}`,
      source: 'slack',
      status: k % 2 ? 'blocked' : 'failed',
      createdAt: NOW - k * 1000,
      creator: { id: k % 3 ? VIEWER : `u_${k}`, name: `N${k}`, avatarUrl: u },
      sessionUrl: u,
    }));
    const { items, issues } = parseAgentItems(input);
    expect(items).toHaveLength(BAD_URLS.length);
    for (const item of items) {
      expect(item.sessionUrl).toBeUndefined();
      // A relative avatar URL is allowed (same origin); a dangerous one never survives.
      if (item.creator.avatarUrl !== undefined)
        expect(resolvesToHttp(item.creator.avatarUrl), item.creator.avatarUrl).toBe(true);
    }
    expect(issues.filter((i) => i.path === 'sessionUrl')).toHaveLength(BAD_URLS.length);
    for (let k = 0; k < items.length; k += 10) await renderAndWalk(items.slice(k, k + 10));
    expect(guard.messages()).toEqual([]);
  });

  it('from hand-built items that bypass the parser (avatarUrl and sessionUrl set directly)', async () => {
    const items = BAD_URLS.map((u, k) =>
      base({
        id: `h${k}`,
        status: k % 2 ? 'blocked' : 'failed',
        sessionUrl: u,
        creator: { id: k % 3 ? VIEWER : `u_${k}`, name: `N${k}`, avatarUrl: u },
      }),
    );
    for (let k = 0; k < items.length; k += 10) await renderAndWalk(items.slice(k, k + 10));
    // And the good avatars do render as images (the walk is not vacuous).
    const ok = GOOD_URLS.map((u, k) => base({ id: `g${k}`, creator: { id: `u_g${k}`, name: `G${k}`, avatarUrl: u } }));
    const seen = await renderAndWalk(ok, { defaultTab: 'all' });
    for (const u of GOOD_URLS) expect(seen).toContain(u);
    expect(guard.messages()).toEqual([]);
  });

  it("from the host's getItemHref, in the list and in the pinned Needs-you section", async () => {
    const items = BAD_URLS.map((u, k) =>
      base({
        id: `g${k}`,
        title: `t${k}`,
        status: k % 2 ? 'blocked' : 'success',
        kind: k % 4 ? 'ambient' : 'interactive',
      }),
    );
    const hrefs = new Map(items.map((it, k) => [it.id, BAD_URLS[k]!]));
    for (let k = 0; k < items.length; k += 10) {
      const seen = await renderAndWalk(items.slice(k, k + 10), { getItemHref: (item) => hrefs.get(item.id) });
      expect(seen.filter((v) => !resolvesToHttp(v))).toEqual([]);
    }
    // The good ones do become links in both places (so the check above is not vacuous).
    const good = GOOD_URLS.map((u, k) => base({ id: `ok${k}`, status: 'blocked' }));
    const seen = await renderAndWalk(good, { getItemHref: (item) => GOOD_URLS[Number(item.id.slice(2))] });
    for (const u of GOOD_URLS) expect(seen.filter((v) => v === u).length).toBeGreaterThanOrEqual(2);
    expect(guard.messages()).toEqual([]);
  });

  it('random obfuscations of dangerous schemes never reach the DOM (getItemHref and hand-built avatarUrl)', async () => {
    const scheme = fc
      .tuple(
        fc.constantFrom('javascript', 'vbscript', 'data'),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      )
      .map(([s, upper]) => [...s].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
    const junk = fc.constantFrom(
      '',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0008',
      '\u001f',
      '\u007f',
      '\u200b',
      '\u00a0',
      '\ufeff',
      '%09',
      '%0a',
      '&#9;',
      '&Tab;',
    );
    const colon = fc.constantFrom(':', '%3a', '%3A', '&#58;', '&#x3a;', '&colon;', '%253a');
    const urlArb = fc
      .tuple(
        junk,
        scheme,
        fc.nat(),
        junk,
        colon,
        fc.constantFrom('alert(1)', '//%0aalert(1)', 'text/html,<script>alert(1)</script>'),
      )
      .map(([pre, s, at, mid, c, rest]) => {
        const i = at % (s.length + 1);
        return `${pre}${s.slice(0, i)}${mid}${s.slice(i)}${c}${rest}`;
      });
    await fc.assert(
      fc.asyncProperty(fc.array(urlArb, { minLength: 1, maxLength: 6 }), async (urls) => {
        const items = urls.map((u, k) =>
          base({
            id: `r${k}`,
            status: k % 2 ? 'blocked' : 'failed',
            creator: { id: `u_${k}`, name: `N${k}`, avatarUrl: u },
          }),
        );
        const view = render(
          <AgentManagementView
            items={items}
            viewerId="u_0"
            now={NOW}
            timeZone="UTC"
            defaultTab="all"
            getItemHref={(item) => urls[Number(item.id.slice(1))]}
          />,
        );
        for (const a of urlAttributes(document.body))
          expect(resolvesToHttp(a.value), `${a.tag}[${a.attr}]=${JSON.stringify(a.value)}`).toBe(true);
        view.unmount();
      }),
      { numRuns: 60 },
    );
    expect(guard.messages()).toEqual([]);
  });

  it('a getItemHref that returns a non-string or throws gives no link and does not break the view', async () => {
    const items = [
      base({ id: 'x1', status: 'blocked' }),
      base({ id: 'x2', status: 'failed' }),
      base({ id: 'x3', kind: 'interactive', status: 'blocked' }),
    ];
    const evil = { toString: () => 'javascript:alert(1)' };
    const returns: Array<(item: AgentItem) => unknown> = [
      () => evil,
      () => 42,
      () => ['javascript:alert(1)'],
      () => null,
      () => new URL('javascript:alert(1)'),
    ];
    for (const fn of returns) {
      const seen = await renderAndWalk(items, { getItemHref: fn as AgentManagementViewProps['getItemHref'] });
      expect(seen.filter((v) => !resolvesToHttp(v))).toEqual([]);
    }
    const throwing = () => {
      throw new Error('host bug');
    };
    // All first (the list only), then Personal, where the viewer's blocked items are also pinned in Needs you.
    for (const defaultTab of ['all', 'personal'] as const) {
      let view: ReturnType<typeof render> | undefined;
      let thrown: unknown;
      try {
        view = render(
          <AgentManagementView
            items={items}
            viewerId={VIEWER}
            now={NOW}
            timeZone="UTC"
            defaultTab={defaultTab}
            getItemHref={throwing}
          />,
        );
      } catch (e) {
        thrown = e;
      }
      expect(thrown, `rendering ${defaultTab} with a throwing getItemHref`).toBeUndefined();
      if (!view) return;
      expect(view.container.querySelector('.ab-root')).not.toBeNull();
      expect(view.container.querySelectorAll('[role="row"] .ab-title').length).toBe(3);
      expect(view.container.querySelectorAll('a[href]')).toHaveLength(0);
      view.unmount();
    }
  });
});
