import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react-dom';
import { clsx } from 'clsx';
import { useEffect, useId, useRef, useState, type ReactElement, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useAgentboardRoot, useStandaloneRootProps } from '../root';

/** How long a pointer rests on a time before its tooltip opens (once one is open, the next opens at once). */
export const TOOLTIP_DELAY_MS = 500;
/** How long the tooltip stays after the pointer leaves, so it can be moved onto it (WCAG 1.4.13). */
const HIDE_GRACE_MS = 120;

const TIME = '[data-column="createdAt"] time[data-full]';

/**
 * The list's one tooltip for the Created column: the full date, time and zone of the time the pointer
 * rests on, or of the row that has keyboard focus. One element for the whole list (a tooltip per row
 * would weigh on scrolling), positioned by Floating UI, portalled out of the grid (a tooltip is no
 * grid content) into the view's root. Hoverable, dismissed with Escape, hidden when the list
 * scrolls; while it shows for the focused row, that row is described by it.
 */
export function CreatedTooltip({
  scroller,
  rows,
}: {
  scroller: RefObject<HTMLElement | null>;
  /** The list's rows: when they change, a row element may show another item now (rows are reused), so the text is read again. */
  rows: readonly unknown[];
}): ReactElement | null {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = useId();
  const root = useAgentboardRoot();
  const standalone = useStandaloneRootProps();
  const { refs, floatingStyles } = useFloating({
    strategy: 'fixed',
    placement: 'top',
    elements: { reference: anchor },
    middleware: [offset(6), flip(), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  const shown = useRef<HTMLElement | null>(null);
  shown.current = anchor;
  // The pending open or close, and how to close: the tooltip's own pointer events use them too.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const closeLater = useRef<() => void>(() => {});
  const refresh = useRef<() => void>(() => {});
  // What it says: its time's full date, read when it opens and again after the rows change (a row
  // element is reused for the next item, another date).
  const [text, setText] = useState<string | undefined>(undefined);

  useEffect(() => {
    const list = scroller.current;
    if (!list) return;
    let described: Element | null = null;
    // The row's own description stays as it is (React may change it while the tooltip shows).
    const describe = (row: Element, add: boolean) => {
      const ids = (row.getAttribute('aria-describedby') ?? '').split(' ').filter((t) => t !== '' && t !== id);
      if (add) ids.push(id);
      if (ids.length > 0) row.setAttribute('aria-describedby', ids.join(' '));
      else row.removeAttribute('aria-describedby');
    };
    const undescribe = () => {
      if (described) describe(described, false);
      described = null;
    };
    const open = (time: HTMLElement, row: Element | null) => {
      clearTimeout(timer.current);
      const show = () => {
        timer.current = undefined;
        undescribe();
        if (row) {
          describe(row, true);
          described = row;
        }
        setAnchor(time);
        setText(time.dataset.full);
      };
      if (shown.current) show();
      else timer.current = setTimeout(show, TOOLTIP_DELAY_MS);
    };
    const close = (after = 0) => {
      clearTimeout(timer.current);
      const hide = () => {
        timer.current = undefined;
        undescribe();
        setAnchor(null);
      };
      if (after > 0) timer.current = setTimeout(hide, after);
      else hide();
    };
    closeLater.current = () => close(HIDE_GRACE_MS);
    refresh.current = () => {
      if (described) describe(described, true);
      setText(shown.current?.dataset.full);
    };
    const timeOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>(TIME) : null;
    const over = (e: PointerEvent) => {
      const time = timeOf(e.target);
      if (time) open(time, null);
    };
    const out = (e: PointerEvent) => {
      if (timeOf(e.target) && !timeOf(e.relatedTarget)) close(HIDE_GRACE_MS);
    };
    const focusIn = (e: FocusEvent) => {
      const row = e.target instanceof Element ? e.target.closest('[role="row"][data-index]') : null;
      const time = row?.querySelector<HTMLElement>(TIME);
      // Keyboard focus only: a click on a row is no request for its date.
      if (row && time && row === e.target && row.matches(':focus-visible')) open(time, row);
      else close();
    };
    const focusOut = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node && list.contains(e.relatedTarget))) close();
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && shown.current) close();
    };
    // Scrolling fires on every frame: only a tooltip shown or about to show has anything to undo.
    const scrolled = () => {
      if (shown.current || timer.current !== undefined) close();
    };
    list.addEventListener('pointerover', over);
    list.addEventListener('pointerout', out);
    list.addEventListener('focusin', focusIn);
    list.addEventListener('focusout', focusOut);
    list.addEventListener('scroll', scrolled, { passive: true });
    document.addEventListener('keydown', key, true);
    return () => {
      clearTimeout(timer.current);
      undescribe();
      list.removeEventListener('pointerover', over);
      list.removeEventListener('pointerout', out);
      list.removeEventListener('focusin', focusIn);
      list.removeEventListener('focusout', focusOut);
      list.removeEventListener('scroll', scrolled);
      document.removeEventListener('keydown', key, true);
    };
  }, [scroller, id]);
  // Another order, filter or live change: the row it points at may show another run now, so it
  // says that run's time (the pointer or the focus is on it).
  useEffect(() => {
    if (shown.current) refresh.current();
  }, [rows]);

  // The anchor's row left the window (virtualised away): nothing to point at.
  if (!anchor || !anchor.isConnected) return null;
  return createPortal(
    <div
      ref={refs.setFloating}
      id={id}
      role="tooltip"
      className={clsx('ab-tooltip', standalone.className)}
      data-color-scheme={standalone['data-color-scheme']}
      style={floatingStyles}
      // Hoverable: moving onto the tooltip keeps it; leaving it closes it.
      onPointerEnter={() => clearTimeout(timer.current)}
      onPointerLeave={() => closeLater.current()}
    >
      {text}
    </div>,
    root?.portalContainer ?? document.body,
  );
}
