import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import {
  AgentboardRoot,
  AgentManagementView,
  AgentNeedsYou,
  AgentSummary,
  PINNED_INLINE_MAX,
  PINNED_LIMIT,
  summarize,
  useAgentView,
  type AgentItem,
} from '../../../src/index';
import { BASE_PROPS, ITEMS, VIEWER } from '../../fixtures/view-items';

/** `n` blocked items of the viewer (interactive), each waiting on something different. */
function blockedItems(n: number): AgentItem[] {
  return Array.from({ length: n }, (_, i) => ({
    ...ITEMS[0]!,
    id: `b${i}`,
    title: `Blocked ${i + 1}`,
    statusDetail: `Waiting on step ${i + 1}`,
    creator: VIEWER,
  }));
}

function pinnedRegion() {
  return screen.getByRole('region', { name: /Needs you/ });
}
function pinnedEntries() {
  return within(pinnedRegion()).getAllByRole('listitem');
}

describe('Needs you: capped at PINNED_LIMIT', () => {
  test('shows the first five of many, with "Show all N"; the heading still counts them all', () => {
    expect(PINNED_LIMIT).toBe(5);
    render(<AgentManagementView {...BASE_PROPS} items={[...blockedItems(12), ...ITEMS.slice(1)]} />);
    // 12 of mine, plus i9 (the fixtures' other blocked item of the viewer).
    expect(pinnedRegion().querySelector('.ab-pinned-count')?.textContent).toBe('13');
    expect(pinnedEntries()).toHaveLength(5);
    expect(pinnedEntries().map((li) => li.textContent)).toEqual(
      [1, 2, 3, 4, 5].map((i) => expect.stringContaining(`Blocked ${i}`)),
    );
    const more = within(pinnedRegion()).getByRole('button', { name: 'Show all 13' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
  });

  test('keyboard: Enter shows all, focus stays on the button, which then shows fewer', async () => {
    const user = userEvent.setup();
    const onOpenConversation = vi.fn();
    render(<AgentManagementView {...BASE_PROPS} items={blockedItems(12)} onOpenConversation={onOpenConversation} />);
    const more = within(pinnedRegion()).getByRole('button', { name: 'Show all 12' });
    more.focus();
    await user.keyboard('{Enter}');
    expect(pinnedEntries()).toHaveLength(12);
    const fewer = within(pinnedRegion()).getByRole('button', { name: 'Show fewer' });
    expect(fewer).toBe(more);
    expect(document.activeElement).toBe(fewer);
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    expect(pinnedRegion().hasAttribute('data-expanded')).toBe(true);

    // An item past the cap opens like the others.
    await user.click(within(pinnedRegion()).getByRole('button', { name: /^Blocked 12 Waiting on step 12/ }));
    expect(onOpenConversation).toHaveBeenCalledWith(expect.objectContaining({ id: 'b11' }));

    fewer.focus();
    await user.keyboard(' ');
    expect(pinnedEntries()).toHaveLength(5);
    expect(document.activeElement).toBe(within(pinnedRegion()).getByRole('button', { name: 'Show all 12' }));
  });

  test('past PINNED_INLINE_MAX the button shows them all in the list, filtered to Blocked (virtualised there)', async () => {
    const user = userEvent.setup();
    const many = PINNED_INLINE_MAX + 10;
    const onFiltersChange = vi.fn();
    render(<AgentManagementView {...BASE_PROPS} items={blockedItems(many)} onFiltersChange={onFiltersChange} />);
    const button = within(pinnedRegion()).getByRole('button', { name: `Show all ${many} in the list` });
    // Not a disclosure: it does not expand the section, it filters the list.
    expect(button.getAttribute('aria-expanded')).toBeNull();
    await user.click(button);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ statuses: ['blocked'] });
    expect(pinnedEntries().length).toBeLessThanOrEqual(PINNED_LIMIT);
    expect(screen.getByRole('button', { name: 'Remove Status: Blocked' })).toBeTruthy();
  });

  test('alone without onShowAllInList, even a long list expands in place', async () => {
    const user = userEvent.setup();
    render(<AgentNeedsYou items={blockedItems(PINNED_INLINE_MAX + 1)} viewerId={VIEWER.id} />);
    await user.click(within(pinnedRegion()).getByRole('button', { name: `Show all ${PINNED_INLINE_MAX + 1}` }));
    expect(pinnedEntries()).toHaveLength(PINNED_INLINE_MAX + 1);
  });

  test('no button at or under the limit; collapsing the section hides the button too', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<AgentManagementView {...BASE_PROPS} items={blockedItems(PINNED_LIMIT)} />);
    expect(pinnedEntries()).toHaveLength(PINNED_LIMIT);
    expect(within(pinnedRegion()).queryByRole('button', { name: /^Show/ })).toBeNull();
    unmount();

    render(<AgentNeedsYou items={blockedItems(8)} viewerId={VIEWER.id} />);
    await user.click(within(pinnedRegion()).getByRole('button', { name: /^Needs you/ }));
    expect(within(pinnedRegion()).queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  test('labels: pinnedShowAll / pinnedShowFewer', async () => {
    const user = userEvent.setup();
    render(
      <AgentNeedsYou
        items={blockedItems(12)}
        viewerId={VIEWER.id}
        labels={{
          pinnedShowAll: (n, f) => `Alle ${f} zeigen (${n > 10 ? 'viele' : 'wenige'})`,
          pinnedShowFewer: 'Weniger zeigen',
        }}
      />,
    );
    await user.click(within(pinnedRegion()).getByRole('button', { name: 'Alle 12 zeigen (viele)' }));
    expect(within(pinnedRegion()).getByRole('button', { name: 'Weniger zeigen' })).toBeTruthy();
  });
});

describe('AgentboardRoot', () => {
  test('parts used alone take its scheme, density and theme; popovers portal into it', async () => {
    const user = userEvent.setup();
    render(
      <AgentboardRoot
        colorScheme="dark"
        density="compact"
        theme={{ accent: '#7c3aed' }}
        className="host"
        data-testid="root"
      >
        <AgentSummary summary={summarize(ITEMS)} />
        <AgentNeedsYou items={ITEMS} viewerId={VIEWER.id} />
      </AgentboardRoot>,
    );
    const root = screen.getByTestId('root');
    expect(root.classList.contains('ab-root')).toBe(true);
    expect(root.classList.contains('host')).toBe(true);
    expect(root.getAttribute('data-color-scheme')).toBe('dark');
    expect(root.getAttribute('data-density')).toBe('compact');
    expect(root.style.getPropertyValue('--ab-accent')).toBe('#7c3aed');
    // The parts do not make themselves a second root in the system scheme.
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary.classList.contains('ab-root')).toBe(false);
    expect(summary.closest('.ab-root')).toBe(root);
    expect(pinnedRegion().closest('.ab-root')).toBe(root);

    await user.click(screen.getByRole('button', { name: /^Credits total/ }));
    expect(root.contains(screen.getByRole('dialog', { name: 'Credits breakdown' }))).toBe(true);
  });

  test('unstyled, and the view renders its root through it (same attributes)', () => {
    const { unmount } = render(<AgentboardRoot unstyled data-testid="root" />);
    expect(screen.getByTestId('root').hasAttribute('data-unstyled')).toBe(true);
    expect(screen.getByTestId('root').getAttribute('data-color-scheme')).toBe('system');
    unmount();
    const { container } = render(<AgentManagementView {...BASE_PROPS} colorScheme="dark" theme={{ radius: 4 }} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toBe('ab-root ab-view');
    expect(root.getAttribute('data-color-scheme')).toBe('dark');
    expect(root.getAttribute('data-density')).toBe('comfortable');
    expect(root.getAttribute('data-tab')).toBe('personal');
    expect(root.style.getPropertyValue('--ab-radius')).toBe('4px');
  });
});

describe('useAgentView: per-tab results', () => {
  test('a tab switch back and forth reuses the lists, facets and summary; counts match both tabs', () => {
    const { result } = renderHook(() =>
      useAgentView({ items: ITEMS, viewerId: VIEWER.id, now: BASE_PROPS.now, timeZone: 'UTC' }),
    );
    const personal = result.current;
    expect(personal.tabCounts).toEqual({ personal: { count: 5, working: 1 }, all: { count: 9, working: 1 } });
    act(() => result.current.setTab('all'));
    const all = result.current;
    expect(all.visibleItems).toHaveLength(9);
    expect(all.tabCounts).toEqual(personal.tabCounts);
    act(() => result.current.setTab('personal'));
    expect(result.current.visibleItems).toBe(personal.visibleItems);
    expect(result.current.facets).toBe(personal.facets);
    expect(result.current.summary).toBe(personal.summary);
    act(() => result.current.setTab('all'));
    expect(result.current.visibleItems).toBe(all.visibleItems);
    expect(result.current.summary).toBe(all.summary);

    // A filter change recomputes; the other tab's count follows it.
    act(() => result.current.setFilters({ statuses: ['failed'] }));
    expect(result.current.tabCounts).toEqual({ personal: { count: 2, working: 0 }, all: { count: 4, working: 0 } });
  });
});
