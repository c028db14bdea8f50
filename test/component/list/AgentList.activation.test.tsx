import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NOW, cellsOf, makeItem, renderList, rowByTitle } from './agent-list-helpers';

describe('AgentList', () => {
  it('activates ambient rows with onOpenRun and interactive rows with onOpenConversation (click, Enter, Space)', async () => {
    const user = userEvent.setup();
    const ambient = makeItem({ title: 'Ambient one', createdAt: new Date(NOW - 1000) });
    const interactive = makeItem({ title: 'Chat one', kind: 'interactive', createdAt: new Date(NOW - 2000) });
    const onOpenRun = vi.fn();
    const onOpenConversation = vi.fn();
    renderList({ items: [ambient, interactive], onOpenRun, onOpenConversation });

    await user.click(cellsOf(rowByTitle('Ambient one'))[2]!);
    expect(onOpenRun).toHaveBeenCalledTimes(1);
    expect(onOpenRun).toHaveBeenCalledWith(ambient);
    expect(onOpenConversation).not.toHaveBeenCalled();

    await user.click(rowByTitle('Chat one'));
    expect(onOpenConversation).toHaveBeenCalledWith(interactive);

    act(() => rowByTitle('Chat one').focus());
    await user.keyboard('{Enter}');
    expect(onOpenConversation).toHaveBeenCalledTimes(2);
    act(() => rowByTitle('Ambient one').focus());
    await user.keyboard(' ');
    expect(onOpenRun).toHaveBeenCalledTimes(2);
    expect(onOpenRun).toHaveBeenLastCalledWith(ambient);
  });

  it('renders the title as a real link only for safe hrefs', () => {
    const hrefs: Record<string, string> = {
      https: 'https://agents.example.com/runs/1',
      relative: '/runs/2',
      js: 'javascript:alert(1)',
      jsSpaced: ' JAVASCRIPT:alert(1)',
      data: 'data:text/html,<script>alert(1)</script>',
      encoded: 'java%73cript:alert(1)',
    };
    const items = Object.keys(hrefs).map((key, i) =>
      makeItem({ id: key, title: `Title ${key}`, createdAt: new Date(NOW - i * 1000) }),
    );
    renderList({ items, getItemHref: (item) => hrefs[item.id] });

    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://agents.example.com/runs/1', '/runs/2']);
    expect(screen.getByRole('link', { name: 'Title https' })).toBeTruthy();
    for (const key of ['js', 'jsSpaced', 'data', 'encoded']) {
      expect(rowByTitle(`Title ${key}`).querySelector('a')).toBeNull();
    }
  });

  it('sends plain link clicks to the callback but leaves modified clicks to the browser', () => {
    const item = makeItem({ title: 'Linked run' });
    const onOpenRun = vi.fn();
    renderList({ items: [item], onOpenRun, getItemHref: () => '/runs/linked' });
    const link = screen.getByRole('link', { name: 'Linked run' });
    // Record whether the list prevented the default, then stop jsdom from "navigating".
    const prevented: boolean[] = [];
    const record = (event: Event) => {
      prevented.push(event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    try {
      fireEvent.click(link);
      expect(prevented).toEqual([true]); // the host's callback navigates
      expect(onOpenRun).toHaveBeenCalledTimes(1);

      fireEvent.click(link, { metaKey: true });
      fireEvent.click(link, { ctrlKey: true });
      fireEvent.click(link, { shiftKey: true });
      expect(prevented).toEqual([true, false, false, false]); // new tab / window: the browser's
      expect(onOpenRun).toHaveBeenCalledTimes(1);
    } finally {
      window.removeEventListener('click', record);
    }
  });

  it('by keyboard too: Ctrl/⌘+Enter opens a linked row in a new tab and Shift+Enter in a new window; Enter opens it here', () => {
    const item = makeItem({ title: 'Linked run' });
    const onOpenRun = vi.fn();
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    try {
      renderList({ items: [item], onOpenRun, getItemHref: () => '/runs/linked' });
      const row = screen.getAllByRole('row').find((r) => r.hasAttribute('data-index'))!;
      row.focus();
      fireEvent.keyDown(row, { key: 'Enter', ctrlKey: true });
      fireEvent.keyDown(row, { key: 'Enter', metaKey: true });
      expect(open.mock.calls.map((c) => [new URL(String(c[0])).pathname, c[1], c[2]])).toEqual([
        ['/runs/linked', '_blank', 'noopener,noreferrer'],
        ['/runs/linked', '_blank', 'noopener,noreferrer'],
      ]);
      fireEvent.keyDown(row, { key: 'Enter', shiftKey: true });
      expect(open.mock.calls[2]?.[2]).toBe('noopener,noreferrer,popup');
      expect(onOpenRun).not.toHaveBeenCalled();
      fireEvent.keyDown(row, { key: 'Enter' });
      expect(onOpenRun).toHaveBeenCalledTimes(1);
      expect(open).toHaveBeenCalledTimes(3);
    } finally {
      open.mockRestore();
    }
  });
});
