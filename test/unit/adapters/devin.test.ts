import { describe, expect, it } from 'vitest';
import { parseAgentItems, type AgentItem } from '../../../src/core';
import { describeAgentError } from '../../../src/core/errors';
import { defaultInspectLabels } from '../../../src/react/root/inspect-labels';
import { devinFacetDefinitions, devinSources, fromDevinSessions } from '../../../src/adapters';
import { expectLabelled, parseClean, parseOne } from './helpers';

// v1 `GET /v1/sessions` (SessionSummary).
const v1Session = {
  session_id: 'devin-1a2b3c',
  status: 'running',
  status_enum: 'working',
  title: 'Upgrade the ORM',
  created_at: '2026-11-20T15:04:00Z',
  updated_at: '2026-11-20T15:30:00Z',
  playbook_id: 'playbook-9',
  pull_request: { url: 'https://github.com/acme/api/pull/88' },
  requesting_user_email: 'ada@example.com',
  snapshot_id: null,
  structured_output: null,
  tags: ['backend', 'orm'],
};

// v3 `GET /v3/organizations/{org_id}/sessions` (SessionResponse): epoch-second dates.
const CREATED = 1_763_651_040;
const v3Session = {
  session_id: 'devin-4d5e6f',
  org_id: 'org-abc',
  status: 'running',
  status_detail: 'waiting_for_user',
  title: 'Migrate the billing jobs',
  created_at: CREATED,
  updated_at: CREATED + 600,
  acus_consumed: 4.5,
  pull_requests: [{ pr_url: 'https://github.com/acme/billing/pull/12', pr_state: 'open' }],
  tags: ['billing'],
  url: 'https://app.devin.ai/sessions/4d5e6f',
  user_id: 'user-42',
  origin: 'slack',
  parent_session_id: 'devin-000001',
  child_session_ids: [],
  is_archived: false,
  playbook_id: null,
  category: 'migration',
};

const v1 = (over: Record<string, unknown>) => ({ ...v1Session, ...over });
const v3 = (over: Record<string, unknown>) => ({ ...v3Session, ...over });

describe('fromDevinSessions', () => {
  it('maps a v1 session', () => {
    expect(fromDevinSessions({ sessions: [v1Session] })).toEqual([
      {
        id: 'devin:devin-1a2b3c',
        kind: 'ambient',
        title: 'Upgrade the ORM',
        source: 'devin',
        status: 'working',
        createdAt: '2026-11-20T15:04:00Z',
        creator: { id: 'devin:ada@example.com', name: 'ada@example.com' },
        artifacts: [{ type: 'pull_request', url: 'https://github.com/acme/api/pull/88', title: '#88' }],
        meta: { tags: ['backend', 'orm'], playbook: 'playbook-9' },
      },
    ]);
    parseOne(fromDevinSessions([v1Session]));
  });

  it('maps a v3 session: what it waits on, its ACUs, its origin and its parent', () => {
    const [adapted] = fromDevinSessions({ items: [v3Session], end_cursor: null, has_next_page: false, total: 1 });
    expect(adapted).toEqual({
      id: 'devin:devin-4d5e6f',
      kind: 'ambient',
      title: 'Migrate the billing jobs',
      source: 'slack',
      status: 'waiting_for_input',
      statusDetail: 'Waiting for user',
      createdAt: CREATED * 1000,
      creator: { id: 'devin:user-42', name: 'user-42' },
      sessionUrl: 'https://app.devin.ai/sessions/4d5e6f',
      parentId: 'devin:devin-000001',
      artifacts: [
        { type: 'pull_request', url: 'https://github.com/acme/billing/pull/12', title: '#12', state: 'open' },
      ],
      // ACUs are Devin's own unit, not credits: without a rate they are only told.
      meta: { tags: ['billing'], category: 'migration', organization: 'org-abc', acus: '4.5' },
    });
    const item = parseOne(fromDevinSessions([v3Session]));
    expect(item).toMatchObject({ status: 'blocked' });
    expect(item.credits).toBeUndefined();
    expect(item.createdAt.getTime()).toBe(CREATED * 1000);
  });

  it.each([
    ['new', undefined, 'queued', 'working', 'New'],
    ['claimed', undefined, 'claimed', 'working', undefined],
    ['running', undefined, 'running', 'working', undefined],
    ['running', 'working', 'running', 'working', undefined],
    ['running', 'waiting_for_user', 'waiting_for_input', 'blocked', 'Waiting for user'],
    ['running', 'waiting_for_approval', 'blocked', 'blocked', 'Waiting for approval'],
    ['running', 'finished', 'finished', 'success', 'Finished'],
    ['exit', undefined, 'finished', 'success', 'Exit'],
    ['exit', 'finished', 'finished', 'success', 'Finished'],
    ['error', 'error', 'error', 'failed', 'Error'],
    ['suspended', 'inactivity', 'blocked', 'blocked', 'Suspended: Inactivity'],
    ['suspended', 'out_of_credits', 'blocked', 'blocked', 'Suspended: Out of credits'],
    ['suspended', 'usage_limit_exceeded', 'blocked', 'blocked', 'Suspended: Usage limit exceeded'],
    ['suspended', undefined, 'blocked', 'blocked', 'Suspended'],
    ['resuming', undefined, 'started', 'working', 'Resuming'],
  ])('maps v3 status %s (%s) to raw %s (%s)', (status, status_detail, raw, display, detail) => {
    const item = parseOne(fromDevinSessions([v3({ status, status_detail })]));
    expect(item).toMatchObject({ rawStatus: raw, status: display });
    expect(item.statusDetail).toBe(detail);
    const ended = display === 'success' || display === 'failed' || display === 'canceled';
    expect(item.endedAt?.getTime()).toBe(ended ? (CREATED + 600) * 1000 : undefined);
  });

  it.each([
    ['working', 'working', 'working', undefined],
    ['blocked', 'blocked', 'blocked', undefined],
    ['finished', 'finished', 'success', undefined],
    ['expired', 'stopped', 'canceled', 'Expired'],
    ['suspend_requested', 'blocked', 'blocked', 'Suspend requested'],
    ['suspend_requested_frontend', 'blocked', 'blocked', 'Suspend requested frontend'],
    ['resume_requested', 'started', 'working', 'Resume requested'],
    ['resume_requested_frontend', 'started', 'working', 'Resume requested frontend'],
    ['resumed', 'running', 'working', 'Resumed'],
  ])('maps v1 status_enum %s to raw %s (%s)', (status_enum, raw, display, detail) => {
    const item = parseOne(fromDevinSessions([v1({ status_enum })]));
    expect(item).toMatchObject({ rawStatus: raw, status: display });
    expect(item.statusDetail).toBe(detail);
    expect(item.sessionState).toBe(status_enum === 'expired' ? 'expired' : undefined);
  });

  // `StatusDetail` of Devin's SDK: the reasons a session stops for lack of credits, quota or payment,
  // with the words `statusDetail` keeps for hosts with their own labels.
  const REASONS = [
    ['out_of_credits', 'Out of credits'],
    ['out_of_quota', 'Out of quota'],
    ['no_quota_allocation', 'No quota allocation'],
    ['payment_declined', 'Payment declined'],
    ['usage_limit_exceeded', 'Usage limit exceeded'],
    ['org_usage_limit_exceeded', 'Org usage limit exceeded'],
  ];

  it.each(REASONS)(
    'gives a session that ended in error for %s that reason as its error code',
    (status_detail, words) => {
      const item = parseOne(fromDevinSessions([v3({ status: 'error', status_detail })]));
      expect(item).toMatchObject({ status: 'failed', errorCode: status_detail, statusDetail: words });
    },
  );

  it('has a built-in sentence for each of those reasons; another reason is told in its words', () => {
    for (const [status_detail] of REASONS) {
      const item = parseOne(fromDevinSessions([v3({ status: 'error', status_detail })]));
      const error = describeAgentError(item, defaultInspectLabels.errorMessages);
      expect(error, status_detail).toMatchObject({ known: true, code: status_detail });
      expect(error?.text).not.toBe(status_detail);
      expect(error?.text).not.toBe(item.statusDetail);
    }
    const other = parseOne(fromDevinSessions([v3({ status: 'error', status_detail: 'total_session_limit_exceeded' })]));
    expect(describeAgentError(other, defaultInspectLabels.errorMessages)).toEqual({
      text: 'Total session limit exceeded',
      code: 'total_session_limit_exceeded',
      known: false,
    });
  });

  it('gives no error code to a plain error, nor to a suspended session, which waits on the user', () => {
    const [plain, suspended, running] = parseClean(
      fromDevinSessions([
        v3({ session_id: 'a', status: 'error', status_detail: 'error' }),
        v3({ session_id: 'b', status: 'suspended', status_detail: 'out_of_credits' }),
        v3({ session_id: 'c', status: 'running', status_detail: 'working' }),
      ]),
    );
    expect(plain).toMatchObject({ status: 'failed', statusDetail: 'Error' });
    expect(plain?.errorCode).toBeUndefined();
    expect(suspended).toMatchObject({ status: 'blocked', statusDetail: 'Suspended: Out of credits' });
    expect(suspended?.errorCode).toBeUndefined();
    expect(describeAgentError(suspended as AgentItem, defaultInspectLabels.errorMessages)).toBeUndefined();
    expect(running?.errorCode).toBeUndefined();
  });

  it('keeps an undocumented status raw, so the parser reports it', () => {
    const { issues } = parseAgentItems(fromDevinSessions([v3({ status: 'hibernating', status_detail: undefined })]));
    expect(issues).toEqual([expect.objectContaining({ level: 'warning', path: 'status' })]);
  });

  it('maps every origin; the registry labels the ones that are not built in', () => {
    const origins = ['webapp', 'slack', 'teams', 'api', 'linear', 'jira', 'scheduled', 'other'];
    const items = parseClean(fromDevinSessions(origins.map((origin, i) => v3({ session_id: `s${i}`, origin }))));
    expect(items.map((i) => i.source)).toEqual([
      'webapp',
      'slack',
      'teams',
      'api',
      'linear',
      'jira',
      'scheduled',
      'devin',
    ]);
    expectLabelled([...items.map((i) => i.source), 'devin'], devinSources);
  });

  it('maps v2 enterprise sessions: ISO dates and { url, state } pull requests', () => {
    const [adapted] = fromDevinSessions({
      items: [
        v3({
          created_at: '2026-11-20T15:04:00Z',
          updated_at: '2026-11-20T15:05:00Z',
          status: 'exit',
          status_detail: undefined,
          pull_requests: [{ url: 'https://github.com/acme/a/pull/3', state: 'MERGED' }],
        }),
      ],
      has_more: false,
      total: 1,
    });
    expect(adapted).toMatchObject({
      createdAt: '2026-11-20T15:04:00Z',
      endedAt: '2026-11-20T15:05:00Z',
      artifacts: [{ type: 'pull_request', state: 'merged', title: '#3' }],
    });
  });

  it('uses the placeholder creator when a session names no one, and the service user otherwise', () => {
    const [none, service] = fromDevinSessions([v3({ user_id: null }), v3({ user_id: null, service_user_id: 'svc-1' })]);
    expect(none?.creator).toEqual({ id: 'devin', name: 'Devin' });
    expect(service?.creator).toEqual({ id: 'devin:svc-1', name: 'svc-1' });
  });

  it('maps a session with only its required fields; a missing title is the one thing reported', () => {
    const { items, issues } = parseAgentItems(
      fromDevinSessions([
        { session_id: 's1', status: 'running', created_at: '2026-11-20T15:04:00Z', updated_at: '2026-11-20T15:04:00Z' },
      ]),
    );
    expect(items[0]).toMatchObject({ id: 'devin:s1', source: 'devin', status: 'working', title: '' });
    expect(issues).toEqual([expect.objectContaining({ level: 'warning', path: 'title' })]);
  });

  it('reads every list shape alike, and nothing from other shapes', () => {
    expect(fromDevinSessions({ sessions: [v1Session] })).toEqual(fromDevinSessions([v1Session]));
    expect(fromDevinSessions({ items: [v3Session] })).toEqual(fromDevinSessions([v3Session]));
    for (const body of [undefined, null, true, {}, { sessions: {} }, { data: [v1Session] }]) {
      expect(fromDevinSessions(body)).toEqual([]);
    }
  });

  it('offers a facet definition for each of its facets', () => {
    const keys = Object.keys(fromDevinSessions([v3({ playbook_id: 'p' })])[0]?.meta ?? {});
    // Every key but the ACUs, a quantity rather than something to filter by.
    expect(keys.filter((key) => key !== 'acus').sort()).toEqual(devinFacetDefinitions.map((d) => d.key).sort());
  });
});
