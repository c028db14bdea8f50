import { clsx } from 'clsx';
import { forwardRef, type HTMLAttributes } from 'react';
import { SearchIcon } from '../badges';
import { useControllableState } from '../hooks';
import { defaultViewLabels, useLabels, type AgentViewLabels, type LabelOverrides } from '../root';

export interface AgentSearchProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'defaultValue'> {
  /** Controlled query. */
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  labels?: LabelOverrides<AgentViewLabels>;
  className?: string;
  /**
   * A key that focuses the box (the view passes `/` for its shortcut; focusing is the caller's
   * job): announced as `aria-keyshortcuts` and shown as a hint while the box is empty and unfocused.
   */
  keyShortcut?: string;
}

/**
 * The free-text search box of the toolbar (labelled "Search agents"): matches titles, creator names
 * and ids through the `query` filter. Updates immediately; the view defers the filtering work so
 * typing stays responsive on large lists.
 *
 * The ref and any other `div` attribute go to the outer element.
 *
 * @example
 * ```tsx
 * <AgentSearch value={filters.query ?? ''} onValueChange={(q) => setFilters((f) => ({ ...f, query: q }))} />
 * ```
 */
export const AgentSearch = forwardRef<HTMLDivElement, AgentSearchProps>(function AgentSearch(
  { value, defaultValue, onValueChange, labels: labelsProp, className, keyShortcut, ...rest },
  ref,
) {
  const labels = useLabels(defaultViewLabels, labelsProp);
  const [query, setQuery] = useControllableState<string>({
    prop: value,
    defaultProp: defaultValue ?? '',
    onChange: onValueChange,
    name: 'AgentSearch.value',
  });
  return (
    <div
      data-active={query ? '' : undefined}
      {...rest}
      ref={ref}
      className={clsx('ab-input-wrap', 'ab-search', className)}
    >
      <SearchIcon />
      <input
        type="search"
        className="ab-input"
        aria-label={labels.search}
        placeholder={labels.searchPlaceholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts={keyShortcut}
      />
      {keyShortcut && !query ? (
        <kbd className="ab-search-key" aria-hidden="true">
          {keyShortcut}
        </kbd>
      ) : null}
    </div>
  );
});
AgentSearch.displayName = 'AgentSearch';
