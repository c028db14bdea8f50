import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { AgentItem } from '../../../src/core';
import { AgentActionConfirm, AgentActionsContextMenu, AgentActionsMenu } from '../../../src/react/actions';
import { expectPassedThrough, HOST_ATTRIBUTES_NO_ID } from '../shared/pass-through';
import { ALL_ACTIONS, run } from './fixtures';

function menuItems(): string[] {
  return within(screen.getByRole('menu'))
    .getAllByRole('menuitem')
    .map((el) => el.querySelector('.ab-menu-item-label')?.textContent ?? '');
}

async function openMenu(title: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: `Actions for ${title}` }));
  await screen.findByRole('menu');
  return user;
}

describe('AgentActionsMenu', () => {
  test('names the button after the item and lists the actions that apply, with shortcuts', async () => {
    render(
      <AgentActionsMenu
        item={run({ id: 'a', title: 'Fix login', status: 'working', sessionUrl: 'https://x.example/s/a' })}
        actions={ALL_ACTIONS}
        onAction={() => {}}
        onShowDetails={() => {}}
      />,
    );
    await openMenu('Fix login');
    expect(menuItems()).toEqual([
      'Cancel',
      'Copy link',
      'Share',
      'Rename',
      'Fork locally',
      'Archive',
      'Show details',
      'Delete',
    ]);
    expect(screen.getByRole('menuitem', { name: 'Cancel' }).getAttribute('aria-keyshortcuts')).toBe('C');
    const del = screen.getByRole('menuitem', { name: 'Delete' });
    expect(del.getAttribute('aria-keyshortcuts')).toBe('Delete Backspace');
    // Marked for everyone, not only by colour: a description and a separator before it.
    expect(del.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(del.getAttribute('aria-describedby')!)?.textContent).toBe('Cannot be undone');
    expect(within(screen.getByRole('menu')).getByRole('separator')).toBeTruthy();
  });

  test('a permission false hides its action', async () => {
    render(
      <AgentActionsMenu
        item={run({ id: 'a', status: 'working', permissions: { cancel: false, delete: false } })}
        actions={['cancel', 'archive', 'delete']}
        onAction={() => {}}
      />,
    );
    await openMenu('Run a');
    expect(menuItems()).toEqual(['Archive']);
  });

  test('retryable false hides Retry', async () => {
    const { rerender } = render(
      <AgentActionsMenu item={run({ id: 'a', status: 'failed' })} actions={['retry', 'delete']} onAction={() => {}} />,
    );
    await openMenu('Run a');
    expect(menuItems()).toEqual(['Retry', 'Delete']);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    rerender(
      <AgentActionsMenu
        item={run({ id: 'a', status: 'failed', retryable: false })}
        actions={['retry', 'delete']}
        onAction={() => {}}
      />,
    );
    await openMenu('Run a');
    expect(menuItems()).toEqual(['Delete']);
  });

  test('custom actions are listed by their label and reported by id', async () => {
    const onAction = vi.fn();
    const item = run({ id: 'a' });
    render(
      <AgentActionsMenu
        item={item}
        customActions={[{ id: 'open_pr', label: 'Open pull request', shortcut: 'p' }]}
        onAction={onAction}
      />,
    );
    const user = await openMenu('Run a');
    expect(screen.getByRole('menuitem', { name: 'Open pull request' }).getAttribute('aria-keyshortcuts')).toBe('P');
    await user.click(screen.getByRole('menuitem', { name: 'Open pull request' }));
    expect(onAction).toHaveBeenCalledWith('open_pr', item, screen.getByRole('button', { name: 'Actions for Run a' }));
  });

  test('Show details calls its callback, not onAction', async () => {
    const onAction = vi.fn();
    const onShowDetails = vi.fn();
    const item = run({ id: 'a' });
    render(<AgentActionsMenu item={item} onAction={onAction} onShowDetails={onShowDetails} />);
    const user = await openMenu('Run a');
    await user.click(screen.getByRole('menuitem', { name: 'Show details' }));
    expect(onShowDetails).toHaveBeenCalledWith(item);
    expect(onAction).not.toHaveBeenCalled();
  });

  test('while busy the actions are disabled, copy link and details stay', async () => {
    render(
      <AgentActionsMenu
        item={run({ id: 'a', status: 'working', sessionUrl: 'https://x.example/s/a' })}
        actions={['cancel', 'copy_link']}
        onAction={() => {}}
        onShowDetails={() => {}}
        busy
      />,
    );
    await openMenu('Run a');
    expect(screen.getByRole('menuitem', { name: 'Cancel' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('menuitem', { name: 'Copy link' }).getAttribute('aria-disabled')).toBeNull();
  });

  test('a controlled open lets the list open it from the keyboard', async () => {
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Shift+F10
          </button>
          <AgentActionsMenu
            item={run({ id: 'a' })}
            actions={['delete']}
            onAction={() => {}}
            open={open}
            onOpenChange={setOpen}
          />
        </>
      );
    }
    render(<Host />);
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Shift+F10' }));
    expect(await screen.findByRole('menu')).toBeTruthy();
  });

  test('with nothing to offer the button is disabled', () => {
    render(<AgentActionsMenu item={run({ id: 'a' })} onAction={() => {}} />);
    expect(screen.getByRole('button', { name: 'Actions for Run a' })).toHaveProperty('disabled', true);
  });
});

describe('AgentActionsContextMenu', () => {
  test('right-click opens the same items over the row', async () => {
    const onAction = vi.fn();
    const item = run({ id: 'a', status: 'failed' });
    render(
      <AgentActionsContextMenu item={item} actions={['retry', 'delete']} onAction={onAction}>
        <div role="row" tabIndex={0}>
          Run a
        </div>
      </AgentActionsContextMenu>,
    );
    fireEvent.contextMenu(screen.getByRole('row'));
    expect(await screen.findByRole('menu')).toBeTruthy();
    expect(menuItems()).toEqual(['Retry', 'Delete']);
    const user = userEvent.setup();
    await user.click(screen.getByRole('menuitem', { name: 'Retry' }));
    expect(onAction).toHaveBeenCalledWith('retry', item, screen.getByRole('row'));
  });
});

describe('AgentActionConfirm', () => {
  function Flow({ item, onRun }: { item: AgentItem; onRun: (action: string, items: AgentItem[]) => void }) {
    const [pending, setPending] = useState<{ action: string; origin: HTMLElement | null } | null>(null);
    return (
      <>
        <AgentActionsMenu
          item={item}
          actions={['cancel', 'delete']}
          onAction={(action, _item, origin) => setPending({ action, origin })}
        />
        <AgentActionConfirm
          open={pending !== null}
          action={pending?.action ?? 'cancel'}
          count={1}
          title={item.title}
          returnFocusTo={pending?.origin ?? null}
          onConfirm={() => pending && onRun(pending.action, [item])}
          onOpenChange={(open) => !open && setPending(null)}
        />
      </>
    );
  }

  test('Cancel asks first and runs only after confirming', async () => {
    const onRun = vi.fn();
    const item = run({ id: 'a', title: 'Fix login', status: 'working' });
    render(<Flow item={item} onRun={onRun} />);
    const user = await openMenu('Fix login');
    await user.click(screen.getByRole('menuitem', { name: 'Cancel' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel “Fix login”?' });
    expect(onRun).not.toHaveBeenCalled();
    // The least destructive button has the focus.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep running' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel run' }));
    expect(onRun).toHaveBeenCalledWith('cancel', [item]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  test('Escape backs out without running, and focus returns to the menu button', async () => {
    const onRun = vi.fn();
    render(<Flow item={run({ id: 'a', title: 'Fix login' })} onRun={onRun} />);
    const user = await openMenu('Fix login');
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete “Fix login”?' });
    expect(within(dialog).getByText(/shared session stops being available/)).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onRun).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions for Fix login' }));
  });

  test('says how many for a bulk action, with the count formatted', () => {
    render(<AgentActionConfirm open action="delete" count={1200} onConfirm={() => {}} onOpenChange={() => {}} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete 1,200 runs?' });
    expect(within(dialog).getByText(/shared sessions stop being available/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeTruthy();
  });
});

describe('AgentActionsMenu passes the ref and host attributes', () => {
  test('to the button, which keeps its name and still labels its menu', async () => {
    const ref = createRef<HTMLButtonElement>();
    render(
      <AgentActionsMenu
        ref={ref}
        {...HOST_ATTRIBUTES_NO_ID}
        aria-label="Something else"
        item={run({ id: 'a', title: 'Fix login', status: 'failed' })}
        actions={ALL_ACTIONS}
        onAction={() => {}}
      />,
    );
    const button = screen.getByRole('button', { name: 'Actions for Fix login' });
    expectPassedThrough(ref, button, 'ab-actions-trigger', { id: false });
    await openMenu('Fix login');
    expect(screen.getByRole('menu').getAttribute('aria-labelledby')).toBe(button.id);
  });
});
