import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AgentManagementView } from '../../../src/index';
import { generateParsedItems, SAMPLE_NOW } from '../../fixtures/sample-data';
import { descriptionOf } from './view-helpers';

describe('AgentManagementView: sample data', () => {
  test('renders 2,000 generated items and stays consistent across tabs', async () => {
    const user = userEvent.setup();
    const items = generateParsedItems({ count: 2000 });
    render(<AgentManagementView items={items} viewerId="u_me" now={SAMPLE_NOW} timeZone="UTC" />);
    const all = items.filter((i) => i.creator.id === 'u_me' || i.kind === 'ambient').length;
    await act(async () => {
      await user.click(screen.getByRole('tab', { name: 'All' }));
    });
    expect(descriptionOf(screen.getByRole('tab', { name: 'All' }))).toMatch(
      new RegExp(`^${all.toLocaleString('en-US')} items`),
    );
  });
});
