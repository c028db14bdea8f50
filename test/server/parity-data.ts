// The items both stores are checked against: sample data plus hand-made oddities that once broke
// SQL ports of a JavaScript filter (non-ASCII case, LIKE wildcards, NUL in stored text, meta arrays,
// equal timestamps, ids that differ only in case or by a prefix).
import { parseAgentItems, type AgentItem, type AgentItemInput } from '../../src/core';
import { generateAgentItems, SAMPLE_NOW } from '../fixtures/sample-data';

const ODD_TITLES = [
  'ÜBER flaky Straße',
  '100% done_now',
  'back\\slash',
  'nul\u0000inside',
  'İstanbul deploy',
  'ΣΊΣΥΦΟΣ',
];

function oddities(): AgentItemInput[] {
  const out: AgentItemInput[] = [];
  ODD_TITLES.forEach((title, i) => {
    const createdAt = new Date(SAMPLE_NOW - (i % 3) * 3_600_000).toISOString();
    out.push({
      id: i % 2 === 0 ? `Run_odd_${i}` : `run_odd_${i}`,
      kind: i % 2 === 0 ? 'ambient' : 'interactive',
      title,
      source: i % 2 === 0 ? 'slack' : 'interactive',
      status: i % 3 === 0 ? 'failed' : 'in_progress',
      createdAt,
      creator: i % 2 === 0 ? { id: 'u_priya', name: 'Priya Raman' } : { id: 'u_me', name: 'Alex Morgan' },
      credits: i * 1.5,
      meta: { environment: i % 2 === 0 ? ['production', 'staging'] : 'dev', harness: 'warp' },
    });
  });
  // Same instant, ids ordered by code unit (a prefix first, upper case before lower case).
  for (const id of ['run_same', 'run_same_2', 'Run_same', 'run_samé']) {
    out.push({
      id,
      kind: 'ambient',
      title: `same instant ${id}`,
      source: 'linear',
      status: 'success',
      createdAt: new Date(SAMPLE_NOW - 86_400_000).toISOString(),
      creator: { id: 'u_sam', name: 'Sam Lee' },
      meta: { harness: ['codex', 'codex'] },
    });
  }
  return out;
}

/** Artifacts on some items (one type, two, a repeat, an empty list, none): what "Has artifact" reads. */
function withArtifacts(input: AgentItemInput[]): AgentItemInput[] {
  const pr = { type: 'pull_request', url: 'https://github.com/acme/web/pull/1', title: '#1', state: 'open' };
  const shapes = [undefined, [pr], [{ type: 'branch', branch: 'fix/x' }], [pr, { type: 'plan' }], [pr, pr], []];
  return input.map((item, i) => {
    const artifacts = shapes[i % shapes.length];
    return artifacts === undefined ? item : ({ ...item, artifacts } as AgentItemInput);
  });
}

/** Host input for the stores, and the same items parsed and ordered newest first for the core. */
export function parityData(count: number): { input: AgentItemInput[]; items: AgentItem[] } {
  const input = [
    ...withArtifacts(generateAgentItems({ count, now: SAMPLE_NOW, seed: 5, viewerId: 'u_me' })),
    ...oddities(),
  ];
  const { items } = parseAgentItems(input);
  return { input, items };
}
