import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgentboardRoot, AgentActionsMenu, AgentManagementView } from '../../../src/index';
import { de } from '../../../src/locales/de';
import { ja } from '../../../src/locales/ja';
import { run } from '../actions/fixtures';
import { ITEMS, NOW } from '../../fixtures/view-items';

const CASES = [
  {
    name: 'German',
    labels: de,
    locale: 'de-DE',
    tabs: ['Persönlich', 'Alle'],
    columns: ['Titel', 'Quelle', 'Status', 'Ersteller', 'Erstellt', 'Dauer', 'Credits'],
    filter: 'Filter, 1 aktiv',
  },
  {
    name: 'Japanese',
    labels: ja,
    locale: 'ja-JP',
    tabs: ['個人', 'すべて'],
    columns: ['タイトル', 'ソース', 'ステータス', '作成者', '作成日時', '所要時間', 'クレジット'],
    filter: 'フィルター、1件適用中',
  },
];

describe.each(CASES)('the view in $name', ({ labels, locale, tabs, columns, filter }) => {
  test('tabs, column headers and the filter button carry the translated names', () => {
    render(
      <AgentManagementView
        items={ITEMS}
        viewerId="u_me"
        now={NOW}
        timeZone="UTC"
        locale={locale}
        labels={labels}
        defaultTab="all"
        defaultFilters={{ statuses: ['failed'] }}
      />,
    );
    for (const tab of tabs) expect(screen.getByRole('tab', { name: tab })).toBeTruthy();
    for (const column of columns) expect(screen.getByRole('columnheader', { name: column })).toBeTruthy();
    expect(screen.getByRole('button', { name: filter })).toBeTruthy();
    expect(screen.getByRole('grid', { name: labels.list })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Personal' })).toBeNull();
  });
});

test('a label set on the root reaches the actions menu, whose strings are not in the view’s own labels', async () => {
  const user = userEvent.setup();
  render(
    <AgentboardRoot labels={de}>
      <AgentActionsMenu
        item={run({ id: 'a', title: 'Fix login', status: 'working', sessionUrl: 'https://x.example/s/a' })}
        actions={['cancel', 'copy_link', 'delete']}
        onAction={() => {}}
      />
    </AgentboardRoot>,
  );
  await user.click(screen.getByRole('button', { name: 'Aktionen für Fix login' }));
  const menu = await screen.findByRole('menu');
  for (const name of ['Abbrechen', 'Link kopieren', 'Löschen'])
    expect(within(menu).getByRole('menuitem', { name })).toBeTruthy();
});
