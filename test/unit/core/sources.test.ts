import { describe, expect, it } from 'vitest';
import { BUILT_IN_SOURCES, getSourceMeta, humanizeSource, isBuiltInSource } from '../../../src/core';

describe('getSourceMeta', () => {
  it('labels and groups the built-ins', () => {
    expect(BUILT_IN_SOURCES).toEqual(['interactive', 'cli', 'api', 'slack', 'linear', 'scheduled', 'github_actions']);
    expect(BUILT_IN_SOURCES.map((s) => getSourceMeta(s))).toEqual([
      { label: 'Interactive', group: 'app' },
      { label: 'CLI', group: 'developer' },
      { label: 'API', group: 'developer' },
      { label: 'Slack', group: 'integration' },
      { label: 'Linear', group: 'integration' },
      { label: 'Scheduled', group: 'automation' },
      { label: 'GitHub Actions', group: 'automation' },
    ]);
  });

  it('gives any other string a readable label', () => {
    expect(getSourceMeta('my_custom-source').label).toBe('My custom source');
    expect(getSourceMeta('PagerDuty').label).toBe('PagerDuty');
    expect(getSourceMeta('').label).toBe('Unknown');
  });

  it('uses a host registry without global state', () => {
    const registry = { jira: { label: 'Jira', group: 'integration' as const }, slack: { label: 'Slack (EU)' } };
    expect(getSourceMeta('jira', registry)).toEqual({ label: 'Jira', group: 'integration' });
    expect(getSourceMeta('slack', registry)).toEqual({ label: 'Slack (EU)', group: 'integration' });
    expect(getSourceMeta('jira')).toEqual({ label: 'Jira', group: 'integration' });
    expect(getSourceMeta('cron_job', { cron_job: { group: 'automation' } })).toEqual({
      label: 'Cron job',
      group: 'automation',
    });
  });
});

describe('humanizeSource and isBuiltInSource', () => {
  it('turns separators into spaces and capitalises the first letter only', () => {
    expect(humanizeSource('  my__custom - source ')).toBe('My custom source');
    expect(humanizeSource('pagerDuty')).toBe('PagerDuty');
    expect(humanizeSource('___')).toBe('Unknown');
  });
  it('knows the built-ins and nothing else', () => {
    for (const s of BUILT_IN_SOURCES) expect(isBuiltInSource(s)).toBe(true);
    for (const s of ['Slack', 'jira', '', undefined, 7]) expect(isBuiltInSource(s)).toBe(false);
  });
  it('ignores an unusable registry entry (empty label, unknown group) and inherited keys', () => {
    expect(getSourceMeta('slack', { slack: { label: '', group: 'space' as never } })).toEqual({
      label: 'Slack',
      group: 'integration',
    });
    expect(getSourceMeta('toString', {})).toEqual({ label: 'ToString', group: 'integration' });
  });
});
