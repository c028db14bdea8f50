import { act, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgentItem } from '../../../src/core/types';
import { AgentList } from '../../../src/react/list';
import { isMinuteTickerRunning, isTickerRunning } from '../../../src/react/shared';
import { NOW, cellsOf, makeItem, makeItems, renderList, rowByTitle } from './agent-list-helpers';

afterEach(() => {
  vi.useRealTimers();
});

describe('AgentList', () => {
  it('ticks live durations once a second without re-rendering any row', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    const renders = new Map<string, number>();
    const renderTitleExtra = (item: AgentItem) => {
      renders.set(item.id, (renders.get(item.id) ?? 0) + 1);
      return null;
    };
    const items = [
      makeItem({
        id: 'live',
        title: 'Live',
        status: 'working',
        rawStatus: 'running',
        startedAt: new Date(NOW - 5000),
        endedAt: undefined,
        createdAt: new Date(NOW - 5000),
      }),
      makeItem({ id: 'done', title: 'Done', createdAt: new Date(NOW - 60_000) }),
      makeItem({
        id: 'chat',
        title: 'Chat',
        kind: 'interactive',
        status: 'working',
        createdAt: new Date(NOW - 90_000),
      }),
    ];
    const { unmount } = render(<AgentList items={items} timeZone="UTC" renderTitleExtra={renderTitleExtra} />);
    const duration = () => cellsOf(rowByTitle('Live'))[5]!.textContent;
    expect(duration()).toBe('5s');
    const before = new Map(renders);
    expect(before.get('done')).toBeGreaterThan(0);

    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(duration()).toBe('8s');
    expect(cellsOf(rowByTitle('Done'))[5]!.textContent).toBe('1m 5s');
    expect(renders).toEqual(before); // no row re-rendered, only the live cell
    expect(isTickerRunning()).toBe(true);

    unmount();
    expect(isTickerRunning()).toBe(false);
  });

  it('does not tick with a fixed now, and runs no timer when no row is working', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW + 10_000);
    const live = makeItem({ title: 'Live', status: 'working', startedAt: new Date(NOW - 5000), endedAt: undefined });
    const { unmount } = renderList({ items: [live] });
    expect(isTickerRunning()).toBe(false);
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(cellsOf(rowByTitle('Live'))[5]!.textContent).toBe('5s');
    expect(isMinuteTickerRunning()).toBe(false);
    unmount();

    render(<AgentList items={[makeItem({ title: 'Done' })]} />);
    expect(isTickerRunning()).toBe(false);
  });

  it('keeps relative times current on the live clock without re-rendering rows, and only for recent runs', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    const renders = new Map<string, number>();
    const renderTitleExtra = (item: AgentItem) => {
      renders.set(item.id, (renders.get(item.id) ?? 0) + 1);
      return null;
    };
    const items = [
      makeItem({ id: 'fresh', title: 'Fresh', createdAt: new Date(NOW - 20_000) }),
      makeItem({ id: 'old', title: 'Old', createdAt: new Date(Date.UTC(2026, 9, 1, 12, 0)) }),
    ];
    const { unmount } = render(<AgentList items={items} timeZone="UTC" renderTitleExtra={renderTitleExtra} />);
    const created = (title: string) => within(rowByTitle(title)).getByText((_, el) => el?.tagName === 'TIME');
    expect(created('Fresh').textContent).toBe('Now');
    expect(created('Old').textContent).toBe('Oct 1');
    const before = new Map(renders);

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(created('Fresh').textContent).toBe('1m ago');
    act(() => {
      vi.advanceTimersByTime(2 * 3_600_000);
    });
    expect(created('Fresh').textContent).toBe('2h ago');
    // The full date stays for the tooltip, and no row re-rendered: only the time itself.
    expect(created('Fresh').getAttribute('data-full')).toMatch(/November 25, 2026 at 5:59/);
    expect(renders).toEqual(before);
    unmount();
    expect(isMinuteTickerRunning()).toBe(false);

    // Only runs older than a week: their labels are dates, so nothing ticks.
    render(<AgentList items={[items[1]!]} timeZone="UTC" />);
    expect(isMinuteTickerRunning()).toBe(false);
  });

  it('does not re-render rows when the parent re-renders with equal props', () => {
    const renders = new Map<string, number>();
    const renderTitleExtra = (item: AgentItem) => {
      renders.set(item.id, (renders.get(item.id) ?? 0) + 1);
      return null;
    };
    const items = makeItems(5);
    const { rerender } = render(
      <AgentList items={items} now={NOW} labels={{ me: 'Me' }} renderTitleExtra={renderTitleExtra} />,
    );
    const before = new Map(renders);
    rerender(<AgentList items={items} now={new Date(NOW)} labels={{ me: 'Me' }} renderTitleExtra={renderTitleExtra} />);
    expect(renders).toEqual(before);
  });
});
