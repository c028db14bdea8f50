import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlFilters, type UrlSearchAdapter } from '../../../src/react/hooks';

function go(url: string) {
  window.history.replaceState(null, '', url);
}

function popTo(url: string) {
  act(() => {
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
}

beforeEach(() => go('/agents'));
afterEach(() => go('/'));

describe('useUrlFilters with window.history', () => {
  it('reads tab and filters from the address bar', () => {
    go('/agents?tab=all&status=failed&created=today&keep=1');
    const { result } = renderHook(() => useUrlFilters());
    expect(result.current.tab).toBe('all');
    expect(result.current.filters).toEqual({ statuses: ['failed'], createdOn: { preset: 'today' } });
  });

  it('defaults to the personal tab and no filters', () => {
    const { result } = renderHook(() => useUrlFilters());
    expect(result.current.tab).toBe('personal');
    expect(result.current.filters).toEqual({});
  });

  it('pushes a history entry for a filter or tab change and keeps the host’s own parameters and hash', () => {
    go('/agents?keep=1&status=working#list');
    const { result } = renderHook(() => useUrlFilters());
    const length = window.history.length;
    act(() => result.current.setFilters({ statuses: ['failed'], sources: ['slack'] }));
    expect(window.history.length).toBe(length + 1);
    expect(window.location.pathname).toBe('/agents');
    expect(window.location.hash).toBe('#list');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('keep')).toBe('1');
    expect(params.getAll('status')).toEqual(['failed']);
    expect(params.getAll('source')).toEqual(['slack']);
    expect(result.current.filters).toEqual({ statuses: ['failed'], sources: ['slack'] });

    act(() => result.current.setTab('all'));
    expect(window.history.length).toBe(length + 2);
    expect(result.current.tab).toBe('all');
    expect(result.current.filters).toEqual({ statuses: ['failed'], sources: ['slack'] });
  });

  it('replaces the entry while only the search text changes (typing), pushes otherwise', () => {
    const { result } = renderHook(() => useUrlFilters());
    const length = window.history.length;
    act(() => result.current.setFilters({ query: 'd' }));
    act(() => result.current.setFilters({ query: 'de' }));
    act(() => result.current.setFilters({ query: 'dep' }));
    expect(window.history.length).toBe(length);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('dep');
    act(() => result.current.setFilters({ query: 'dep', statuses: ['failed'] }));
    expect(window.history.length).toBe(length + 1);
    act(() => result.current.setFilters({ query: 'deploy' }, { replace: false }));
    expect(window.history.length).toBe(length + 2);
  });

  it('removes a cleared filter from the URL', () => {
    go('/agents?tab=all&status=failed&created=2026-11-01..2026-11-20&facet.env=prod');
    const { result } = renderHook(() => useUrlFilters());
    act(() => result.current.setFilters({}));
    expect(window.location.search).toBe('?tab=all');
  });

  it('follows back and forward (popstate)', () => {
    function Probe() {
      const { tab, filters } = useUrlFilters();
      return createElement('output', null, `${tab}:${(filters.statuses ?? []).join(',')}`);
    }
    render(createElement(Probe));
    expect(screen.getByRole('status').textContent).toBe('personal:');
    popTo('/agents?tab=all&status=failed');
    expect(screen.getByRole('status').textContent).toBe('all:failed');
    popTo('/agents?tab=personal&status=working&status=blocked');
    expect(screen.getByRole('status').textContent).toBe('personal:working,blocked');
  });

  it('goes back with history.back() after its own pushes', async () => {
    const { result } = renderHook(() => useUrlFilters());
    act(() => result.current.setFilters({ statuses: ['failed'] }));
    act(() => result.current.setFilters({ statuses: ['failed'], sources: ['slack'] }));
    act(() => window.history.back());
    await waitFor(() => expect(result.current.filters).toEqual({ statuses: ['failed'] }));
    act(() => window.history.forward());
    await waitFor(() => expect(result.current.filters).toEqual({ statuses: ['failed'], sources: ['slack'] }));
  });

  it('keeps every hook on the page in step', () => {
    const a = renderHook(() => useUrlFilters());
    const b = renderHook(() => useUrlFilters());
    act(() => a.result.current.setTab('all'));
    expect(b.result.current.tab).toBe('all');
  });

  it('keeps setTab and setFilters stable across renders', () => {
    const { result, rerender } = renderHook(() => useUrlFilters());
    const { setTab, setFilters } = result.current;
    act(() => setFilters({ statuses: ['failed'] }));
    rerender();
    expect(result.current.setTab).toBe(setTab);
    expect(result.current.setFilters).toBe(setFilters);
  });

  it('stops listening to popstate on unmount', () => {
    const remove = vi.spyOn(window, 'removeEventListener');
    const { unmount } = renderHook(() => useUrlFilters());
    unmount();
    expect(remove).toHaveBeenCalledWith('popstate', expect.any(Function));
    remove.mockRestore();
  });
});

describe('useUrlFilters with an adapter', () => {
  function memoryAdapter(initial = '') {
    let search = initial;
    const listeners = new Set<() => void>();
    const writes: { search: string; replace: boolean }[] = [];
    const adapter: UrlSearchAdapter = {
      getSearch: () => search,
      setSearch(next, { replace }) {
        writes.push({ search: next, replace });
        search = next;
        listeners.forEach((l) => l());
      },
      subscribe(cb) {
        listeners.add(cb);
        return () => listeners.delete(cb);
      },
    };
    return {
      adapter,
      writes,
      navigate(next: string) {
        search = next;
        act(() => listeners.forEach((l) => l()));
      },
    };
  }

  it('reads and writes through the adapter, not window.history', () => {
    const memory = memoryAdapter('?tab=all&source=slack');
    const { result } = renderHook(() => useUrlFilters({ adapter: memory.adapter }));
    expect(result.current.tab).toBe('all');
    expect(result.current.filters).toEqual({ sources: ['slack'] });
    act(() => result.current.setFilters({ sources: ['slack'], creators: ['u_2'] }));
    expect(memory.writes).toEqual([{ search: '?tab=all&source=slack&creator=u_2', replace: false }]);
    expect(window.location.search).toBe('');
    memory.navigate('tab=personal');
    expect(result.current.tab).toBe('personal');
    expect(result.current.filters).toEqual({});
  });

  it('does not write when nothing changes', () => {
    const memory = memoryAdapter('?tab=all&status=failed');
    const { result } = renderHook(() => useUrlFilters({ adapter: memory.adapter }));
    act(() => result.current.setFilters({ statuses: ['failed'] }));
    expect(memory.writes).toEqual([]);
  });

  it('renders on the server from serverSearch, without reading the window', () => {
    const memory = memoryAdapter('?tab=personal');
    const getSearch = vi.spyOn(memory.adapter, 'getSearch');
    function Probe() {
      const { tab, filters } = useUrlFilters({ adapter: memory.adapter, serverSearch: '?tab=all&status=failed' });
      return createElement('span', null, `${tab}:${(filters.statuses ?? []).join(',')}`);
    }
    expect(renderToString(createElement(Probe))).toContain('all:failed');
    expect(getSearch).not.toHaveBeenCalled();
  });
});

describe('useUrlFilters carries the open details as item=', () => {
  it('reads item=, pushes on open, replaces on a step, pushes on close; Back closes it', () => {
    go('/agents?tab=all&status=failed');
    const { result } = renderHook(() => useUrlFilters());
    expect(result.current.details).toBeNull();
    const length = window.history.length;
    act(() => result.current.setDetails('run_1'));
    expect(window.history.length).toBe(length + 1);
    expect(new URLSearchParams(window.location.search).get('item')).toBe('run_1');
    expect(result.current.details).toBe('run_1');
    act(() => result.current.setDetails('run_2'));
    expect(window.history.length).toBe(length + 1);
    expect(result.current.details).toBe('run_2');
    // Filters keep the open details and the details keep the filters.
    expect(result.current.filters).toEqual({ statuses: ['failed'] });
    act(() => result.current.setFilters({ statuses: ['working'] }));
    expect(result.current.details).toBe('run_2');
    // Back (the browser restoring the earlier URL) closes it.
    popTo('/agents?tab=all&status=failed');
    expect(result.current.details).toBeNull();
    expect(result.current.tab).toBe('all');
  });

  it('a link with item= opens it; closing removes only that parameter', () => {
    go('/agents?keep=1&item=run_9&tab=personal');
    const { result } = renderHook(() => useUrlFilters());
    expect(result.current.details).toBe('run_9');
    act(() => result.current.setDetails(null));
    const params = new URLSearchParams(window.location.search);
    expect(params.has('item')).toBe(false);
    expect(params.get('keep')).toBe('1');
    expect(params.get('tab')).toBe('personal');
  });
});
