import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AgentManagementView, type AgentFilters } from '../../../src/index';
import { BASE_PROPS, ITEMS, PRIYA } from '../../fixtures/view-items';
import { descriptionOf, filterButton, section, visibleTitles } from './view-helpers';

function menuOption(sectionName: string, name: string) {
  return within(section(sectionName)).getByRole('checkbox', { name });
}

describe('AgentManagementView: the three questions, two clicks each after opening the menu', () => {
  test('"everything that failed today": Status Failed + Today', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(filterButton());
    await user.click(menuOption('Status', 'Failed'));
    await user.click(within(section('Day of creation')).getByRole('radio', { name: 'Today' }));
    expect(visibleTitles()).toEqual(['Answer billing thread', 'Fix flaky login test', 'Run the CLI migration']);
  });

  test('"runs from Slack": Source Slack on the All tab', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} />);
    await user.click(screen.getByRole('tab', { name: 'All' }));
    await user.click(filterButton());
    await user.click(menuOption('Source', 'Slack'));
    expect(visibleTitles()).toEqual(['Answer billing thread', 'Fix flaky login test', 'Summarise incidents']);
  });

  test('"what a teammate triggered via integrations": Creator + All integrations on All', async () => {
    const user = userEvent.setup();
    render(<AgentManagementView {...BASE_PROPS} defaultTab="all" />);
    await user.click(filterButton());
    await user.click(menuOption('Creator', PRIYA.name));
    await user.click(menuOption('Source', 'All integrations'));
    expect(visibleTitles()).toEqual(['Answer billing thread', 'Close stale issues']);
    // The same with a single integration: Creator + Slack.
    await user.click(menuOption('Source', 'Linear'));
    expect(visibleTitles()).toEqual(['Answer billing thread']);
  });
});

describe('AgentManagementView: facet counts only while the filter menu is open', () => {
  test('chips name selected creators with the menu closed; counts are current the moment it opens', async () => {
    const { getFacets } = await import('../../../src/core');
    const user = userEvent.setup();
    const props = { ...BASE_PROPS, defaultTab: 'all' as const };
    const { rerender } = render(<AgentManagementView {...props} filters={{ creators: [PRIYA.id] }} />);
    expect(screen.getByRole('button', { name: `Remove Creator: ${PRIYA.name}` })).toBeTruthy();
    // Filters change while the menu is closed (no counts taken), then the menu opens.
    const next: AgentFilters = { creators: [PRIYA.id], sources: ['slack'] };
    rerender(<AgentManagementView {...props} filters={next} />);
    expect(screen.getByRole('button', { name: `Remove Creator: ${PRIYA.name}` })).toBeTruthy();
    await user.click(filterButton());
    const expected = getFacets(ITEMS, next, {
      tab: 'all',
      viewerId: BASE_PROPS.viewerId,
      now: BASE_PROPS.now,
      timeZone: 'UTC',
    });
    for (const option of expected.statuses) {
      expect(descriptionOf(menuOption('Status', option.label))).toBe(String(option.count));
    }
  });
});
