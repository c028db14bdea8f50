/**
 * The view over `mergeAgentDataSources`: one list across platforms, where one platform failing
 * leaves the others' rows and names what could not be loaded.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AgentManagementView } from '../../../src';
import { mergeAgentDataSources, type AgentDataSource } from '../../../src/data';
import { input, titles, withRealClockAfterEach } from './view-data-source-helpers';
import { NOW } from '../../fixtures/view-items';

withRealClockAfterEach();

const answering = (items: unknown[]): AgentDataSource => ({
  query: async () => ({ items, total: items.length }),
});
const failing = (message: string): AgentDataSource => ({
  query: async () => {
    throw new Error(message);
  },
});

function renderMerged(sources: Parameters<typeof mergeAgentDataSources>[0]) {
  return render(
    <AgentManagementView
      dataSource={mergeAgentDataSources(sources)}
      viewerId="u_me"
      now={NOW}
      timeZone="UTC"
      locale="en-US"
      defaultTab="all"
      debounceMs={0}
      summary={false}
    />,
  );
}

describe('AgentManagementView over merged sources', () => {
  test('shows every source’s rows newest first in one list', async () => {
    renderMerged([
      { name: 'Warp', source: answering([input('warp:1', 1), input('warp:3', 3)]) },
      { name: 'GitHub Actions', source: answering([input('github:2', 2)]) },
    ]);
    await waitFor(() => expect(titles()).toHaveLength(3));
    // Created 1, 2 and 3 minutes ago: newest first across both sources.
    expect(titles()).toEqual(['Run warp:1', 'Run github:2', 'Run warp:3']);
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });

  test('one source failing keeps the others’ rows and names the one that failed, with its reason', async () => {
    renderMerged([
      { name: 'Warp', source: answering([input('warp:1', 1), input('warp:2', 2)]) },
      { name: 'GitHub Actions', source: failing('HTTP 502 from the GitHub API') },
    ]);
    await waitFor(() => expect(titles()).toEqual(['Run warp:1', 'Run warp:2']));
    const notice = screen.getByRole('status', { name: 'Sources that could not be loaded' });
    expect(notice.textContent).toBe('GitHub Actions could not be loaded: HTTP 502 from the GitHub API');
    // Not the error state: the list is there.
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('grid')).toBeTruthy();
  });

  test('every source failing is the error state, naming each', async () => {
    renderMerged([
      { name: 'Warp', source: failing('timeout') },
      { name: 'GitHub Actions', source: failing('HTTP 502') },
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy());
    expect(document.body.textContent).toMatch(/Warp: timeout/);
    expect(document.body.textContent).toMatch(/GitHub Actions: HTTP 502/);
  });
});
