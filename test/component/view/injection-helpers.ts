// Shared by the AgentManagementView.injection-*.test.tsx files: the clock and the viewer, each
// file's setup, a hand-built item and opening the filter menu.
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { AgentItem } from '../../../src/core';
import { guardConsole, type ConsoleGuard } from './hardening-helpers';

export const NOW = Date.UTC(2026, 10, 25, 15, 0, 0);
export const VIEWER = 'u_me';

/** The setup of each injection test file; the returned guard reads the current test's console calls. */
export function setUpInjectionTests(): Pick<ConsoleGuard, 'messages'> {
  // Full views in jsdom on a busy machine: seconds per test, not milliseconds.
  vi.setConfig({ testTimeout: 90_000 });
  let guard: ConsoleGuard | undefined;
  beforeEach(() => {
    guard = guardConsole();
  });
  afterEach(() => {
    guard?.restore();
  });
  return { messages: () => guard?.messages() ?? [] };
}

export function base(over: Partial<AgentItem> & { id: string }): AgentItem {
  return {
    kind: 'ambient',
    title: over.id,
    source: 'slack',
    status: 'success',
    rawStatus: 'done',
    createdAt: new Date(NOW - 3_600_000),
    creator: { id: VIEWER, name: 'Alex Morgan' },
    ...over,
  };
}

export async function openFilterMenu(): Promise<void> {
  await act(async () => {
    screen.getByRole('button', { name: /^Filter/ }).click();
  });
}
