// The rest-props rule (rest-props-helpers.ts) on the tab parts.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AgentTabs, AgentTabsList, AgentTabsPanel } from '../../../src/index';
import { HOST, HOST_NO_ID, STRAY_A11Y, focus, part, expectHostProps } from './rest-props-helpers';

describe('AgentTabs', () => {
  test('host attributes reach the root; its class and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(<AgentTabs ref={ref} {...HOST} />);
    expectHostProps(ref, 'ab-tabs-root');
  });

  test('a host onKeyDown runs and the arrow keys still switch tabs', async () => {
    const onKeyDown = vi.fn();
    const onTabChange = vi.fn();
    render(<AgentTabs onTabChange={onTabChange} {...HOST} onKeyDown={onKeyDown} />);
    focus(screen.getByRole('tab', { name: 'Personal' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(onKeyDown).toHaveBeenCalled();
    expect(onTabChange).toHaveBeenCalledWith('all');
  });

  test('its data-color-scheme is a default: a host data-color-scheme replaces it', () => {
    render(<AgentTabs {...HOST} data-color-scheme="dark" />);
    expect(part().getAttribute('data-color-scheme')).toBe('dark');
  });
});

describe('AgentTabsList', () => {
  test('host attributes reach the tab list; its class, the tabs slot and the host class stay', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <AgentTabs classNames={{ tabs: 'slot' }}>
        <AgentTabsList ref={ref} {...HOST} />
      </AgentTabs>,
    );
    expectHostProps(ref, 'ab-tabs', { slot: 'slot' });
  });

  test('a host onKeyDown runs and the arrow keys still move between the tabs', async () => {
    const onKeyDown = vi.fn();
    render(
      <AgentTabs>
        <AgentTabsList {...HOST} onKeyDown={onKeyDown} />
      </AgentTabs>,
    );
    focus(screen.getByRole('tab', { name: 'Personal' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(onKeyDown).toHaveBeenCalled();
    expect(screen.getByRole('tab', { name: 'All' }).getAttribute('aria-selected')).toBe('true');
  });

  test('it stays a tab list named "Agent views" whatever role or name the host passes', () => {
    render(
      <AgentTabs>
        <AgentTabsList {...HOST} {...STRAY_A11Y} />
      </AgentTabs>,
    );
    expect(screen.getByRole('tablist', { name: 'Agent views' })).toBe(part());
  });
});

describe('AgentTabsPanel', () => {
  test('host attributes reach the panel; its class and the host class stay; its id is the one its tab controls', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <AgentTabs>
        <AgentTabsList />
        <AgentTabsPanel ref={ref} {...HOST_NO_ID}>
          content
        </AgentTabsPanel>
      </AgentTabs>,
    );
    const panel = expectHostProps(ref, 'ab-panel', { id: false });
    expect(screen.getByRole('tab', { name: 'Personal' }).getAttribute('aria-controls')).toBe(panel.id);
  });

  test('a host onClick runs', async () => {
    const onClick = vi.fn();
    render(
      <AgentTabs>
        <AgentTabsPanel {...HOST_NO_ID} onClick={onClick}>
          content
        </AgentTabsPanel>
      </AgentTabs>,
    );
    await userEvent.click(part());
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  test('it stays a tab panel labelled by its tab whatever role or label the host passes', () => {
    // `aria-labelledby` is not in the panel's props; a plain-JS host could still pass it.
    const stray = { role: 'region', 'aria-labelledby': 'host-note' } as object;
    render(
      <AgentTabs>
        <AgentTabsList />
        <AgentTabsPanel {...HOST_NO_ID} {...stray}>
          content
        </AgentTabsPanel>
      </AgentTabs>,
    );
    expect(screen.getByRole('tabpanel', { name: 'Personal' })).toBe(part());
  });
});
