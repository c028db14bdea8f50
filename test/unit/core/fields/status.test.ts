import { describe, expect, it } from 'vitest';
import { filterAgentItems, getFacets, STATUS_ORDER, type AgentItem } from '../../../../src/core';
import { readStatusUrl, statusField, writeStatusUrl } from '../../../../src/core/fields';
import { ids, item, LABELS, NO_FACETS } from '../fixtures';
import { roundTrip, written } from './helpers';

const statusUrl = { write: writeStatusUrl, read: readStatusUrl };

const ctx = { tab: 'all' as const, viewerId: 'u_me' };
const items = [
  item({ id: 'a', status: 'failed', source: 'slack' }),
  item({ id: 'b', status: 'working' }),
  item({ id: 'c', status: 'failed' }),
  // A hand-built status outside the display set is matched by its own text.
  item({ id: 'd', status: 'paused' as AgentItem['status'] }),
];

describe('the Status field', () => {
  it('keeps the items of any selected status, a status outside the display set by its text', () => {
    expect(ids(filterAgentItems(items, { statuses: ['failed'] }, ctx))).toEqual(['a', 'c']);
    expect(ids(filterAgentItems(items, { statuses: ['paused' as never] }, ctx))).toEqual(['d']);
    expect(ids(filterAgentItems(items, { statuses: ['working', 'failed'] }, ctx))).toEqual(['a', 'b', 'c']);
  });

  it('writes and reads only display statuses in the `status` parameter', () => {
    expect(written(statusUrl, { statuses: ['failed', 'paused' as never, 'failed'] })).toEqual([['status', 'failed']]);
    expect(
      statusUrl.read([
        ['status', 'paused'],
        ['status', 'success'],
        ['status', 'success'],
      ]),
    ).toEqual({
      statuses: ['success'],
    });
    expect(roundTrip(statusUrl, { statuses: ['blocked', 'canceled'] })).toEqual({
      statuses: ['blocked', 'canceled'],
    });
  });

  it('always offers the five display statuses in their order, counted under the other filters', () => {
    const f = getFacets(items, { statuses: ['failed'], sources: ['slack'] }, ctx);
    expect(f.statuses.map((o) => o.value)).toEqual(STATUS_ORDER);
    expect(Object.fromEntries(f.statuses.map((o) => [o.value, o.count]))).toEqual({
      working: 0,
      blocked: 0,
      canceled: 0,
      failed: 1,
      success: 0,
    });
    expect(getFacets(items, {}, ctx).statuses.find((o) => o.value === 'failed')!.count).toBe(2);
  });

  it('labels chips from labels.statuses (the raw value when unknown)', () => {
    const chips = statusField.chips(
      { statuses: ['failed', 'paused' as never] },
      { tab: 'personal', facets: NO_FACETS, labels: LABELS, facetDefinitions: [] },
    );
    expect(chips.map((c) => [c.key, c.fieldLabel, c.valueLabel])).toEqual([
      ['st:failed', 'Status', 'Failed'],
      ['st:paused', 'Status', 'paused'],
    ]);
    expect(chips[0]!.remove({ statuses: ['failed'] })).toEqual({});
  });

  it('counts one active value per selected status', () => {
    expect(statusField.activeCount({ statuses: ['failed', 'working'] }, 'personal')).toBe(2);
    expect(statusField.isActive({ statuses: [] }, 'all')).toBe(false);
  });
});
