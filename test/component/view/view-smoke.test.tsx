import { StrictMode } from 'react';
import { expect, test, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { AgentManagementView } from '../../../src/index';
import { generateParsedItems, SAMPLE_NOW } from '../../fixtures/sample-data';

test('the view renders tabs, toolbar, summary and list', () => {
  const items = generateParsedItems({ count: 60 });
  render(<AgentManagementView items={items} viewerId="u_me" now={SAMPLE_NOW} timeZone="UTC" />);
  expect(screen.getByRole('tab', { name: 'Personal' })).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'All' })).toBeTruthy();
  expect(screen.getByRole('button', { name: /^Filter/ })).toBeTruthy();
  expect(screen.getByRole('searchbox', { name: 'Search agents' })).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Summary' })).toBeTruthy();
});

test('StrictMode: no errors or warnings while rendering and interacting', async () => {
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  const items = generateParsedItems({ count: 120 });
  render(
    <StrictMode>
      <AgentManagementView items={items} viewerId="u_me" now={SAMPLE_NOW} timeZone="UTC" />
    </StrictMode>,
  );
  screen.getByRole('tab', { name: 'All' }).click();
  expect(error).not.toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
  // StrictMode's double effects announce nothing on mount.
  expect(screen.getByRole('status').textContent).toBe('');
  error.mockRestore();
  warn.mockRestore();
});

test('host-registered sources: labels and icons in the filter menu', async () => {
  const items = generateParsedItems({ count: 10 }).map((item, i) =>
    i === 0 ? { ...item, source: 'pagerduty', creator: { id: 'u_me', name: 'Alex' } } : item,
  );
  render(
    <AgentManagementView
      items={items}
      viewerId="u_me"
      now={SAMPLE_NOW}
      timeZone="UTC"
      sourceRegistry={{ pagerduty: { label: 'PagerDuty', group: 'integration' } }}
      sourceIcons={{ pagerduty: <svg data-testid="pd-icon" /> }}
    />,
  );
  await act(async () => {
    screen.getByRole('button', { name: /^Filter/ }).click();
  });
  const dialog = screen.getByRole('dialog', { name: 'Filters' });
  const option = within(dialog).getByRole('checkbox', { name: 'PagerDuty' });
  expect(option.closest('label')?.querySelector('[data-testid="pd-icon"]')).not.toBeNull();
});
