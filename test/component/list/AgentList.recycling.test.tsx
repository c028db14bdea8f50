// Rows are recycled: a row element scrolled or filtered out shows the next item. Nothing of the run
// it showed before may stay on it.
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgentArtifact, AgentItem } from '../../../src/core/types';
import { AgentList } from '../../../src/react/list';
import { TOOLTIP_DELAY_MS } from '../../../src/react/list/CreatedTooltip';
import { NOW, VIEWER, dataRows, makeItem, renderList, rowByTitle } from './agent-list-helpers';

/** The list renderList renders, for `rerender`. */
const listOf = (items: AgentItem[]) => (
  <AgentList now={NOW} timeZone="UTC" locale="en-US" viewerId={VIEWER.id} items={items} />
);

afterEach(() => {
  vi.useRealTimers();
});

const artifacts = (name: string): AgentArtifact[] =>
  ['one', 'two', 'three', 'four'].map((n) => ({ type: 'file', url: `https://example.com/${name}/${n}`, title: n }));

describe('AgentList: a recycled row shows only its new run', () => {
  it('a row that showed every artifact of one run shows the next run’s folded again', async () => {
    const user = userEvent.setup();
    const first: AgentItem[] = [makeItem({ id: 'a', title: 'Alpha', artifacts: artifacts('a') })];
    const { rerender } = renderList({ items: first });
    const rowA = rowByTitle('Alpha');
    await user.click(within(rowA).getByRole('button', { name: /2 more artifacts/i }));
    expect(within(rowA).getAllByRole('link')).toHaveLength(4);

    // A filter change: Alpha is gone, Beta (four artifacts too) is shown in its place.
    const next = [makeItem({ id: 'b', title: 'Beta', artifacts: artifacts('b') })];
    rerender(listOf(next));
    const rowB = rowByTitle('Beta');
    expect(within(rowB).getByRole('button', { name: /2 more artifacts/i })).toBeTruthy();
    expect(
      within(rowB)
        .getAllByRole('link')
        .every((link) => link.getAttribute('href')!.includes('/b/')),
    ).toBe(true);
  });

  it('a row whose avatar failed to load shows the next person’s picture, not their initials', () => {
    const withPicture = (id: string, name: string, title: string) =>
      makeItem({ id, title, creator: { id: `u_${id}`, name, avatarUrl: `https://example.com/${id}.png` } });
    const { rerender } = renderList({ items: [withPicture('a', 'Ada Byron', 'Alpha')] });
    const img = rowByTitle('Alpha').querySelector('img')!;
    fireEvent.error(img);
    expect(rowByTitle('Alpha').querySelector('img')).toBeNull();

    rerender(listOf([withPicture('b', 'Bo Chen', 'Beta')]));
    expect(rowByTitle('Beta').querySelector('img')?.getAttribute('src')).toBe('https://example.com/b.png');
  });

  it('the Created tooltip, open on a row whose run changes, says the new run’s time', () => {
    vi.useFakeTimers();
    const at = (id: string, title: string, minutesAgo: number) =>
      makeItem({ id, title, createdAt: new Date(NOW - minutesAgo * 60_000) });
    const { rerender } = renderList({ items: [at('a', 'Alpha', 5)] });
    const time = () => dataRows()[0]!.querySelector('time')!;
    fireEvent.pointerOver(time());
    act(() => {
      vi.advanceTimersByTime(TOOLTIP_DELAY_MS);
    });
    const before = screen.getByRole('tooltip').textContent;
    expect(before).toBe(time().getAttribute('data-full'));

    rerender(listOf([at('b', 'Beta', 300)]));
    expect(screen.getByRole('tooltip').textContent).toBe(time().getAttribute('data-full'));
    expect(screen.getByRole('tooltip').textContent).not.toBe(before);
  });
});

describe('AgentList: focus on a recycled row', () => {
  it('when the focused run goes away, focus moves to the run now at its place, never onto a row that silently changed', async () => {
    const user = userEvent.setup();
    const run = (title: string, minutes: number) =>
      makeItem({ id: title.toLowerCase(), title, createdAt: new Date(NOW - minutes * 60_000) });
    const { rerender } = renderList({ items: [run('Alpha', 1), run('Beta', 2), run('Gamma', 3), run('Delta', 4)] });
    await user.click(rowByTitle('Alpha'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowByTitle('Beta'));

    // Beta is deleted and a new run comes in last: Beta's row element is the one Epsilon reuses.
    rerender(listOf([run('Alpha', 1), run('Gamma', 3), run('Delta', 4), run('Epsilon', 5)]));
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('role')).toBe('row');
    expect(focused.querySelector('.ab-title')?.textContent).toBe('Gamma');
    expect(focused.tabIndex).toBe(0);
    expect(dataRows().filter((row) => row.tabIndex === 0)).toEqual([focused]);
  });
});
