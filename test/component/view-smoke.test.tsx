import { expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import { AgentManagementView } from '../../src/index';
import { generateParsedItems, SAMPLE_NOW } from '../../stories/sample-data';

test('the view renders tabs, toolbar, summary and list', () => {
  const items = generateParsedItems({ count: 60 });
  render(<AgentManagementView items={items} viewerId="u_me" now={SAMPLE_NOW} timeZone="UTC" />);
  expect(screen.getByRole('tab', { name: 'Personal' })).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'All' })).toBeTruthy();
  expect(screen.getByRole('button', { name: /^Filter/ })).toBeTruthy();
  expect(screen.getByRole('searchbox', { name: 'Search agents' })).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Summary' })).toBeTruthy();
});
