// Why the view's list is empty: nothing narrows it (no data), only the search, or filters; a filter
// that does not apply on the tab narrows nothing, and unknown items are "no data" whatever is active.
import { describe, expect, it } from 'vitest';
import type { AgentFilters } from '../../../src/core/types';
import { emptyReasonOf } from '../../../src/react/view/empty-reason';

const NO_DATA = { reason: 'no-data', query: undefined, dayFilter: false };

describe('emptyReasonOf', () => {
  it('nothing active: no data', () => {
    expect(emptyReasonOf({}, 'all', true)).toEqual(NO_DATA);
    expect(emptyReasonOf({ query: '   ', statuses: [] }, 'all', true)).toEqual(NO_DATA);
  });

  it('only a search: no search match, with the search text', () => {
    expect(emptyReasonOf({ query: 'deploy' }, 'personal', true)).toEqual({
      reason: 'no-search-match',
      query: 'deploy',
      dayFilter: false,
    });
  });

  it('any filter: no match, with the search text when there is one too', () => {
    expect(emptyReasonOf({ statuses: ['failed'] }, 'all', true)).toEqual({
      reason: 'no-match',
      query: undefined,
      dayFilter: false,
    });
    expect(emptyReasonOf({ statuses: ['failed'], query: 'deploy' }, 'all', true)).toMatchObject({
      reason: 'no-match',
      query: 'deploy',
    });
    const others: AgentFilters[] = [
      { sources: ['slack'] },
      { facets: { playbook: ['p1'] } },
      { artifacts: ['none'] },
      { createdOn: { preset: 'today' } },
    ];
    for (const filters of others) expect(emptyReasonOf(filters, 'all', true).reason).toBe('no-match');
  });

  it('says when the Day of creation filter is active, so a wider range can be suggested', () => {
    expect(emptyReasonOf({ createdOn: { day: '2026-11-20' } }, 'all', true).dayFilter).toBe(true);
    expect(emptyReasonOf({ createdOn: { preset: 'today' }, query: 'x' }, 'all', true)).toEqual({
      reason: 'no-match',
      query: 'x',
      dayFilter: true,
    });
    expect(emptyReasonOf({ statuses: ['failed'] }, 'all', true).dayFilter).toBe(false);
  });

  it('the Creator filter narrows the All tab only', () => {
    expect(emptyReasonOf({ creators: ['u_2'] }, 'all', true).reason).toBe('no-match');
    expect(emptyReasonOf({ creators: ['u_2'] }, 'personal', true)).toEqual(NO_DATA);
    expect(emptyReasonOf({ creators: ['u_2'], query: 'x' }, 'personal', true).reason).toBe('no-search-match');
  });

  it('unknown items (a local view with none at all) are no data, whatever is active', () => {
    expect(emptyReasonOf({ statuses: ['failed'], query: 'x', createdOn: { preset: 'today' } }, 'all', false)).toEqual(
      NO_DATA,
    );
  });
});
