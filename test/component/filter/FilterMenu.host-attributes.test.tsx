import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, test } from 'vitest';
import { FilterChips, FilterMenu, FilterMenuContent, FilterMenuSection, FilterMenuTrigger } from '../../../src/index';
import { expectPassedThrough, HOST_ATTRIBUTES, HOST_ATTRIBUTES_NO_ID } from '../shared/pass-through';
import { filterButton } from '../view/view-helpers';
import { facetsFor } from './filter-menu-helpers';

describe('FilterMenu parts pass the ref and host attributes to their element', () => {
  test('FilterMenu: the outer element', () => {
    const ref = createRef<HTMLDivElement>();
    render(<FilterMenu ref={ref} {...HOST_ATTRIBUTES} facets={facetsFor({})} />);
    expectPassedThrough(ref, filterButton().parentElement, 'ab-filter');
  });

  test('FilterMenuTrigger: the button, whose name keeps the active count', () => {
    const ref = createRef<HTMLButtonElement>();
    render(
      <FilterMenu defaultFilters={{ statuses: ['failed'] }} facets={facetsFor({})}>
        <FilterMenuTrigger ref={ref} {...HOST_ATTRIBUTES} aria-label="Something else" />
      </FilterMenu>,
    );
    expectPassedThrough(ref, screen.getByRole('button', { name: 'Filter, 1 active' }), 'ab-filter-trigger');
  });

  test('FilterMenuContent: the dialog, still named "Filters" and still the one the trigger controls', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <FilterMenu defaultOpen facets={facetsFor({})}>
        <FilterMenuTrigger />
        <FilterMenuContent ref={ref} {...HOST_ATTRIBUTES_NO_ID} aria-label="Something else" />
      </FilterMenu>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Filters' });
    expectPassedThrough(ref, dialog, 'ab-filter-content', { id: false });
    expect(filterButton().getAttribute('aria-controls')).toBe(dialog.id);
  });

  test('FilterMenuSection: the fieldset, named by its title', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(
      <FilterMenu defaultOpen facets={facetsFor({})}>
        <FilterMenuContent>
          <FilterMenuSection
            ref={ref}
            {...HOST_ATTRIBUTES}
            title="Environment"
            field="facet:env"
            options={[{ value: 'prod', label: 'prod', count: 1 }]}
            onToggle={() => {}}
          />
        </FilterMenuContent>
      </FilterMenu>,
    );
    expectPassedThrough(ref, screen.getByRole('group', { name: 'Environment' }), 'ab-filter-section');
  });

  test('FilterChips: the toolbar, whose name stays "Active filters"', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <FilterMenu defaultFilters={{ statuses: ['failed'] }} facets={facetsFor({})}>
        <FilterChips ref={ref} {...HOST_ATTRIBUTES} aria-label="Something else" />
      </FilterMenu>,
    );
    expectPassedThrough(ref, screen.getByRole('toolbar', { name: 'Active filters' }), 'ab-chips');
  });
});
