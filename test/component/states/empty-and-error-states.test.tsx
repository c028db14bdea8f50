import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AgentEmptyState, AgentErrorState } from '../../../src/index';
import { fr } from '../../../src/locales/fr';
import { ja } from '../../../src/locales/ja';

const state = (container: HTMLElement) => container.querySelector<HTMLElement>('.ab-empty-state')!;

describe('AgentEmptyState', () => {
  test('no-data: what will appear, and no button', () => {
    const { container } = render(<AgentEmptyState reason="no-data" onClearFilters={() => {}} />);
    expect(state(container).textContent).toContain('No agent activity yet');
    expect(state(container).getAttribute('data-reason')).toBe('no-data');
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('no-match as before (no new props): the filters message and Clear filters', () => {
    const onClearFilters = vi.fn();
    const { container } = render(<AgentEmptyState reason="no-match" onClearFilters={onClearFilters} />);
    expect(state(container).textContent).toBe('No items match these filtersTry removing a filter.Clear filters');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClearFilters).toHaveBeenCalledTimes(1);
    expect(state(container).hasAttribute('data-query')).toBe(false);
  });

  test('no-match with dayFilter: only then the day range is suggested', () => {
    const { container } = render(<AgentEmptyState reason="no-match" dayFilter />);
    expect(state(container).textContent).toContain('Try removing a filter or widening the day range.');
  });

  test('no-search-match: names the search text, suggests other words, Clear search calls onClearSearch', () => {
    const onClearSearch = vi.fn();
    const onClearFilters = vi.fn();
    const { container } = render(
      <AgentEmptyState
        reason="no-search-match"
        query="  flaky login  "
        onClearSearch={onClearSearch}
        onClearFilters={onClearFilters}
      />,
    );
    const el = state(container);
    expect(el.querySelector('.ab-state-title')!.textContent).toBe('No items match “flaky login”');
    expect(el.textContent).toContain('try other words');
    expect(el.getAttribute('data-reason')).toBe('no-search-match');
    expect(el.hasAttribute('data-query')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(onClearSearch).toHaveBeenCalledTimes(1);
    expect(onClearFilters).not.toHaveBeenCalled();
  });

  test('no-match with a query: search and filters together, one button clearing both', () => {
    const onClearFilters = vi.fn();
    const { container } = render(
      <AgentEmptyState reason="no-match" query="deploy" dayFilter onClearFilters={onClearFilters} />,
    );
    expect(state(container).querySelector('.ab-state-title')!.textContent).toBe(
      'No items match “deploy” with these filters',
    );
    expect(state(container).textContent).toContain('Try other words, remove a filter or widen the day range.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(onClearFilters).toHaveBeenCalledTimes(1);
  });

  test('no-search-match without a search text does not quote nothing', () => {
    const { container } = render(<AgentEmptyState reason="no-search-match" query="   " />);
    expect(state(container).textContent).not.toContain('“”');
    expect(state(container).textContent).toContain('No items match these filters');
  });

  test('a long search text is shortened by whole characters (an emoji is never cut in half)', () => {
    const query = `${'a'.repeat(58)}😀😀😀`;
    const { container } = render(<AgentEmptyState reason="no-search-match" query={query} />);
    expect(state(container).querySelector('.ab-state-title')!.textContent).toBe(
      `No items match “${'a'.repeat(58)}😀…”`,
    );
  });

  test('in French and Japanese, with the typographic quotes of each', () => {
    const { container, unmount } = render(
      <AgentEmptyState reason="no-search-match" query="déploi" labels={fr} onClearSearch={() => {}} />,
    );
    expect(state(container).querySelector('.ab-state-title')!.textContent).toBe(
      'Aucun élément ne correspond à «\u00a0déploi\u00a0»',
    );
    expect(screen.getByRole('button', { name: 'Effacer la recherche' })).toBeTruthy();
    unmount();
    const ja1 = render(<AgentEmptyState reason="no-search-match" query="デプロイ" labels={ja} />);
    expect(state(ja1.container).querySelector('.ab-state-title')!.textContent).toBe(
      '「デプロイ」に一致する項目はありません',
    );
  });

  test('forwards its ref and other attributes to the outer element', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentEmptyState ref={ref} reason="no-data" id="empty" data-testid="e" />);
    expect(ref.current?.id).toBe('empty');
    expect(ref.current?.classList.contains('ab-empty-state')).toBe(true);
  });
});

describe('AgentErrorState', () => {
  test('title, message and Retry, as an alert', () => {
    const onRetry = vi.fn();
    render(<AgentErrorState error={new Error('HTTP 503')} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Agent activity could not be loaded');
    expect(alert.textContent).toContain('HTTP 503');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
