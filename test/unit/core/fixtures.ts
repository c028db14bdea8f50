// Small hand-built items and the strings chips are made of, shared by the core's unit tests.
import type { AgentFacets, AgentItem, FilterChipLabels } from '../../../src/core';

/** 2026-11-25 15:00 UTC: the fixed clock of these tests. */
export const NOW = Date.parse('2026-11-25T15:00:00Z');

/** A finished ambient API run of the viewer (`u_me`), created at noon UTC on the clock's day. */
export function item(over: Partial<AgentItem> & { id: string }): AgentItem {
  return {
    kind: 'ambient',
    title: over.id,
    source: 'api',
    status: 'success',
    rawStatus: 'done',
    createdAt: new Date('2026-11-25T12:00:00Z'),
    creator: { id: 'u_me', name: 'Me' },
    ...over,
  };
}

export const ids = (items: readonly AgentItem[]) => items.map((i) => i.id);

/** Plain English chip strings (the view passes its own labels). */
export const LABELS: FilterChipLabels = {
  sectionSource: 'Source',
  sectionStatus: 'Status',
  sectionCreator: 'Creator',
  sectionCreatedOn: 'Day of creation',
  me: 'Me',
  statuses: { working: 'Working', blocked: 'Blocked', canceled: 'Canceled', failed: 'Failed', success: 'Success' },
  createdOn: {
    today: 'Today',
    yesterday: 'Yesterday',
    last_24_hours: 'Last 24 hours',
    past_3_days: 'Past 3 days',
    last_week: 'Last week',
  },
  chipDay: (day) => `On ${day}`,
  chipRange: (from, to) => `${from} to ${to}`,
};

export const NO_FACETS: AgentFacets = { sources: [], statuses: [], creators: [], createdOn: [], facets: {} };
