import { useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';
import { nextTabStop } from './tabbable';

export interface PopoverTabOutOptions {
  /** Closes the popover (its `onOpenChange(false)`). */
  onClose: () => void;
  /**
   * The popover's trigger. Default: the element whose `aria-controls` names the content's `id`
   * (what Radix's `Popover.Trigger` renders).
   */
  triggerRef?: RefObject<HTMLElement | null>;
}

export interface PopoverTabOutHandlers {
  /** For the popover's content element. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** For Radix's `Popover.Content`: keeps focus where Tab put it rather than on the trigger. */
  onCloseAutoFocus: (event: Event) => void;
}

function triggerOf(content: HTMLElement): HTMLElement | null {
  if (!content.id) return null;
  for (const el of content.ownerDocument.querySelectorAll<HTMLElement>('[aria-controls]')) {
    if (el.getAttribute('aria-controls')?.split(/\s+/).includes(content.id)) return el;
  }
  return null;
}

/**
 * Tab out of a non-modal popover as Headless UI's Popover does, for a popover portalled away from
 * its trigger (the end of the view's root, `document.body`), where the browser's own order would
 * skip what follows the trigger or loop inside the popover. Tab from the last tab stop inside
 * closes the popover and focuses the first tab stop after the trigger in document order (outside
 * the popover); Shift+Tab from the first (or from the popover itself when nothing inside takes
 * focus) closes it and focuses the trigger. Tab between stops inside is the browser's own. Escape
 * is left to the popover (Radix closes and focuses the trigger).
 *
 * Known limit: a date input as the very last stop closes on Tab from any of its fields.
 *
 * @example
 * ```tsx
 * const [open, setOpen] = useState(false);
 * const tabOut = usePopoverTabOut({ onClose: () => setOpen(false) });
 * <Popover.Root open={open} onOpenChange={setOpen}>
 *   <Popover.Trigger>Details</Popover.Trigger>
 *   <Popover.Portal>
 *     <Popover.Content onKeyDown={tabOut.onKeyDown} onCloseAutoFocus={tabOut.onCloseAutoFocus}>…</Popover.Content>
 *   </Popover.Portal>
 * </Popover.Root>
 * ```
 */
export function usePopoverTabOut({ onClose, triggerRef }: PopoverTabOutOptions): PopoverTabOutHandlers {
  // Set while a Tab out is closing the popover: the closing must not move focus back.
  const tabbedOut = useRef(false);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      // Still open after a Tab out (a host that kept `open`): the next close is an ordinary one.
      tabbedOut.current = false;
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (event.nativeEvent.isComposing) return;
      const content = event.currentTarget;
      const from = content.ownerDocument.activeElement;
      // Keys from a nested portal (React bubbles them here) are not this popover's.
      if (!from || !content.contains(from) || !content.contains(event.target as Node)) return;
      const backward = event.shiftKey;
      // Another stop inside: the browser moves there.
      if (nextTabStop(from, { backward, within: content })) return;
      const trigger = triggerRef?.current ?? triggerOf(content);
      if (!trigger?.isConnected) return;
      // With nothing after the trigger, it keeps focus (never `body`); the next Tab leaves the page.
      const target = backward ? trigger : (nextTabStop(trigger, { outside: content }) ?? trigger);
      event.preventDefault();
      tabbedOut.current = true;
      onCloseRef.current();
      target.focus();
    },
    [triggerRef],
  );

  const onCloseAutoFocus = useCallback((event: Event) => {
    if (!tabbedOut.current) return;
    tabbedOut.current = false;
    event.preventDefault();
  }, []);

  return { onKeyDown, onCloseAutoFocus };
}
