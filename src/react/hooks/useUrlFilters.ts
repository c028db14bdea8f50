import { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { filtersFromSearchParams, filtersToSearchParams } from '../../core';
import type { AgentFilters, AgentTab } from '../../core/types';

/**
 * Where the address bar's query string lives. The default one is `window.history`; routers
 * provide their own (see the React Router and Next.js recipes in the README).
 */
export interface UrlSearchAdapter {
  /** The current query string, with or without the leading `?`. */
  getSearch(): string;
  /** Writes a query string (`?a=b`, or `''` for none); `replace` for edits that should not add a history entry. */
  setSearch(search: string, opts: { replace: boolean }): void;
  /** Calls `cb` when the query string changes from outside (back/forward). Returns the unsubscribe. */
  subscribe(cb: () => void): () => void;
}

export interface UseUrlFiltersOptions {
  /** Defaults to the `window.history` adapter in the browser; nothing is read on the server. */
  adapter?: UrlSearchAdapter;
  /** Tab when the URL names none. Default `personal`. */
  defaultTab?: AgentTab;
  /** Query string used during server rendering and hydration (e.g. from the request URL). */
  serverSearch?: string;
}

export interface UrlFiltersState {
  tab: AgentTab;
  filters: AgentFilters;
  /** Pushes a history entry. */
  setTab: (tab: AgentTab) => void;
  /**
   * Pushes a history entry, except when only the free-text query changed (typing replaces the
   * current entry, so Back does not walk through every keystroke). `replace` overrides.
   */
  setFilters: (filters: AgentFilters, opts?: { replace?: boolean }) => void;
  /** The id whose details are open (`item=` in the URL), or null. */
  details: string | null;
  /**
   * Opens (pushes an entry, so Back closes it), moves to another item (replaces the entry, so `j`
   * / `k` do not fill the history) or closes (`null`, pushes) the details. `replace` overrides.
   */
  setDetails: (id: string | null, opts?: { replace?: boolean }) => void;
}

/** The parameter that carries the open details. */
export const DETAILS_PARAM = 'item';

let historyAdapter: UrlSearchAdapter | null = null;

/**
 * The `window.history` adapter: `pushState`/`replaceState` to write, `popstate` for back/forward.
 * One instance per page, created on first use (never at module scope, so importing is SSR-safe),
 * so every `useUrlFilters` on the page sees the others' writes.
 */
export function getHistoryAdapter(): UrlSearchAdapter | null {
  if (typeof window === 'undefined' || !window.history) return null;
  if (historyAdapter) return historyAdapter;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  historyAdapter = {
    getSearch: () => window.location.search,
    setSearch(search, { replace }) {
      const { pathname, hash } = window.location;
      const query = stripQuestionMark(search);
      const { history } = window;
      history[replace ? 'replaceState' : 'pushState'](
        history.state,
        '',
        `${pathname}${query ? `?${query}` : ''}${hash}`,
      );
      notify();
    },
    subscribe(cb) {
      if (listeners.size === 0) window.addEventListener('popstate', notify);
      listeners.add(cb);
      return () => {
        listeners.delete(cb);
        if (listeners.size === 0) window.removeEventListener('popstate', notify);
      };
    },
  };
  return historyAdapter;
}

const noopUnsubscribe = () => {};
const noopSubscribe = () => noopUnsubscribe;

function stripQuestionMark(search: string): string {
  return search.startsWith('?') ? search.slice(1) : search;
}

// One value for every built-in filter, to learn every parameter name the URL format owns: those are
// replaced on a write, every other parameter of the host's URL is kept as it was. (Each filter has
// one name whatever its value: a preset, a day and a range are all `created`.) Host facets are
// named after their key, so they are learnt from the states being replaced.
const SAMPLE_FILTERS: AgentFilters = {
  sources: ['x'],
  statuses: ['failed'],
  creators: ['x'],
  createdOn: { preset: 'today' },
  query: 'x',
};

function ownedKeys(...states: { tab: AgentTab; filters: AgentFilters }[]): Set<string> {
  // `tab` is owned whatever the tab; the filters' parameter names do not depend on it.
  const keys = new Set<string>(['tab']);
  for (const state of [{ filters: SAMPLE_FILTERS }, ...states]) {
    filtersToSearchParams(state).forEach((_value, key) => keys.add(key));
  }
  return keys;
}

function onlyQueryChanged(a: AgentFilters, b: AgentFilters): boolean {
  // Compared through the URL format, which is canonical: key order and empty fields do not count.
  const rest = (filters: AgentFilters) =>
    filtersToSearchParams({ tab: 'all', filters: { ...filters, query: undefined } }).toString();
  return (a.query ?? '') !== (b.query ?? '') && rest(a) === rest(b);
}

/**
 * Keeps the view's tab, filters and open details (`item={id}`) in the address bar, so links share
 * a view (and an item's details), and Back/Forward move between filter states and close the
 * details. Pass its result to the view as controlled props.
 *
 * @example
 * const url = useUrlFilters();
 * <AgentManagementView tab={url.tab} onTabChange={url.setTab}
 *   filters={url.filters} onFiltersChange={url.setFilters} … />
 */
export function useUrlFilters(options: UseUrlFiltersOptions = {}): UrlFiltersState {
  const { defaultTab = 'personal', serverSearch = '' } = options;
  const adapter = options.adapter ?? getHistoryAdapter();

  const search = useSyncExternalStore(
    adapter ? adapter.subscribe : noopSubscribe,
    () => stripQuestionMark(adapter ? adapter.getSearch() : serverSearch),
    () => stripQuestionMark(serverSearch),
  );

  const parsed = useMemo(() => filtersFromSearchParams(search), [search]);
  const tab = parsed.tab ?? defaultTab;
  const filters = parsed.filters;
  const details = useMemo(() => new URLSearchParams(search).get(DETAILS_PARAM) || null, [search]);

  const current = { adapter, tab, filters, search };
  const latest = useRef(current);
  latest.current = current;

  // Created once: the setters stay the same functions for the hook's lifetime and read `latest`.
  const [setters] = useState(() => {
    const write = (next: { tab: AgentTab; filters: AgentFilters }, replace: boolean) => {
      const { adapter, tab, filters, search } = latest.current;
      if (!adapter) return;
      const params = new URLSearchParams(search);
      for (const key of ownedKeys({ tab, filters }, next)) params.delete(key);
      filtersToSearchParams(next).forEach((value, key) => params.append(key, value));
      // The tab is written even when it is the default, so a shared link opens the same tab.
      params.set('tab', next.tab);
      const text = params.toString();
      if (text === search) return;
      adapter.setSearch(text ? `?${text}` : '', { replace });
    };
    const setDetails = (id: string | null, opts?: { replace?: boolean }) => {
      const { adapter, search } = latest.current;
      if (!adapter) return;
      const params = new URLSearchParams(search);
      const current = params.get(DETAILS_PARAM) || null;
      if (current === id) return;
      if (id === null) params.delete(DETAILS_PARAM);
      else params.set(DETAILS_PARAM, id);
      const text = params.toString();
      adapter.setSearch(text ? `?${text}` : '', { replace: opts?.replace ?? (current !== null && id !== null) });
    };
    return {
      setDetails,
      setTab: (nextTab: AgentTab) => write({ tab: nextTab, filters: latest.current.filters }, false),
      setFilters: (nextFilters: AgentFilters, opts?: { replace?: boolean }) => {
        const replace = opts?.replace ?? onlyQueryChanged(latest.current.filters, nextFilters);
        write({ tab: latest.current.tab, filters: nextFilters }, replace);
      },
    };
  });

  return { tab, filters, details, ...setters };
}
