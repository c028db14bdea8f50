import { describe, expect, it } from 'vitest';
import { compareNewestFirst, filterAgentItems, sortAgentItems, type AgentItem } from '../../../src/core';
import { COLLATOR_MAX_ITEMS } from '../../../src/core/sort';
import {
  makeItem,
  makeItems,
  RUNS_NOW as NOW,
  RUNS_TEAMMATE as TEAMMATE,
  RUNS_VIEWER as VIEWER,
} from '../../fixtures/run-items';

const idsOf = (items: readonly AgentItem[]) => items.map((i) => i.id);

describe('sortAgentItems', () => {
  it('sorts by one column; missing values go last in both directions; ties keep newest first, then input order', () => {
    const at = (min: number) => new Date(NOW - min * 60_000);
    const items = [
      makeItem({ id: 'a', credits: 5, createdAt: at(3) }),
      makeItem({ id: 'b', credits: undefined, createdAt: at(1) }),
      makeItem({ id: 'c', credits: 5, createdAt: at(1) }),
      makeItem({ id: 'd', credits: 1, createdAt: at(2) }),
      makeItem({ id: 'e', credits: 5, createdAt: at(1) }),
    ];
    expect(idsOf(sortAgentItems(items, { id: 'credits', desc: true }, { now: NOW }))).toEqual([
      'c',
      'e',
      'a',
      'd',
      'b',
    ]);
    expect(idsOf(sortAgentItems(items, { id: 'credits', desc: false }, { now: NOW }))).toEqual([
      'd',
      'c',
      'e',
      'a',
      'b',
    ]);
    expect(idsOf(sortAgentItems(items, { id: 'createdAt', desc: true }, { now: NOW }))).toEqual([
      'b',
      'c',
      'e',
      'd',
      'a',
    ]);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e']); // a copy: the input is untouched
  });

  it('sorts durations against the clock (a working run keeps growing) and puts interactive items last', () => {
    const items = [
      makeItem({ id: 'done', startedAt: new Date(NOW - 120_000), endedAt: new Date(NOW - 60_000) }),
      makeItem({ id: 'live', status: 'working', startedAt: new Date(NOW - 90_000), endedAt: undefined }),
      makeItem({ id: 'chat', kind: 'interactive' }),
    ];
    expect(idsOf(sortAgentItems(items, { id: 'duration', desc: true }, { now: NOW }))).toEqual([
      'live',
      'done',
      'chat',
    ]);
    expect(idsOf(sortAgentItems(items, { id: 'duration', desc: true }, { now: NOW - 60_000 }))).toEqual([
      'done',
      'live',
      'chat',
    ]);
  });

  it('sorts Status by the display order: Working, Blocked, Canceled, Failed, Success', () => {
    const statuses = ['success', 'failed', 'working', 'canceled', 'blocked', 'working'] as const;
    const items = statuses.map((status, i) => makeItem({ id: `s${i}`, status }));
    expect(sortAgentItems(items, { id: 'status', desc: false }, { now: NOW }).map((i) => i.status)).toEqual([
      'working',
      'working',
      'blocked',
      'canceled',
      'failed',
      'success',
    ]);
    // Descending reverses the statuses; equal statuses still keep newest first (s2 is newer than s5).
    expect(idsOf(sortAgentItems(items, { id: 'status', desc: true }, { now: NOW }))).toEqual([
      's0',
      's1',
      's3',
      's4',
      's2',
      's5',
    ]);
  });

  it('sorts Source by its label, a host registry first, unknown sources by their readable label', () => {
    const items = [
      makeItem({ id: 'slack', source: 'slack' }),
      makeItem({ id: 'gha', source: 'github_actions' }),
      makeItem({ id: 'custom', source: 'zz_custom' }),
      makeItem({ id: 'linear', source: 'linear' }),
      makeItem({ id: 'jira', source: 'jira' }),
    ];
    const labels = (registry?: Record<string, { label: string }>) =>
      idsOf(sortAgentItems(items, { id: 'source', desc: false }, { now: NOW, sourceRegistry: registry }));
    expect(labels()).toEqual(['gha', 'jira', 'linear', 'slack', 'custom']);
    // A registered label wins over the identifier: "Atlassian Jira" comes first.
    expect(labels({ jira: { label: 'Atlassian Jira' } })).toEqual(['jira', 'gha', 'linear', 'slack', 'custom']);
  });

  it('sorts Creator by name (case- and accent-insensitive); nameless creators go last both ways', () => {
    const person = (name: string) => ({ id: `u_${name}`, name });
    const items = [
      makeItem({ id: 'zoe', creator: person('Zoë') }),
      makeItem({ id: 'none', creator: person('') }),
      makeItem({ id: 'ada', creator: person('ada') }),
      makeItem({ id: 'Ada', creator: person('Ada') }),
      makeItem({ id: 'bob', creator: person('Bob') }),
    ];
    expect(idsOf(sortAgentItems(items, { id: 'creator', desc: false }, { now: NOW, locale: 'en-US' }))).toEqual([
      'ada',
      'Ada',
      'bob',
      'zoe',
      'none',
    ]);
    expect(idsOf(sortAgentItems(items, { id: 'creator', desc: true }, { now: NOW, locale: 'en-US' }))).toEqual([
      'zoe',
      'bob',
      'ada',
      'Ada',
      'none',
    ]);
  });

  it('sorts large lists by title with the same rules as small ones (case, accents, numbers)', () => {
    const titles = ['item 10', 'Item 9', 'émile', 'Emile zola', 'apple', 'Zebra', 'item 009'];
    const small = titles.map((title, i) => makeItem({ title, createdAt: new Date(NOW - i * 1000) }));
    const expected = ['apple', 'émile', 'Emile zola', 'Item 9', 'item 009', 'item 10', 'Zebra'];
    const sortTitles = (list: AgentItem[]) =>
      sortAgentItems(list, { id: 'title', desc: false }, { now: NOW, locale: 'en-US' }).map((item) => item.title);
    expect(sortTitles(small)).toEqual(expected);

    const filler = makeItems(COLLATOR_MAX_ITEMS, () => ({ title: '' }));
    expect(sortTitles([...small, ...filler]).slice(0, titles.length)).toEqual(expected);
  });

  it('sorts a filter result through its source order exactly as it sorts a plain copy', () => {
    // Ties on createdAt and credits, missing credits and titles, non-viewer interactive items.
    const items = makeItems(12_000, (i) => ({
      createdAt: new Date(NOW - Math.floor(i / 3) * 60_000),
      credits: i % 7 === 0 ? undefined : (i * 37) % 101,
      title: i % 11 === 0 ? '' : `Run ${(i * 7919) % 5000}`,
      kind: i % 5 === 0 ? 'interactive' : 'ambient',
      creator: i % 4 === 0 ? VIEWER : TEAMMATE,
      status: i % 3 === 0 ? 'failed' : 'success',
      source: i % 6 === 0 ? 'linear' : 'slack',
    }));
    const ctx = { viewerId: VIEWER.id, timeZone: 'UTC', now: NOW };
    const results = [
      filterAgentItems(items, {}, { ...ctx, tab: 'all' }),
      filterAgentItems(items, {}, { ...ctx, tab: 'personal' }),
      filterAgentItems(items, { statuses: ['failed'] }, { ...ctx, tab: 'all' }),
    ];
    for (const id of ['createdAt', 'credits', 'title', 'duration', 'status', 'source', 'creator'] as const) {
      for (const desc of [false, true]) {
        for (const result of results) {
          const viaSource = sortAgentItems(result, { id, desc }, { now: NOW, locale: 'en-US' });
          const plain = sortAgentItems(result.slice(), { id, desc }, { now: NOW, locale: 'en-US' });
          expect(viaSource.map((item) => item.id)).toEqual(plain.map((item) => item.id));
        }
      }
    }
    // A filter result changed in place is sorted as it is now, not as it was returned.
    const changed = results[0]!;
    changed.reverse();
    expect(sortAgentItems(changed, { id: 'credits', desc: true }, { now: NOW }).map((item) => item.id)).toEqual(
      sortAgentItems(changed.slice(), { id: 'credits', desc: true }, { now: NOW }).map((item) => item.id),
    );
  });
});

describe('compareNewestFirst', () => {
  it('orders by createdAt, newest first, then by id descending (the keyset servers page on)', () => {
    const mk = (id: string, min: number) => makeItem({ id, createdAt: new Date(NOW - min * 60_000) });
    const items = [mk('a', 2), mk('c', 1), mk('b', 1), mk('d', 3)];
    expect(idsOf(items.slice().sort(compareNewestFirst))).toEqual(['c', 'b', 'a', 'd']);
    expect(compareNewestFirst(items[1]!, items[1]!)).toBe(0);
  });
});
