// The rest-props rule (rest-props-helpers.ts) on the search box and the filter parts.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type KeyboardEvent } from 'react';
import { describe, expect, test, vi } from 'vitest';
import {
  AgentSearch,
  FilterChips,
  FilterMenu,
  FilterMenuContent,
  FilterMenuSection,
  FilterMenuTrigger,
} from '../../../src/index';
import { HOST, HOST_NO_ID, STRAY_A11Y, FACETS, OPTIONS, focus, part, expectHostProps } from './rest-props-helpers';

describe('AgentSearch', () => {
  test('host attributes reach the outer element; its classes and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentSearch ref={ref} {...HOST} />);
    expectHostProps(ref, 'ab-search');
    expect(part().classList.contains('ab-input-wrap')).toBe(true);
  });

  test('a host onKeyDown runs and typing still searches', async () => {
    const onKeyDown = vi.fn();
    const onValueChange = vi.fn();
    render(<AgentSearch onValueChange={onValueChange} {...HOST} onKeyDown={onKeyDown} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search agents' }), 'ab');
    expect(onKeyDown).toHaveBeenCalledTimes(2);
    expect(onValueChange).toHaveBeenLastCalledWith('ab');
    expect(part().hasAttribute('data-active')).toBe(true);
  });

  test('its data-active is a default: a host data-active replaces it', () => {
    render(<AgentSearch defaultValue="deploy" {...HOST} data-active="host" />);
    expect(part().getAttribute('data-active')).toBe('host');
  });
});

describe('FilterChips', () => {
  test('host attributes reach the toolbar; its class and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <FilterMenu defaultFilters={{ statuses: ['failed'] }} facets={FACETS}>
        <FilterChips ref={ref} {...HOST} />
      </FilterMenu>,
    );
    expectHostProps(ref, 'ab-chips');
  });

  test('a host onKeyDown runs and the arrow keys still move between the chips', async () => {
    const onKeyDown = vi.fn();
    render(
      <FilterMenu defaultFilters={{ statuses: ['failed'] }} facets={FACETS}>
        <FilterChips {...HOST} onKeyDown={onKeyDown} />
      </FilterMenu>,
    );
    focus(screen.getByRole('button', { name: 'Remove Status: Failed' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(onKeyDown).toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear all' }));
  });

  test('it stays a toolbar named "Active filters"', () => {
    render(
      <FilterMenu defaultFilters={{ statuses: ['failed'] }} facets={FACETS}>
        <FilterChips {...HOST} {...STRAY_A11Y} />
      </FilterMenu>,
    );
    expect(screen.getByRole('toolbar', { name: 'Active filters' })).toBe(part());
  });
});

describe('FilterMenuSection', () => {
  function Section(props: Partial<Parameters<typeof FilterMenuSection>[0]>) {
    return (
      <FilterMenu defaultOpen facets={FACETS}>
        <FilterMenuContent>
          <FilterMenuSection title="Environment" field="facet:env" options={OPTIONS} onToggle={() => {}} {...props} />
        </FilterMenuContent>
      </FilterMenu>
    );
  }

  test('host attributes reach the fieldset; its class and the host class stay', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<Section ref={ref} {...HOST} />);
    expectHostProps(ref, 'ab-filter-section');
    expect(part().getAttribute('data-field')).toBe('facet:env');
  });

  test('a host onKeyDown runs and the arrow keys still move between the options', async () => {
    const onKeyDown = vi.fn();
    render(<Section {...HOST} onKeyDown={onKeyDown} />);
    focus(within(part()).getByRole('checkbox', { name: 'Alpha' }));
    await userEvent.keyboard('{ArrowDown}');
    expect(onKeyDown).toHaveBeenCalled();
    expect(document.activeElement).toBe(within(part()).getByRole('checkbox', { name: 'Beta' }));
  });

  test('its data-field is a default: a host data-field replaces it', () => {
    render(<Section {...HOST} data-field="host" />);
    expect(part().getAttribute('data-field')).toBe('host');
  });
});

describe('FilterMenuContent', () => {
  function Menu({ onKeyDown, ...props }: { onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void }) {
    return (
      <FilterMenu defaultOpen facets={FACETS} classNames={{ filterContent: 'slot' }}>
        <FilterMenuTrigger />
        <button type="button">After the trigger</button>
        <FilterMenuContent {...HOST_NO_ID} {...props} onKeyDown={onKeyDown}>
          <button type="button">Only stop</button>
        </FilterMenuContent>
      </FilterMenu>
    );
  }

  test('host attributes reach the popover; its classes, the filterContent slot and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <FilterMenu defaultOpen facets={FACETS} classNames={{ filterContent: 'slot' }}>
        <FilterMenuTrigger />
        <FilterMenuContent ref={ref} {...HOST_NO_ID} />
      </FilterMenu>,
    );
    const content = expectHostProps(ref, 'ab-filter-content', { id: false, slot: 'slot' });
    expect(content.classList.contains('ab-popover')).toBe(true);
    expect(screen.getByRole('button', { name: /^Filter/ }).getAttribute('aria-controls')).toBe(content.id);
  });

  test('a host onKeyDown runs and Tab from the last stop still closes the menu onto what follows the button', async () => {
    const onKeyDown = vi.fn();
    render(<Menu onKeyDown={onKeyDown} />);
    focus(screen.getByRole('button', { name: 'Only stop' }));
    await userEvent.tab();
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After the trigger' }));
  });

  test('a host onKeyDown that calls preventDefault() skips the Tab out', async () => {
    render(<Menu onKeyDown={(event) => event.preventDefault()} />);
    focus(screen.getByRole('button', { name: 'Only stop' }));
    await userEvent.tab();
    expect(screen.getByRole('dialog', { name: 'Filters' })).toBe(part());
  });

  test('it stays a dialog named "Filters" whatever role or name the host passes', () => {
    render(<Menu {...STRAY_A11Y} />);
    expect(screen.getByRole('dialog', { name: 'Filters' })).toBe(part());
  });
});
