import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AgentList } from '../../../src/react/list';
import { NOW, dataRows, makeItems, renderList } from './agent-list-helpers';

describe('AgentList', () => {
  it('virtualises: 10,000 items render only a window of rows', () => {
    const items = makeItems(10_000);
    renderList({ items });
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('10001');
    const rows = dataRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
  });

  it('calls onEndReached once when the end of the list is rendered', async () => {
    const user = userEvent.setup();
    const onEndReached = vi.fn();
    const items = makeItems(500);
    const { rerender } = renderList({ items, onEndReached });
    expect(onEndReached).not.toHaveBeenCalled();

    act(() => dataRows()[0]!.focus());
    await user.keyboard('{End}');
    await act(async () => {});
    expect(onEndReached).toHaveBeenCalledTimes(1);

    // More items arrive; reaching the new end asks again.
    const more = [...items, ...makeItems(20, (i) => ({ id: `more_${i}`, createdAt: new Date(NOW - 1e9 - i) }))];
    rerender(<AgentList items={more} now={NOW} timeZone="UTC" onEndReached={onEndReached} />);
    await user.keyboard('{End}');
    await act(async () => {});
    expect(onEndReached).toHaveBeenCalledTimes(2);
  });

  it('calls onAtTopChange once each time the scroller crosses the top (≤ 4 px)', () => {
    const onAtTopChange = vi.fn();
    renderList({ items: makeItems(200), onAtTopChange });
    const scroller = screen.getByRole('grid').querySelector<HTMLElement>('.ab-list-scroller')!;
    const scrollTo = (top: number) => {
      scroller.scrollTop = top;
      fireEvent.scroll(scroller);
    };
    expect(onAtTopChange).not.toHaveBeenCalled(); // not on mount

    scrollTo(3); // still the top
    expect(onAtTopChange).not.toHaveBeenCalled();
    scrollTo(5);
    expect(onAtTopChange).toHaveBeenLastCalledWith(false);
    scrollTo(400);
    scrollTo(900);
    expect(onAtTopChange).toHaveBeenCalledTimes(1);
    scrollTo(4);
    expect(onAtTopChange).toHaveBeenLastCalledWith(true);
    scrollTo(0);
    expect(onAtTopChange).toHaveBeenCalledTimes(2);
  });
});
