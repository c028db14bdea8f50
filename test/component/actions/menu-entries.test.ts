// The row actions menu's entries: the actions that apply in menu order, "Show details" when the
// host can open details, destructive ones last; and the name each action goes by.
import { describe, expect, it } from 'vitest';
import { ACTION_SHORTCUTS, type AgentActionRules } from '../../../src/core/actions';
import { actionLabel, getMenuEntries } from '../../../src/react/actions/menu-entries';
import { defaultActionLabels } from '../../../src/react/root';
import { item } from '../../unit/core/fixtures';

const failed = item({ id: 'r1', status: 'failed', sessionUrl: 'https://runs.example.com/r1' });
const labels = defaultActionLabels;
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('actionLabel', () => {
  it('a built-in action takes its label, a custom one its own label, anything else its id', () => {
    const rules: AgentActionRules = { customActions: [{ id: 'pin', label: 'Pin to top' }] };
    expect(actionLabel('retry', rules, labels)).toBe(labels.actions.retry);
    expect(actionLabel('pin', rules, labels)).toBe('Pin to top');
    expect(actionLabel('unknown', rules, labels)).toBe('unknown');
  });

  it('the view’s labels win over a custom action reusing a built-in id', () => {
    const rules: AgentActionRules = { customActions: [{ id: 'delete', label: 'Nuke' }] };
    const de = { ...labels, actions: { ...labels.actions, delete: 'Löschen' } };
    expect(actionLabel('delete', rules, de)).toBe('Löschen');
  });
});

describe('getMenuEntries', () => {
  const rules: AgentActionRules = {
    actions: ['delete', 'retry', 'copy_link', 'cancel', 'archive'],
    customActions: [
      { id: 'pin', label: 'Pin', shortcut: 'p' },
      { id: 'purge', label: 'Purge', destructive: true },
    ],
  };

  it('lists the applicable actions in menu order, then details, with destructive ones moved last', () => {
    const entries = getMenuEntries(failed, rules, labels, true);
    // cancel does not apply to a failed run; built-ins keep the core's order, then custom ones.
    expect(ids(entries)).toEqual(['retry', 'copy_link', 'archive', 'pin', 'details', 'delete', 'purge']);
    expect(entries.filter((e) => e.destructive).map((e) => e.id)).toEqual(['delete', 'purge']);
  });

  it('carries each entry’s label and shortcut (a custom key upper-cased for the menu)', () => {
    const entries = getMenuEntries(failed, rules, labels, true);
    const by = new Map(entries.map((e) => [e.id, e]));
    expect(by.get('retry')).toEqual({
      id: 'retry',
      label: labels.actions.retry,
      shortcut: ACTION_SHORTCUTS.retry,
      destructive: false,
    });
    expect(by.get('details')).toMatchObject({ label: labels.showDetails, shortcut: ACTION_SHORTCUTS.details });
    expect(by.get('pin')?.shortcut).toMatchObject({ label: 'P', keys: ['p', 'P'] });
    expect(by.get('copy_link')?.shortcut).toBeUndefined();
  });

  it('has no details entry when the host cannot open details, and may be empty', () => {
    expect(ids(getMenuEntries(failed, rules, labels, false))).not.toContain('details');
    const noLink = item({ id: 'r2' });
    expect(getMenuEntries(noLink, {}, labels, false)).toEqual([]);
    expect(ids(getMenuEntries(noLink, {}, labels, true))).toEqual(['details']);
  });

  it('an item’s permission flag hides an action the rules offer', () => {
    const locked = { ...failed, permissions: { delete: false, retry: false } };
    expect(ids(getMenuEntries(locked, rules, labels, false))).toEqual(['copy_link', 'archive', 'pin', 'purge']);
  });
});
