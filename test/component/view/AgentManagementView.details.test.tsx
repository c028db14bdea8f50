// The view's details panel: opened from a row (`i`, "Show details"), stepped with j / k through the
// list as it shows, closed with Escape back to the row, controlled or in the URL — through roles.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AgentManagementView, useUrlFilters, type AgentItem, type AgentManagementViewProps } from '../../../src/index';
import { run } from '../actions/fixtures';

const at = (minute: number) => new Date(`2026-11-25T12:${String(minute).padStart(2, '0')}:00Z`);
const ITEMS: AgentItem[] = [
  run({ id: 'a', title: 'Alpha', status: 'working', createdAt: at(5) }),
  run({ id: 'b', title: 'Bravo', status: 'failed', errorCode: 'insufficient_credits', createdAt: at(4) }),
  run({ id: 'c', title: 'Charlie', status: 'success', createdAt: at(3) }),
  run({ id: 'd', title: 'Delta', status: 'failed', createdAt: at(2) }),
];

function renderView(props: Partial<AgentManagementViewProps> = {}) {
  return render(
    <AgentManagementView
      items={ITEMS}
      viewerId="u_me"
      defaultTab="all"
      now={new Date('2026-11-25T13:00:00Z')}
      timeZone="UTC"
      locale="en-US"
      summary={false}
      {...props}
    />,
  );
}

function rowOf(title: string): HTMLElement {
  const grid = screen.queryByRole('grid') ?? screen.getByRole('treegrid');
  const found = within(grid)
    .getAllByRole('row')
    .find((r) => r.querySelector('.ab-title')?.textContent === title);
  if (!found) throw new Error(`no row ${title}`);
  return found;
}

const panel = () => screen.queryByRole('dialog', { name: /./ });
const panelName = () => {
  const dialog = panel();
  const id = dialog?.getAttribute('aria-labelledby');
  return id ? document.getElementById(id)?.textContent : null;
};

function press(target: Element, key: string) {
  fireEvent.keyDown(target, { key });
}

describe('the details panel in the view', () => {
  test('`i` on a focused row opens a dialog named by its title, beside the list; the row is current', () => {
    renderView();
    const row = rowOf('Bravo');
    act(() => row.focus());
    press(row, 'i');
    expect(panelName()).toBe('Bravo');
    expect(panel()!.getAttribute('aria-modal')).toBeNull();
    expect(document.activeElement).toBe(panel());
    expect(rowOf('Bravo').getAttribute('aria-current')).toBe('true');
    expect(rowOf('Alpha').getAttribute('aria-current')).toBeNull();
    // The error reads as words, with its code.
    expect(panel()!.textContent).toContain('Out of credits');
    expect(panel()!.textContent).toContain('insufficient_credits');
  });

  test('Escape closes it and focus goes back to the row', () => {
    const onDetailsChange = vi.fn();
    renderView({ onDetailsChange });
    const row = rowOf('Charlie');
    act(() => row.focus());
    press(row, 'i');
    expect(onDetailsChange).toHaveBeenLastCalledWith('c');
    press(panel()!, 'Escape');
    expect(panel()).toBeNull();
    expect(onDetailsChange).toHaveBeenLastCalledWith(null);
    expect(document.activeElement).toBe(rowOf('Charlie'));
  });

  test('"Show details" in the row menu opens it', async () => {
    const user = userEvent.setup();
    renderView({ onAction: vi.fn() });
    await user.click(screen.getByRole('button', { name: 'Actions for Delta' }));
    await user.click(await screen.findByRole('menuitem', { name: /Show details/ }));
    await waitFor(() => expect(panelName()).toBe('Delta'));
  });

  test('j / k step through the list in its current sort, stopping at the ends', () => {
    renderView({ defaultSorting: { id: 'title', desc: true } });
    const row = rowOf('Delta');
    act(() => row.focus());
    press(row, 'i');
    press(panel()!, 'j');
    expect(panelName()).toBe('Charlie');
    press(panel()!, 'j');
    press(panel()!, 'j');
    expect(panelName()).toBe('Alpha');
    press(panel()!, 'j');
    expect(panelName()).toBe('Alpha');
    press(panel()!, 'k');
    expect(panelName()).toBe('Bravo');
    // The list marks the row the panel shows.
    expect(rowOf('Bravo').getAttribute('aria-current')).toBe('true');
  });

  test('j / k stay inside the filter', () => {
    renderView({ defaultFilters: { statuses: ['failed'] } });
    const row = rowOf('Bravo');
    act(() => row.focus());
    press(row, 'i');
    press(panel()!, 'j');
    expect(panelName()).toBe('Delta');
    press(panel()!, 'j');
    expect(panelName()).toBe('Delta');
    press(panel()!, 'k');
    expect(panelName()).toBe('Bravo');
  });

  test('controlled: `details` opens it without taking focus; the host decides every change', () => {
    const onDetailsChange = vi.fn();
    const { rerender } = renderView({ details: 'a', onDetailsChange });
    expect(panelName()).toBe('Alpha');
    expect(document.activeElement).not.toBe(panel());
    press(panel()!, 'j');
    expect(onDetailsChange).toHaveBeenLastCalledWith('b');
    // Not applied until the host passes it back.
    expect(panelName()).toBe('Alpha');
    rerender(
      <AgentManagementView
        items={ITEMS}
        viewerId="u_me"
        defaultTab="all"
        now={new Date('2026-11-25T13:00:00Z')}
        timeZone="UTC"
        locale="en-US"
        summary={false}
        details={null}
        onDetailsChange={onDetailsChange}
      />,
    );
    expect(panel()).toBeNull();
  });

  test('renderDetails adds the host content under the fields', () => {
    renderView({ defaultDetails: 'c', renderDetails: (item) => <p>Transcript of {item.id}</p> });
    expect(within(panel()!).getByText('Transcript of c')).toBeTruthy();
  });

  test('the parent and sub-runs are links that move the panel', async () => {
    const user = userEvent.setup();
    const items = [
      run({ id: 'p', title: 'Parent run', createdAt: at(9) }),
      run({ id: 'k1', title: 'Child one', parentId: 'p', createdAt: at(8) }),
      run({ id: 'k2', title: 'Child two', parentId: 'p', status: 'failed', createdAt: at(7) }),
    ];
    renderView({ items, defaultDetails: 'p' });
    expect(panelName()).toBe('Parent run');
    await user.click(within(panel()!).getByRole('button', { name: 'Child two' }));
    expect(panelName()).toBe('Child two');
    await user.click(within(panel()!).getByRole('button', { name: 'Parent run' }));
    expect(panelName()).toBe('Parent run');
  });

  test('an open item that is deleted closes the panel', async () => {
    const onDetailsChange = vi.fn();
    const onAction = vi.fn(async (_action: string, items: readonly AgentItem[]) => ({
      remove: items.map((i) => i.id),
    }));
    const user = userEvent.setup();
    renderView({ actions: ['archive'], onAction, defaultDetails: 'd', onDetailsChange });
    expect(panelName()).toBe('Delta');
    await user.click(screen.getByRole('button', { name: 'Actions for Delta' }));
    await user.click(await screen.findByRole('menuitem', { name: /Archive/ }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: /^Archive/ }));
    await waitFor(() => expect(onAction).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onDetailsChange).toHaveBeenLastCalledWith(null));
    expect(panel()).toBeNull();
    expect(screen.queryByText('Delta', { selector: '.ab-title' })).toBeNull();
  });

  test('an id the view does not know opens nothing and crashes nothing', () => {
    renderView({ defaultDetails: 'nope' });
    expect(panel()).toBeNull();
    expect(rowOf('Alpha')).toBeTruthy();
  });
});

describe('the details panel in the URL (useUrlFilters)', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  function UrlView() {
    const url = useUrlFilters();
    const [items] = useState(ITEMS);
    return (
      <AgentManagementView
        items={items}
        viewerId="u_me"
        now={new Date('2026-11-25T13:00:00Z')}
        timeZone="UTC"
        locale="en-US"
        summary={false}
        tab={url.tab}
        onTabChange={url.setTab}
        filters={url.filters}
        onFiltersChange={url.setFilters}
        details={url.details}
        onDetailsChange={url.setDetails}
      />
    );
  }

  test('opening writes item=, Back closes it, a link with item= opens it', async () => {
    window.history.replaceState(null, '', '/?tab=all');
    const { unmount } = render(<UrlView />);
    const row = rowOf('Charlie');
    act(() => row.focus());
    press(row, 'i');
    expect(new URLSearchParams(window.location.search).get('item')).toBe('c');
    expect(panelName()).toBe('Charlie');
    press(panel()!, 'j');
    expect(new URLSearchParams(window.location.search).get('item')).toBe('d');
    act(() => window.history.back());
    await waitFor(() => expect(panel()).toBeNull());
    expect(new URLSearchParams(window.location.search).get('item')).toBeNull();
    unmount();

    window.history.replaceState(null, '', '/?tab=all&item=b');
    render(<UrlView />);
    expect(panelName()).toBe('Bravo');
  });
});
