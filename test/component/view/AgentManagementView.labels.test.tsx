import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AgentManagementView, defaultLabels } from '../../../src/index';
import { BASE_PROPS } from '../../fixtures/view-items';
import { section } from './view-helpers';

describe('AgentManagementView: labels', () => {
  test("one labels object overrides the view's and the list's strings", async () => {
    const user = userEvent.setup();
    render(
      <AgentManagementView
        {...BASE_PROPS}
        labels={{
          tabPersonal: 'Persönlich',
          tabAll: 'Alle',
          search: 'Agenten suchen',
          filter: 'Filtern',
          filterWithCount: (_n, f) => `Filtern, ${f} aktiv`,
          sectionStatus: 'Status',
          statuses: { failed: 'Fehlgeschlagen' },
          removeChip: (field, value) => `${field}: ${value} entfernen`,
          clearAll: 'Alle löschen',
          summary: 'Übersicht',
          summaryBlocked: 'Braucht dich',
          pinnedTitle: 'Braucht dich',
          columnTitle: 'Titel',
          list: 'Agentenläufe',
        }}
      />,
    );
    expect(screen.getByRole('tab', { name: 'Persönlich' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Alle' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Agenten suchen' })).toBeTruthy();
    expect(screen.getByRole('grid', { name: 'Agentenläufe' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Titel/ })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Übersicht' })).getByRole('button', { name: /^Braucht dich / }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Filtern/ }));
    await user.click(within(section('Status')).getByRole('checkbox', { name: 'Fehlgeschlagen' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Filtern, 1 aktiv' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Status: Fehlgeschlagen entfernen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alle löschen' })).toBeTruthy();
  });

  test('defaultLabels covers the list and the view', () => {
    expect(defaultLabels.tabAll).toBe('All');
    expect(defaultLabels.columnCredits).toBe('Credits');
    expect(defaultLabels.noMatchTitle).toBe('No items match these filters');
  });
});
