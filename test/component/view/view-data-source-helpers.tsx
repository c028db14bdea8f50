// Shared by the tests of the management view wired to a data source: host input, the view rendered
// over a controlled source, and what a user reads or does on it.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type userEvent from '@testing-library/user-event';
import { AgentManagementView, type AgentManagementViewProps } from '../../../src/index';
import type { ControlledSource } from '../hooks/data-source-helpers';
import { inputAgo as input } from '../../fixtures/host-input';
import { NOW } from '../../fixtures/view-items';
import { dataRows, filterButton, section } from './view-helpers';

export { MIN, inputAgo as input } from '../../fixtures/host-input';

/** `count` items, newest first, ids `${prefix}000…`, one minute apart from `from` minutes ago. */
export function page(prefix: string, count: number, from = 1) {
  return Array.from({ length: count }, (_, i) => input(`${prefix}${String(i).padStart(3, '0')}`, from + i));
}

export type Source = ControlledSource;

export function renderView(source: Source, props: Partial<AgentManagementViewProps> = {}) {
  return render(
    <AgentManagementView
      dataSource={source.dataSource}
      viewerId="u_me"
      now={NOW}
      timeZone="UTC"
      locale="en-US"
      defaultTab="all"
      debounceMs={0}
      summary={false}
      {...props}
    />,
  );
}

export const titles = () => dataRows().map((row) => row.querySelector('.ab-title')?.textContent ?? '');
export const grid = () => screen.getByRole('grid');
export const scroller = () => grid().querySelector<HTMLElement>('.ab-list-scroller')!;
export const statusText = () => screen.getByRole('status').textContent;

export function scrollListTo(top: number) {
  act(() => {
    scroller().scrollTop = top;
    fireEvent.scroll(scroller());
  });
}

export async function pickFilter(
  user: ReturnType<typeof userEvent.setup>,
  sectionName: string,
  role: 'checkbox' | 'radio',
  name: string,
) {
  if (!screen.queryByRole('dialog', { name: 'Filters' })) await user.click(filterButton());
  await user.click(within(section(sectionName)).getByRole(role, { name }));
}

/** Restores the real clock after tests that switch to fake timers. */
export function withRealClockAfterEach(): void {
  afterEach(() => {
    vi.useRealTimers();
  });
}
