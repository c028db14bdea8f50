// Component fuzzing of the full <AgentManagementView>: hundreds of random datasets full of hostile
// text, odd dates, odd numbers and duplicate ids, through parseAgentItems (as hosts do) and as
// hand-built AgentItems that bypass the parser. Each run must render without an exception and without
// any console.error / console.warn (React's key, hydration and act warnings land there), and the
// list, the tabs and the summary must show the number of rows filterAgentItems gives on the same data.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filterAgentItems, parseAgentItems, type AgentFilters, type AgentItem, type AgentTab } from '../../../src/core';
import { AgentManagementView } from '../../../src/index';
import { guardConsole, shownRowCount, tabCount, type ConsoleGuard } from './hardening-helpers';

const VIEWER = 'u_me';
const BASE_NOW = Date.UTC(2026, 10, 25, 15, 0, 0);
const Y1970 = Date.UTC(1970, 0, 1, 0, 0, 1);
const Y2100 = Date.UTC(2100, 11, 31, 23, 59, 59);

// ---- hostile values ---------------------------------------------------------------------------

const LONG = 'Ünïcödé 👩‍👩‍👧 مرحبا '.repeat(500).slice(0, 10_000);
const TEXTS = [
  '',
  ' ',
  '\u200b',
  'مرحبا بالعالم — إصلاح اختبار تسجيل الدخول',
  'שלום עולם: תיקון בדיקה',
  'mixed עברית and English ١٢٣',
  '\u202eevil override\u202c',
  '👩‍👩‍👧‍👦 family ZWJ',
  '🏳️‍🌈 flag + 🇺🇳 + 👍🏽',
  'e\u0301\u0301\u0301 combining',
  'lone \ud800 high',
  'lone \udfff low',
  '\udfff\ud800 reversed pair',
  'null \u0000 char',
  'tab\tnew\nline',
  '<b>bold</b> & &amp; "quotes"',
  'İstanbul ıI ß ẞ',
  LONG,
];
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const creatorArb = fc.oneof(
  fc.constant({ id: VIEWER, name: 'Alex Morgan' }),
  fc.record({ id: fc.constantFrom('u_a', 'u_b', 'u_rtl', '👤', ' u_sp '), name: text }),
  fc.record({
    id: fc.constantFrom('u_img'),
    name: text,
    avatarUrl: fc.constantFrom('https://img.example/a.png', '/a.png', 'javascript:alert(1)', ''),
  }),
);
const epochArb = fc.oneof(
  fc.constantFrom(0, Y1970, Y2100, Date.UTC(2028, 1, 29, 12)),
  fc.integer({ min: BASE_NOW - 10 * 86_400_000, max: BASE_NOW + 86_400_000 }),
  fc.integer({ min: 0, max: Y2100 }),
);
const creditsArb = fc.oneof(
  fc.constantFrom(0, 0.004, 1e15, 1e308, Number.MAX_SAFE_INTEGER, -1, -0, Number.NaN, Infinity, -Infinity, 12.345),
  fc.double(),
);
const KNOWN_SOURCES = ['interactive', 'cli', 'api', 'slack', 'linear', 'scheduled', 'github_actions'];
const sourceArb = fc.oneof(
  fc.constantFrom(...KNOWN_SOURCES),
  fc.constantFrom('pagerduty', 'weird source!', '', 'constructor', '__proto__', 'toString'),
);
const metaArb = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(
    fc.constantFrom('env', 'tags', 'constructor', 'hasOwnProperty', '', 'مفتاح'),
    fc.oneof(text, fc.array(text, { maxLength: 3 })),
    { maxKeys: 3 },
  ),
);

// ---- host input (through parseAgentItems) -----------------------------------------------------

const hostItemArb = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'a', 'dup', 'x#2', '  '), fc.string({ maxLength: 6 }), fc.nat({ max: 9 })),
    kind: fc.oneof(fc.constantFrom('ambient', 'interactive'), fc.constant('robot')),
    title: fc.oneof(text, fc.constant(null)),
    source: sourceArb,
    status: fc.constantFrom(
      'queued',
      'RUNNING',
      'waiting-for-input',
      'done',
      'Failed',
      'cancelled',
      'paused',
      'mystery',
      '',
      'transient_error',
    ),
    statusDetail: text,
    createdAt: fc.oneof(
      epochArb,
      epochArb.map((t) => new Date(t).toISOString()),
      fc.constantFrom('1970-01-01', '2100-12-31', 'not a date'),
    ),
    startedAt: epochArb,
    endedAt: epochArb,
    creator: fc.oneof(creatorArb, fc.constant({ id: 'u_noname' })),
    credits: fc.oneof(creditsArb, fc.constantFrom('12', null)),
    sessionUrl: fc.constantFrom(
      'https://runs.example.com/1',
      'javascript:alert(1)',
      ' https://x',
      'data:text/html,hi',
      '/relative',
    ),
    sessionState: fc.constantFrom('available', 'expired', 'unavailable', 'gone'),
    conversationId: fc.string({ maxLength: 4 }),
    meta: fc.oneof(metaArb, fc.constantFrom(42, 'x', [1, 2], { nested: { deep: true } })),
  },
  { requiredKeys: ['id', 'kind', 'createdAt', 'creator'] },
);

// ---- hand-built items (bypassing the parser) --------------------------------------------------

const STATUSES = ['working', 'blocked', 'canceled', 'failed', 'success'] as const;
const handItemArb: fc.Arbitrary<AgentItem> = fc
  .record({
    id: fc.constantFrom('h1', 'h2', 'h3', 'h1', 'dup', 'dup', ''),
    kind: fc.constantFrom('ambient' as const, 'interactive' as const),
    title: text,
    source: sourceArb,
    status: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...STATUSES) },
      { weight: 1, arbitrary: fc.constantFrom('paused', 'unknown') },
    ),
    rawStatus: fc.constantFrom('', 'done', 'weird raw'),
    statusDetail: fc.option(text, { nil: undefined }),
    createdAt: fc.oneof(
      { weight: 6, arbitrary: epochArb.map((t) => new Date(t)) },
      { weight: 1, arbitrary: fc.constant(new Date(Number.NaN)) },
    ),
    startedAt: fc.option(
      epochArb.map((t) => new Date(t)),
      { nil: undefined },
    ),
    endedAt: fc.option(
      epochArb.map((t) => new Date(t)),
      { nil: undefined },
    ),
    creator: creatorArb,
    credits: fc.option(creditsArb, { nil: undefined }),
    sessionUrl: fc.option(fc.constantFrom('https://runs.example.com/s', ''), { nil: undefined }),
    sessionState: fc.option(fc.constantFrom('available' as const, 'expired' as const, 'unavailable' as const), {
      nil: undefined,
    }),
    conversationId: fc.option(fc.constantFrom('c1', ''), { nil: undefined }),
    meta: metaArb,
  })
  .map((r) => {
    const item: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) item[k] = v;
    return item as unknown as AgentItem;
  });

// ---- a scenario -------------------------------------------------------------------------------

interface Scenario {
  nowMode: 'fixed' | 'before-all' | '2100';
  timeZone: string;
  locale: string | undefined;
  startTab: AgentTab;
  switchTab: boolean;
  openMenu: boolean;
  filters: AgentFilters;
}
const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  nowMode: fc.constantFrom('fixed' as const, 'before-all' as const, '2100' as const),
  timeZone: fc.constantFrom('UTC', 'America/New_York', 'Australia/Adelaide', 'Asia/Kolkata'),
  locale: fc.constantFrom(undefined, 'en-US', 'ar-EG', 'he-IL'),
  startTab: fc.constantFrom('personal' as const, 'all' as const),
  switchTab: fc.boolean(),
  openMenu: fc.boolean(),
  filters: fc.record(
    {
      statuses: fc.subarray([...STATUSES]),
      sources: fc.subarray(['slack', 'pagerduty', 'weird source!']),
      query: fc.constantFrom('', 'a', 'مرحبا', '👩‍👩‍👧', 'ı', '\ud800'),
      createdOn: fc.constantFrom(
        { preset: 'today' as const },
        { preset: 'last_week' as const },
        { day: '1970-01-01' },
        { from: '2099-01-01', to: '2100-12-31' },
      ),
    },
    { requiredKeys: [] },
  ),
});

function nowFor(items: AgentItem[], mode: Scenario['nowMode']): number {
  if (mode === 'fixed') return BASE_NOW;
  if (mode === '2100') return Y2100;
  let min = Infinity;
  for (const i of items) {
    const t = i.createdAt instanceof Date ? i.createdAt.getTime() : Number.NaN;
    if (Number.isFinite(t) && t < min) min = t;
  }
  // 'now' before every createdAt (a skewed client clock); never before the epoch minimum.
  return Number.isFinite(min) ? Math.max(min - 3 * 86_400_000, -8.64e15) : BASE_NOW;
}

let guard: ConsoleGuard;
beforeEach(() => {
  guard = guardConsole();
});
afterEach(() => {
  guard.restore();
});

/** Renders, interacts as the scenario says, and checks what the user would see. */
async function runScenario(items: AgentItem[], s: Scenario): Promise<void> {
  const now = nowFor(items, s.nowMode);
  const props = {
    items,
    viewerId: VIEWER,
    now,
    timeZone: s.timeZone,
    locale: s.locale,
    defaultTab: s.startTab,
    defaultFilters: s.filters,
  };
  let view!: ReturnType<typeof render>;
  try {
    view = render(<AgentManagementView {...props} onOpenRun={() => {}} onOpenConversation={() => {}} />);
    let tab = s.startTab;
    const check = () => {
      const root = view.container.querySelector('.ab-root');
      expect(root, 'the view rendered').not.toBeNull();
      expect(root!.getAttribute('data-tab')).toBe(tab);
      const expected = filterAgentItems(items, s.filters, { tab, viewerId: VIEWER, timeZone: s.timeZone, now });
      expect(shownRowCount(view.container), `rows on ${tab}`).toBe(expected.length);
      for (const t of ['personal', 'all'] as const) {
        const want = filterAgentItems(items, s.filters, { tab: t, viewerId: VIEWER, timeZone: s.timeZone, now }).length;
        expect(tabCount(t === 'all' ? 'All' : 'Personal', view.container), `${t} tab count`).toBe(want);
      }
      // The rows on screen are rows of the expected set (by object identity of their title text).
      const titles = new Set(
        expected.map((i) => (typeof i.title === 'string' && i.title.trim() ? i.title.trim() : 'Untitled')),
      );
      for (const el of Array.from(view.container.querySelectorAll('[role="row"] .ab-title'))) {
        expect(
          titles.has(el.textContent ?? ''),
          `row title ${JSON.stringify((el.textContent ?? '').slice(0, 40))}`,
        ).toBe(true);
      }
    };
    check();
    if (s.switchTab) {
      tab = tab === 'all' ? 'personal' : 'all';
      const trigger = screen.getByRole('tab', { name: tab === 'all' ? 'All' : 'Personal' });
      await act(async () => {
        fireEvent.mouseDown(trigger, { button: 0 });
      });
      check();
    }
    if (s.openMenu) {
      await act(async () => {
        screen.getByRole('button', { name: /^Filter/ }).click();
      });
      const dialog = screen.getByRole('dialog', { name: 'Filters' });
      expect(within(dialog).getByRole('group', { name: 'Status' })).toBeTruthy();
      check();
    }
  } finally {
    view?.unmount();
  }
  expect(guard.messages()).toEqual([]);
}

describe('AgentManagementView fuzzing', () => {
  it('host input through parseAgentItems: never throws, never logs, shows the filtered count', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostItemArb, { maxLength: 14 }), scenarioArb, async (input, s) => {
        guard.reset();
        const { items } = parseAgentItems(input);
        await runScenario(items, s);
      }),
      { numRuns: 110 },
    );
  }, 120_000);

  it('hand-built AgentItems with edge values (duplicate ids, NaN dates and credits, unknown statuses)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(handItemArb, { maxLength: 10 }), scenarioArb, async (items, s) => {
        guard.reset();
        await runScenario(items, s);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('duplicate ids bypassing the parser: every row shown, no React key warning (list and Needs you)', async () => {
    // Hosts that hand-build items can repeat ids; parseAgentItems would rename them, the view must cope.
    const dup = (k: number, over: Partial<AgentItem> = {}): AgentItem => ({
      id: 'same',
      kind: k % 2 ? 'interactive' : 'ambient',
      title: `copy ${k}`,
      source: 'slack',
      status: 'blocked',
      rawStatus: 'blocked',
      statusDetail: `waits ${k}`,
      createdAt: new Date(BASE_NOW - k * 60_000),
      creator: { id: VIEWER, name: 'Alex' },
      ...over,
    });
    const items = [dup(0), dup(1), dup(2, { status: 'failed' }), dup(3)];
    for (const startTab of ['personal', 'all'] as const) {
      guard.reset();
      await runScenario(items, {
        nowMode: 'fixed',
        timeZone: 'UTC',
        locale: 'en-US',
        startTab,
        switchTab: true,
        openMenu: true,
        filters: {},
      });
    }
    const view = render(<AgentManagementView items={items} viewerId={VIEWER} now={BASE_NOW} timeZone="UTC" />);
    const pinned = Array.from(view.container.querySelectorAll('.ab-pinned-item-title')).map((el) => el.textContent);
    expect(pinned.sort()).toEqual(['copy 0', 'copy 1', 'copy 3']);
    const rows = Array.from(view.container.querySelectorAll('[role="row"] .ab-title')).map((el) => el.textContent);
    expect(rows.sort()).toEqual(['copy 0', 'copy 1', 'copy 2', 'copy 3']);
    expect(guard.messages()).toEqual([]);
  });

  it("'now' before every createdAt and dates in 1970 / 2100: rows shown, no negative durations", async () => {
    const items: AgentItem[] = [Y1970, Y2100, BASE_NOW].map((t, k) => ({
      id: `t${k}`,
      kind: 'ambient',
      title: `at ${t}`,
      source: 'api',
      status: 'working',
      rawStatus: 'running',
      createdAt: new Date(t),
      startedAt: new Date(t),
      creator: { id: VIEWER, name: 'Alex' },
      credits: 1,
    }));
    const view = render(
      <AgentManagementView items={items} viewerId={VIEWER} now={Y1970 - 86_400_000} timeZone="UTC" locale="en-US" />,
    );
    expect(shownRowCount(view.container)).toBe(3);
    const text = view.container.textContent ?? '';
    expect(text).toContain('Jan 1, 1970');
    expect(text).toContain('Dec 31, 2100');
    expect(text).not.toMatch(/NaN|Invalid|Infinity|-\d+[smhd]\b/);
    expect(guard.messages()).toEqual([]);
  });

  it('5,000 distinct creators on All, with the filter menu open and a creator picked', async () => {
    const items: AgentItem[] = Array.from({ length: 5000 }, (_, k) => ({
      id: `r${k}`,
      kind: 'ambient',
      title: k % 3 === 0 ? `مهمة ${k}` : k % 3 === 1 ? `משימה ${k} 👩‍💻` : `Task ${k}`,
      source: KNOWN_SOURCES[k % KNOWN_SOURCES.length]!,
      status: STATUSES[k % STATUSES.length]!,
      rawStatus: 'x',
      createdAt: new Date(BASE_NOW - k * 60_000),
      creator: { id: `u_${k}`, name: k % 2 ? `Person ${k}` : `شخص ${k}` },
      credits: k / 7,
    }));
    await runScenario(items, {
      nowMode: 'fixed',
      timeZone: 'UTC',
      locale: 'en-US',
      startTab: 'all',
      switchTab: false,
      openMenu: true,
      filters: {},
    });
    // Picking one creator out of 5,000 leaves exactly their run.
    render(
      <AgentManagementView
        items={items}
        viewerId={VIEWER}
        now={BASE_NOW}
        timeZone="UTC"
        defaultTab="all"
        defaultFilters={{ creators: ['u_4321'] }}
      />,
    );
    expect(shownRowCount()).toBe(1);
    expect(screen.getByText('Person 4321', { selector: '.ab-creator-name' })).toBeTruthy();
    expect(guard.messages()).toEqual([]);
  }, 60_000);
});
