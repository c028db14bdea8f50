// The rest-props rule (rest-props-helpers.ts) on the empty and error states.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AgentEmptyState, AgentErrorState } from '../../../src/index';
import { HOST, part, expectHostProps } from './rest-props-helpers';

describe('AgentEmptyState', () => {
  test('host attributes reach the outer element; its classes and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentEmptyState ref={ref} reason="no-match" {...HOST} />);
    expectHostProps(ref, 'ab-empty-state');
    expect(part().classList.contains('ab-state')).toBe(true);
    expect(part().getAttribute('data-reason')).toBe('no-match');
  });

  test('a host onClick runs and "Clear filters" still clears', async () => {
    const onClick = vi.fn();
    const onClearFilters = vi.fn();
    render(<AgentEmptyState reason="no-match" onClearFilters={onClearFilters} {...HOST} onClick={onClick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onClearFilters).toHaveBeenCalledTimes(1);
  });

  test('its data-reason is a default: a host data-reason replaces it', () => {
    render(<AgentEmptyState reason="no-match" {...HOST} data-reason="host" />);
    expect(part().getAttribute('data-reason')).toBe('host');
  });
});

describe('AgentErrorState', () => {
  test('host attributes reach the outer element; its classes and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentErrorState ref={ref} error={new Error('Offline')} {...HOST} />);
    expectHostProps(ref, 'ab-error-state');
  });

  test('a host onClick runs and "Retry" still retries', async () => {
    const onClick = vi.fn();
    const onRetry = vi.fn();
    render(<AgentErrorState error={new Error('Offline')} onRetry={onRetry} {...HOST} onClick={onClick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  test('it stays an alert whatever role the host passes', () => {
    render(<AgentErrorState error={new Error('Offline')} {...HOST} role="presentation" />);
    expect(screen.getByRole('alert')).toBe(part());
  });
});
