// Server rendering + hydration of the full view for the cases ssr.test.tsx does not cover: hostile text
// (RTL, ZWJ emoji, lone surrogates, 10,000-character titles, HTML payloads), the pinned Needs-you
// section with host links, no-match filters, a day filter, a right-to-left locale, dark on All with
// items, and a data source (which renders its loading state on the server).
import { afterEach, describe, expect, it } from 'vitest';
import { filterAgentItems, parseAgentItems, type AgentItem } from '../../../src/core';
import type { AgentDataSource, AgentManagementViewProps } from '../../../src/index';
import { resolvesToHttp, shownRowCount, urlAttributes } from './hardening-helpers';
import { renderThenHydrate } from './ssr-helpers';

const NOW = Date.UTC(2026, 10, 25, 15, 0, 0);
const VIEWER = 'u_me';

afterEach(() => {
  document.body.innerHTML = '';
});

const PAYLOADS = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>'];
const HOSTILE_TEXT = [
  'مرحبا بالعالم',
  'שלום עולם',
  '👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽',
  'lone \ud800 surrogate',
  'lone \udfff low',
  '\u202eoverride',
  'e\u0301\u0301',
  '',
  'x'.repeat(10_000),
  ...PAYLOADS,
];

function hostileItems(): AgentItem[] {
  const input = HOSTILE_TEXT.map((t, k) => ({
    id: `h${k}`,
    kind: k % 3 === 0 ? 'interactive' : 'ambient',
    title: t,
    source: k % 2 ? 'slack' : 'my-custom-source',
    status: ['blocked', 'failed', 'running', 'done', 'paused'][k % 5],
    statusDetail: t,
    createdAt: [0, NOW - 3_600_000, Date.UTC(2100, 0, 1), Date.UTC(2028, 1, 29, 12)][k % 4],
    startedAt: NOW - 7_200_000,
    creator:
      k % 2
        ? { id: VIEWER, name: 'Alex' }
        : { id: `u_${k}`, name: t, avatarUrl: k % 4 ? 'javascript:alert(1)' : 'https://img.example/a.png' },
    credits: [1e308, 0.001, 12.5, 0][k % 4],
    meta: { env: t },
  }));
  return parseAgentItems(input).items;
}

describe('server rendering + hydration, more cases', () => {
  const base = { viewerId: VIEWER, now: NOW, timeZone: 'UTC', locale: 'en-US' } as const;
  const cases: Array<[string, AgentManagementViewProps]> = [
    [
      'hostile text on Personal, Needs you with host links',
      { ...base, items: hostileItems(), getItemHref: (i) => (i.id === 'h1' ? 'javascript:alert(1)' : `/runs/${i.id}`) },
    ],
    ['hostile text on All, dark', { ...base, items: hostileItems(), defaultTab: 'all', colorScheme: 'dark' }],
    [
      'filters that match nothing (the no-match state)',
      { ...base, items: hostileItems(), defaultTab: 'all', defaultFilters: { query: 'zzz-no-such-thing' } },
    ],
    [
      'a day filter and a query on the leap day',
      {
        ...base,
        items: hostileItems(),
        defaultTab: 'all',
        defaultFilters: { createdOn: { day: '2028-02-29' }, query: 'x' },
      },
    ],
    [
      'a right-to-left locale and a 30-minute zone',
      { ...base, items: hostileItems(), locale: 'ar-EG', timeZone: 'Asia/Kolkata', defaultTab: 'all' },
    ],
    [
      'a data source (loading on the server)',
      { ...base, dataSource: { query: () => new Promise(() => {}) } as AgentDataSource },
    ],
    [
      'a data source on All with a status filter',
      {
        ...base,
        defaultTab: 'all',
        defaultFilters: { statuses: ['failed'] },
        dataSource: { query: () => new Promise(() => {}) } as AgentDataSource,
      },
    ],
  ];
  for (const [name, props] of cases) {
    it(`${name}: no hydration error or warning`, async () => {
      const r = await renderThenHydrate(props);
      expect(r.recoverable).toEqual([]);
      expect(r.unmount()).toEqual([]);
      expect(r.html).toContain('ab-root');
      // Data never becomes markup on the server either.
      for (const p of PAYLOADS) expect(r.html).not.toContain(p);
      expect(r.html).not.toMatch(/<script|<img[^>]*onerror|<svg[^>]*onload|javascript:/i);
    });
  }

  it('the hydrated hostile view shows the filtered rows and only http(s)/relative URLs', async () => {
    const items = hostileItems();
    const r = await renderThenHydrate({ ...base, items, defaultTab: 'all', getItemHref: (i) => `/runs/${i.id}` });
    const container = r.container;
    expect(r.recoverable).toEqual([]);
    expect(shownRowCount(container)).toBe(
      filterAgentItems(items, {}, { tab: 'all', viewerId: VIEWER, timeZone: 'UTC', now: NOW }).length,
    );
    for (const a of urlAttributes(container)) expect(resolvesToHttp(a.value), a.value).toBe(true);
    expect(container.textContent).toContain('שלום עולם');
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(r.unmount()).toEqual([]);
  });
});
