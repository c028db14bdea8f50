// Injection: no URL from data or from the host's getItemHref reaches an href or src unless a browser
// would resolve it to http(s).
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseAgentItems, type AgentItem } from '../../../src/core';
import { AgentManagementView, type AgentManagementViewProps } from '../../../src/index';
import { resolvesToHttp, urlAttributes } from './hardening-helpers';
import { NOW, VIEWER, base, openFilterMenu, setUpInjectionTests } from './injection-helpers';

const guard = setUpInjectionTests();

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
