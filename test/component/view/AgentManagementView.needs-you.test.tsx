import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { AgentManagementView } from '../../../src/index';
import { BASE_PROPS, ITEMS } from '../../fixtures/view-items';

describe('AgentManagementView: Needs you', () => {
  test("the viewer's blocked items are pinned on Personal, with what they wait on; one click opens each", async () => {
    const user = userEvent.setup();
    const onOpenConversation = vi.fn();
    const onOpenRun = vi.fn();
    render(<AgentManagementView {...BASE_PROPS} onOpenConversation={onOpenConversation} onOpenRun={onOpenRun} />);
    const pinned = screen.getByRole('region', { name: /Needs you/ });
    const disclosure = within(pinned).getByRole('button', { name: /Needs you/ });
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');

    // Named by its content: the title, then what it waits on, then its source.
    const conversation = within(pinned).getByRole('button', {
      name: /^Review the deploy plan Approve the deploy plan/,
    });
    await user.click(conversation);
    expect(onOpenConversation).toHaveBeenCalledWith(ITEMS[0]);

    const run = within(pinned).getByRole('button', { name: /^Nightly deploy Waiting for approval/ });
    await user.click(run);
    expect(onOpenRun).toHaveBeenCalledWith(ITEMS[8]);
  });

  test('collapsible; not on All; pinBlocked={false} turns it off', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<AgentManagementView {...BASE_PROPS} />);
    const pinned = screen.getByRole('region', { name: /Needs you/ });
    await user.click(within(pinned).getByRole('button', { name: /Needs you/ }));
    expect(
      within(pinned)
        .getByRole('button', { name: /Needs you/ })
        .getAttribute('aria-expanded'),
    ).toBe('false');
    expect(within(pinned).queryByRole('button', { name: /^Review the deploy plan/ })).toBeNull();
    expect(pinned.getAttribute('data-state')).toBe('closed');

    await user.click(screen.getByRole('tab', { name: 'All' }));
    expect(screen.queryByRole('region', { name: /Needs you/ })).toBeNull();

    rerender(<AgentManagementView {...BASE_PROPS} pinBlocked={false} />);
    await user.click(screen.getByRole('tab', { name: 'Personal' }));
    expect(screen.queryByRole('region', { name: /Needs you/ })).toBeNull();
  });

  test('nothing pinned when the viewer has nothing blocked', () => {
    render(<AgentManagementView {...BASE_PROPS} items={ITEMS.filter((i) => i.status !== 'blocked')} />);
    expect(screen.queryByRole('region', { name: /Needs you/ })).toBeNull();
  });
});
