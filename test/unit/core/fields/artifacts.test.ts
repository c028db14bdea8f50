import { describe, expect, it } from 'vitest';
import {
  filterAgentItems,
  filtersFromSearchParams,
  filtersToSearchParams,
  getFacets,
  getFilterChips,
  type AgentArtifact,
} from '../../../../src/core';
import { artifactsField, readArtifactsUrl, writeArtifactsUrl } from '../../../../src/core/fields';
import { ids, item, LABELS, NO_FACETS } from '../fixtures';
import { roundTrip, written } from './helpers';

const artifactsUrl = { write: writeArtifactsUrl, read: readArtifactsUrl };
const pr: AgentArtifact = { type: 'pull_request', url: 'https://github.com/o/r/pull/1', title: '#1', state: 'open' };
const branch: AgentArtifact = { type: 'branch', branch: 'fix/login' };

const ctx = { tab: 'all' as const, viewerId: 'u_me' };
const items = [
  item({ id: 'pr+branch', artifacts: [pr, branch, { ...pr, title: '#2' }], status: 'failed' }),
  item({ id: 'nothing' }),
  item({ id: 'plan', artifacts: [{ type: 'plan', url: '/plans/1' }] }),
  item({ id: 'empty list', artifacts: [] }),
  item({ id: 'branch', artifacts: [branch], status: 'failed' }),
];

describe('the Has artifact field', () => {
  it('keeps items that produced any selected type; `none` keeps items that produced nothing', () => {
    expect(ids(filterAgentItems(items, { artifacts: ['branch'] }, ctx))).toEqual(['pr+branch', 'branch']);
    expect(ids(filterAgentItems(items, { artifacts: ['pull_request', 'plan'] }, ctx))).toEqual(['pr+branch', 'plan']);
    expect(ids(filterAgentItems(items, { artifacts: ['none'] }, ctx))).toEqual(['nothing', 'empty list']);
    expect(ids(filterAgentItems(items, { artifacts: ['screenshot'] }, ctx))).toEqual([]);
  });

  it('combines with the other fields (AND) and is ignored when empty', () => {
    expect(ids(filterAgentItems(items, { artifacts: ['branch'], statuses: ['failed'] }, ctx))).toEqual([
      'pr+branch',
      'branch',
    ]);
    expect(filterAgentItems(items, { artifacts: [] }, ctx)).toHaveLength(items.length);
  });

  it('always offers every type and `none`, an item counted once under each type it has', () => {
    const f = getFacets(items, { artifacts: ['none'] }, ctx);
    expect(f.artifacts!.map((o) => [o.value, o.label, o.count])).toEqual([
      ['pull_request', 'Pull request', 1],
      ['branch', 'Branch', 2],
      ['plan', 'Plan', 1],
      ['screenshot', 'Screenshot', 0],
      ['file', 'File', 0],
      ['link', 'Link', 0],
      ['none', 'No artifact', 2],
    ]);
    // Counted under the other filters, not its own.
    const failed = getFacets(items, { statuses: ['failed'] }, ctx);
    expect(failed.artifacts!.find((o) => o.value === 'branch')!.count).toBe(2);
    expect(failed.artifacts!.find((o) => o.value === 'none')!.count).toBe(0);
  });

  it('writes and reads `artifact` once per known value, through the whole URL too', () => {
    expect(written(artifactsUrl, { artifacts: ['plan', 'video' as never, 'plan', 'none'] })).toEqual([
      ['artifact', 'plan'],
      ['artifact', 'none'],
    ]);
    expect(roundTrip(artifactsUrl, { artifacts: ['pull_request', 'none'] })).toEqual({
      artifacts: ['pull_request', 'none'],
    });
    const query = filtersToSearchParams({ tab: 'all', filters: { artifacts: ['branch'], statuses: ['failed'] } });
    expect(query.toString()).toBe('tab=all&status=failed&artifact=branch');
    expect(filtersFromSearchParams('?artifact=branch&artifact=bogus&artifact=branch').filters).toEqual({
      artifacts: ['branch'],
    });
  });

  it('reads as one chip per value, labelled by the view (English by default)', () => {
    const chipCtx = { tab: 'personal' as const, facets: NO_FACETS, labels: LABELS, facetDefinitions: [] };
    const chips = artifactsField.chips({ artifacts: ['pull_request', 'none'] }, chipCtx);
    expect(chips.map((c) => [c.key, c.fieldLabel, c.valueLabel])).toEqual([
      ['a:pull_request', 'Has artifact', 'Pull request'],
      ['a:none', 'Has artifact', 'No artifact'],
    ]);
    const german = { ...LABELS, sectionArtifacts: 'Hat Artefakt', artifactTypes: { none: 'Kein Artefakt' } };
    expect(
      getFilterChips({ artifacts: ['none'] }, { ...chipCtx, labels: german }).map((c) => [c.fieldLabel, c.valueLabel]),
    ).toEqual([['Hat Artefakt', 'Kein Artefakt']]);
    expect(chips[1]!.remove({ artifacts: ['pull_request', 'none'] })).toEqual({ artifacts: ['pull_request'] });
    expect(artifactsField.activeCount({ artifacts: ['plan', 'none'] }, 'personal')).toBe(2);
  });
});
