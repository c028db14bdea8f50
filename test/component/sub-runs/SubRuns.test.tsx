import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { AgentItem, AgentStatus } from '../../../src/core';
import { item } from '../../unit/core/fixtures';
import { TreeHarness } from './sub-runs-harness';

const run = (id: string, title: string, status: AgentStatus, parentId?: string): AgentItem =>
  item({ id, title, status, ...(parentId ? { parentId } : {}) });

const ITEMS = [
  run('p', 'Release train', 'success'),
  run('c1', 'Build web', 'working', 'p'),
  run('c2', 'Build api', 'working', 'p'),
  run('c3', 'Run e2e', 'failed', 'p'),
  run('o', 'Lonely', 'success'),
];

const rowNames = () => screen.getAllByRole('row').map((r) => r.getAttribute('aria-label'));

describe('sub-run parts', () => {
  test('a parent shows its rolled-up counts and warns when it succeeded while a sub-run failed', () => {
    render(<TreeHarness items={ITEMS} />);
    const parent = screen.getByRole('row', { name: 'Release train' });
    expect(within(parent).getByText('2 working · 1 failed')).toBeTruthy();
    expect(within(parent).getByText('Succeeded, but 1 sub-run failed')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: 'Lonely' })).queryByRole('button')).toBeNull();
  });

  test('the toggle is named "Show 3 sub-runs" and expands/collapses by mouse, with aria-expanded and levels', async () => {
    const user = userEvent.setup();
    render(<TreeHarness items={ITEMS} />);
    expect(rowNames()).toEqual(['Release train', 'Lonely']);
    const toggle = screen.getByRole('button', { name: 'Show 3 sub-runs' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(rowNames()).toEqual(['Release train', 'Build web', 'Build api', 'Run e2e', 'Lonely']);
    const child = screen.getByRole('row', { name: 'Run e2e' });
    expect(child.getAttribute('aria-level')).toBe('2');
    expect(child.getAttribute('aria-posinset')).toBe('3');
    expect(child.getAttribute('aria-setsize')).toBe('3');
    await user.click(toggle);
    expect(rowNames()).toEqual(['Release train', 'Lonely']);
  });

  test('→ expands then enters the first sub-run; ← goes back to the parent, then collapses', async () => {
    const user = userEvent.setup();
    render(<TreeHarness items={ITEMS} />);
    const parent = screen.getByRole('row', { name: 'Release train' });
    parent.focus();
    await user.keyboard('{ArrowRight}');
    expect(parent.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(parent);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('row', { name: 'Build web' }));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(parent);
    await user.keyboard('{ArrowLeft}');
    expect(parent.getAttribute('aria-expanded')).toBe('false');
    expect(rowNames()).toEqual(['Release train', 'Lonely']);
  });

  test('a sub-run whose parent is filtered out is a row of its own naming the parent', () => {
    render(<TreeHarness items={[ITEMS[3]!]} context={ITEMS} />);
    const row = screen.getByRole('row', { name: 'Run e2e' });
    expect(row.getAttribute('aria-level')).toBe('1');
    expect(within(row).getByText('Sub-run of Release train')).toBeTruthy();
  });
});
