// The rest-props rule (rest-props-helpers.ts) on the Needs you and Summary regions.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AgentNeedsYou, AgentSummary, summarize } from '../../../src/index';
import { ITEMS, VIEWER } from '../../fixtures/view-items';
import { HOST, part, expectHostProps } from './rest-props-helpers';

describe('AgentNeedsYou', () => {
  test('host attributes reach the section; its class, the pinned slot and the host class all stay', () => {
    const ref = createRef<HTMLElement>();
    render(<AgentNeedsYou ref={ref} items={ITEMS} viewerId={VIEWER.id} classNames={{ pinned: 'slot' }} {...HOST} />);
    expectHostProps(ref, 'ab-pinned', { slot: 'slot' });
    expect(part().getAttribute('data-state')).toBe('open');
  });

  test('a host onClick runs and the toggle still collapses the section', async () => {
    const onClick = vi.fn();
    render(<AgentNeedsYou items={ITEMS} viewerId={VIEWER.id} {...HOST} onClick={onClick} />);
    const toggle = within(part()).getByRole('button', { name: /^Needs you/ });
    await userEvent.click(toggle);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(part().getAttribute('data-state')).toBe('closed');
  });

  test('the region keeps the name of its heading', () => {
    render(<AgentNeedsYou items={ITEMS} viewerId={VIEWER.id} {...HOST} aria-label="Something else" />);
    expect(screen.getByRole('region', { name: /^Needs you/ })).toBe(part());
  });

  test('its data-state is a default: a host data-state replaces it', () => {
    render(<AgentNeedsYou items={ITEMS} viewerId={VIEWER.id} {...HOST} data-state="host" />);
    expect(part().getAttribute('data-state')).toBe('host');
  });
});

describe('AgentSummary', () => {
  test('host attributes reach the section; its class, the summary slot and the host class all stay', () => {
    const ref = createRef<HTMLElement>();
    render(<AgentSummary ref={ref} summary={summarize(ITEMS)} classNames={{ summary: 'slot' }} {...HOST} />);
    expectHostProps(ref, 'ab-summary', { slot: 'slot' });
    expect(part().hasAttribute('data-live')).toBe(true);
  });

  test('a host onClick runs and a status toggle still filters', async () => {
    const onClick = vi.fn();
    const onFiltersChange = vi.fn();
    render(<AgentSummary summary={summarize(ITEMS)} onFiltersChange={onFiltersChange} {...HOST} onClick={onClick} />);
    await userEvent.click(within(part()).getByRole('button', { name: /^Failed / }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onFiltersChange).toHaveBeenCalledWith(expect.objectContaining({ statuses: ['failed'] }));
  });

  test('the region keeps its name', () => {
    render(<AgentSummary summary={summarize(ITEMS)} {...HOST} aria-label="Something else" />);
    expect(screen.getByRole('region', { name: 'Summary' })).toBe(part());
  });

  test('its data-* are defaults: a host data-live or data-color-scheme replaces them', () => {
    render(<AgentSummary summary={summarize(ITEMS)} {...HOST} data-live="host" data-color-scheme="dark" />);
    expect(part().getAttribute('data-live')).toBe('host');
    expect(part().getAttribute('data-color-scheme')).toBe('dark');
  });
});
