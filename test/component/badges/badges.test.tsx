import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import type { AgentStatus } from '../../../src/core/types';
import { Avatar, getAvatarHue, getInitials } from '../../../src/react/badges';
import { SourceBadge } from '../../../src/react/badges';
import { StatusBadge } from '../../../src/react/badges';
import { expectPassedThrough, HOST_ATTRIBUTES } from '../shared/pass-through';

const STATUSES: AgentStatus[] = ['working', 'blocked', 'canceled', 'failed', 'success'];

describe('StatusBadge', () => {
  it('shows an icon and a visible label; the label is the accessible name', () => {
    render(<StatusBadge status="blocked" />);
    const badge = screen.getByRole('img', { name: 'Blocked' });
    expect(badge.getAttribute('data-status')).toBe('blocked');
    expect(badge.textContent).toBe('Blocked');
    const svg = badge.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it('gives every status its own icon shape, so colour is never the only signal', () => {
    const shapes = new Set<string>();
    for (const status of STATUSES) {
      const { container, unmount } = render(<StatusBadge status={status} />);
      shapes.add(container.querySelector('svg')!.innerHTML);
      unmount();
    }
    expect(shapes.size).toBe(STATUSES.length);
  });

  it('describes the detail and a raw status that differs from the label', () => {
    render(<StatusBadge status="failed" rawStatus="timed_out" detail="Step build exceeded 10m" />);
    const badge = screen.getByRole('img', { name: 'Failed', description: 'Step build exceeded 10m (timed_out)' });
    expect(badge.getAttribute('title')).toBe('Failed: Step build exceeded 10m (timed_out)');
  });

  it('does not repeat a raw status that only restates the label', () => {
    render(<StatusBadge status="failed" rawStatus="FAILED" />);
    const badge = screen.getByRole('img', { name: 'Failed' });
    expect(badge.hasAttribute('title')).toBe(false);
    expect(badge.hasAttribute('aria-describedby')).toBe(false);
  });

  it('accepts a custom label and class', () => {
    render(<StatusBadge status="success" label="Erfolgreich" className="mine" />);
    const badge = screen.getByRole('img', { name: 'Erfolgreich' });
    expect(badge.classList.contains('mine')).toBe(true);
    expect(badge.classList.contains('ab-badge')).toBe(true);
  });
});

describe('SourceBadge', () => {
  it('labels built-in sources with distinct icons', () => {
    const sources = ['interactive', 'cli', 'api', 'slack', 'linear', 'scheduled', 'github_actions'];
    const shapes = new Set<string>();
    for (const source of sources) {
      const { container, unmount } = render(<SourceBadge source={source} />);
      shapes.add(container.querySelector('svg')!.innerHTML);
      unmount();
    }
    expect(shapes.size).toBe(sources.length);

    render(<SourceBadge source="github_actions" />);
    const badge = screen.getByText('GitHub Actions').closest('.ab-badge')!;
    expect(badge.getAttribute('data-source')).toBe('github_actions');
    expect(badge.getAttribute('data-group')).toBe('automation');
  });

  it('shows Linear’s mark as a decorative svg, beside its visible label', () => {
    const { container } = render(<SourceBadge source="linear" />);
    const svg = container.querySelector('.ab-source-badge > svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('focusable')).toBe('false');
    expect(svg.getAttribute('class')).toBe('ab-icon');
    expect(svg.getAttribute('fill')).toBe('currentColor');
    expect(svg.querySelectorAll('path')).toHaveLength(1);
    // The label is real text, outside the hidden icon: the badge reads "Linear".
    const text = screen.getByText('Linear');
    expect(text.className).toBe('ab-badge-label');
    expect(text.closest('[aria-hidden="true"], .ab-visually-hidden')).toBeNull();
    expect(container.firstElementChild!.textContent).toBe('Linear');
  });

  it('labels host sources from the registry, with a generic or registered icon', () => {
    const { container } = render(
      <>
        <SourceBadge source="pager_duty" />
        <SourceBadge
          source="jira"
          registry={{ jira: { label: 'Jira', group: 'integration' } }}
          icons={{ jira: <b data-testid="jira-icon" /> }}
        />
      </>,
    );
    expect(screen.getByText('Pager duty')).toBeTruthy();
    expect(screen.getByText('Jira')).toBeTruthy();
    expect(screen.getByTestId('jira-icon').closest('[aria-hidden="true"]')).not.toBeNull();
    expect(container.querySelectorAll('.ab-badge')[0]!.getAttribute('data-group')).toBe('integration');
  });
});

describe('Avatar', () => {
  it('shows the picture for a safe URL and is named after the person', () => {
    const { container } = render(
      <Avatar person={{ id: 'u1', name: 'Ada Lovelace', avatarUrl: 'https://img.example.com/a.png' }} />,
    );
    expect(screen.getByRole('img', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(container.querySelector('img')!.getAttribute('src')).toBe('https://img.example.com/a.png');
  });

  it('falls back to initials for unsafe URLs and on load errors', () => {
    const { container, rerender } = render(
      <Avatar person={{ id: 'u1', name: 'Ada Lovelace', avatarUrl: 'javascript:alert(1)' }} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('AL');

    rerender(<Avatar person={{ id: 'u1', name: 'Ada Lovelace', avatarUrl: '/a.png' }} />);
    fireEvent.error(container.querySelector('img')!);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('AL');
    expect(container.querySelector('.ab-avatar')!.getAttribute('data-state')).toBe('initials');
  });

  it('derives initials and a stable hue', () => {
    expect(getInitials('Ada Lovelace')).toBe('AL');
    expect(getInitials('  grace  ')).toBe('G');
    expect(getInitials('')).toBe('?');
    expect(getInitials('🚀 Rocket')).toBe('🚀R');
    expect(getAvatarHue('u_1')).toBe(getAvatarHue('u_1'));
    expect(getAvatarHue('u_1')).not.toBe(getAvatarHue('u_2'));
    expect(getAvatarHue('u_1')).toBeGreaterThanOrEqual(0);
    expect(getAvatarHue('u_1')).toBeLessThan(360);
  });

  it('can be decorative next to a visible name', () => {
    const { container } = render(<Avatar person={{ id: 'u1', name: 'Ada' }} decorative />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('.ab-avatar')!.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('badges pass the ref and host attributes to their element', () => {
  it('StatusBadge: the badge', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<StatusBadge ref={ref} {...HOST_ATTRIBUTES} status="failed" />);
    expectPassedThrough(ref, screen.getByRole('img', { name: 'Failed' }), 'ab-status-badge');
  });

  it('StatusBadge: a host role, name or description does not replace its own', () => {
    render(<StatusBadge status="blocked" detail="Approve the plan" role="none" aria-label="x" aria-describedby="y" />);
    const badge = screen.getByRole('img', { name: 'Blocked' });
    expect(document.getElementById(badge.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Approve the plan');
  });

  it('SourceBadge: the badge', () => {
    const ref = createRef<HTMLSpanElement>();
    const { container } = render(<SourceBadge ref={ref} {...HOST_ATTRIBUTES} source="slack" />);
    expectPassedThrough(ref, container.firstElementChild, 'ab-source-badge');
    expect(ref.current?.getAttribute('data-source')).toBe('slack');
  });

  it('Avatar: the avatar, named by the person, a host style merged with its own', () => {
    const ref = createRef<HTMLSpanElement>();
    render(
      <Avatar ref={ref} {...HOST_ATTRIBUTES} person={{ id: 'u_1', name: 'Ada Lovelace' }} style={{ margin: 2 }} />,
    );
    const avatar = screen.getByRole('img', { name: 'Ada Lovelace' });
    expectPassedThrough(ref, avatar, 'ab-avatar');
    expect(avatar.style.margin).toBe('2px');
    expect(avatar.style.getPropertyValue('--ab-avatar-size')).toBe('20px');
  });
});
