import { useEffect, useRef, type KeyboardEvent } from 'react';

/** How long typed letters keep adding up to one search, as in the APG's listbox and Radix menus. */
export const TYPEAHEAD_RESET_MS = 500;

/** The visible name of an option's input: the element its `aria-labelledby` names, else its label. */
function nameOf(input: HTMLInputElement): string {
  const id = input.getAttribute('aria-labelledby');
  const named = id ? input.ownerDocument.getElementById(id) : null;
  return (named ?? input.labels?.[0])?.textContent?.trim().toLocaleLowerCase() ?? '';
}

/**
 * Type-ahead for a group of options (a `keydown` handler for its container): a printable key moves
 * focus to the next option whose name starts with the letters typed within half a second; the same
 * letter typed again cycles through the options starting with it. Space is left to the checkbox.
 */
export function useTypeahead(): (event: KeyboardEvent<HTMLElement>) => void {
  const typed = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (event) => {
    const { key } = event;
    if (key.length !== 1 || key === ' ' || event.ctrlKey || event.metaKey || event.altKey) return;
    const inputs = Array.from(event.currentTarget.querySelectorAll<HTMLInputElement>('input:not([disabled])'));
    if (inputs.length === 0) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => (typed.current = ''), TYPEAHEAD_RESET_MS);
    typed.current += key.toLocaleLowerCase();
    const search = typed.current;
    // "a", "a", "a" cycles through the a's; "al" refines from the option that has focus.
    const repeated = search.split('').every((c) => c === search[0]);
    const needle = repeated ? (search[0] as string) : search;
    const at = inputs.indexOf(event.target as HTMLInputElement);
    const from = repeated ? at + 1 : Math.max(at, 0);
    const ordered = [...inputs.slice(from), ...inputs.slice(0, from)];
    const match = ordered.find((input) => nameOf(input).startsWith(needle));
    if (match) {
      event.preventDefault();
      match.focus();
    }
  };
}
