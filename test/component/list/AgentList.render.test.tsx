import { act, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AgentList } from '../../../src/react/list';
import { defaultAgentListLabels } from '../../../src/react/root';
import { NOW, VIEWER, cellsOf, dataRows, makeItem, makeItems, renderList, rowByTitle } from './agent-list-helpers';

describe('AgentList', () => {
  it('renders a grid with the seven columns and one row per item', () => {
    const items = [
      makeItem({
        id: 'amb',
        title: 'Deploy preview',
        source: 'github_actions',
        status: 'failed',
        rawStatus: 'timed_out',
        statusDetail: 'Step "build" exceeded 10m',
        createdAt: new Date(Date.UTC(2026, 10, 25, 15, 4)),
        startedAt: new Date(Date.UTC(2026, 10, 25, 15, 4)),
        endedAt: new Date(Date.UTC(2026, 10, 25, 15, 5, 5)),
        credits: 1234.5,
      }),
      makeItem({
        id: 'int',
        kind: 'interactive',
        title: 'Refactor the parser',
        source: 'interactive',
        status: 'success',
        creator: VIEWER,
        createdAt: new Date(Date.UTC(2026, 10, 24, 9, 12)),
        credits: undefined,
      }),
    ];
    renderList({ items });

    const grid = screen.getByRole('grid', { name: 'Agent runs' });
    expect(grid.getAttribute('aria-rowcount')).toBe('3');
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Title', 'Source', 'Status', 'Creator', 'Created', 'Duration', 'Credits']);

    const amb = cellsOf(rowByTitle('Deploy preview'));
    expect(amb).toHaveLength(7);
    expect(amb[1]!.textContent).toBe('GitHub Actions');
    expect(within(amb[2]!).getByRole('img', { name: 'Failed' })).toBeTruthy();
    expect(amb[3]!.querySelector('.ab-creator-name')!.textContent).toBe('Ada Lovelace');
    expect(amb[3]!.querySelector('.ab-avatar')!.getAttribute('aria-hidden')).toBe('true');
    const time = amb[4]!.querySelector('time')!;
    expect(time.textContent).toBe('2h ago'); // relative to 18:00; data-full has the full time (the tooltip's text)
    expect(time.getAttribute('dateTime')).toBe('2026-11-25T15:04:00.000Z');
    expect(time.getAttribute('data-full')).toMatch(/2026.*3:04:00 PM.*UTC/);
    expect(amb[5]!.textContent).toBe('1m 5s');
    expect(amb[6]!.textContent).toBe('1,234.5 credits'); // the unit shows only on the two-line row
    // A value too wide for the column is cut with an ellipsis; its title keeps the whole number.
    expect(amb[6]!.querySelector('span')!.getAttribute('title')).toBe('1,234.5');

    const int = cellsOf(rowByTitle('Refactor the parser'));
    expect(int[3]!.querySelector('.ab-creator-name')!.textContent).toBe('Me');
    expect(int[4]!.textContent).toBe('Yesterday');
    expect(int[5]!.textContent).toContain('—');
    expect(int[6]!.textContent).toBe(`—${defaultAgentListLabels.notApplicable}`); // words for screen readers
    expect(rowByTitle('Refactor the parser').getAttribute('data-kind')).toBe('interactive');
  });

  it('shows every credit value at one precision, with words for a missing one', () => {
    const items = [
      makeItem({ title: 'a', credits: 0.35, createdAt: new Date(NOW - 1000) }),
      makeItem({ title: 'b', credits: 19.4, createdAt: new Date(NOW - 2000) }),
      makeItem({ title: 'c', credits: 1, createdAt: new Date(NOW - 3000) }),
      makeItem({ title: 'd', credits: 252, createdAt: new Date(NOW - 4000) }),
      makeItem({ title: 'e', credits: undefined, createdAt: new Date(NOW - 5000) }),
    ];
    const { container, rerender } = renderList({ items });
    const credits = () =>
      [...container.querySelectorAll('.ab-row [data-column="credits"]')].map((c) =>
        (c.textContent ?? '').replace(' credits', ''),
      );
    expect(credits()).toEqual(['0.35', '19.40', '1.00', '252.00', `—${defaultAgentListLabels.notApplicable}`]);
    // Whole numbers only: no fraction digits at all.
    rerender(<AgentList now={NOW} timeZone="UTC" locale="en-US" items={items.slice(2, 4)} />);
    expect(credits()).toEqual(['1', '252']);
  });

  it('names each row by its title and marks only the sorted column with aria-sort', () => {
    renderList({ items: makeItems(3) });
    const row = dataRows()[0]!;
    expect(screen.getByRole('row', { name: row.querySelector('.ab-title')!.textContent! })).toBe(row);
    const sorted = screen.getAllByRole('columnheader').filter((h) => h.hasAttribute('aria-sort'));
    expect(sorted.map((h) => [h.textContent, h.getAttribute('aria-sort')])).toEqual([['Created', 'descending']]);
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-colcount')).toBe('7');
    expect(cellsOf(row).map((c) => c.getAttribute('aria-colindex'))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('shows an expired or unavailable session on the row and in its description', () => {
    const items = [
      makeItem({ title: 'Old run', sessionState: 'expired', createdAt: new Date(NOW - 1000) }),
      makeItem({ title: 'Gone run', sessionState: 'unavailable', createdAt: new Date(NOW - 2000) }),
      makeItem({ title: 'Fine run', sessionState: 'available', createdAt: new Date(NOW - 3000) }),
    ];
    renderList({ items });
    const old = rowByTitle('Old run');
    expect(within(old).getByText('Session expired')).toBeTruthy();
    expect(old.getAttribute('data-state')).toBe('expired');
    expect(screen.getByRole('row', { description: 'The shared session has expired.' })).toBe(old);
    expect(within(rowByTitle('Gone run')).getByText('Session unavailable')).toBeTruthy();
    expect(rowByTitle('Fine run').hasAttribute('data-state')).toBe(false);
    expect(rowByTitle('Fine run').hasAttribute('aria-describedby')).toBe(false);
  });

  it('shows the blocked reason and the error under the title, with the full text on hover', () => {
    const longError = `ECONNRESET ${'x'.repeat(500)}`;
    renderList({
      items: [
        makeItem({
          title: 'Waiting',
          status: 'blocked',
          rawStatus: 'needs_input',
          statusDetail: 'Approve the deploy plan',
        }),
        makeItem({ title: 'Broken', status: 'failed', rawStatus: 'error', statusDetail: longError }),
        makeItem({ title: 'Fine', status: 'success', statusDetail: 'should not show' }),
      ],
    });
    const waiting = rowByTitle('Waiting').querySelector('.ab-title-detail')!;
    expect(waiting.textContent).toBe('Approve the deploy plan');
    const broken = rowByTitle('Broken').querySelector('.ab-title-detail')!;
    expect(broken.textContent).toBe(longError);
    expect(broken.getAttribute('title')).toBe(longError);
    expect(rowByTitle('Fine').querySelector('.ab-title-detail')).toBeNull();
  });

  it('renders skeleton rows and aria-busy while loading', () => {
    renderList({ items: [], loading: true, emptyState: <p>Nothing yet</p> });
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-busy')).toBe('true');
    expect(dataRows().filter((r) => r.getAttribute('data-state') === 'skeleton')).toHaveLength(8);
    expect(screen.queryByText('Nothing yet')).toBeNull();
  });

  it('renders the empty slot when there are no items', () => {
    renderList({ items: [], emptyState: <p>No agent activity yet</p> });
    const grid = screen.getByRole('grid');
    expect(grid.hasAttribute('aria-busy')).toBe(false);
    expect(within(grid).getByText('No agent activity yet')).toBeTruthy();
  });

  it('renders HTML in titles and details as text', () => {
    const html = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const { container } = renderList({
      items: [makeItem({ title: html, status: 'failed', statusDetail: '<script>alert(1)</script>' })],
    });
    expect(screen.getByText(html)).toBeTruthy();
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });

  it('survives odd data', () => {
    const items = [
      makeItem({ title: '' }),
      makeItem({ title: '   ' }),
      makeItem({ title: 'x'.repeat(10_000) }),
      makeItem({ title: 'مرحبا بالعالم 🚀 עברית' }),
      makeItem({ createdAt: new Date(0), startedAt: new Date(0), endedAt: new Date(Date.UTC(2100, 0, 1)) }),
      makeItem({ createdAt: new Date(Date.UTC(2100, 0, 1)) }),
      makeItem({ createdAt: new Date(Number.NaN), startedAt: undefined, endedAt: undefined }),
      makeItem({ creator: { id: '', name: '' }, credits: Number.NaN, source: 'my_custom-hook' }),
      makeItem({ id: 'dup' }),
      makeItem({ id: 'dup' }),
    ];
    renderList({ items });
    expect(dataRows()).toHaveLength(items.length);
    expect(screen.getAllByText('Untitled')).toHaveLength(2);
    expect(screen.getByText('My custom hook')).toBeTruthy();
    const rtl = screen.getByText('مرحبا بالعالم 🚀 עברית');
    expect(rtl.getAttribute('dir')).toBe('auto');
    // Invalid dates sort last under "newest first".
    expect(dataRows().at(-1)?.getAttribute('aria-rowindex')).toBe(String(items.length + 1));
  });

  it('renders on the server with a fixed now and hydrates without warnings', async () => {
    const items = [
      ...makeItems(40),
      makeItem({ title: 'Live', status: 'working', endedAt: undefined, sessionState: 'expired' }),
    ];
    const element = <AgentList items={items} now={NOW} timeZone="UTC" locale="en-US" viewerId={VIEWER.id} />;
    const html = renderToString(element);
    expect(html).toContain('role="grid"');
    expect(html).toContain('Bulk run 00000');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root!.unmount());
    container.remove();
  });
});
