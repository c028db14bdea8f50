// One rule for every part that takes a host's remaining props (the Radix order): first the part's
// own defaults — its `data-*` styling hooks, which a host's same-named attribute replaces — then the
// host's props, then what the part keeps: the ref, the merged class name and style, its role and
// accessible name, the ids Radix links, and handlers composed so the host's runs first.
//
// Shared by the rest-props.*.test.tsx files: what a host passes to a part, and the check that all of
// it reached the part's outer element.
import { act, screen } from '@testing-library/react';
import { expect } from 'vitest';
import { getFacets } from '../../../src/index';
import { ITEMS, NOW, VIEWER } from '../../fixtures/view-items';

/** What a host passes to a part; all of it must reach the part's outer element. */
export const HOST = {
  id: 'host-id',
  'data-testid': 'host-part',
  'data-foo': 'bar',
  'aria-describedby': 'host-note',
  className: 'host-class',
  style: { color: 'rgb(1, 2, 3)' },
} as const;

/** The same without `id`, for the parts whose id Radix links (a tab panel, the filter popover). */
export const { id: _hostId, ...HOST_NO_ID } = HOST;

/** Props the part owns, which a host must not be able to replace. */
export const STRAY_A11Y = { role: 'presentation', 'aria-label': 'Something else' } as const;

export const FACETS = getFacets(ITEMS, {}, { tab: 'all', viewerId: VIEWER.id, now: NOW, timeZone: 'UTC' });
export const OPTIONS = [
  { value: 'a', label: 'Alpha', count: 1 },
  { value: 'b', label: 'Beta', count: 2 },
];

/** Focus moved from script, as a host would; Radix's roving focus updates its state on it. */
export function focus(el: HTMLElement): void {
  act(() => el.focus());
}

/** The part's outer element, found as a host would: by its `data-testid`. */
export function part(): HTMLElement {
  return screen.getByTestId('host-part');
}

export function expectHostProps(
  ref: { current: Element | null },
  ownClass: string,
  { id = true, slot }: { id?: boolean; slot?: string } = {},
): HTMLElement {
  const el = part();
  expect(ref.current).toBe(el);
  if (id) expect(el.id).toBe('host-id');
  expect(el.getAttribute('data-foo')).toBe('bar');
  expect(el.getAttribute('aria-describedby')).toBe('host-note');
  expect(el.style.color).toBe('rgb(1, 2, 3)');
  expect(el.classList.contains(ownClass)).toBe(true);
  if (slot) expect(el.classList.contains(slot)).toBe(true);
  expect(el.classList.contains('host-class')).toBe(true);
  return el;
}
