import { describe, expect, it } from 'vitest';
import { filterAgentItems } from '../../../src/core';
import {
  fromCursorAgents,
  fromDevinSessions,
  fromGitHubActionsRuns,
  fromLangSmithRuns,
  fromTriggerRuns,
  fromWarpRuns,
  type AdapterItem,
  type AdapterOptions,
} from '../../../src/adapters';
import { parseClean } from './helpers';

const AT = '2026-11-20T15:04:00Z';

// One run per platform, each with the creator id the adapter emits for it.
const platforms: [name: string, adapt: (options?: AdapterOptions) => AdapterItem[], creatorId: string][] = [
  [
    'Warp',
    (o) => fromWarpRuns([{ run_id: 'r1', title: 't', state: 'QUEUED', created_at: AT, creator: { uid: 'uid_7' } }], o),
    'warp:uid_7',
  ],
  [
    'GitHub Actions',
    (o) => fromGitHubActionsRuns([{ id: 1, name: 'ci', status: 'queued', created_at: AT, actor: { id: 583231 } }], o),
    'github:583231',
  ],
  ['Cursor', (o) => fromCursorAgents([{ id: 'a1', name: 'n', status: 'RUNNING', createdAt: AT }], o), 'cursor'],
  [
    'Devin',
    (o) => fromDevinSessions([{ session_id: 's1', title: 't', status: 'running', created_at: AT, user_id: 'u-42' }], o),
    'devin:u-42',
  ],
  [
    'Trigger.dev',
    (o) =>
      fromTriggerRuns([{ id: 'run_1', taskIdentifier: 't', status: 'QUEUED', createdAt: AT, env: { user: 'ada' } }], o),
    'trigger:ada',
  ],
  ['LangSmith', (o) => fromLangSmithRuns([{ id: 'l1', name: 'n', status: 'pending', start_time: AT }], o), 'langsmith'],
];

describe('identities: one viewer across platforms', () => {
  it.each(platforms)('%s gives a listed creator the host’s id, and leaves others as they were', (_, adapt, id) => {
    expect(adapt()[0]?.creator.id).toBe(id);
    expect(adapt({ identities: { 'someone:else': 'u_9' } })[0]?.creator.id).toBe(id);
    expect(adapt({ identities: { [id]: 'u_1' } })[0]?.creator.id).toBe('u_1');
  });

  it('lets one viewerId find the viewer’s runs of every platform on the Personal tab', () => {
    const identities = Object.fromEntries(platforms.map(([, , id]) => [id, 'u_1']));
    const items = parseClean(platforms.flatMap(([, adapt]) => adapt({ identities })));
    const mine = filterAgentItems(items, {}, { tab: 'personal', viewerId: 'u_1', now: Date.parse(AT) });
    expect(mine).toHaveLength(platforms.length);
  });

  it('ignores what is not a non-blank string in a record', () => {
    const [, adapt] = platforms[1]!;
    for (const identities of [{ 'github:583231': '' }, { 'github:583231': 7 }, 'u_1', null]) {
      expect(adapt({ identities } as unknown as AdapterOptions)[0]?.creator.id).toBe('github:583231');
    }
  });

  it('reads a record without a prototype, and an empty one renames nobody', () => {
    const [, adapt, id] = platforms[0]!;
    const bare = Object.assign(Object.create(null) as Record<string, string>, { [id]: 'u_1' });
    expect(adapt({ identities: bare })[0]?.creator.id).toBe('u_1');
    expect(adapt({ identities: {} })[0]?.creator.id).toBe(id);
  });

  it('renames each item’s creator on its own, never a shared placeholder', () => {
    const both = fromCursorAgents(
      [
        { id: 'a1', name: 'n', status: 'RUNNING', createdAt: AT },
        { id: 'a2', name: 'n', status: 'RUNNING', createdAt: AT },
      ],
      { identities: { cursor: 'u_1' } },
    );
    expect(both.map((item) => item.creator.id)).toEqual(['u_1', 'u_1']);
    expect(fromCursorAgents([{ id: 'a3', name: 'n', status: 'RUNNING', createdAt: AT }])[0]?.creator.id).toBe('cursor');
  });
});

describe('credits only in credits: dollars and ACUs converted at the host’s rate', () => {
  const triggerRun = { id: 'run_1', taskIdentifier: 't', status: 'COMPLETED', createdAt: AT };

  it('gives Trigger.dev runs credits and their split only with creditsPerUsd', () => {
    const run = { ...triggerRun, costInCents: 1.25, baseCostInCents: 0.25 };
    const [plain] = fromTriggerRuns([run]);
    expect(plain).not.toHaveProperty('credits');
    expect(plain?.meta?.cost_usd).toBe('0.015');
    const [converted] = fromTriggerRuns([run], { creditsPerUsd: 200 });
    expect(converted?.credits).toBeCloseTo(3, 10);
    expect(converted?.creditsBreakdown?.compute).toBeCloseTo(2.5, 10);
    expect(converted?.creditsBreakdown?.platform).toBeCloseTo(0.5, 10);
    expect(converted?.meta?.cost_usd).toBe('0.015');
    const [partlyKnown] = fromTriggerRuns([{ ...triggerRun, baseCostInCents: 3 }], { creditsPerUsd: 100 });
    expect(partlyKnown).toMatchObject({ credits: 3, creditsBreakdown: { platform: 3 } });
    expect(partlyKnown?.creditsBreakdown?.compute).toBeUndefined();
  });

  it('gives LangSmith runs credits only with creditsPerUsd', () => {
    const run = { id: 'l1', name: 'n', status: 'success', start_time: AT, total_cost: '0.5' };
    expect(fromLangSmithRuns([run])[0]?.credits).toBeUndefined();
    const [converted] = fromLangSmithRuns([run], { creditsPerUsd: 40, appUrl: 'https://eu.smith.langchain.com' });
    expect(converted).toMatchObject({ credits: 20, meta: { cost_usd: '0.5' } });
    expect(fromLangSmithRuns([{ ...run, total_cost: null }], { creditsPerUsd: 40 })[0]?.credits).toBeUndefined();
  });

  it('gives Devin sessions credits only with creditsPerAcu', () => {
    const session = { session_id: 's1', title: 't', status: 'running', created_at: AT, acus_consumed: 4.5 };
    expect(fromDevinSessions([session])[0]).toMatchObject({ meta: { acus: '4.5' } });
    expect(fromDevinSessions([session])[0]?.credits).toBeUndefined();
    expect(fromDevinSessions([session], { creditsPerAcu: 1 })[0]?.credits).toBe(4.5);
    expect(fromDevinSessions([session], { creditsPerAcu: 10 })[0]?.credits).toBe(45);
  });

  it('shows no credits for a rate that is not a positive number, rather than wrong ones', () => {
    const run = { ...triggerRun, costInCents: 100 };
    for (const creditsPerUsd of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '2']) {
      const options = { creditsPerUsd } as unknown as { creditsPerUsd: number };
      expect(fromTriggerRuns([run], options)[0]?.credits).toBeUndefined();
      expect(
        fromDevinSessions([{ session_id: 's', acus_consumed: 1 }], { creditsPerAcu: options.creditsPerUsd })[0]
          ?.credits,
      ).toBeUndefined();
    }
  });

  it('keeps Warp credits as credits: Warp counts in credits', () => {
    const [run] = fromWarpRuns([
      { run_id: 'r1', title: 't', state: 'QUEUED', created_at: AT, request_usage: { inference_cost: 3 } },
    ]);
    expect(run).toMatchObject({ credits: 3, creditsBreakdown: { inference: 3 } });
  });
});
