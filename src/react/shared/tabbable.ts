/**
 * Sequential focus navigation as the browser does it, for the few places that must know where Tab
 * goes next (a popover portalled away from its trigger). A tab stop is focusable (a control, a link,
 * or `tabindex >= 0`), not disabled, not inert, rendered and visible. In a roving group only the
 * element with `tabindex="0"` counts (the others carry -1); in a native radio group only the checked
 * radio (else the first one going forward, the last one going back). Positive `tabindex` values are
 * taken in document order, like 0: the library never sets them.
 */

/** Focusable without a `tabindex` attribute. */
const NATIVE_FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'iframe',
  'audio[controls]',
  'video[controls]',
  'details > summary:first-of-type',
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

function isVisible(el: HTMLElement): boolean {
  if (typeof el.checkVisibility === 'function') {
    // `visibilityProperty` is the current name of `checkVisibilityCSS`; browsers know one or both.
    return el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true });
  }
  // Without it (jsdom has no layout either): the computed styles up the tree.
  const view = el.ownerDocument.defaultView;
  if (!view || view.getComputedStyle(el).visibility === 'hidden') return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (view.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

function isCandidate(el: HTMLElement): boolean {
  if (el.hasAttribute('tabindex') ? el.tabIndex < 0 : !el.matches(NATIVE_FOCUSABLE)) return false;
  // Radix's focus guards (at the ends of `body`) only bounce focus back: never a destination.
  if (el.hasAttribute('data-radix-focus-guard')) return false;
  if (el.matches(':disabled') || el.closest('[inert]')) return false;
  return isVisible(el);
}

/** A native radio group: the same `name` in the same form (or in no form). */
function radioGroupOf(el: HTMLElement): { form: HTMLFormElement | null; name: string } | null {
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return null;
  return { form: el.form, name: el.name };
}

/**
 * The tab stops under `root` in document order, as seen from `from` going forward or back: a radio
 * group is one stop (`from` itself when it is one of them), an ancestor of `from` is none (a roving
 * group's own `tabindex="0"` hands focus to its item, and tabbing out of the group skips it).
 */
function tabStops(root: Node, from: Element, backward: boolean): HTMLElement[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const candidates: HTMLElement[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof HTMLElement && isCandidate(node) && !(node !== from && node.contains(from))) {
      candidates.push(node);
    }
  }
  // One stop per radio group: `from` when it is in the group, else the checked radio, else the
  // group's first (forward) or last (back) radio.
  const groups = new Map<HTMLFormElement | null, Map<string, HTMLInputElement[]>>();
  for (const el of candidates) {
    const group = radioGroupOf(el);
    if (!group) continue;
    const byName = groups.get(group.form) ?? new Map<string, HTMLInputElement[]>();
    groups.set(group.form, byName);
    byName.set(group.name, [...(byName.get(group.name) ?? []), el as HTMLInputElement]);
  }
  return candidates.filter((el) => {
    const group = radioGroupOf(el);
    if (!group) return true;
    const radios = groups.get(group.form)?.get(group.name) ?? [];
    const stop =
      radios.find((r) => r === from) ??
      radios.find((r) => r.checked) ??
      (backward ? radios[radios.length - 1] : radios[0]);
    return stop === el;
  });
}

export interface TabStopOptions {
  /** Shift+Tab: the previous stop instead of the next. */
  backward?: boolean;
  /** Only stops inside this element (default: the whole document). */
  within?: Element;
  /** No stop inside this element (a popover the search must look past). */
  outside?: Element;
}

/**
 * The element Tab (or Shift+Tab with `backward`) would focus from `from`, or `null` when there is
 * none (within `within`, past `outside`). `from` need not be a stop itself (a popover's focused
 * container, a trigger about to be left).
 *
 * @example
 * ```ts
 * const next = nextTabStop(trigger, { outside: popoverContent });
 * next?.focus();
 * ```
 */
export function nextTabStop(
  from: Element,
  { backward = false, within, outside }: TabStopOptions = {},
): HTMLElement | null {
  const stops = tabStops(within ?? from.ownerDocument, from, backward);
  if (backward) stops.reverse();
  for (const el of stops) {
    if (el === from || outside?.contains(el)) continue;
    const position = from.compareDocumentPosition(el);
    // Forward: after `from`, its descendants included (Tab from a focused container enters it).
    // Back: before `from` (its ancestors were left out above).
    if (position & (backward ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING)) return el;
  }
  return null;
}
