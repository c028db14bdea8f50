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

describe('source names follow the labels', () => {
  const interactive = ITEMS.filter((i) => i.source === 'interactive').length;
  const view = (props: Partial<Parameters<typeof AgentManagementView>[0]> = {}) =>
    render(
      <AgentManagementView
        items={ITEMS}
        viewerId="u_me"
        now={NOW}
        timeZone="UTC"
        locale="de-DE"
        labels={de}
        defaultTab="all"
        {...props}
      />,
    );

  test('German names the built-in sources in the rows, the filter menu and the chips; brands stay', async () => {
    const user = userEvent.setup();
    view({ defaultFilters: { sources: ['interactive'] } });
    const grid = screen.getByRole('grid');
    expect(within(grid).getAllByText('Interaktiv')).toHaveLength(interactive);
    expect(within(grid).queryByText('Interactive')).toBeNull();
    expect(screen.getByRole('button', { name: 'Quelle: Interaktiv entfernen' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Filter/ }));
    const menu = screen.getByRole('dialog');
    expect(within(menu).getByRole('checkbox', { name: /^Interaktiv/ })).toBeTruthy();
    expect(within(menu).getByRole('checkbox', { name: /^Geplant/ })).toBeTruthy();
    expect(within(menu).getByRole('checkbox', { name: /^Slack/ })).toBeTruthy();
    expect(within(menu).queryByRole('checkbox', { name: /^Interactive/ })).toBeNull();
  });

  test("a host's sourceRegistry label for a built-in source wins over the locale's", () => {
    view({ sourceRegistry: { interactive: { label: 'Warp-App' } } });
    const grid = screen.getByRole('grid');
    expect(within(grid).getAllByText('Warp-App')).toHaveLength(interactive);
    expect(within(grid).queryByText('Interaktiv')).toBeNull();
  });

  test('with the English labels, the registry passed on is the host’s own (no copy, memoised parts stay still)', async () => {
    const { withSourceNames, defaultLabels } = await import('../../../src/react/root');
    const registry = { jira: { label: 'Jira' } };
    expect(withSourceNames(defaultLabels.sourceNames, registry)).toBe(registry);
    expect(withSourceNames(undefined, registry)).toBe(registry);
    expect(withSourceNames(de.sourceNames, registry)).toEqual({
      jira: { label: 'Jira' },
      interactive: { label: 'Interaktiv' },
      scheduled: { label: 'Geplant' },
    });
  });
});
