import { expect } from 'vitest';

/** Attributes a host passes to a part; each must land on the part's root element. */
export const HOST_ATTRIBUTES = {
  id: 'host-id',
  className: 'host-class',
  'data-host': 'kept',
  'aria-describedby': 'host-note',
} as const;

/** The same without `id`, for parts whose id Radix owns (a tab panel, a popover, a menu button). */
export const { id: _hostId, ...HOST_ATTRIBUTES_NO_ID } = HOST_ATTRIBUTES;

/**
 * The ref reached `root` (the element found by its role or place), and the host's attributes are on
 * it beside the part's own class.
 */
export function expectPassedThrough(
  ref: { current: Element | null },
  root: Element | null | undefined,
  ownClass: string,
  { id = true }: { id?: boolean } = {},
): void {
  expect(root).toBeInstanceOf(HTMLElement);
  expect(ref.current).toBe(root);
  if (id) expect(root?.id).toBe('host-id');
  expect(root?.classList.contains('host-class')).toBe(true);
  expect(root?.classList.contains(ownClass)).toBe(true);
  expect(root?.getAttribute('data-host')).toBe('kept');
  expect(root?.getAttribute('aria-describedby')).toBe('host-note');
}
