import { screen, within } from '@testing-library/react';

/** The list's data rows (header row excluded). */
export function dataRows(): HTMLElement[] {
  const grid = screen.queryByRole('grid');
  if (!grid) return [];
  return within(grid)
    .queryAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1' && row.querySelector('.ab-title'));
}

/** Titles of the visible rows, sorted (order is the list's business, not these tests'). */
export function visibleTitles(): string[] {
  return dataRows()
    .map((row) => row.querySelector('.ab-title')?.textContent ?? '')
    .sort();
}

/** The Filter trigger (its name starts with "Filter"). */
export function filterButton(): HTMLElement {
  return screen.getByRole('button', { name: /^Filter/ });
}

/** The open filter menu (a Radix Popover dialog). */
export function filterDialog(): HTMLElement {
  return screen.getByRole('dialog', { name: 'Filters' });
}

/** A section of the open filter menu, by its title. */
export function section(name: string): HTMLElement {
  return within(filterDialog()).getByRole('group', { name });
}

/** The accessible description of an element, from its aria-describedby ids. */
export function descriptionOf(el: Element): string {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}
