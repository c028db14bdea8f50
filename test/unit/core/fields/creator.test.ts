import { describe, expect, it } from 'vitest';
import { filterAgentItems, filterWithTabCounts, getFacets } from '../../../../src/core';
import { labelFacets } from '../../../../src/core/facets';
import { creatorField, readCreatorUrl, writeCreatorUrl } from '../../../../src/core/fields';
import { ids, item, LABELS, NO_FACETS } from '../fixtures';
import { roundTrip, written } from './helpers';

const creatorUrl = { write: writeCreatorUrl, read: readCreatorUrl };

const ada = { id: 'u_ada', name: 'Ada' };
const bo = { id: 'u_bo', name: 'Bo' };
const items = [
  item({ id: 'mine' }),
  item({ id: 'ada-run', creator: ada }),
  item({ id: 'ada-chat', creator: ada, kind: 'interactive', source: 'interactive' }),
  item({ id: 'bo-run', creator: bo, status: 'failed' }),
];

describe('the Creator field', () => {
  it('narrows the All tab only (on Personal every item is the viewer’s)', () => {
    expect(ids(filterAgentItems(items, { creators: ['u_ada'] }, { tab: 'all', viewerId: 'u_me' }))).toEqual([
      'ada-run',
    ]);
    expect(ids(filterAgentItems(items, { creators: ['u_ada'] }, { tab: 'personal', viewerId: 'u_me' }))).toEqual([
      'mine',
    ]);
    // Counting both tabs in one pass: the Creator filter still applies to the All count only.
    const { counts } = filterWithTabCounts(items, { creators: ['u_ada'] }, { tab: 'personal', viewerId: 'u_me' });
    expect(counts).toEqual({ personal: { count: 1, working: 0 }, all: { count: 1, working: 0 } });
  });

  it('writes and reads the `creator` parameter', () => {
    expect(written(creatorUrl, { creators: ['u_ada', 'u_ada', 'u_bo'] })).toEqual([
      ['creator', 'u_ada'],
      ['creator', 'u_bo'],
    ]);
    expect(roundTrip(creatorUrl, { creators: ['u_bo'] })).toEqual({ creators: ['u_bo'] });
  });

  it('lists every creator on the tab, even at 0 under the other filters, the viewer first, then by name', () => {
    const all = getFacets(items, { statuses: ['failed'] }, { tab: 'all', viewerId: 'u_me' });
    expect(all.creators).toEqual([
      { value: 'u_me', label: 'Me', count: 0 },
      { value: 'u_ada', label: 'Ada', count: 0 },
      { value: 'u_bo', label: 'Bo', count: 1 },
    ]);
    // A selected creator with nothing on the tab stays, named by their id.
    const ghost = getFacets(items, { creators: ['u_ghost'] }, { tab: 'all', viewerId: 'u_me' });
    expect(ghost.creators.at(-1)).toEqual({ value: 'u_ghost', label: 'u_ghost', count: 0 });
    // Personal: the viewer alone; a selection does not add anyone there.
    const personal = getFacets(items, { creators: ['u_ghost'] }, { tab: 'personal', viewerId: 'u_me' });
    expect(personal.creators).toEqual([{ value: 'u_me', label: 'Me', count: 1 }]);
  });

  it('names selected creators without counting (labelFacets), as getFacets would', () => {
    const filters = { creators: ['u_ada', 'u_ghost', 'u_me'] };
    const labels = labelFacets(items, filters, { tab: 'all', viewerId: 'u_me' });
    expect(labels.creators).toEqual([
      { value: 'u_ada', label: 'Ada', count: 0 },
      { value: 'u_ghost', label: 'u_ghost', count: 0 },
      { value: 'u_me', label: 'Me', count: 0 },
    ]);
    // Ada has only an interactive item on Personal: not on the tab, so her id shows.
    const personal = labelFacets(items, filters, { tab: 'personal', viewerId: 'u_me' });
    expect(personal.creators.map((o) => o.label)).toEqual(['u_ada', 'u_ghost', 'Me']);
    expect(labelFacets(items, {}, { tab: 'all', viewerId: 'u_me' }).creators).toEqual([]);
  });

  it('has chips and an active count on All only; the viewer is labels.me', () => {
    const facets = { ...NO_FACETS, creators: [{ value: 'u_ada', label: 'Ada Lovelace', count: 1 }] };
    const filters = { creators: ['u_me', 'u_ada', 'u_x'] };
    const on = (tab: 'all' | 'personal') =>
      creatorField.chips(filters, { tab, facets, labels: LABELS, viewerId: 'u_me', facetDefinitions: [] });
    expect(on('all').map((c) => [c.key, c.valueLabel])).toEqual([
      ['c:u_me', 'Me'],
      ['c:u_ada', 'Ada Lovelace'],
      ['c:u_x', 'u_x'],
    ]);
    expect(on('personal')).toEqual([]);
    expect(creatorField.activeCount(filters, 'all')).toBe(3);
    expect(creatorField.activeCount(filters, 'personal')).toBe(0);
    expect(creatorField.isActive(filters, 'personal')).toBe(false);
  });
});
