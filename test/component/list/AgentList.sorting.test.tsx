import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AgentList, type AgentSorting } from '../../../src/react/list';
import { NOW, makeItem, renderList, rowTitles } from './agent-list-helpers';

describe('AgentList', () => {
  it('sorts newest first by default and toggles sorting from the header buttons', async () => {
    const user = userEvent.setup();
    const items = [
      makeItem({ title: 'banana', createdAt: new Date(NOW - 3000), credits: 5 }),
      makeItem({ title: 'Apple', createdAt: new Date(NOW - 1000), credits: undefined }),
      makeItem({ title: 'cherry', createdAt: new Date(NOW - 2000), credits: 50 }),
    ];
    renderList({ items });

    const created = screen.getByRole('columnheader', { name: /Created/ });
    expect(created.getAttribute('aria-sort')).toBe('descending');
    expect(rowTitles()).toEqual(['Apple', 'cherry', 'banana']);
    expect(screen.getByRole('columnheader', { name: /Source/ }).hasAttribute('aria-sort')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(screen.getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(created.hasAttribute('aria-sort')).toBe(false);
    expect(rowTitles()).toEqual(['Apple', 'banana', 'cherry']);

    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(screen.getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('descending');
    expect(rowTitles()).toEqual(['cherry', 'banana', 'Apple']);

    // Numbers sort descending first; unknown credits stay last in both directions.
    await user.click(screen.getByRole('button', { name: 'Credits' }));
    expect(screen.getByRole('columnheader', { name: /Credits/ }).getAttribute('aria-sort')).toBe('descending');
    expect(rowTitles()).toEqual(['cherry', 'banana', 'Apple']);
    await user.click(screen.getByRole('button', { name: 'Credits' }));
    expect(rowTitles()).toEqual(['banana', 'cherry', 'Apple']);
  });

  it('sorts by Status (display order), Source (label) and Creator (name) from the header buttons', async () => {
    const user = userEvent.setup();
    const items = [
      makeItem({ title: 'one', status: 'success', source: 'slack', creator: { id: 'u_z', name: 'Zed' } }),
      makeItem({ title: 'two', status: 'working', source: 'linear', creator: { id: 'u_b', name: 'Bea' } }),
      makeItem({ title: 'three', status: 'failed', source: 'github_actions', creator: { id: 'u_a', name: 'amy' } }),
    ];
    renderList({ items });
    const onSort = async (name: string, expected: string[], direction: string) => {
      await user.click(screen.getByRole('button', { name }));
      expect(screen.getByRole('columnheader', { name: new RegExp(name) }).getAttribute('aria-sort')).toBe(direction);
      expect(rowTitles()).toEqual(expected);
    };
    await onSort('Status', ['two', 'three', 'one'], 'ascending');
    await onSort('Status', ['one', 'three', 'two'], 'descending');
    await onSort('Source', ['three', 'two', 'one'], 'ascending'); // GitHub Actions, Linear, Slack
    await onSort('Creator', ['three', 'two', 'one'], 'ascending'); // amy, Bea, Zed
    await onSort('Creator', ['one', 'two', 'three'], 'descending');
  });

  it('supports controlled sorting', async () => {
    const user = userEvent.setup();
    const onSortingChange = vi.fn();
    const items = [
      makeItem({ title: 'b', createdAt: new Date(NOW - 1000) }),
      makeItem({ title: 'a', createdAt: new Date(NOW - 2000) }),
    ];
    function Controlled() {
      const [sorting, setSorting] = useState<AgentSorting>({ id: 'title', desc: false });
      return (
        <AgentList
          items={items}
          now={NOW}
          sorting={sorting}
          onSortingChange={(next) => {
            onSortingChange(next);
            setSorting(next);
          }}
        />
      );
    }
    render(<Controlled />);
    expect(rowTitles()).toEqual(['a', 'b']);
    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(onSortingChange).toHaveBeenCalledWith({ id: 'title', desc: true });
    expect(rowTitles()).toEqual(['b', 'a']);

    // A controlled value that the parent does not update keeps the order.
    const stuck = vi.fn();
    render(
      <AgentList
        items={items}
        now={NOW}
        sorting={{ id: 'title', desc: false }}
        onSortingChange={stuck}
        ariaLabel="Stuck"
      />,
    );
    const stuckGrid = screen.getByRole('grid', { name: 'Stuck' });
    await user.click(within(stuckGrid).getByRole('button', { name: 'Title' }));
    expect(stuck).toHaveBeenCalledWith({ id: 'title', desc: true });
    expect(within(stuckGrid).getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('ascending');
  });
});
