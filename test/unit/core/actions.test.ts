import { describe, expect, it } from 'vitest';
import {
  actionForKey,
  getAvailableActions,
  getBulkActions,
  getItemLink,
  getMatchingBulkActions,
  getShortcut,
  isActionAvailable,
  isDestructiveAction,
  needsConfirmation,
  type AgentActionId,
  type AgentActionRules,
  type AgentPermissions,
} from '../../../src/core';
import { item } from './fixtures';

const ALL: AgentActionRules = {
  actions: ['cancel', 'retry', 'copy_link', 'share', 'rename', 'fork_locally', 'archive', 'delete'],
};

describe('default availability', () => {
  it('offers cancel for working and blocked items only', () => {
    expect(isActionAvailable('cancel', item({ id: 'a', status: 'working' }), ALL)).toBe(true);
    expect(isActionAvailable('cancel', item({ id: 'a', status: 'blocked' }), ALL)).toBe(true);
    for (const status of ['failed', 'canceled', 'success'] as const) {
      expect(isActionAvailable('cancel', item({ id: 'a', status }), ALL)).toBe(false);
    }
  });

  it('offers retry for failed or canceled ambient runs unless retryable is false', () => {
    expect(isActionAvailable('retry', item({ id: 'a', status: 'failed' }), ALL)).toBe(true);
    expect(isActionAvailable('retry', item({ id: 'a', status: 'canceled' }), ALL)).toBe(true);
    expect(isActionAvailable('retry', item({ id: 'a', status: 'failed', retryable: true }), ALL)).toBe(true);
    expect(isActionAvailable('retry', item({ id: 'a', status: 'failed', retryable: false }), ALL)).toBe(false);
    expect(isActionAvailable('retry', item({ id: 'a', status: 'failed', kind: 'interactive' }), ALL)).toBe(false);
    expect(isActionAvailable('retry', item({ id: 'a', status: 'success' }), ALL)).toBe(false);
    expect(isActionAvailable('retry', item({ id: 'a', status: 'working' }), ALL)).toBe(false);
  });

  it('offers copy_link only with a link sanitizeUrl keeps, the host href first', () => {
    const run = item({ id: 'a', sessionUrl: 'https://agents.example.com/s/a' });
    expect(getItemLink(run)).toBe('https://agents.example.com/s/a');
    expect(getItemLink(run, () => '/runs/a')).toBe('/runs/a');
    expect(getItemLink(run, () => 'javascript:alert(1)')).toBe('https://agents.example.com/s/a');
    expect(
      getItemLink(run, () => {
        throw new Error('boom');
      }),
    ).toBe('https://agents.example.com/s/a');
    expect(getItemLink(item({ id: 'b', sessionUrl: 'javascript:alert(1)' }))).toBeUndefined();
    expect(isActionAvailable('copy_link', run, ALL)).toBe(true);
    expect(isActionAvailable('copy_link', item({ id: 'b' }), ALL)).toBe(false);
    expect(isActionAvailable('copy_link', item({ id: 'b' }), { ...ALL, getItemHref: () => 'java%73cript:x' })).toBe(
      false,
    );
  });

  it('offers share, rename, fork_locally, archive and delete whenever the host offers them', () => {
    const done = item({ id: 'a' });
    expect(getAvailableActions(done, ALL)).toEqual(['share', 'rename', 'fork_locally', 'archive', 'delete']);
    expect(getAvailableActions(done, { actions: ['delete'] })).toEqual(['delete']);
  });

  it('offers only copy_link when the host names no actions', () => {
    const working = item({ id: 'a', status: 'working', sessionUrl: 'https://x.example/s' });
    expect(getAvailableActions(working, {})).toEqual(['copy_link']);
    expect(getAvailableActions(item({ id: 'b', status: 'working' }), {})).toEqual([]);
  });

  it('lists built-in actions in menu order, then custom ones', () => {
    const working = item({ id: 'a', status: 'working', sessionUrl: 'https://x.example/s' });
    const rules: AgentActionRules = {
      actions: ['delete', 'copy_link', 'cancel'],
      customActions: [{ id: 'open_pr', label: 'Open pull request' }],
    };
    expect(getAvailableActions(working, rules)).toEqual(['cancel', 'copy_link', 'delete', 'open_pr']);
  });
});

describe('permissions', () => {
  const flags: [AgentActionId, keyof AgentPermissions][] = [
    ['cancel', 'cancel'],
    ['retry', 'retry'],
    ['share', 'share'],
    ['rename', 'rename'],
    ['fork_locally', 'forkLocally'],
    ['archive', 'archive'],
    ['delete', 'delete'],
  ];

  it.each(flags)('permissions false hides %s even where the default rule offers it', (action, flag) => {
    const offered = item({ id: 'a', status: action === 'retry' ? 'failed' : 'working' });
    expect(isActionAvailable(action, offered, ALL)).toBe(true);
    expect(isActionAvailable(action, { ...offered, permissions: { [flag]: false } }, ALL)).toBe(false);
  });

  it.each(flags)('permissions true offers %s even where the default rule does not', (action, flag) => {
    // A finished interactive item that is not retryable: no default rule offers cancel or retry.
    const none = item({ id: 'a', kind: 'interactive', retryable: false });
    expect(isActionAvailable(action, none, { actions: [] })).toBe(false);
    expect(isActionAvailable(action, { ...none, permissions: { [flag]: true } }, { actions: [] })).toBe(true);
  });

  it('a flag for one action leaves the others to the default rule', () => {
    const working = item({ id: 'a', status: 'working', permissions: { delete: false } });
    expect(getAvailableActions(working, ALL)).toEqual(['cancel', 'share', 'rename', 'fork_locally', 'archive']);
  });

  it('permissions true beats retryable false', () => {
    const failed = item({ id: 'a', status: 'failed', retryable: false, permissions: { retry: true } });
    expect(isActionAvailable('retry', failed, ALL)).toBe(true);
  });
});

describe('custom actions', () => {
  const rules: AgentActionRules = {
    customActions: [
      { id: 'open_pr', label: 'Open pull request', available: (i) => i.status === 'success', bulk: false },
      { id: 'pin', label: 'Pin' },
      {
        id: 'broken',
        label: 'Broken',
        available: () => {
          throw new Error('host bug');
        },
      },
      { id: 'purge', label: 'Purge', destructive: true, shortcut: 'p' },
    ],
  };

  it('apply where available() says, every item without it, none when it throws', () => {
    expect(getAvailableActions(item({ id: 'a' }), rules)).toEqual(['open_pr', 'pin', 'purge']);
    expect(getAvailableActions(item({ id: 'a', status: 'failed' }), rules)).toEqual(['pin', 'purge']);
    expect(isActionAvailable('unknown', item({ id: 'a' }), rules)).toBe(false);
  });

  it('destructive custom actions are marked and ask first', () => {
    expect(isDestructiveAction('purge', rules)).toBe(true);
    expect(needsConfirmation('purge', rules)).toBe(true);
    expect(isDestructiveAction('pin', rules)).toBe(false);
    expect(needsConfirmation('pin', rules)).toBe(false);
  });

  it('carry their own shortcut', () => {
    expect(getShortcut('purge', rules)).toEqual({ keys: ['p', 'P'], label: 'P', aria: 'P' });
    expect(getShortcut('pin', rules)).toBeUndefined();
    expect(actionForKey('p', item({ id: 'a' }), rules)).toBe('purge');
  });
});

describe('confirmation and marking', () => {
  it('cancel, archive and delete ask first; only delete is destructive', () => {
    const asks = ['cancel', 'retry', 'copy_link', 'share', 'rename', 'fork_locally', 'archive', 'delete'].filter((a) =>
      needsConfirmation(a, {}),
    );
    expect(asks).toEqual(['cancel', 'archive', 'delete']);
    expect(isDestructiveAction('delete', {})).toBe(true);
    expect(isDestructiveAction('archive', {})).toBe(false);
  });
});

describe('bulk actions', () => {
  it('counts how many of the selected items each action applies to', () => {
    const selected = [
      item({ id: 'a', status: 'failed' }),
      item({ id: 'b', status: 'canceled' }),
      item({ id: 'c', status: 'working' }),
    ];
    expect(getBulkActions(selected, { actions: ['cancel', 'retry', 'copy_link', 'share', 'delete'] })).toEqual([
      { action: 'cancel', ids: ['c'], of: 3 },
      { action: 'retry', ids: ['a', 'b'], of: 3 },
      { action: 'delete', ids: ['a', 'b', 'c'], of: 3 },
    ]);
  });

  it('respects permissions and retryable per item', () => {
    const selected = [
      item({ id: 'a', status: 'failed', retryable: false }),
      item({ id: 'b', status: 'failed', permissions: { delete: false } }),
    ];
    expect(getBulkActions(selected, { actions: ['retry', 'delete'] })).toEqual([
      { action: 'retry', ids: ['b'], of: 2 },
      { action: 'delete', ids: ['a'], of: 2 },
    ]);
  });

  it('offers custom actions unless bulk is false', () => {
    const rules: AgentActionRules = {
      customActions: [
        { id: 'open_pr', label: 'Open pull request', bulk: false },
        { id: 'pin', label: 'Pin' },
      ],
    };
    expect(getBulkActions([item({ id: 'a' })], rules)).toEqual([{ action: 'pin', ids: ['a'], of: 1 }]);
  });

  it('is empty for an empty selection', () => {
    expect(getBulkActions([], ALL)).toEqual([]);
  });

  it('offers every offered bulk-capable action for "all matching"', () => {
    expect(
      getMatchingBulkActions({
        actions: ['cancel', 'copy_link', 'share', 'delete'],
        customActions: [
          { id: 'pin', label: 'Pin' },
          { id: 'open_pr', label: 'Open', bulk: false },
        ],
      }),
    ).toEqual(['cancel', 'delete', 'pin']);
    expect(getMatchingBulkActions({})).toEqual([]);
  });

  it('"all matching" filtered by status offers Cancel and Retry only where the match can hold what they apply to', () => {
    const rules = { actions: ['cancel', 'retry', 'delete'] as const, customActions: [{ id: 'pin', label: 'Pin' }] };
    expect(getMatchingBulkActions(rules, { statuses: ['failed'] })).toEqual(['retry', 'delete', 'pin']);
    expect(getMatchingBulkActions(rules, { statuses: ['blocked'] })).toEqual(['cancel', 'delete', 'pin']);
    expect(getMatchingBulkActions(rules, { statuses: ['success'] })).toEqual(['delete', 'pin']);
    expect(getMatchingBulkActions(rules, { statuses: ['working', 'canceled'] })).toEqual([
      'cancel',
      'retry',
      'delete',
      'pin',
    ]);
    // No status filter: everything offered.
    expect(getMatchingBulkActions(rules, { statuses: [] })).toEqual(['cancel', 'retry', 'delete', 'pin']);
  });
});

describe('shortcuts', () => {
  it('c cancels, r retries, Delete and Backspace delete — only where the action applies', () => {
    const working = item({ id: 'a', status: 'working' });
    const failed = item({ id: 'b', status: 'failed' });
    expect(actionForKey('c', working, ALL)).toBe('cancel');
    expect(actionForKey('c', failed, ALL)).toBeUndefined();
    expect(actionForKey('r', failed, ALL)).toBe('retry');
    expect(actionForKey('r', working, ALL)).toBeUndefined();
    expect(actionForKey('Delete', failed, ALL)).toBe('delete');
    expect(actionForKey('Backspace', failed, ALL)).toBe('delete');
    expect(actionForKey('Delete', { ...failed, permissions: { delete: false } }, ALL)).toBeUndefined();
    expect(actionForKey('q', failed, ALL)).toBeUndefined();
  });

  it('x and i are row commands with shortcuts of their own, not actions', () => {
    expect(getShortcut('select', {})?.label).toBe('X');
    expect(getShortcut('details', {})?.label).toBe('I');
    expect(getShortcut('delete', {})).toMatchObject({ label: '⌫', aria: 'Delete Backspace' });
    expect(actionForKey('x', item({ id: 'a' }), ALL)).toBeUndefined();
  });
});
