import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AgentManagementView, useUrlFilters, type AgentItem, type UrlSearchAdapter } from '../../../src/index';
import { BASE_PROPS, ITEMS } from '../../fixtures/view-items';
import { descriptionOf, filterButton, filterDialog, section, visibleTitles } from '../view/view-helpers';

// i1 has a pull request and a branch, i2 a branch, i3 a screenshot; the rest produced nothing.
const WITH_ARTIFACTS: AgentItem[] = ITEMS.map((item) => {
  if (item.id === 'i1')
    return {
      ...item,
      artifacts: [
        { type: 'pull_request', title: '#12', state: 'open' },
        { type: 'branch', branch: 'fix/plan' },
      ],
    };
  if (item.id === 'i2') return { ...item, artifacts: [{ type: 'branch', branch: 'fix/login' }] };
  if (item.id === 'i3') return { ...item, artifacts: [{ type: 'screenshot', url: 'https://x/s.png' }] };
  return item;
});

function memoryAdapter(initial: string) {
  let search = initial;
  const listeners = new Set<() => void>();
  const adapter: UrlSearchAdapter = {
    getSearch: () => search,
    setSearch(next) {
      search = next;
      listeners.forEach((l) => l());
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return {
    adapter,
    search: () => search,
    navigate(next: string) {
      search = next;
      act(() => listeners.forEach((l) => l()));
    },
  };
}

function UrlView({ adapter }: { adapter: UrlSearchAdapter }) {
  const url = useUrlFilters({ adapter });
  return (
    <AgentManagementView
      {...BASE_PROPS}
      items={WITH_ARTIFACTS}
      tab={url.tab}
      onTabChange={url.setTab}
      filters={url.filters}
      onFiltersChange={url.setFilters}
    />
  );
}

const option = (name: string) => within(section('Has artifact')).getByRole('checkbox', { name });

describe('the Has artifact section', () => {
  test('lists every type and "No artifact" with faceted counts', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} items={WITH_ARTIFACTS} />);
    await user.click(filterButton());
    const boxes = within(section('Has artifact')).getAllByRole('checkbox');
    expect(boxes.map((b) => b.getAttribute('data-value'))).toEqual([
      'pull_request',
      'branch',
      'plan',
      'screenshot',
      'file',
      'link',
      'none',
    ]);
    // Personal: i1 i2 i3 i8 i9.
    expect(descriptionOf(option('Pull request'))).toBe('1');
    expect(descriptionOf(option('Branch'))).toBe('2');
    expect(descriptionOf(option('Screenshot'))).toBe('1');
    expect(descriptionOf(option('No artifact'))).toBe('2');
    // Faceted: another field's filter narrows these counts.
    await user.click(within(section('Status')).getByRole('checkbox', { name: 'Failed' }));
    expect(descriptionOf(option('Branch'))).toBe('1');
    expect(descriptionOf(option('No artifact'))).toBe('1');
  });

  test('filters the list, shows a chip, and uses the labels the view is given', async () => {
    const user = userEvent.setup();
    render(
      <AgentManagementView
        {...BASE_PROPS}
        items={WITH_ARTIFACTS}
        labels={{ sectionArtifacts: 'Produced', artifactTypes: { branch: 'Git branch' } }}
      />,
    );
    await user.click(filterButton());
    await user.click(within(section('Produced')).getByRole('checkbox', { name: 'Git branch' }));
    expect(visibleTitles()).toEqual(['Fix flaky login test', 'Review the deploy plan']);
    expect(screen.getByRole('button', { name: 'Remove Produced: Git branch' })).toBeTruthy();
  });

  test('is absent when the facets carry no artifact counts', async () => {
    const user = userEvent.setup();
    const facets = { sources: [], statuses: [], creators: [], createdOn: [], facets: {} };
    const { FilterMenu, FilterMenuTrigger, FilterMenuContent } = await import('../../../src/index');
    render(
      <FilterMenu filters={{}} onFiltersChange={() => {}} facets={facets}>
        <FilterMenuTrigger />
        <FilterMenuContent />
      </FilterMenu>,
    );
    await user.click(filterButton());
    expect(within(filterDialog()).queryByRole('group', { name: 'Has artifact' })).toBeNull();
  });

  test('round-trips through the URL with useUrlFilters (a link opens it, Back clears it)', async () => {
    const user = userEvent.setup();
    const memory = memoryAdapter('?tab=personal&artifact=screenshot');
    render(<UrlView adapter={memory.adapter} />);
    expect(visibleTitles()).toEqual(['Triage ENG-12']);

    await user.click(filterButton());
    expect(option('Screenshot')).toHaveProperty('checked', true);
    await user.click(option('No artifact'));
    const params = new URLSearchParams(memory.search());
    expect(params.getAll('artifact')).toEqual(['screenshot', 'none']);
    expect(visibleTitles()).toHaveLength(3);

    memory.navigate('?tab=personal');
    expect(visibleTitles()).toHaveLength(5);
    expect(option('Screenshot')).toHaveProperty('checked', false);
  });
});
