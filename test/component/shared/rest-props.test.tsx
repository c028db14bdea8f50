// One rule for every part that takes a host's remaining props (the Radix order): first the part's
// own defaults — its `data-*` styling hooks, which a host's same-named attribute replaces — then the
// host's props, then what the part keeps: the ref, the merged class name and style, its role and
// accessible name, the ids Radix links, and handlers composed so the host's runs first.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type KeyboardEvent } from 'react';
import { describe, expect, test, vi } from 'vitest';
import {
  AgentboardRoot,
  AgentEmptyState,
  AgentErrorState,
  AgentNeedsYou,
  AgentSearch,
  AgentSummary,
  AgentTabs,
  AgentTabsList,
  AgentTabsPanel,
  FilterChips,
  FilterMenu,
  FilterMenuContent,
  FilterMenuSection,
  FilterMenuTrigger,
  getFacets,
  summarize,
} from '../../../src/index';
import { VisuallyHidden } from '../../../src/react/shared';
import { ITEMS, NOW, VIEWER } from '../../fixtures/view-items';

/** What a host passes to a part; all of it must reach the part's outer element. */
const HOST = {
  id: 'host-id',
  'data-testid': 'host-part',
  'data-foo': 'bar',
  'aria-describedby': 'host-note',
  className: 'host-class',
  style: { color: 'rgb(1, 2, 3)' },
} as const;

/** The same without `id`, for the parts whose id Radix links (a tab panel, the filter popover). */
const { id: _hostId, ...HOST_NO_ID } = HOST;

/** Props the part owns, which a host must not be able to replace. */
const STRAY_A11Y = { role: 'presentation', 'aria-label': 'Something else' } as const;

const FACETS = getFacets(ITEMS, {}, { tab: 'all', viewerId: VIEWER.id, now: NOW, timeZone: 'UTC' });
const OPTIONS = [
  { value: 'a', label: 'Alpha', count: 1 },
  { value: 'b', label: 'Beta', count: 2 },
];

/** Focus moved from script, as a host would; Radix's roving focus updates its state on it. */
function focus(el: HTMLElement): void {
  act(() => el.focus());
}

/** The part's outer element, found as a host would: by its `data-testid`. */
function part(): HTMLElement {
  return screen.getByTestId('host-part');
}

function expectHostProps(
  ref: { current: Element | null },
  ownClass: string,
  { id = true, slot }: { id?: boolean; slot?: string } = {},
): HTMLElement {
  const el = part();
  expect(ref.current).toBe(el);
  if (id) expect(el.id).toBe('host-id');
  expect(el.getAttribute('data-foo')).toBe('bar');
  expect(el.getAttribute('aria-describedby')).toBe('host-note');
  expect(el.style.color).toBe('rgb(1, 2, 3)');
  expect(el.classList.contains(ownClass)).toBe(true);
  if (slot) expect(el.classList.contains(slot)).toBe(true);
  expect(el.classList.contains('host-class')).toBe(true);
  return el;
}

describe('AgentNeedsYou', () => {
  test('host attributes reach the section; its class, the pinned slot and the host class all stay', () => {
    const ref = createRef<HTMLElement>();
    render(<AgentNeedsYou ref={ref} items={ITEMS} viewerId={VIEWER.id} classNames={{ pinned: 'slot' }} {...HOST} />);
    expectHostProps(ref, 'ab-pinned', { slot: 'slot' });
    expect(part().getAttribute('data-state')).toBe('open');
  });

  test('a host onClick runs and the toggle still collapses the section', async () => {
    const onClick = vi.fn();
    render(<AgentNeedsYou items={ITEMS} viewerId={VIEWER.id} {...HOST} onClick={onClick} />);
    const toggle = within(part()).getByRole('button', { name: /^Needs you/ });
    await userEvent.click(toggle);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(part().getAttribute('data-state')).toBe('closed');
  });

  test('the region keeps the name of its heading', () => {
    render(<AgentNeedsYou items={ITEMS} viewerId={VIEWER.id} {...HOST} aria-label="Something else" />);
    expect(screen.getByRole('region', { name: /^Needs you/ })).toBe(part());
  });

  test('its data-state is a default: a host data-state replaces it', () => {
    render(<AgentNeedsYou items={ITEMS} viewerId={VIEWER.id} {...HOST} data-state="host" />);
    expect(part().getAttribute('data-state')).toBe('host');
  });
});

describe('AgentSummary', () => {
  test('host attributes reach the section; its class, the summary slot and the host class all stay', () => {
    const ref = createRef<HTMLElement>();
    render(<AgentSummary ref={ref} summary={summarize(ITEMS)} classNames={{ summary: 'slot' }} {...HOST} />);
    expectHostProps(ref, 'ab-summary', { slot: 'slot' });
    expect(part().hasAttribute('data-live')).toBe(true);
  });

  test('a host onClick runs and a status toggle still filters', async () => {
    const onClick = vi.fn();
    const onFiltersChange = vi.fn();
    render(<AgentSummary summary={summarize(ITEMS)} onFiltersChange={onFiltersChange} {...HOST} onClick={onClick} />);
    await userEvent.click(within(part()).getByRole('button', { name: /^Failed / }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onFiltersChange).toHaveBeenCalledWith(expect.objectContaining({ statuses: ['failed'] }));
  });

  test('the region keeps its name', () => {
    render(<AgentSummary summary={summarize(ITEMS)} {...HOST} aria-label="Something else" />);
    expect(screen.getByRole('region', { name: 'Summary' })).toBe(part());
  });

  test('its data-* are defaults: a host data-live or data-color-scheme replaces them', () => {
    render(<AgentSummary summary={summarize(ITEMS)} {...HOST} data-live="host" data-color-scheme="dark" />);
    expect(part().getAttribute('data-live')).toBe('host');
    expect(part().getAttribute('data-color-scheme')).toBe('dark');
  });
});

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

describe('AgentboardRoot', () => {
  test('host attributes reach the root; the host style merges with the theme variables', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentboardRoot ref={ref} theme={{ accent: '#7c3aed' }} {...HOST} />);
    const root = expectHostProps(ref, 'ab-root');
    expect(root.style.getPropertyValue('--ab-accent')).toBe('#7c3aed');
    expect(root.getAttribute('data-density')).toBe('comfortable');
  });

  test('a host onKeyDown runs', () => {
    const onKeyDown = vi.fn();
    render(<AgentboardRoot {...HOST} onKeyDown={onKeyDown} />);
    fireEvent.keyDown(part(), { key: 'x' });
    expect(onKeyDown).toHaveBeenCalledTimes(1);
  });

  test('its data-* are defaults: a host data-density or data-color-scheme replaces them', () => {
    render(<AgentboardRoot density="compact" {...HOST} data-density="host" data-color-scheme="dark" />);
    expect(part().getAttribute('data-density')).toBe('host');
    expect(part().getAttribute('data-color-scheme')).toBe('dark');
  });
});

describe('AgentEmptyState', () => {
  test('host attributes reach the outer element; its classes and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentEmptyState ref={ref} reason="no-match" {...HOST} />);
    expectHostProps(ref, 'ab-empty-state');
    expect(part().classList.contains('ab-state')).toBe(true);
    expect(part().getAttribute('data-reason')).toBe('no-match');
  });

  test('a host onClick runs and "Clear filters" still clears', async () => {
    const onClick = vi.fn();
    const onClearFilters = vi.fn();
    render(<AgentEmptyState reason="no-match" onClearFilters={onClearFilters} {...HOST} onClick={onClick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onClearFilters).toHaveBeenCalledTimes(1);
  });

  test('its data-reason is a default: a host data-reason replaces it', () => {
    render(<AgentEmptyState reason="no-match" {...HOST} data-reason="host" />);
    expect(part().getAttribute('data-reason')).toBe('host');
  });
});

describe('AgentErrorState', () => {
  test('host attributes reach the outer element; its classes and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentErrorState ref={ref} error={new Error('Offline')} {...HOST} />);
    expectHostProps(ref, 'ab-error-state');
  });

  test('a host onClick runs and "Retry" still retries', async () => {
    const onClick = vi.fn();
    const onRetry = vi.fn();
    render(<AgentErrorState error={new Error('Offline')} onRetry={onRetry} {...HOST} onClick={onClick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  test('it stays an alert whatever role the host passes', () => {
    render(<AgentErrorState error={new Error('Offline')} {...HOST} role="presentation" />);
    expect(screen.getByRole('alert')).toBe(part());
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

describe('AgentTabs', () => {
  test('host attributes reach the root; its class and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentTabs ref={ref} {...HOST} />);
    expectHostProps(ref, 'ab-tabs-root');
  });

  test('a host onKeyDown runs and the arrow keys still switch tabs', async () => {
    const onKeyDown = vi.fn();
    const onTabChange = vi.fn();
    render(<AgentTabs onTabChange={onTabChange} {...HOST} onKeyDown={onKeyDown} />);
    focus(screen.getByRole('tab', { name: 'Personal' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(onKeyDown).toHaveBeenCalled();
    expect(onTabChange).toHaveBeenCalledWith('all');
  });

  test('its data-color-scheme is a default: a host data-color-scheme replaces it', () => {
    render(<AgentTabs {...HOST} data-color-scheme="dark" />);
    expect(part().getAttribute('data-color-scheme')).toBe('dark');
  });
});

describe('AgentTabsList', () => {
  test('host attributes reach the tab list; its class, the tabs slot and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <AgentTabs classNames={{ tabs: 'slot' }}>
        <AgentTabsList ref={ref} {...HOST} />
      </AgentTabs>,
    );
    expectHostProps(ref, 'ab-tabs', { slot: 'slot' });
  });

  test('a host onKeyDown runs and the arrow keys still move between the tabs', async () => {
    const onKeyDown = vi.fn();
    render(
      <AgentTabs>
        <AgentTabsList {...HOST} onKeyDown={onKeyDown} />
      </AgentTabs>,
    );
    focus(screen.getByRole('tab', { name: 'Personal' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(onKeyDown).toHaveBeenCalled();
    expect(screen.getByRole('tab', { name: 'All' }).getAttribute('aria-selected')).toBe('true');
  });

  test('it stays a tab list named "Agent views" whatever role or name the host passes', () => {
    render(
      <AgentTabs>
        <AgentTabsList {...HOST} {...STRAY_A11Y} />
      </AgentTabs>,
    );
    expect(screen.getByRole('tablist', { name: 'Agent views' })).toBe(part());
  });
});

describe('AgentTabsPanel', () => {
  test('host attributes reach the panel; its class and the host class stay; its id is the one its tab controls', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <AgentTabs>
        <AgentTabsList />
        <AgentTabsPanel ref={ref} {...HOST_NO_ID}>
          content
        </AgentTabsPanel>
      </AgentTabs>,
    );
    const panel = expectHostProps(ref, 'ab-panel', { id: false });
    expect(screen.getByRole('tab', { name: 'Personal' }).getAttribute('aria-controls')).toBe(panel.id);
  });

  test('a host onClick runs', async () => {
    const onClick = vi.fn();
    render(
      <AgentTabs>
        <AgentTabsPanel {...HOST_NO_ID} onClick={onClick}>
          content
        </AgentTabsPanel>
      </AgentTabs>,
    );
    await userEvent.click(part());
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  test('it stays a tab panel labelled by its tab whatever role or label the host passes', () => {
    // `aria-labelledby` is not in the panel's props; a plain-JS host could still pass it.
    const stray = { role: 'region', 'aria-labelledby': 'host-note' } as object;
    render(
      <AgentTabs>
        <AgentTabsList />
        <AgentTabsPanel {...HOST_NO_ID} {...stray}>
          content
        </AgentTabsPanel>
      </AgentTabs>,
    );
    expect(screen.getByRole('tabpanel', { name: 'Personal' })).toBe(part());
  });
});

describe('VisuallyHidden', () => {
  test('host attributes reach the span; the host style merges with the hiding; a host onClick runs', () => {
    const ref = createRef<HTMLSpanElement>();
    const onClick = vi.fn();
    render(
      <VisuallyHidden ref={ref} {...HOST} onClick={onClick}>
        hidden text
      </VisuallyHidden>,
    );
    const span = expectHostProps(ref, 'ab-visually-hidden');
    expect(span.style.position).toBe('absolute');
    expect(span.style.overflow).toBe('hidden');
    fireEvent.click(span);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
