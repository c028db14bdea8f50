import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { selectedIn, type AgentSelection } from '../../../src/core';
import type { AgentActionRequest, AgentActionResult } from '../../../src/data';
import { useAgentActions } from '../../../src/react/actions';
import { AgentBulkToolbar, useAgentSelection } from '../../../src/react/selection';
import { run } from '../actions/fixtures';
import { expectPassedThrough, HOST_ATTRIBUTES } from '../shared/pass-through';

describe('useAgentSelection', () => {
  test('survives a sort: the same ids stay selected, and a range follows the new order', () => {
    const { result, rerender } = renderHook((props: { orderedIds: string[] }) => useAgentSelection(props), {
      initialProps: { orderedIds: ['a', 'b', 'c', 'd'] },
    });
    act(() => result.current.toggle('b'));
    rerender({ orderedIds: ['d', 'c', 'b', 'a'] });
    expect(result.current.selection).toEqual(['b']);
    act(() => result.current.toggle('d', { range: true }));
    expect(result.current.selection).toEqual(['b', 'd', 'c']);
    expect(result.current.someSelected).toBe(true);
  });

  test('ids that leave the list drop out and are reported; not while loading', () => {
    const { result, rerender } = renderHook(
      (props: { orderedIds: string[]; presentIds?: string[] }) =>
        useAgentSelection({ ...props, defaultSelection: ['a', 'b'] }),
      { initialProps: { orderedIds: [], presentIds: undefined } as { orderedIds: string[]; presentIds?: string[] } },
    );
    expect(result.current.selection).toEqual(['a', 'b']);
    rerender({ orderedIds: ['b', 'c'], presentIds: ['b', 'c'] });
    expect(result.current.selection).toEqual(['b']);
    expect(result.current.pruned).toEqual(['a']);
  });

  test('controlled: reports every change and shows what it is given', () => {
    const onSelectionChange = vi.fn();
    const { result, rerender } = renderHook(
      (props: { selection: AgentSelection }) =>
        useAgentSelection({ orderedIds: ['a', 'b'], selection: props.selection, onSelectionChange }),
      { initialProps: { selection: ['a'] as AgentSelection } },
    );
    act(() => result.current.toggleAll());
    expect(onSelectionChange).toHaveBeenCalledWith(['a', 'b']);
    expect(result.current.selection).toEqual(['a']);
    rerender({ selection: ['a', 'b'] });
    expect(result.current.allSelected).toBe(true);
  });
});

describe('AgentBulkToolbar', () => {
  const items = [
    run({ id: 'a', title: 'Alpha', status: 'failed' }),
    run({ id: 'b', title: 'Beta', status: 'canceled' }),
    run({ id: 'c', title: 'Gamma', status: 'working' }),
  ];

  function Host({ total, onRequest }: { total: number; onRequest: (r: AgentActionRequest) => AgentActionResult }) {
    const [shown] = useState(items);
    const sel = useAgentSelection({ orderedIds: shown.map((i) => i.id), total, defaultSelection: ['a', 'b', 'c'] });
    const actions = useAgentActions({
      actions: ['retry', 'cancel'],
      dataSource: { action: async (r) => onRequest(r) },
    });
    const selected = shown.filter((i) => selectedIn(sel.selection, [i.id]).length > 0);
    return sel.count ? (
      <AgentBulkToolbar
        selection={sel.selection}
        selectedItems={selected}
        count={sel.count}
        total={total}
        loadedCount={shown.length}
        actions={['retry', 'cancel']}
        onAction={(action, ids) =>
          'matching' in sel.selection
            ? void actions.run(action, { match: { tab: 'all', filters: {}, except: [...sel.selection.except] } })
            : void actions.run(action, { items: shown.filter((i) => ids.includes(i.id)) })
        }
        onSelectAllMatching={sel.selectAllMatching}
        onClear={sel.clear}
      />
    ) : (
      <p>Nothing selected</p>
    );
  }

  test('shows the count and how many each action applies to', () => {
    render(<Host total={3} onRequest={() => ({})} />);
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(within(bar).getByText('3 selected')).toBeTruthy();
    expect(within(bar).getByRole('button', { name: 'Cancel 1 of 3' })).toBeTruthy();
    expect(within(bar).getByRole('button', { name: 'Retry 2 of 3' })).toBeTruthy();
    expect(within(bar).queryByRole('button', { name: /Select all/ })).toBeNull();
  });

  test('"Select all N matching" sends a match and no id list', async () => {
    const user = userEvent.setup();
    const onRequest = vi.fn((_r: AgentActionRequest): AgentActionResult => ({ affected: 1200 }));
    render(<Host total={1200} onRequest={onRequest} />);
    await user.click(screen.getByRole('button', { name: 'Select all 1,200 matching' }));
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(within(bar).getByText('1,200 selected')).toBeTruthy();
    await user.click(within(bar).getByRole('button', { name: 'Retry' }));
    expect(onRequest).toHaveBeenCalledOnce();
    expect(onRequest.mock.calls[0]![0].match).toEqual({ tab: 'all', filters: {}, except: [] });
    expect(onRequest.mock.calls[0]![0].ids).toBeUndefined();
  });

  test('Escape and Clear selection clear it', async () => {
    const user = userEvent.setup();
    render(<Host total={3} onRequest={() => ({})} />);
    await user.click(screen.getByRole('button', { name: 'Retry 2 of 3' }));
    await user.keyboard('{Escape}');
    expect(screen.getByText('Nothing selected')).toBeTruthy();
  });
});

describe('AgentBulkToolbar passes the ref and host attributes', () => {
  test('to the toolbar, which keeps its role and name, and Escape still clears', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLDivElement>();
    const onClear = vi.fn();
    const onKeyDown = vi.fn();
    render(
      <AgentBulkToolbar
        ref={ref}
        {...HOST_ATTRIBUTES}
        role="group"
        aria-label="Something else"
        onKeyDown={onKeyDown}
        selection={['a']}
        selectedItems={[run({ id: 'a', title: 'Alpha', status: 'failed' })]}
        count={1}
        loadedCount={1}
        onAction={() => {}}
        onSelectAllMatching={() => {}}
        onClear={onClear}
      />,
    );
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expectPassedThrough(ref, bar, 'ab-bulk-toolbar');
    within(bar).getByRole('button', { name: 'Clear selection' }).focus();
    await user.keyboard('{Escape}');
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    expect(onClear).toHaveBeenCalledTimes(1);
  });
});

describe('AgentBulkToolbar is one tab stop (the APG toolbar)', () => {
  test('Tab enters at one button, the arrows, Home and End move between them, Tab leaves', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Before</button>
        <AgentBulkToolbar
          selection={['a', 'b']}
          selectedItems={[run({ id: 'a', title: 'Alpha', status: 'failed' }), run({ id: 'b', title: 'Beta' })]}
          count={2}
          loadedCount={2}
          actions={['retry', 'delete']}
          onAction={() => {}}
          onSelectAllMatching={() => {}}
          onClear={() => {}}
        />
        <button type="button">After</button>
      </>,
    );
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    const names = within(bar)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['Retry 1 of 2', 'Delete', 'Clear selection']);
    const focused = () => document.activeElement?.textContent;
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(focused()).toBe('Retry 1 of 2');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('Delete');
    await user.keyboard('{End}');
    expect(focused()).toBe('Clear selection');
    await user.keyboard('{Home}');
    expect(focused()).toBe('Retry 1 of 2');
    await user.keyboard('{ArrowLeft}');
    expect(focused()).toBe('Clear selection');
    await user.tab();
    expect(focused()).toBe('After');
  });
});
