// The items every page of the side-by-side bench renders, and the row mapping a host writes for a
// grid library (AG Grid, MUI X, a TanStack page): the same generated host JSON for every page.
import type { AgentItemInput } from '../../src/core/schema';
import { generateAgentItems } from '../../test/fixtures/sample-data';

export const VIEWER = 'u_me';
/** The fixed clock of every page (the sample data's default). */
export const NOW = new Date('2026-11-25T15:00:00Z');

/**
 * `n` items as a host sends them (ISO dates, raw statuses), the same for every page. Teammates'
 * interactive conversations are left out (the sample data says a host should not send them, and
 * agentboard's tabs hide them), so every grid shows exactly `n` rows.
 */
export function makeRaw(n: number): AgentItemInput[] {
  const out: AgentItemInput[] = [];
  const all = generateAgentItems({ count: Math.ceil(n * 1.05) + 10, seed: 42, viewerId: VIEWER, now: NOW });
  for (const item of all) {
    if (out.length === n) break;
    if (item.kind === 'interactive' && item.creator?.id !== VIEWER) continue;
    out.push(item);
  }
  if (out.length !== n) throw new Error(`makeRaw: ${out.length} items, wanted ${n}`);
  return out;
}

/** One row of a peer grid: what its cells show, in the types its sort and filter need. */
export interface PeerRow {
  id: string;
  title: string;
  source: string;
  status: string;
  creator: string;
  createdAt: Date;
  /** Run time in ms (running runs: up to the page's clock); null for conversations. */
  durationMs: number | null;
  credits: number | null;
}

// A host's own tables: raw status → the label it shows, source id → its name.
const STATUS_LABELS: Record<string, string> = {
  queued: 'Working',
  pending: 'Working',
  claimed: 'Working',
  in_progress: 'Working',
  running: 'Working',
  waiting_for_input: 'Blocked',
  blocked: 'Blocked',
  action_required: 'Blocked',
  needs_input: 'Blocked',
  cancelled: 'Canceled',
  canceled: 'Canceled',
  aborted: 'Canceled',
  failed: 'Failed',
  error: 'Failed',
  timed_out: 'Failed',
  errored: 'Failed',
  succeeded: 'Success',
  success: 'Success',
  completed: 'Success',
  done: 'Success',
};
const SOURCE_LABELS: Record<string, string> = {
  interactive: 'Interactive',
  cli: 'CLI',
  api: 'API',
  slack: 'Slack',
  linear: 'Linear',
  scheduled: 'Scheduled',
  github_actions: 'GitHub Actions',
};

/**
 * What a host writes to turn the JSON into a grid's rows: dates parsed, statuses and sources named,
 * the duration computed. This is the peers' "data preparation" figure, beside `parseAgentItems`.
 */
export function toPeerRows(raw: readonly AgentItemInput[]): PeerRow[] {
  const now = NOW.getTime();
  const rows: PeerRow[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) {
    const r = raw[i]!;
    const started = r.startedAt ? Date.parse(String(r.startedAt)) : NaN;
    const ended = r.endedAt ? Date.parse(String(r.endedAt)) : NaN;
    rows[i] = {
      id: String(r.id),
      title: String(r.title),
      source: SOURCE_LABELS[String(r.source)] ?? String(r.source),
      status: STATUS_LABELS[String(r.status)] ?? String(r.status),
      creator: r.creator?.name ?? '',
      createdAt: new Date(String(r.createdAt)),
      durationMs: Number.isNaN(started) ? null : (Number.isNaN(ended) ? now : ended) - started,
      credits: typeof r.credits === 'number' ? r.credits : null,
    };
  }
  return rows;
}

const dateFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});
const creditFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatCreated = (d: Date | null | undefined): string => (d ? dateFormat.format(d) : '—');
export const formatCreditsCell = (v: number | null | undefined): string =>
  typeof v === 'number' ? creditFormat.format(v) : '—';
export function formatDurationCell(ms: number | null | undefined): string {
  if (typeof ms !== 'number') return '—';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}

/** What the bench waits for: the total, the Failed count and the largest credits of the rows. */
export function expectations(rows: readonly PeerRow[]) {
  let failed = 0;
  let maxCredits = -Infinity;
  for (const r of rows) {
    if (r.status === 'Failed') failed += 1;
    if (r.credits !== null && r.credits > maxCredits) maxCredits = r.credits;
  }
  return { total: rows.length, failed, maxCredits };
}

/** The column widths every page uses (Title takes the rest). */
export const COLUMN_WIDTHS = { source: 140, status: 110, creator: 150, createdAt: 140, duration: 100, credits: 100 };
export const ROW_HEIGHT = 40;
