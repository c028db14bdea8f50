import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AgentTabs, AgentTabsList, AgentTabsPanel, type AgentTab } from '../../../src/index';
import { expectPassedThrough, HOST_ATTRIBUTES, HOST_ATTRIBUTES_NO_ID } from '../shared/pass-through';
import { descriptionOf } from '../view/view-helpers';

const COUNTS = { personal: { count: 5, working: 0 }, all: { count: 1234, working: 3 } };

describe('AgentTabs', () => {
  test('tabs are named exactly "Personal" and "All"; counts are visible and described', () => {
    render(<AgentTabs counts={COUNTS} />);
    const personal = screen.getByRole('tab', { name: 'Personal' });
    const all = screen.getByRole('tab', { name: 'All' });
    expect(personal.textContent).toContain('5');
    expect(all.textContent).toContain('1,234');
    expect(descriptionOf(personal)).toBe('5 items');
    expect(descriptionOf(all)).toBe('1,234 items, 3 running');
    expect(screen.getByRole('tablist', { name: 'Agent views' })).toBeTruthy();
  });

  test('only the tab whose set has working runs carries the live indicator', () => {
    render(<AgentTabs counts={COUNTS} />);
    const all = screen.getByRole('tab', { name: 'All' });
    const personal = screen.getByRole('tab', { name: 'Personal' });
    expect(all.hasAttribute('data-running')).toBe(true);
    expect(all.querySelector('.ab-live-dot')).not.toBeNull();
    expect(personal.hasAttribute('data-running')).toBe(false);
    expect(personal.querySelector('.ab-live-dot')).toBeNull();
  });

  test('uncontrolled: defaults to Personal, switches on click and reports it', async () => {
    const onTabChange = vi.fn();
    render(<AgentTabs counts={COUNTS} onTabChange={onTabChange} />);
    expect(screen.getByRole('tab', { name: 'Personal' }).getAttribute('aria-selected')).toBe('true');
    await userEvent.click(screen.getByRole('tab', { name: 'All' }));
    expect(screen.getByRole('tab', { name: 'All' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'All' }).getAttribute('data-state')).toBe('active');
    expect(onTabChange).toHaveBeenCalledWith('all');
  });

  test('controlled: follows the prop only', async () => {
    const onTabChange = vi.fn();
    const { rerender } = render(<AgentTabs tab="all" onTabChange={onTabChange} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Personal' }));
    expect(onTabChange).toHaveBeenCalledWith('personal');
    expect(screen.getByRole('tab', { name: 'All' }).getAttribute('aria-selected')).toBe('true');
    rerender(<AgentTabs tab="personal" onTabChange={onTabChange} />);
    expect(screen.getByRole('tab', { name: 'Personal' }).getAttribute('aria-selected')).toBe('true');
  });

  test('keyboard: arrow keys move between tabs', async () => {
    function Harness() {
      const [tab, setTab] = useState<AgentTab>('personal');
      return <AgentTabs tab={tab} onTabChange={setTab} />;
    }
    render(<Harness />);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Personal' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'All' }));
    expect(screen.getByRole('tab', { name: 'All' }).getAttribute('aria-selected')).toBe('true');
  });

  test('composed: the panel renders for the active tab and is labelled by it', async () => {
    render(
      <AgentTabs defaultTab="all">
        <AgentTabsList />
        <AgentTabsPanel>
          <p>content</p>
        </AgentTabsPanel>
      </AgentTabs>,
    );
    const panel = screen.getByRole('tabpanel');
    expect(panel.textContent).toBe('content');
    expect(panel.getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: 'All' }).id);
  });

  test('only the active tab points at the panel (aria-controls), and the reference moves with the tab', async () => {
    render(
      <AgentTabs defaultTab="personal">
        <AgentTabsList />
        <AgentTabsPanel>
          <p>content</p>
        </AgentTabsPanel>
      </AgentTabs>,
    );
    const personal = screen.getByRole('tab', { name: 'Personal' });
    const all = screen.getByRole('tab', { name: 'All' });
    expect(personal.getAttribute('aria-controls')).toBe(screen.getByRole('tabpanel').id);
    expect(all.hasAttribute('aria-controls')).toBe(false);
    await userEvent.click(all);
    expect(all.getAttribute('aria-controls')).toBe(screen.getByRole('tabpanel').id);
    expect(personal.hasAttribute('aria-controls')).toBe(false);
    // Every id a tab refers to exists.
    for (const tab of screen.getAllByRole('tab')) {
      const ref = tab.getAttribute('aria-controls');
      if (ref) expect(document.getElementById(ref)).not.toBeNull();
    }
  });

  test('without a panel no tab has aria-controls (it would point at nothing)', () => {
    render(<AgentTabs defaultTab="all" counts={COUNTS} />);
    for (const tab of screen.getAllByRole('tab')) expect(tab.hasAttribute('aria-controls')).toBe(false);
  });

  test('labels override the names', () => {
    render(<AgentTabs labels={{ tabPersonal: 'Mine', tabAll: 'Team' }} />);
    expect(screen.getByRole('tab', { name: 'Mine' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Team' })).toBeTruthy();
  });

  test('a part outside AgentTabs throws a clear message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<AgentTabsList />)).toThrow('`AgentTabsList` must be used within `AgentTabs`.');
    vi.restoreAllMocks();
  });

  test('AgentTabs: the ref and host attributes reach the root element', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentTabs ref={ref} {...HOST_ATTRIBUTES} />);
    expectPassedThrough(ref, screen.getByRole('tablist').parentElement, 'ab-tabs-root');
  });

  test('AgentTabsList: the ref and host attributes reach the tab list; its name stays the label', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <AgentTabs>
        <AgentTabsList ref={ref} {...HOST_ATTRIBUTES} aria-label="Something else" />
      </AgentTabs>,
    );
    expectPassedThrough(ref, screen.getByRole('tablist', { name: 'Agent views' }), 'ab-tabs');
  });

  test('AgentTabsPanel: the ref and host attributes reach the panel, which stays labelled by its tab', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <AgentTabs>
        <AgentTabsList />
        <AgentTabsPanel ref={ref} {...HOST_ATTRIBUTES_NO_ID}>
          content
        </AgentTabsPanel>
      </AgentTabs>,
    );
    const panel = screen.getByRole('tabpanel', { name: 'Personal' });
    expectPassedThrough(ref, panel, 'ab-panel', { id: false });
    expect(screen.getByRole('tab', { name: 'Personal' }).getAttribute('aria-controls')).toBe(panel.id);
  });
});
