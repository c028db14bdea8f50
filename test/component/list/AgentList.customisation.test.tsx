import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultAgentListLabels } from '../../../src/react/root';
import { VIEWER, cellsOf, dataRows, makeItem, renderList, rowByTitle } from './agent-list-helpers';

describe('AgentList', () => {
  it('labels status badges from labels.statuses (missing ones keep the default)', () => {
    renderList({
      items: [
        makeItem({ title: 'A', status: 'failed', rawStatus: 'failed' }),
        makeItem({ title: 'B', status: 'success' }),
      ],
      labels: { statuses: { failed: 'Fehlgeschlagen' } },
    });
    expect(within(rowByTitle('A')).getByRole('img', { name: 'Fehlgeschlagen' })).toBeTruthy();
    expect(within(rowByTitle('B')).getByRole('img', { name: 'Success' })).toBeTruthy();
  });

  it('takes every visible string from labels', () => {
    renderList({
      items: [makeItem({ title: '', creator: VIEWER, sessionState: 'expired' })],
      labels: { columnTitle: 'Titel', untitled: 'Ohne Titel', me: 'Ich', sessionExpired: 'Sitzung abgelaufen' },
      ariaLabel: 'Agentenläufe',
    });
    expect(screen.getByRole('grid', { name: 'Agentenläufe' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Titel/ })).toBeTruthy();
    expect(screen.getByText('Ohne Titel')).toBeTruthy();
    expect(screen.getByText('Ich')).toBeTruthy();
    expect(screen.getByText('Sitzung abgelaufen')).toBeTruthy();
    expect(defaultAgentListLabels.list).toBe('Agent runs');
  });

  it('applies classNames slots and density', () => {
    renderList({
      items: [makeItem()],
      density: 'compact',
      classNames: { list: 'L', headerCell: 'H', row: 'R', cell: 'C', badge: 'B', avatar: 'A' },
    });
    const grid = screen.getByRole('grid');
    expect(grid.classList.contains('L')).toBe(true);
    expect(grid.getAttribute('data-density')).toBe('compact');
    expect(screen.getAllByRole('columnheader')[0]!.classList.contains('H')).toBe(true);
    const row = dataRows()[0]!;
    expect(row.classList.contains('R')).toBe(true);
    expect(row.style.height).toBe('32px');
    expect(cellsOf(row)[0]!.classList.contains('C')).toBe(true);
    expect(row.querySelector('.ab-status-badge.B')).not.toBeNull();
    expect(row.querySelector('.ab-avatar.A')).not.toBeNull();
  });
});
