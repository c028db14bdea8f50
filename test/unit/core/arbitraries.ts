// fast-check arbitraries shared by the core's property tests.
import fc from 'fast-check';
import {
  BUILT_IN_SOURCES,
  CREATED_ON_PRESETS,
  STATUS_ORDER,
  type AgentArtifact,
  type AgentFilters,
  type AgentItem,
  type ViewContext,
} from '../../../src/core';
import { SAMPLE_NOW, SAMPLE_PEOPLE } from '../../fixtures/sample-data';
import { addDays } from './reference';

const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Sydney',
  'Asia/Kathmandu',
  'America/Santiago',
];

const dayArb = fc.integer({ min: -35, max: 2 }).map((d) => addDays(new Date(SAMPLE_NOW).toISOString().slice(0, 10), d));
export const filtersArb: fc.Arbitrary<AgentFilters> = fc.record(
  {
    sources: fc.subarray([...BUILT_IN_SOURCES, 'custom_src']),
    statuses: fc.subarray([...STATUS_ORDER]),
    creators: fc.subarray([...SAMPLE_PEOPLE.map((p) => p.id), 'u_nobody']),
    createdOn: fc.oneof(
      fc.constantFrom(...CREATED_ON_PRESETS).map((preset) => ({ preset })),
      dayArb.map((day) => ({ day })),
      fc.tuple(dayArb, dayArb).map(([from, to]) => ({ from, to })),
    ),
    artifacts: fc.subarray(['pull_request', 'branch', 'plan', 'screenshot', 'none'] as const),
    query: fc.constantFrom('', '  ', 'fix', 'FLAKY', 'run_0', 'priya', ' login ', 'zzz', 'Ü'),
    facets: fc.record(
      {
        environment: fc.subarray(['production', 'staging', 'dev', 'nope']),
        harness: fc.subarray(['warp', 'claude-code', 'codex']),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
/**
 * Gives some items artifacts, deterministically (the sample data has none): a pull request, a
 * branch, both, a plan, two plans — so "Has artifact" meets one type, several, repeats and none.
 */
export function withArtifacts(items: AgentItem[]): AgentItem[] {
  const pr: AgentArtifact = { type: 'pull_request', title: '#1', state: 'open' };
  const branch: AgentArtifact = { type: 'branch', branch: 'fix/x' };
  const plan: AgentArtifact = { type: 'plan', url: '/plans/1' };
  const shapes: (AgentArtifact[] | undefined)[] = [undefined, [pr], [branch], [pr, branch], [plan, plan], []];
  return items.map((item, i) => {
    const artifacts = shapes[i % shapes.length];
    return artifacts === undefined ? item : { ...item, artifacts };
  });
}

export const ctxArb: fc.Arbitrary<ViewContext> = fc.record({
  tab: fc.constantFrom('personal' as const, 'all' as const),
  viewerId: fc.constantFrom('u_me', 'u_priya'),
  timeZone: fc.constantFrom(...ZONES),
  now: fc.integer({ min: SAMPLE_NOW - 3 * 86_400_000, max: SAMPLE_NOW + 86_400_000 }),
});

/** Runs per property (raise with HARDENING_RUNS for a longer hunt). */
export const RUNS = Number(process.env.HARDENING_RUNS ?? 300);

/** Text that has broken real UIs: RTL, ZWJ emoji, combining marks, lone surrogates, case-folding traps. */
export const hostileChar = fc.constantFrom(
  'a',
  'Z',
  ' ',
  '\u00a0',
  'İ',
  'ı',
  'ß',
  'ẞ',
  'Σ',
  'ς',
  'ﬁ',
  'é',
  'e\u0301',
  'م',
  'ש',
  '\u202e',
  '\u200f',
  '\u200b',
  '👩‍👩‍👧',
  '🏳️‍🌈',
  '🇺🇳',
  '\ud800',
  '\udfff',
  '<',
  '>',
  '"',
  "'",
  '&',
  '%',
  '\u0000',
  '\n',
);
export const hostileText = fc.oneof(
  fc.array(hostileChar, { maxLength: 12 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constant(''),
);
