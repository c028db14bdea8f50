import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AgentArtifact, AgentItem } from '../../../src/core/types';
import { AgentList, type AgentListProps } from '../../../src/react/list';
import { RUNS_NOW, runAgo } from '../../fixtures/run-items';

const NOW = RUNS_NOW;

const run = runAgo;

const PR: AgentArtifact = {
  type: 'pull_request',
  url: 'https://github.com/acme/app/pull/1234',
  title: '#1234 Stabilise login',
  state: 'merged',
  branch: 'fix/login',
};

function renderList(props: Partial<AgentListProps> & { items: readonly AgentItem[] }) {
  return render(<AgentList now={NOW} timeZone="UTC" locale="en-US" {...props} />);
}

function rowOf(title: string): HTMLElement {
  const row = screen.getAllByRole('row').find((r) => r.querySelector('.ab-title')?.textContent === title);
  if (!row) throw new Error(`no row titled ${title}`);
  return row;
}

describe('AgentList: artifacts on rows', () => {
  it('shows a pull request as a link with its state, on the title line, out of the tab order', () => {
    renderList({ items: [run('With PR', 1, { artifacts: [PR] }), run('Without', 2)] });
    const row = rowOf('With PR');
    const link = within(row).getByRole('link', { name: 'Pull request #1234 Stabilise login' });
    expect(link.getAttribute('href')).toBe('https://github.com/acme/app/pull/1234');
    expect(link.tabIndex).toBe(-1);
    expect(within(row).getByText('Merged')).toBeTruthy();
    expect(link.closest('.ab-title-line')).toBeTruthy();
    expect(within(row).getByRole('list', { name: 'Artifacts' })).toBeTruthy();
    expect(within(rowOf('Without')).queryByRole('list', { name: 'Artifacts' })).toBeNull();
  });

  it('never renders a javascript: artifact URL as a link', () => {
    const items = [
      run('Unsafe', 1, {
        artifacts: [
          // Handed to the list without parseAgentItems: the render checks the URL again.
          { type: 'pull_request', url: 'javascript:alert(1)', title: 'Evil', state: 'open' },
          { type: 'link', url: 'javascript:alert(2)', title: 'Docs' },
        ],
      }),
    ];
    const { container } = renderList({ items });
    const row = rowOf('Unsafe');
    expect(within(row).queryByRole('link', { name: /Evil/ })).toBeNull();
    expect(row.textContent).toContain('Evil');
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('copies a branch by its button without opening the run, and calls onCopied', async () => {
    const user = userEvent.setup();
    const onOpenRun = vi.fn();
    const onCopied = vi.fn();
    const copyText = vi.fn(() => Promise.resolve());
    renderList({
      items: [run('Branchy', 1, { artifacts: [{ type: 'branch', branch: 'feat/x' }] })],
      onOpenRun,
      onCopied,
      copyText,
    });
    const row = rowOf('Branchy');
    const button = within(row).getByRole('button', { name: 'Copy branch feat/x' });
    expect(button.tabIndex).toBe(-1);
    await user.click(button);
    expect(copyText).toHaveBeenCalledWith('feat/x');
    await waitFor(() => expect(onCopied).toHaveBeenCalledWith('feat/x', 'Copied feat/x'));
    expect(onOpenRun).not.toHaveBeenCalled();
    // Focus stays on the row (the tab stop).
    expect(document.activeElement).toBe(row);
  });

  it('reports a refused copy through onCopyError', async () => {
    const user = userEvent.setup();
    const onCopyError = vi.fn();
    const refusal = new Error('denied');
    renderList({
      items: [run('Branchy', 1, { artifacts: [{ type: 'branch', branch: 'feat/x' }] })],
      onCopyError,
      copyText: () => Promise.reject(refusal),
    });
    await user.click(within(rowOf('Branchy')).getByRole('button', { name: 'Copy branch feat/x' }));
    await waitFor(() => expect(onCopyError).toHaveBeenCalledWith('feat/x', refusal));
  });

  it('clicking a pull request link does not open the run', async () => {
    const user = userEvent.setup();
    const onOpenRun = vi.fn();
    renderList({ items: [run('With PR', 1, { artifacts: [PR] })], onOpenRun });
    const link = within(rowOf('With PR')).getByRole('link', { name: 'Pull request #1234 Stabilise login' });
    // jsdom does not navigate; the row must not treat the click as its own.
    link.addEventListener('click', (event) => event.preventDefault());
    await user.click(link);
    expect(onOpenRun).not.toHaveBeenCalled();
  });

  it('"+n" opens the details when the list has onShowDetails', async () => {
    const user = userEvent.setup();
    const onShowDetails = vi.fn();
    const onOpenRun = vi.fn();
    const artifacts: AgentArtifact[] = [
      PR,
      { type: 'plan', url: 'https://example.com/plan', title: 'Plan' },
      { type: 'file', url: 'https://example.com/a.txt', title: 'Notes' },
      { type: 'screenshot', url: 'https://example.com/s.png', title: 'Shot' },
    ];
    const item = run('Many', 1, { artifacts });
    renderList({ items: [item], onShowDetails, onOpenRun });
    const more = within(rowOf('Many')).getByRole('button', { name: /2 more artifacts/i });
    expect(more.tabIndex).toBe(-1);
    await user.click(more);
    expect(onShowDetails).toHaveBeenCalledWith(item);
    expect(onOpenRun).not.toHaveBeenCalled();
  });
});

describe('AgentList: a failed row says what went wrong in words', () => {
  it('shows a known code as its sentence, the code in the tooltip', () => {
    renderList({
      items: [
        run('Out of credits', 1, { status: 'failed', rawStatus: 'error', errorCode: 'INSUFFICIENT_CREDITS' }),
        run('Host words', 2, {
          status: 'failed',
          rawStatus: 'error',
          errorCode: 'E_WEIRD',
          statusDetail: 'The runner crashed',
        }),
        run('Only a code', 3, { status: 'failed', rawStatus: 'error', errorCode: 'E_WEIRD' }),
      ],
    });
    const known = rowOf('Out of credits').querySelector('.ab-title-detail')!;
    expect(known.textContent).toBe('Out of credits: the team has no add-on credits left');
    expect(known.getAttribute('title')).toBe(
      'Out of credits: the team has no add-on credits left (INSUFFICIENT_CREDITS)',
    );
    expect(rowOf('Host words').querySelector('.ab-title-detail')!.textContent).toBe('The runner crashed');
    expect(rowOf('Only a code').querySelector('.ab-title-detail')!.textContent).toBe('E_WEIRD');
  });

  it("takes the host's codes from labels.errorMessages, keeping the built-in ones", () => {
    renderList({
      items: [
        run('Quota', 1, { status: 'failed', rawStatus: 'error', errorCode: 'quota-exceeded' }),
        run('Credits', 2, { status: 'failed', rawStatus: 'error', errorCode: 'insufficient_credits' }),
      ],
      labels: { errorMessages: { quota_exceeded: 'Over quota: wait for the next hour' } },
    });
    expect(rowOf('Quota').querySelector('.ab-title-detail')!.textContent).toBe('Over quota: wait for the next hour');
    expect(rowOf('Credits').querySelector('.ab-title-detail')!.textContent).toBe(
      'Out of credits: the team has no add-on credits left',
    );
  });
});
