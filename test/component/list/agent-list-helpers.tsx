// Shared by the AgentList.*.test.tsx files on the list itself: a fixed clock, runs made to order,
// the list rendered on that clock, and readers for its rows and cells.
import { render, screen } from '@testing-library/react';
import type { AgentItem } from '../../../src/core/types';
import { AgentList, type AgentListProps } from '../../../src/react/list';

// ---- fixtures -----------------------------------------------------------------------------------

/** 2026-11-25 18:00 UTC: the fixed clock of these tests. */
export const NOW = Date.UTC(2026, 10, 25, 18, 0, 0);
export const VIEWER = { id: 'u_me', name: 'Viewer Person' };
const TEAMMATE = { id: 'u_ada', name: 'Ada Lovelace' };

let seq = 0;

/** A finished ambient run by a teammate unless overridden. */
export function makeItem(overrides: Partial<AgentItem> = {}): AgentItem {
  seq += 1;
  return {
    id: `item_${seq}`,
    kind: 'ambient',
    title: `Run ${seq}`,
    source: 'slack',
    status: 'success',
    rawStatus: 'succeeded',
    createdAt: new Date(NOW - seq * 60_000),
    startedAt: new Date(NOW - seq * 60_000),
    endedAt: new Date(NOW - seq * 60_000 + 65_000),
    creator: TEAMMATE,
    credits: seq,
    sessionState: 'available',
    ...overrides,
  };
}

/** `n` items created one minute apart; index 0 is the newest. */
export function makeItems(n: number, overrides: (i: number) => Partial<AgentItem> = () => ({})): AgentItem[] {
  return Array.from({ length: n }, (_, i) =>
    makeItem({
      id: `bulk_${i}`,
      title: `Bulk run ${String(i).padStart(5, '0')}`,
      createdAt: new Date(NOW - (i + 1) * 60_000),
      ...overrides(i),
    }),
  );
}

export function renderList(props: Partial<AgentListProps> & { items: AgentItem[] }) {
  return render(<AgentList now={NOW} timeZone="UTC" locale="en-US" viewerId={VIEWER.id} {...props} />);
}

/** Data rows (without the header row), in DOM order. */
export function dataRows(): HTMLElement[] {
  return screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1');
}

/** A row's cells in column order (the title is the row header, the others grid cells). */
export function cellsOf(row: HTMLElement): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>(':scope > [aria-colindex]'));
}

/** Data rows in visual order (by aria-rowindex), as virtualised rows may be appended out of order. */
export function rowTitles(): string[] {
  return dataRows()
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) => cellsOf(row)[0]!.querySelector('.ab-title')!.textContent ?? '');
}

export function rowByTitle(title: string): HTMLElement {
  const row = dataRows().find((r) => r.querySelector('.ab-title')?.textContent === title);
  if (!row) throw new Error(`no row titled ${title}`);
  return row;
}
