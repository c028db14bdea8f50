import { describe, expect, it } from 'vitest';
import { parseAgentItems } from '../../../src/core';
import { cursorFacetDefinitions, cursorSources, fromCursorAgents } from '../../../src/adapters';
import { expectLabelled, parseClean, parseOne } from './helpers';

// The example response of Cursor's "List Agents" reference.
const documented = {
  agents: [
    {
      id: 'bc_abc123',
      name: 'Add README Documentation',
      status: 'RUNNING',
      source: { repository: 'https://github.com/your-org/your-repo', ref: 'main' },
      target: {
        url: 'https://cursor.com/agents?id=bc_abc123',
        branchName: 'cursor/add-readme-1234',
        prUrl: 'https://github.com/your-org/your-repo/pull/1234',
        autoCreatePr: false,
      },
      createdAt: '2024-01-15T10:30:00Z',
      summary: 'Added README.md with installation instructions and usage examples',
    },
  ],
  nextCursor: 'bc_def456',
};

const agent = (over: Record<string, unknown>) => ({ ...documented.agents[0], ...over });

describe('fromCursorAgents', () => {
  it("maps the reference's example response", () => {
    expect(fromCursorAgents(documented)).toEqual([
      {
        id: 'cursor:bc_abc123',
        kind: 'ambient',
        title: 'Add README Documentation',
        source: 'cursor',
        status: 'RUNNING',
        createdAt: '2024-01-15T10:30:00Z',
        creator: { id: 'cursor', name: 'Cursor' },
        sessionUrl: 'https://cursor.com/agents?id=bc_abc123',
        artifacts: [
          {
            type: 'pull_request',
            url: 'https://github.com/your-org/your-repo/pull/1234',
            title: '#1234',
            branch: 'cursor/add-readme-1234',
          },
        ],
        meta: {
          repository: 'your-org/your-repo',
          baseBranch: 'main',
          branch: 'cursor/add-readme-1234',
          summary: 'Added README.md with installation instructions and usage examples',
        },
      },
    ]);
    expect(parseOne(fromCursorAgents(documented))).toMatchObject({ status: 'working', kind: 'ambient' });
  });

  it.each([
    ['RUNNING', 'RUNNING', 'working', undefined],
    ['FINISHED', 'FINISHED', 'success', undefined],
    ['ERROR', 'ERROR', 'failed', 'Added README.md with installation instructions and usage examples'],
    ['CREATING', 'pending', 'working', 'Creating'],
    ['EXPIRED', 'stopped', 'canceled', 'Expired'],
  ])('maps the status %s to raw %s (%s)', (status, raw, display, detail) => {
    const item = parseOne(fromCursorAgents([agent({ status })]));
    expect(item).toMatchObject({ rawStatus: raw, status: display });
    expect(item.statusDetail).toBe(detail);
    expect(item.sessionState).toBe(status === 'EXPIRED' ? 'expired' : undefined);
  });

  it('gives no error code: an error is told in its summary, and expiry is not said to be a failure', () => {
    for (const status of ['ERROR', 'EXPIRED', 'FINISHED']) {
      expect(parseOne(fromCursorAgents([agent({ status })])).errorCode, status).toBeUndefined();
    }
  });

  it('keeps an undocumented status raw (the newer API says ACTIVE), so the parser reports it', () => {
    const { issues } = parseAgentItems(fromCursorAgents([agent({ status: 'ACTIVE' })]));
    expect(issues).toEqual([expect.objectContaining({ level: 'warning', path: 'status' })]);
  });

  it('gives every agent the placeholder creator and the cursor source, which its registry labels', () => {
    const items = parseClean(fromCursorAgents([agent({}), agent({ id: 'bc_2' })]));
    expect(items.map((i) => i.creator)).toEqual([
      { id: 'cursor', name: 'Cursor' },
      { id: 'cursor', name: 'Cursor' },
    ]);
    expect(items[0]?.creator).not.toBe(items[1]?.creator);
    expectLabelled(['cursor'], cursorSources);
  });

  it('makes the branch an artifact of its own when there is no pull request', () => {
    const [adapted] = fromCursorAgents([
      agent({ target: { url: 'https://cursor.com/agents?id=bc_abc123', branchName: 'cursor/x' } }),
    ]);
    expect(adapted?.artifacts).toEqual([{ type: 'branch', branch: 'cursor/x', title: 'cursor/x' }]);
    const [bare] = fromCursorAgents([agent({ target: {} })]);
    expect(bare?.artifacts).toBeUndefined();
  });

  it('maps an agent with only its required fields', () => {
    const item = parseOne(
      fromCursorAgents([
        { id: 'bc_1', name: 'Fix it', status: 'FINISHED', source: {}, target: {}, createdAt: '2024-01-15T10:30:00Z' },
      ]),
    );
    expect(item).toMatchObject({ id: 'cursor:bc_1', title: 'Fix it', status: 'success' });
    expect(item.meta).toBeUndefined();
  });

  it('reads repositories given as URLs or as host paths', () => {
    const names = ['https://github.com/a/b.git', 'github.com/a/b', 'https://gitlab.com/g/p'].map(
      (repository) => fromCursorAgents([agent({ source: { repository } })])[0]?.meta?.repository,
    );
    expect(names).toEqual(['a/b', 'a/b', 'gitlab.com/g/p']);
  });

  it('reads the wrapped body and the bare array alike, and nothing from other shapes', () => {
    expect(fromCursorAgents(documented)).toEqual(fromCursorAgents(documented.agents));
    for (const body of [undefined, null, '', {}, { agents: null }, { items: documented.agents }]) {
      expect(fromCursorAgents(body)).toEqual([]);
    }
  });

  it('offers a facet definition for each of its facets', () => {
    const meta = fromCursorAgents(documented)[0]?.meta ?? {};
    for (const { key } of cursorFacetDefinitions) expect(meta[key]).toBeDefined();
  });
});
