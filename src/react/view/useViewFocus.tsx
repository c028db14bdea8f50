import { useCallback, useRef, type KeyboardEvent, type ReactElement, type RefObject } from 'react';
import { setQuery } from '../../core/filter-state';
import type { AgentFilters, AgentTab } from '../../core/types';
import type { SetStateFn } from '../hooks';
import { AgentEmptyState } from '../states';
import { emptyReasonOf, type EmptyReason } from './empty-reason';
import { viewShortcutOf } from './view-shortcuts';

export interface ViewFocusOptions {
  filters: AgentFilters;
  tab: AgentTab;
  /** Whether there are items at all (a data source's empty answer is already filtered). */
  known: boolean;
  setFilters: SetStateFn<AgentFilters>;
  clearFilters: () => void;
  /** `/` and `F` are on (`keyboardShortcuts`). */
  keyboardShortcuts: boolean;
  /** Opens the filter menu (`F`). */
  openFilterMenu: () => void;
  /** The empty state's class (`classNames.empty`). */
  emptyClassName: string | undefined;
}

export interface ViewFocus {
  /** For the search box and the Filter button: where the keys and the clear buttons send focus. */
  searchRef: RefObject<HTMLDivElement | null>;
  filterTriggerRef: RefObject<HTMLButtonElement | null>;
  /** The root's key handler for `/` and `F`, after every part's own keys (which prevent the default). */
  onShortcutKey: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Why the list would be empty now, and the empty state that says so. */
  empty: EmptyReason;
  emptyState: ReactElement;
}

/**
 * Where focus goes in the view when the reader does not move it: `/` to the search box (its text
 * selected), `F` to the Filter button with the menu opened from it (so closing it gives focus back
 * there), and, because the clear buttons go away with the empty state, "Clear search" to the search
 * box (to type other words) and "Clear filters" to the Filter button — or to the search box when the
 * search was cleared too. The empty state says what hides everything (`emptyReasonOf`).
 *
 * @example
 * ```tsx
 * const focus = useViewFocus({ filters, tab, known, setFilters, clearFilters, keyboardShortcuts, openFilterMenu, emptyClassName });
 * <AgentSearch ref={focus.searchRef} />; <FilterMenuTrigger ref={focus.filterTriggerRef} />
 * ```
 */
export function useViewFocus(options: ViewFocusOptions): ViewFocus {
  const { filters, tab, known, setFilters, clearFilters, keyboardShortcuts, openFilterMenu } = options;
  const empty = emptyReasonOf(filters, tab, known);
  const searchRef = useRef<HTMLDivElement>(null);
  const filterTriggerRef = useRef<HTMLButtonElement>(null);
  const focusSearch = useCallback(() => searchRef.current?.querySelector('input')?.focus(), []);
  const onClearSearch = useCallback(() => {
    focusSearch();
    setFilters((f) => setQuery(f, ''));
  }, [focusSearch, setFilters]);
  const searchAlsoCleared = empty.query !== undefined;
  const onClearFilters = useCallback(() => {
    if (searchAlsoCleared) focusSearch();
    else filterTriggerRef.current?.focus();
    clearFilters();
  }, [searchAlsoCleared, focusSearch, clearFilters]);
  const onShortcutKey = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const shortcut = keyboardShortcuts ? viewShortcutOf(event) : undefined;
      if (shortcut === undefined) return;
      event.preventDefault();
      if (shortcut === 'search') {
        focusSearch();
        searchRef.current?.querySelector('input')?.select();
      } else {
        filterTriggerRef.current?.focus();
        openFilterMenu();
      }
    },
    [keyboardShortcuts, focusSearch, openFilterMenu],
  );
  const emptyState = (
    <AgentEmptyState
      reason={empty.reason}
      query={empty.query}
      dayFilter={empty.dayFilter}
      onClearFilters={empty.reason === 'no-match' ? onClearFilters : undefined}
      onClearSearch={empty.reason === 'no-search-match' ? onClearSearch : undefined}
      className={options.emptyClassName}
    />
  );
  return { searchRef, filterTriggerRef, onShortcutKey, empty, emptyState };
}
