// Shared by the AgentList.*.test.tsx files on the list itself: a fixed clock, runs made to order,
// the list rendered on that clock, and readers for its rows and cells.
import { render, screen } from '@testing-library/react';
import { RUNS_NOW as NOW, RUNS_VIEWER as VIEWER } from '../../fixtures/run-items';
import type { AgentItem } from '../../../src/core/types';
import { AgentList, type AgentListProps } from '../../../src/react/list';

// The runs and their clock are the shared fixtures' (test/fixtures/run-items.ts).
export { makeItem, makeItems, RUNS_NOW as NOW, RUNS_VIEWER as VIEWER } from '../../fixtures/run-items';

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
