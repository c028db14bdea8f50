import { describe, expect, it } from 'vitest';
import { mapStatus, STATUS_META, STATUS_ORDER } from '../../../src/core';

describe('mapStatus', () => {
  // The table from DESIGN.md, written out here rather than read from the implementation.
  const table: Record<string, string[]> = {
    working: [
      'queued',
      'pending',
      'claimed',
      'in_progress',
      'running',
      'working',
      'started',
      'waiting_for_events',
      'transient_error',
    ],
    blocked: ['blocked', 'waiting_for_input', 'needs_input', 'input_required', 'action_required'],
    canceled: ['canceled', 'cancelled', 'aborted', 'stopped'],
    failed: ['failed', 'failure', 'error', 'errored', 'timed_out', 'crashed'],
    success: ['success', 'succeeded', 'done', 'completed', 'finished'],
  };
  for (const [status, raws] of Object.entries(table)) {
    it(`maps ${raws.join(', ')} to ${status}`, () => {
      for (const raw of raws) {
        expect(mapStatus(raw)).toBe(status);
        expect(mapStatus(raw.toUpperCase())).toBe(status);
        expect(mapStatus(raw.replace(/_/g, '-'))).toBe(status);
        expect(mapStatus(raw.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()))).toBe(status);
      }
    });
  }

  it('is case- and separator-insensitive', () => {
    expect(mapStatus('In Progress')).toBe('working');
    expect(mapStatus('in-progress')).toBe('working');
    expect(mapStatus('IN_PROGRESS')).toBe('working');
    expect(mapStatus('  Timed Out ')).toBe('failed');
  });

  it('shows anything unknown as failed', () => {
    expect(mapStatus('paused')).toBe('failed');
    expect(mapStatus('')).toBe('failed');
    expect(mapStatus(undefined as unknown as string)).toBe('failed');
  });

  it('lets the host extend and override the table, normalising its keys', () => {
    expect(mapStatus('paused', { Paused: 'blocked' })).toBe('blocked');
    expect(mapStatus('on-hold', { ON_HOLD: 'blocked' })).toBe('blocked');
    expect(mapStatus('done', { done: 'canceled' })).toBe('canceled');
    expect(mapStatus('running', { paused: 'blocked' })).toBe('working');
  });

  it('ignores invalid targets in a statusMap', () => {
    expect(mapStatus('paused', { paused: 'bogus' as never })).toBe('failed');
  });
});

describe('STATUS_META', () => {
  it('labels the five statuses in order, each with a sentence', () => {
    expect(STATUS_ORDER).toEqual(['working', 'blocked', 'canceled', 'failed', 'success']);
    expect(STATUS_ORDER.map((s) => STATUS_META[s].label)).toEqual([
      'Working',
      'Blocked',
      'Canceled',
      'Failed',
      'Success',
    ]);
    for (const s of STATUS_ORDER) expect(STATUS_META[s].description).toMatch(/^[A-Z].+\.$/);
  });
});
