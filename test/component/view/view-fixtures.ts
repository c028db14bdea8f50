import type { AgentItem, AgentPerson } from '../../../src/core/types';

/** Fixed clock: Wednesday 2026-11-25 15:00 UTC. Tests use timeZone 'UTC'. */
export const NOW = Date.UTC(2026, 10, 25, 15, 0, 0);
export const VIEWER: AgentPerson = { id: 'u_me', name: 'Alex Morgan' };
export const PRIYA: AgentPerson = { id: 'u_priya', name: 'Priya Raman' };
export const MARCUS: AgentPerson = { id: 'u_marcus', name: 'Marcus Chen' };

const H = 3_600_000;
const at = (hoursAgo: number) => new Date(NOW - hoursAgo * H);

function item(
  partial: Partial<AgentItem> & Pick<AgentItem, 'id' | 'title' | 'status' | 'source' | 'creator'>,
): AgentItem {
  const kind = partial.kind ?? (partial.source === 'interactive' ? 'interactive' : 'ambient');
  return {
    kind,
    rawStatus: partial.status,
    createdAt: at(1),
    ...(kind === 'interactive'
      ? { conversationId: `c_${partial.id}` }
      : { sessionUrl: `https://runs.example.com/${partial.id}` }),
    ...partial,
  } as AgentItem;
}

/**
 * Personal (viewer): i1 i2 i3 i8 i9. All adds Priya's i4 i5 i6 and Marcus's i7.
 * Failed today: i2 (viewer, Slack), i4 (Priya, Slack), i6 (Priya, CLI). i8 failed two days ago.
 */
export const ITEMS: AgentItem[] = [
  item({
    id: 'i1',
    title: 'Review the deploy plan',
    status: 'blocked',
    statusDetail: 'Approve the deploy plan',
    source: 'interactive',
    creator: VIEWER,
    createdAt: at(2),
    credits: 3,
  }),
  item({
    id: 'i2',
    title: 'Fix flaky login test',
    status: 'failed',
    statusDetail: 'Timed out',
    source: 'slack',
    creator: VIEWER,
    createdAt: at(3),
    credits: 5,
  }),
  item({
    id: 'i3',
    title: 'Triage ENG-12',
    status: 'working',
    source: 'linear',
    creator: VIEWER,
    createdAt: at(0.5),
    startedAt: at(0.5),
    credits: 2,
  }),
  item({
    id: 'i4',
    title: 'Answer billing thread',
    status: 'failed',
    source: 'slack',
    creator: PRIYA,
    createdAt: at(4),
    credits: 10,
  }),
  item({
    id: 'i5',
    title: 'Close stale issues',
    status: 'success',
    source: 'linear',
    creator: PRIYA,
    createdAt: at(20),
    credits: 4,
  }),
  item({
    id: 'i6',
    title: 'Run the CLI migration',
    status: 'failed',
    source: 'cli',
    creator: PRIYA,
    createdAt: at(5),
    credits: 1,
  }),
  item({
    id: 'i7',
    title: 'Summarise incidents',
    status: 'success',
    source: 'slack',
    creator: MARCUS,
    createdAt: at(72),
    credits: 7,
  }),
  item({
    id: 'i8',
    title: 'Nightly dependency audit',
    status: 'failed',
    source: 'github_actions',
    creator: VIEWER,
    createdAt: at(50),
    credits: 0.5,
  }),
  item({
    id: 'i9',
    title: 'Nightly deploy',
    status: 'blocked',
    statusDetail: 'Waiting for approval',
    source: 'scheduled',
    creator: VIEWER,
    createdAt: at(6),
    credits: 1.5,
  }),
];

export const BASE_PROPS = { items: ITEMS, viewerId: VIEWER.id, now: NOW, timeZone: 'UTC', locale: 'en-US' } as const;
