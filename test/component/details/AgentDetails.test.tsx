import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AgentDetails, useDetailsNavigation, type AgentItem } from '../../../src/index';
import { item } from '../../unit/core/fixtures';
import { expectPassedThrough, HOST_ATTRIBUTES } from '../shared/pass-through';

const NOW = Date.parse('2026-11-25T15:00:00Z');

const FAILED: AgentItem = item({
  id: 'r1',
  title: 'Nightly release',
  status: 'failed',
  rawStatus: 'FAILED',
  statusDetail: 'Billing refused the run',
  errorCode: 'INSUFFICIENT_CREDITS',
  retryable: false,
  source: 'slack',
  creator: { id: 'u_p', name: 'Priya Raman' },
  startedAt: new Date('2026-11-25T12:01:00Z'),
  endedAt: new Date('2026-11-25T12:31:00Z'),
  credits: 12.5,
  creditsBreakdown: { inference: 10, compute: 2, platform: 0.5 },
  sessionState: 'expired',
  artifacts: [{ type: 'pull_request', url: 'https://github.com/a/b/pull/7', title: '#7', state: 'draft' }],
  meta: { environment: 'prod', harness: ['claude', 'codex'] },
});

function field(name: string): HTMLElement {
  const term = screen.getAllByRole('term').find((t) => t.textContent === name);
  if (!term) throw new Error(`no field ${name}`);
  return term.nextElementSibling as HTMLElement;
}

describe('AgentDetails', () => {
  test('a non-modal dialog named by the title, with every field', () => {
    render(
      <AgentDetails
        item={FAILED}
        onClose={() => {}}
        now={NOW}
        timeZone="UTC"
        locale="en-US"
        parent={{ id: 'p0', title: 'Release train' }}
        subRuns={[{ id: 's1', title: 'Build web' }]}
        renderDetails={(i) => <p>Transcript of {i.id}</p>}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Nightly release' });
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(within(field('Status')).getByText('Failed')).toBeTruthy();
    expect(field('Error').textContent).toContain(
      'Out of credits: the team has no add-on credits left (INSUFFICIENT_CREDITS)',
    );
    expect(field('Error').textContent).toContain('Billing refused the run');
    expect(field('Retry').textContent).toBe('A retry will not help');
    expect(field('Source').textContent).toContain('Slack');
    expect(field('Creator').textContent).toBe('Priya Raman');
    expect(field('Created').textContent).toBe('Today, 12:00 PM');
    expect(field('Started').textContent).toBe('Today, 12:01 PM');
    expect(field('Ended').textContent).toBe('Today, 12:31 PM');
    expect(field('Duration').textContent).toBe('30m');
    expect(field('Credits').textContent).toContain('12.5');
    expect(field('Credits').textContent).toContain('Inference: 10');
    expect(field('Credits').textContent).toContain('Platform: 0.5');
    expect(field('Session').textContent).toContain('Expired');
    expect(within(field('Artifacts')).getByRole('link', { name: 'Pull request #7' })).toBeTruthy();
    expect(field('environment').textContent).toBe('prod');
    expect(field('harness').textContent).toBe('claude, codex');
    expect(within(dialog).getByText('Transcript of r1')).toBeTruthy();
  });

  test('an unknown code shows the host detail and the code', () => {
    render(<AgentDetails item={{ ...FAILED, errorCode: 'E_DISK' }} onClose={() => {}} />);
    expect(field('Error').textContent).toBe('Billing refused the run (E_DISK)');
  });

  test('parent and sub-runs move the panel through onNavigate', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    render(
      <AgentDetails
        item={FAILED}
        onClose={() => {}}
        onNavigate={onNavigate}
        parent={{ id: 'p0', title: 'Release train' }}
        subRuns={[{ id: 's1', title: 'Build web' }]}
      />,
    );
    await user.click(within(field('Started by')).getByRole('button', { name: 'Release train' }));
    await user.click(within(field('Sub-runs')).getByRole('button', { name: 'Build web' }));
    expect(onNavigate.mock.calls).toEqual([['p0'], ['s1']]);
  });
});

const ORDER: AgentItem[] = ['a', 'b', 'c'].map((id) => item({ id, title: `Run ${id}` }));

function Harness({ orderedIds = ORDER.map((i) => i.id) }: { orderedIds?: string[] }) {
  const [details, setDetails] = useState<string | null>(null);
  const nav = useDetailsNavigation({
    orderedIds,
    details,
    onDetailsChange: setDetails,
    getRowElement: (id) => document.querySelector<HTMLElement>(`[data-row="${id}"]`),
  });
  const open = ORDER.find((i) => i.id === details);
  return (
    <>
      {ORDER.map((i) => (
        <button key={i.id} data-row={i.id} onClick={(e) => nav.open(i.id, e.currentTarget)}>
          Open {i.title}
        </button>
      ))}
      {open ? (
        <AgentDetails item={open} onClose={nav.close} onStep={nav.step} returnFocusTo={nav.returnFocusTo} />
      ) : null}
    </>
  );
}

describe('useDetailsNavigation', () => {
  test('j / k step inside the given order and stop at its ends', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open Run a' }));
    const title = () => screen.getByRole('dialog').getAttribute('aria-labelledby')!;
    const name = () => document.getElementById(title())!.textContent;
    expect(name()).toBe('Run a');
    await user.keyboard('k');
    expect(name()).toBe('Run a');
    await user.keyboard('j');
    expect(name()).toBe('Run b');
    await user.keyboard('jj');
    expect(name()).toBe('Run c');
    await user.keyboard('k');
    expect(name()).toBe('Run b');
  });

  test('j skips items outside the order (the current filter)', async () => {
    const user = userEvent.setup();
    render(<Harness orderedIds={['a', 'c']} />);
    await user.click(screen.getByRole('button', { name: 'Open Run a' }));
    await user.keyboard('j');
    expect(screen.getByRole('dialog', { name: 'Run c' })).toBeTruthy();
  });

  test('Escape closes it and focus returns to the row of the item last shown', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open Run a' }));
    expect(document.activeElement).toBe(screen.getByRole('dialog', { name: 'Run a' }));
    await user.keyboard('j');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open Run b' }));
  });

  test('the close button closes it and focus returns to the row shown', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open Run a' }));
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open Run a' }));
  });

  test('non-modal: focus can leave the panel, and closing then leaves focus where the user put it', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <>
        <button>Elsewhere</button>
        <AgentDetails item={ORDER[0]!} onClose={() => {}} />
      </>,
    );
    expect(document.activeElement).toBe(screen.getByRole('dialog', { name: 'Run a' }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elsewhere' }));
    rerender(<button>Elsewhere</button>);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elsewhere' }));
  });
});

describe('AgentDetails passes the ref and host attributes', () => {
  test('to the dialog, which stays named by the title and focusable', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentDetails ref={ref} {...HOST_ATTRIBUTES} role="region" tabIndex={0} item={FAILED} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Nightly release' });
    expectPassedThrough(ref, dialog, 'ab-details');
    expect(dialog.tabIndex).toBe(-1);
  });

  test("a host onKeyDown runs first; its preventDefault() keeps the panel's own keys off", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const seen = vi.fn();
    const { rerender } = render(<AgentDetails item={FAILED} onClose={onClose} onKeyDown={(e) => seen(e.key)} />);
    await user.keyboard('{Escape}');
    expect(seen).toHaveBeenCalledWith('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    rerender(<AgentDetails item={FAILED} onClose={onClose} onKeyDown={(e) => e.preventDefault()} />);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
