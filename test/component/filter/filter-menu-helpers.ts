// Shared by the FilterMenu.*.test.tsx files: the facets the view would compute, and an option of the
// open menu by its section and name.
import { within } from '@testing-library/react';
import { getFacets, type AgentFilters, type AgentItem } from '../../../src/index';
import { ITEMS, NOW, VIEWER } from '../../fixtures/view-items';
import { section } from '../view/view-helpers';

export function facetsFor(filters: AgentFilters, tab: 'personal' | 'all' = 'all', items: AgentItem[] = ITEMS) {
  return getFacets(items, filters, { tab, viewerId: VIEWER.id, now: NOW, timeZone: 'UTC' });
}

export function option(sectionName: string, name: string | RegExp) {
  return within(section(sectionName)).getByRole('checkbox', { name });
}
