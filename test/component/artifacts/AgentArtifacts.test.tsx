import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AgentArtifacts, ARTIFACT_ICONS, PULL_REQUEST_STATE_ICONS } from '../../../src/react/artifacts';
import { STATUS_ICONS } from '../../../src/react/badges';
import type { AgentArtifact } from '../../../src/core/types';
import { expectPassedThrough, HOST_ATTRIBUTES } from '../shared/pass-through';

const PR: AgentArtifact = {
  type: 'pull_request',
  url: 'https://github.com/acme/app/pull/12',
  title: '#12 Fix login',
  state: 'merged',
  branch: 'fix/login',
};

describe('AgentArtifacts', () => {
  test('a pull request is a link named "Pull request {title}" to its URL, its state in words', () => {
    render(<AgentArtifacts artifacts={[PR]} />);
    const link = screen.getByRole('link', { name: 'Pull request #12 Fix login' });
    expect(link.getAttribute('href')).toBe('https://github.com/acme/app/pull/12');
    expect(link.getAttribute('rel')).toContain('noopener');
    const group = link.closest('[data-artifact="pull_request"]')!;
    expect(group.getAttribute('data-state')).toBe('merged');
    expect(within(group as HTMLElement).getByText('Merged')).toBeTruthy();
  });

  test.each([
    ['open', 'Open'],
    ['draft', 'Draft'],
    ['merged', 'Merged'],
    ['closed', 'Closed'],
  ] as const)('state %s reads "%s" and draws its own icon', (state, text) => {
    const { container } = render(<AgentArtifacts artifacts={[{ ...PR, state }]} />);
    expect(screen.getByText(text)).toBeTruthy();
    expect(container.querySelector('svg')).not.toBeNull();
  });

  test('the four state icons differ in shape', () => {
    const shapes = (['open', 'draft', 'merged', 'closed'] as const).map((state) => {
      const { container, unmount } = render(<AgentArtifacts artifacts={[{ ...PR, state }]} />);
      const d = [...container.querySelectorAll('path')].map((p) => p.getAttribute('d')).join('|');
      unmount();
      return d;
    });
    expect(new Set(shapes).size).toBe(4);
  });

  test('a javascript: URL is never rendered, in any artifact', () => {
    const evil = 'javascript:alert(1)';
    const { container } = render(
      <AgentArtifacts
        variant="full"
        artifacts={[
          { ...PR, url: evil },
          { type: 'screenshot', url: evil, title: 'Login page' },
          { type: 'link', url: ' JaVaScRiPt:alert(2)', title: 'Docs' },
        ]}
      />,
    );
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(container.innerHTML.toLowerCase()).not.toContain('javascript');
    expect(screen.getByRole('img', { name: 'Screenshot Login page' })).toBeTruthy();
    expect(screen.getByText('#12 Fix login')).toBeTruthy();
  });

  test('a branch is a button that copies it and reports the copy', async () => {
    const user = userEvent.setup();
    const copyText = vi.fn(() => Promise.resolve());
    const onCopied = vi.fn();
    render(
      <AgentArtifacts artifacts={[{ type: 'branch', branch: 'feat/x' }]} copyText={copyText} onCopied={onCopied} />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy branch feat/x' }));
    expect(copyText).toHaveBeenCalledWith('feat/x');
    await waitFor(() => expect(onCopied).toHaveBeenCalledWith('feat/x', 'Copied feat/x'));
  });

  test('a refused copy calls onCopyError, not onCopied', async () => {
    const user = userEvent.setup();
    const failure = new Error('denied');
    const onCopied = vi.fn();
    const onCopyError = vi.fn();
    render(
      <AgentArtifacts
        artifacts={[{ type: 'branch', branch: 'feat/x' }]}
        copyText={() => Promise.reject(failure)}
        onCopied={onCopied}
        onCopyError={onCopyError}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy branch feat/x' }));
    await waitFor(() => expect(onCopyError).toHaveBeenCalledWith('feat/x', failure));
    expect(onCopied).not.toHaveBeenCalled();
  });

  test('others show by icon with accessible names; the full variant also copies a PR branch', () => {
    render(
      <AgentArtifacts
        variant="full"
        artifacts={[PR, { type: 'plan', url: '/plans/1', title: 'Rollout' }, { type: 'file', url: 'https://x/f.log' }]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Plan Rollout' }).getAttribute('href')).toBe('/plans/1');
    expect(screen.getByRole('link', { name: 'File' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy branch fix/login' })).toBeTruthy();
  });

  test('compact shows the first two, then "+n" that reveals the rest and moves focus to them', async () => {
    const user = userEvent.setup();
    render(
      <AgentArtifacts
        artifacts={[
          PR,
          { type: 'branch', branch: 'b1' },
          { type: 'plan', url: '/p', title: 'Plan A' },
          { type: 'link', url: '/l', title: 'Docs' },
        ]}
      />,
    );
    expect(screen.queryByRole('link', { name: 'Plan Plan A' })).toBeNull();
    const more = screen.getByRole('button', { name: 'Show 2 more artifacts' });
    expect(more.textContent).toBe('+2');
    await user.click(more);
    expect(screen.getByRole('link', { name: 'Plan Plan A' })).toBe(document.activeElement);
    expect(screen.getByRole('link', { name: 'Link Docs' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /more artifacts/ })).toBeNull();
  });

  test('"+n" calls onShowMore when given (the view opens the details)', async () => {
    const user = userEvent.setup();
    const onShowMore = vi.fn();
    render(<AgentArtifacts max={1} artifacts={[PR, { type: 'branch', branch: 'b1' }]} onShowMore={onShowMore} />);
    await user.click(screen.getByRole('button', { name: 'Show 1 more artifact' }));
    expect(onShowMore).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Copy branch b1' })).toBeNull();
  });

  test('renders nothing without artifacts; labels override', () => {
    const { container } = render(<AgentArtifacts artifacts={[]} />);
    expect(container.innerHTML).toBe('');
    render(<AgentArtifacts artifacts={[PR]} labels={{ pullRequest: (t) => `PR ${t}` }} />);
    expect(screen.getByRole('link', { name: 'PR #12 Fix login' })).toBeTruthy();
  });
});

describe('AgentArtifacts passes the ref and host attributes', () => {
  test('to the list, which stays named "Artifacts"', () => {
    const ref = createRef<HTMLUListElement>();
    render(<AgentArtifacts ref={ref} {...HOST_ATTRIBUTES} aria-label="Something else" artifacts={[PR]} />);
    expectPassedThrough(ref, screen.getByRole('list', { name: 'Artifacts' }), 'ab-artifacts');
  });
});

describe('artifact icons', () => {
  test('draw like the badge icons (same grid, stroke and hiding) at the row size of 14 px', () => {
    const badge = render(<STATUS_ICONS.success />).container.querySelector('svg');
    const shared = ['viewBox', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'aria-hidden'];
    const icons = [...Object.values(ARTIFACT_ICONS), ...Object.values(PULL_REQUEST_STATE_ICONS)];
    for (const Icon of icons) {
      const { container, unmount } = render(<Icon className="host" data-x="1" />);
      const svg = container.querySelector('svg');
      for (const name of shared) expect(svg?.getAttribute(name)).toBe(badge?.getAttribute(name));
      expect(svg?.getAttribute('focusable')).toBe('false');
      expect(svg?.getAttribute('width')).toBe('14');
      expect(svg?.getAttribute('height')).toBe('14');
      expect(svg?.getAttribute('class')).toBe('ab-icon host');
      expect(svg?.getAttribute('data-x')).toBe('1');
      expect(svg?.querySelectorAll('path').length).toBeGreaterThan(0);
      unmount();
    }
  });
});
